import * as vscode from 'vscode';
import { CONFIG_SECTION, Commands, Settings, Views } from '../constants';
import type { ArticleIndex } from '../index/articleIndex';
import { quoteAtOffset } from '../navigation/quoteTarget';
import { ArticlesTreeProvider } from './articlesTree';
import { SpeakersTreeProvider } from './speakersTree';
import { plural } from './treeItems';
import type { TreeNode } from './treeNodes';

export interface Trees {
  articles: ArticlesTreeProvider;
  speakers: SpeakersTreeProvider;
  articlesView: vscode.TreeView<TreeNode>;
  speakersView: vscode.TreeView<TreeNode>;
}

const FOLLOW_DELAY_MS = 200;

/** The Articles and Speakers views; showing either one is what starts indexing. */
export function register(context: vscode.ExtensionContext, index: ArticleIndex): Trees {
  const articles = new ArticlesTreeProvider(index);
  const speakers = new SpeakersTreeProvider(index);
  const articlesView = vscode.window.createTreeView(Views.articles, { treeDataProvider: articles, showCollapseAll: true });
  const speakersView = vscode.window.createTreeView(Views.speakers, { treeDataProvider: speakers, showCollapseAll: true });

  const startWhenVisible = (view: vscode.TreeView<TreeNode>): void => {
    if (view.visible) void index.start();
  };
  const describe = (): void => {
    const n = index.articles().length;
    articlesView.description = index.isStarted ? plural(n, 'article') : undefined;
    speakersView.description = index.isStarted ? plural(index.corpus().speakers.length, 'speaker') : undefined;
  };

  let followTimer: ReturnType<typeof setTimeout> | undefined;
  const follow = (editor: vscode.TextEditor): void => {
    if (!articlesView.visible || !vscode.workspace.getConfiguration(CONFIG_SECTION).get<boolean>(Settings.followCursor, true)) return;
    const article = index.get(editor.document.uri);
    if (!article) return;
    const offset = editor.document.offsetAt(editor.selection.active);
    const i = quoteAtOffset(article, offset, (q) => articles.quoteNodeFor(article, q) !== undefined);
    const node = i >= 0 ? articles.quoteNodeFor(article, i) : undefined;
    // Revealing without focus keeps the cursor in the editor while the tree follows it.
    if (node) void Promise.resolve(articlesView.reveal(node, { select: true, focus: false, expand: false })).catch(() => undefined);
  };

  context.subscriptions.push(
    articles,
    speakers,
    articlesView,
    speakersView,
    articlesView.onDidChangeVisibility(() => startWhenVisible(articlesView)),
    speakersView.onDidChangeVisibility(() => startWhenVisible(speakersView)),
    index.onDidChange(describe),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (followTimer) clearTimeout(followTimer);
      followTimer = setTimeout(() => follow(e.textEditor), FOLLOW_DELAY_MS);
    }),
    { dispose: () => followTimer && clearTimeout(followTimer) },
    vscode.commands.registerCommand(Commands.refresh, () => index.refresh()),
    vscode.commands.registerCommand(Commands.revealArticleInTree, async (uri?: vscode.Uri | string) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) return;
      await index.start();
      const article = index.get(target);
      if (article) await articlesView.reveal(articles.articleNode(article), { select: true, focus: true, expand: true });
    }),
  );
  startWhenVisible(articlesView);
  startWhenVisible(speakersView);
  return { articles, speakers, articlesView, speakersView };
}
