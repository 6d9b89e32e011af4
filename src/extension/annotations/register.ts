import * as vscode from 'vscode';
import { CONFIG_SECTION, SIDECAR_SUFFIX } from '../constants';
import type { ArticleIndex } from '../index/articleIndex';
import { sidecarUri } from '../index/speakerKnowledge';
import { annotate, type AnnotationAnswers } from './annotateCommand';
import { AnnotationActions } from './annotationActions';
import { AnnotationStore } from './annotationStore';
import { AnnotationsTreeProvider, type AnnotationNode } from './annotationsTree';
import { AnnotationThreads } from './commentThreads';
import { foldSidecarFiles } from './fileNesting';
import { isFolder } from '../util/files';
import { fileExists } from './sidecarDisk';
import { ANNOTATIONS_VIEW, AnnotationCommands, AnnotationSettings } from './ids';
import { VerdictDecorations } from './verdictDecorations';

/** What the integration tests inspect. */
export interface AnnotationsFeature {
  store: AnnotationStore;
  threads: AnnotationThreads;
  decorations: VerdictDecorations;
  tree: AnnotationsTreeProvider;
  view: vscode.TreeView<AnnotationNode>;
  /** Resolves once every queued sidecar read or write and pending re-anchoring is done. */
  whenIdle(): Promise<void>;
}

/** Reviewer annotations: the store, comment threads, verdict boxes, the Annotations view and their commands. */
export function register(context: vscode.ExtensionContext, index: ArticleIndex): AnnotationsFeature {
  const store = new AnnotationStore();
  const threads = new AnnotationThreads(store, index, context.workspaceState);
  const decorations = new VerdictDecorations(store);
  const tree = new AnnotationsTreeProvider(store, index);
  const view = vscode.window.createTreeView(ANNOTATIONS_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  const actions = new AnnotationActions(index, store, threads);
  const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
  // A folder deleted is reported as itself only, whatever sidecars it held (one moved in, the index reports with its files).
  const folders = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
  let pending: Promise<unknown>[] = [];
  let sidecarsScanned = false;
  /** Event handlers start async work; it is tracked so tests can wait for it and failures are logged. */
  const track = (work: Promise<unknown>): void => {
    const tracked = work.catch((e: unknown) => console.error('Claim Annotator: annotations', e));
    pending.push(tracked);
    void tracked.finally(() => (pending = pending.filter((p) => p !== tracked)));
  };

  const loadIndexed = (): void => {
    // Entries are made for the articles that have a sidecar (found on disk or by the watcher) and
    // for open ones: an entry holds its article's text, and one per article would copy them all.
    const open = new Set(vscode.workspace.textDocuments.filter((d) => !d.isClosed).map((d) => d.uri.toString()));
    for (const article of index.articles()) {
      // The index re-reads articles changed on disk; open ones are followed through their editor
      // (and their text, kept in pieces while typing, is not joined for an answer not read).
      const entry = store.entry(article.uri);
      if (entry) {
        if (!entry.live || entry.live.isClosed) track(store.articleTextChanged(article.uri, article.text));
      } else if (open.has(article.id)) track(store.load(article.uri));
    }
  };
  const loadSidecarsOnDisk = async (): Promise<void> => {
    for (const sidecar of await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**')) await store.sidecarChanged(sidecar);
  };

  context.subscriptions.push(
    store,
    threads,
    decorations,
    tree,
    view,
    watcher,
    store.onDidChange((entry) => {
      threads.sync(entry);
      decorations.refreshAll();
      tree.refresh();
    }),
    index.onDidChange(() => {
      if (!sidecarsScanned) {
        sidecarsScanned = true;
        track(loadSidecarsOnDisk());
      }
      loadIndexed();
    }),
    view.onDidChangeVisibility(() => {
      if (view.visible) void index.start();
    }),
    watcher.onDidCreate((uri) => track(store.sidecarChanged(uri))),
    watcher.onDidChange((uri) => track(store.sidecarChanged(uri))),
    watcher.onDidDelete((uri) => track(store.sidecarDeleted(uri))),
    folders,
    folders.onDidDelete((uri) => {
      if (!uri.path.endsWith(SIDECAR_SUFFIX)) track(store.folderDeleted(uri));
    }),
    index.onDidFolderArrive(({ files }) => track(store.filesArrived(files))),
    vscode.workspace.onDidChangeWorkspaceFolders((e) => {
      for (const folder of e.removed) track(store.folderLeft(folder.uri));
      for (const folder of e.added) track(store.folderAdded(folder.uri));
    }),
    vscode.workspace.onDidChangeTextDocument((e) => store.documentChanged(e)),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (store.entry(document.uri)) store.documentOpened(document);
      else if (index.isArticle(document.uri)) track(store.load(document.uri));
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      decorations.forget(document.uri);
      track(store.documentClosed(document));
    }),
    vscode.workspace.onDidSaveTextDocument((document) => track(store.articleSaved(document))),
    vscode.workspace.onDidRenameFiles((e) => {
      for (const { oldUri, newUri } of e.files) {
        if (oldUri.path.endsWith(SIDECAR_SUFFIX)) continue;
        track(
          isFolder(newUri).then(async (folder) => {
            // (the sidecars in a renamed folder went with their articles)
            if (folder) return store.folderRenamed(oldUri, newUri);
            const result = await store.articleRenamed(oldUri, newUri);
            if (result === 'occupied') {
              void vscode.window.showWarningMessage(
                `Claim Annotator: ${vscode.workspace.asRelativePath(sidecarUri(newUri))} already exists, so the annotations of the renamed article stay in ${vscode.workspace.asRelativePath(sidecarUri(oldUri))}.`,
              );
            }
          }),
        );
      }
    }),
    vscode.workspace.onDidDeleteFiles((e) => {
      for (const uri of e.files) {
        if (uri.path.endsWith(SIDECAR_SUFFIX)) continue;
        track(
          fileExists(sidecarUri(uri)).then((kept) => {
            store.articleDeleted(uri);
            if (kept) {
              void vscode.window.showInformationMessage(
                `Claim Annotator: the annotations of ${vscode.workspace.asRelativePath(uri)} are kept in ${vscode.workspace.asRelativePath(sidecarUri(uri))} and listed as orphaned in the Annotations view.`,
              );
            }
          }),
        );
      }
    }),
    vscode.window.onDidChangeVisibleTextEditors(() => decorations.refreshAll()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${CONFIG_SECTION}.${AnnotationSettings.verdicts}`)) decorations.restyle();
    }),
    vscode.window.onDidChangeActiveColorTheme(() => decorations.restyle()),
    vscode.commands.registerCommand(AnnotationCommands.annotate, async (arg?: unknown, answers?: AnnotationAnswers) => {
      const id = await annotate(index, store, arg, answers);
      if (id) threads.expand(id);
      return id;
    }),
    vscode.commands.registerCommand(AnnotationCommands.reply, (reply: vscode.CommentReply) => actions.reply(reply)),
    vscode.commands.registerCommand(AnnotationCommands.edit, (arg: unknown) => actions.edit(arg)),
    vscode.commands.registerCommand(AnnotationCommands.saveEdit, (arg: unknown) => actions.saveEdit(arg)),
    vscode.commands.registerCommand(AnnotationCommands.cancelEdit, (arg: unknown) => actions.cancelEdit(arg)),
    vscode.commands.registerCommand(AnnotationCommands.delete, (arg: unknown, confirmed?: unknown) => actions.delete(arg, confirmed)),
    vscode.commands.registerCommand(AnnotationCommands.changeVerdict, (arg: unknown, verdict?: unknown) => actions.changeVerdict(arg, verdict)),
    vscode.commands.registerCommand(AnnotationCommands.resolve, (arg: unknown) => actions.setResolved(arg, true)),
    vscode.commands.registerCommand(AnnotationCommands.reopen, (arg: unknown) => actions.setResolved(arg, false)),
    vscode.commands.registerCommand(AnnotationCommands.accept, (arg: unknown) => actions.accept(arg)),
    vscode.commands.registerCommand(AnnotationCommands.reattach, (arg: unknown, span?: unknown) => actions.reattach(arg, span)),
    vscode.commands.registerCommand(AnnotationCommands.open, (arg: unknown) => actions.open(arg)),
    vscode.commands.registerCommand(AnnotationCommands.foldSidecars, () => foldSidecarFiles()),
  );

  // Sidecars are read once the index has articles to anchor them to (it starts lazily, when a view
  // is shown or an article opened), plus any sidecar whose article is gone: listed as orphans.
  if (view.visible) void index.start();

  return {
    store,
    threads,
    decorations,
    tree,
    view,
    whenIdle: async () => {
      while (pending.length) await Promise.all(pending);
      await store.whenIdle();
    },
  };
}
