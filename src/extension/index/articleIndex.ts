import * as vscode from 'vscode';
import { canonicalizeCorpus, type CorpusIndex, type Quote } from '../../core';
import { engine } from '../engine/loadEngine';
import type { SpeakerCorrection, SpeakerDirectoryEntry } from '../../core/speakerCorrections';
import { CONFIG_SECTION, Settings, Views } from '../constants';
import { KeyedDebouncer } from '../util/keyedDebouncer';
import { baseName } from '../util/files';
import { AnalysisUnfinished, startAnalysisPool, type AnalysisPool } from './analysisPool';
import { analyzeDocumentChange, sameSpeakerNames, type ArticleEdit, type EditBasis } from './articleEdits';
import { ArticleMatcher } from './articleMatcher';
import { StringPool } from './compactAnalysis';
import { adoptPacked, analysisOptions, analyzeClosedArticle, articleTitle, withSpeakerKnowledge, type ClosedArticleResult } from './indexAnalysis';
import { readArticleFile } from './readArticleFile';
import { CompactArticle, RecentlyUnpacked, ResidentArticle, type Article } from './storedArticle';
import { articleOfSidecar, isSpeakerDirectory, isSpeakerDirectoryFolder, SidecarListing, SpeakerKnowledge } from './speakerKnowledge';

export type { Article } from './storedArticle';

/** A folder that arrived in the workspace, with every file below it. */
export interface FolderArrived {
  folder: vscode.Uri;
  files: readonly vscode.Uri[];
}

/** An open article re-analysed around the changes of one edit. */
export interface ArticleEdited {
  article: Article;
  /** The document version the analysis is of. */
  version: number;
  edits: ArticleEdit[];
}

const EDIT_DEBOUNCE_MS = 150;
/**
 * Below this size a full analysis follows every pause in typing (it costs a few milliseconds);
 * above it only an edit whose effects may reach far (a name, a speaker changed) is followed by
 * one, and saving re-reads the article anyway.
 */
const ALWAYS_RECONCILE_BELOW = 128 * 1024;
const CHANGE_EVENT_DEBOUNCE_MS = 50;
const LARGE_WORKSPACE = 200;
/** Context key: the first scan is done, so an empty Articles view may show its welcome text. */
const INDEXED_CONTEXT = 'claimAnnotator.indexed';

/** One turn of the event loop: setImmediate where the host has it (about 0.01 ms), else a timer (about 1 ms). */
const nextTurn: () => Promise<void> =
  typeof setImmediate === 'function' ? () => new Promise((resolve) => setImmediate(resolve)) : () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Gives the event loop a turn once a slice of work has run, not after every file: a pause lets
 * input, messages and timers in, and over ten thousand small articles a pause per file would add up.
 */
function timeSlicer(sliceMs = 12): () => Promise<void> {
  let sliceStart = Date.now();
  return async () => {
    if (Date.now() - sliceStart < sliceMs) return;
    await nextTurn();
    sliceStart = Date.now();
  };
}

function openDocument(id: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === id && !d.isClosed);
}

/** Files read ahead of the analysis during a scan, so the disk (or the remote file system) is never waited for. */
const READ_AHEAD = 16;
/** With worker threads the analyses run ahead too: enough for every worker's batches and the next ones. */
const READ_AHEAD_WITH_WORKERS = 64;
/**
 * Each worker compiles and warms up the engine anew (about half a second of CPU): a scan of fewer
 * articles is done sooner in this thread alone.
 */
const WORKERS_FROM = 1000;

type Outcome = 'ok' | 'binary' | 'tooLarge' | 'missing' | 'unfinished';

/** An article's text and speaker knowledge, read and not yet analysed. */
interface Loaded {
  uri: vscode.Uri;
  id: string;
  generation: number;
  location: { folder: vscode.WorkspaceFolder; relativePath: string } | undefined;
  /** The text of an open editor's document. */
  text: string | undefined;
  /** The file's bytes, not yet decoded, when the article was read from disk (not from an open editor). */
  bytes: Uint8Array | undefined;
  /** The editor's document the text was taken from. */
  open: vscode.TextDocument | undefined;
  outcome: Outcome;
  directory: SpeakerDirectoryEntry[];
  corrections: SpeakerCorrection[];
  /**
   * A worker's analysis of `bytes`, started when they were read; undefined (or resolving so):
   * analyse in this thread; 'unfinished': the worker's analysis never ended, nor would this thread's.
   */
  analyzed?: Promise<ClosedArticleResult | 'unfinished' | undefined>;
}

export interface ArticleIndexOptions {
  /**
   * The worker script that analyses closed articles (dist/analysisWorker.js). Without it, or where
   * the host has no worker threads or the script is not a local file, everything is analysed here.
   */
  analysisWorker?: vscode.Uri;
  /** Worker threads to start (default: one per core, up to four). */
  workers?: number;
  /** Scans of fewer articles than this are analysed in this thread (default 1000). */
  workersFrom?: number;
  /** How long a worker's batch of `bytes` may run before its worker is taken for stuck (default: AnalysisPool's). */
  workerDeadline?: (bytes: number) => number;
}

/**
 * Every article in the workspace with its analysis, kept current with the disk, with unsaved edits
 * and with the reviewers' speaker corrections. Indexing starts on first use, not at activation.
 */
export class ArticleIndex implements vscode.Disposable {
  private readonly articlesById = new Map<string, Article>();
  private sorted: Article[] | undefined;
  private corpusIndex: CorpusIndex | undefined;
  private matcher = new ArticleMatcher();
  private readonly knowledge = new SpeakerKnowledge();
  /** Speaker names, roles and the like, one copy for every article that uses them. */
  private strings = new StringPool();
  private readonly recentlyUnpacked = new RecentlyUnpacked();
  /** Bumped per uri whenever a newer analysis is started, so a slow older one cannot overwrite it. */
  private readonly generations = new Map<string, number>();
  private readonly editDebouncer = new KeyedDebouncer<string>();
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private lastChange = 0;
  private busy = 0;
  private idleWaiters: (() => void)[] = [];
  private started: Promise<void> | undefined;
  private lastSkippedNotice = '';
  private readonly tooLargeNamed = new Set<string>();
  private scanCancellation: vscode.CancellationTokenSource | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly editEmitter = new vscode.EventEmitter<ArticleEdited>();
  private readonly folderEmitter = new vscode.EventEmitter<FolderArrived>();
  /** Per open article: what its analysis was made from, so a keystroke is analysed around itself only. */
  private readonly editBases = new Map<string, EditBasis>();
  /** The last corpus index built, and the articles whose speakers changed since: colours need only names. */
  private namesCorpus: CorpusIndex | undefined;
  private readonly namesChanged = new Set<string>();
  /**
   * Articles whose speakers' names were changed only by keystrokes since the last change event: a
   * letter typed into a name. Their highlights keep the last corpus index until that event (the
   * new name goes by its own name meanwhile); rebuilding it over every article at once would cost
   * a large workspace more than the keystroke (14 ms for 1,000 articles in the bench).
   */
  private readonly namesTyped = new Set<string>();
  /** Per article, its newest analysis started outside a scan (a watcher's, an edit's), until it settles. */
  private readonly analyzing = new Map<string, Promise<Outcome | 'stale'>>();
  /** The worker threads, started with the first scan. */
  private pool: Promise<AnalysisPool | undefined> | undefined;
  private disposed = false;

  /** Fires (debounced) after articles were added, removed or re-analysed. */
  readonly onDidChange = this.changeEmitter.event;
  /** Fires at once after an open article was re-analysed around an edit. */
  readonly onDidEditArticle = this.editEmitter.event;
  /**
   * Fires when a folder arrived (moved or renamed here, or made with its files faster than the
   * watcher follows) and its files were listed: watchers report the folder alone.
   */
  readonly onDidFolderArrive = this.folderEmitter.event;

  constructor(private readonly options: ArticleIndexOptions = {}) {
    this.disposables.push(this.changeEmitter, this.editEmitter, this.folderEmitter, this.editDebouncer, { dispose: () => this.scanCancellation?.cancel() }, { dispose: () => void this.pool?.then((p) => p?.dispose()) });
  }

  get isStarted(): boolean {
    return this.started !== undefined;
  }

  /** Starts indexing once (later calls return the same promise); listeners are attached only then. */
  start(): Promise<void> {
    if (!this.started) {
      this.matcher = new ArticleMatcher();
      this.listen();
      this.started = this.track(this.scanAll());
    }
    return this.started;
  }

  /** Re-reads the settings, speaker files and every article. */
  refresh(): Promise<void> {
    if (!this.started) return this.start();
    this.matcher = new ArticleMatcher();
    this.knowledge.forgetAll();
    this.strings = new StringPool();
    this.started = this.track(this.scanAll());
    return this.started;
  }

  /** Articles in a stable order: workspace folder order, then path. */
  articles(): readonly Article[] {
    this.sorted ??= [...this.articlesById.values()].sort(
      (a, b) => a.folder.index - b.folder.index || (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0),
    );
    return this.sorted;
  }

  get(uri: vscode.Uri | string): Article | undefined {
    return this.articlesById.get(typeof uri === 'string' ? uri : uri.toString());
  }

  isArticle(uri: vscode.Uri): boolean {
    return this.matcher.locate(uri) !== undefined;
  }

  /** Whether a folder at `uri` is one whose articles would be indexed (in the workspace, not excluded). */
  mayHoldArticles(uri: vscode.Uri): boolean {
    return this.matcher.mayHoldArticles(uri);
  }

  /** Cross-article speaker identity, recomputed on first use after a change. */
  corpus(): CorpusIndex {
    if (!this.corpusIndex) {
      this.corpusIndex = canonicalizeCorpus(this.articles().map((a) => ({ id: a.id, analysis: a.forCorpus })));
      this.namesCorpus = this.corpusIndex;
      this.namesChanged.clear();
    }
    return this.corpusIndex;
  }

  /** The corpus-wide name of a quote's speaker (null when unattributed). */
  speakerOf(article: Article, quote: Pick<Quote, 'speaker'>): string | null {
    if (quote.speaker === null) return null;
    // While typing, quotes move but their speakers stay: the last index still names them, and
    // rebuilding it over every article on each keystroke would cost more than the analysis.
    const current = !this.namesChanged.has(article.id) || this.namesTyped.has(article.id);
    const corpus = this.corpusIndex ?? (this.namesCorpus && current ? this.namesCorpus : this.corpus());
    return corpus.canonicalName(article.id, quote.speaker) ?? quote.speaker;
  }

  /** Whether an article's analysis was made from the text the document now holds. */
  isCurrentFor(article: Article, document: vscode.TextDocument): boolean {
    const basis = this.editBases.get(article.id);
    if (basis && madeFrom(basis, article)) return basis.version === document.version;
    return article.text === document.getText();
  }

  /** The corpus-wide name for an article-local speaker name. */
  canonicalName(article: Article, localName: string): string {
    return this.corpus().canonicalName(article.id, localName) ?? localName;
  }

  /**
   * Re-analyses one article now (after a correction was written) and waits for it. The file
   * watcher's event for that very write may start a newer read, which makes this one stale: the
   * wait lasts until no read of the article is in flight, so the index holds the correction when
   * this resolves (a test that read the tree at once saw the old speaker, once in three CI runs).
   */
  async reanalyze(uri: vscode.Uri): Promise<void> {
    await this.track(this.analyzeUri(uri));
    await this.analysisSettled(uri.toString());
    this.fireChangeNow();
  }

  /** Re-reads a folder's speaker directory and re-analyses its articles now (after a merge was written). */
  async reanalyzeFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    await this.track(this.reanalyzeFolderArticles(folder));
    this.fireChangeNow();
  }

  /** Resolves when no indexing, analysis or pending edit remains (used by tests and commands). */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  dispose(): void {
    this.disposed = true;
    if (this.changeTimer) clearTimeout(this.changeTimer);
    for (const d of this.disposables) d.dispose();
  }

  // -------------------------------------------------------------------------------------------

  private listen(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.onFileCreated(uri)),
      watcher.onDidChange((uri) => this.onFileChanged(uri)),
      watcher.onDidDelete((uri) => this.onFileDeleted(uri)),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) {
          this.onFileDeleted(oldUri);
          this.onPathArrived(newUri);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !this.isArticle(e.document.uri)) return;
        const uri = e.document.uri;
        const settled = this.analyzeEdit(e);
        // A long article is analysed in full again only when the edit may have reached far.
        // (the length of the pieces: an open article's `text` would join them, a copy of it per keystroke)
        if (settled && (this.get(uri)?.source.length ?? 0) >= ALWAYS_RECONCILE_BELOW) return;
        this.editDebouncer.schedule(uri.toString(), EDIT_DEBOUNCE_MS, () => void this.track(this.analyzeUri(uri)));
      }),
      // The editor may hold other text than the disk (normalised line endings, another encoding):
      // offsets must match what the editor shows.
      vscode.workspace.onDidOpenTextDocument((doc) => {
        const article = this.get(doc.uri);
        if (article && article.text !== doc.getText()) void this.track(this.analyzeUri(doc.uri));
        else if (article) void this.track(this.prepareEditBasis(article, doc));
      }),
      // Closing an editor without saving drops its edits: go back to the text on disk.
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (this.get(doc.uri)) void this.track(this.analyzeUri(doc.uri));
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        const keys = [Settings.include, Settings.exclude, Settings.maxFileSize];
        if (keys.some((key) => e.affectsConfiguration(`${CONFIG_SECTION}.${key}`))) void this.refresh();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()),
    );
  }

  private onFileCreated(uri: vscode.Uri): void {
    if (this.isArticle(uri) || articleOfSidecar(uri) || isSpeakerDirectory(uri)) this.onFileChanged(uri);
    else if (isSpeakerDirectoryFolder(uri)) this.onFileChanged(vscode.Uri.joinPath(uri, 'speakers.yaml'));
    // A folder moved in from elsewhere, or made with files faster than the watcher follows, is
    // reported as the folder alone.
    else if (this.mayHoldArticles(uri)) this.onPathArrived(uri);
  }

  private onFileChanged(uri: vscode.Uri): void {
    if (isSpeakerDirectory(uri)) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) void this.track(this.reanalyzeFolderArticles(folder));
      return;
    }
    const article = articleOfSidecar(uri);
    if (article) {
      if (this.get(article)) void this.track(this.analyzeUri(article));
      return;
    }
    if (this.isArticle(uri)) void this.track(this.analyzeUri(uri).then((result) => this.reportTooLarge(uri, result)));
  }

  /** A file that appeared or grew past the size limit after the scan is named once (the scan's notice counts the others). */
  private reportTooLarge(uri: vscode.Uri, result: string): void {
    if (result !== 'tooLarge' || this.tooLargeNamed.has(uri.toString())) return;
    this.tooLargeNamed.add(uri.toString());
    void vscode.window.showInformationMessage(
      `Claim Annotator skipped ${vscode.workspace.asRelativePath(uri)}: it is larger than claimAnnotator.maxFileSize (${Math.round(this.matcher.maxFileSize / 1024)} KB).`,
    );
  }

  private onFileDeleted(uri: vscode.Uri): void {
    const article = articleOfSidecar(uri);
    if (article || isSpeakerDirectory(uri)) {
      this.onFileChanged(uri);
      return;
    }
    if (isSpeakerDirectoryFolder(uri)) {
      this.onFileChanged(vscode.Uri.joinPath(uri, 'speakers.yaml'));
      return;
    }
    // A deleted folder takes every article below it.
    const prefix = uri.toString().replace(/\/?$/, '/');
    let removed = false;
    for (const id of [...this.articlesById.keys()]) {
      if (id === uri.toString() || id.startsWith(prefix)) {
        this.generations.set(id, (this.generations.get(id) ?? 0) + 1);
        this.articlesById.delete(id);
        this.editBases.delete(id);
        this.noteNamesChanged(id, false);
        removed = true;
      }
    }
    if (removed) this.changed();
  }

  /** A file or folder renamed or moved here: a folder's articles are indexed unless already reported one by one. */
  private onPathArrived(uri: vscode.Uri): void {
    void this.track(
      (async () => {
        const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
        if (!stat) return;
        if (!(stat.type & vscode.FileType.Directory)) {
          if (this.isArticle(uri)) await this.analyzeUri(uri);
          return;
        }
        const files = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'));
        this.folderEmitter.fire({ folder: uri, files });
        const pause = timeSlicer();
        for (const file of files) {
          if (this.isArticle(file) && !this.get(file)) await this.analyzeUri(file);
          await pause();
        }
      })(),
    );
  }

  private async reanalyzeFolderArticles(folder: vscode.WorkspaceFolder): Promise<void> {
    this.knowledge.forgetDirectory(folder);
    const pause = timeSlicer();
    for (const article of this.articles().filter((a) => a.folder.uri.toString() === folder.uri.toString())) {
      await this.analyzeUri(article.uri);
      await pause();
    }
  }

  private async scanAll(): Promise<void> {
    this.scanCancellation?.cancel();
    const cancellation = new vscode.CancellationTokenSource();
    this.scanCancellation = cancellation;
    const matcher = this.matcher;
    const skipped = { binary: 0, tooLarge: 0, unfinished: [] as string[] };
    const skippedIfNotIndexed: [string, 'binary' | 'tooLarge'][] = [];
    const visible = new Set(vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()));
    // What the user is looking at first, so its highlights do not wait for the whole workspace.
    const candidates = (await matcher.findCandidates(cancellation.token))
      .filter((uri) => matcher.locate(uri))
      .sort((a, b) => Number(visible.has(b.toString())) - Number(visible.has(a.toString())));
    // A handful of articles is indexed before a notification could be read; only a large
    // workspace gets the cancellable notification, a small one the status bar spinner.
    const location = candidates.length > LARGE_WORKSPACE ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    // Only a scan hands articles to workers: one file changed is analysed sooner here than a worker starts.
    const pool = candidates.length >= (this.options.workersFrom ?? WORKERS_FROM) ? await this.analysisPool() : undefined;
    const readAhead = pool ? READ_AHEAD_WITH_WORKERS : READ_AHEAD;
    const scan = vscode.window.withProgress(
      { location, title: 'Claim Annotator: indexing articles', cancellable: true },
      async (progress, userToken) => {
        const cancelled = (): boolean => userToken.isCancellationRequested || cancellation.token.isCancellationRequested;
        const found = new Set<string>();
        const pause = timeSlicer();
        let reported = 0;
        const reads: Promise<Loaded>[] = [];
        const sidecars = new SidecarListing();
        let queued = 0;
        for (let i = 0; i < candidates.length && !cancelled(); i++) {
          while (queued < candidates.length && queued < i + readAhead) {
            const read = this.load(candidates[queued++], sidecars, pool);
            // A failed read surfaces where it is awaited; until then it is not an unhandled rejection.
            read.catch(() => undefined);
            reads.push(read);
          }
          const loaded = await reads[i];
          const result = await this.settle(loaded);
          delete reads[i];
          if (result === 'binary' || result === 'tooLarge') skipped[result]++;
          else if (result === 'unfinished') skipped.unfinished.push(vscode.workspace.asRelativePath(loaded.uri));
          else {
            found.add(loaded.id);
            // A newer read of the file (a watcher's, while it was being written) decides whether it is
            // indexed; what this scan read still counts in its notice unless that read indexed it.
            if (result === 'stale' && (loaded.outcome === 'binary' || loaded.outcome === 'tooLarge')) skippedIfNotIndexed.push([loaded.id, loaded.outcome]);
          }
          // progress in steps of a percent: a message per file would flood the window
          if ((i + 1 - reported) * 100 >= candidates.length || i + 1 === candidates.length) {
            progress.report({ message: `${i + 1} of ${candidates.length}`, increment: ((i + 1 - reported) * 100) / candidates.length });
            reported = i + 1;
          }
          await pause();
        }
        if (cancelled()) return false;
        for (const [id, outcome] of skippedIfNotIndexed) {
          await this.analysisSettled(id);
          if (!this.articlesById.has(id)) skipped[outcome]++;
        }
        // Articles that disappeared while nothing was watching (or no longer match the settings).
        for (const id of [...this.articlesById.keys()]) if (!found.has(id)) this.articlesById.delete(id);
        this.changed();
        return true;
      },
    );
    // The Articles view shows its own progress bar, so an empty tree never reads as "no articles".
    const completed = await vscode.window.withProgress({ location: { viewId: Views.articles } }, () => Promise.resolve(scan));
    cancellation.dispose();
    void vscode.commands.executeCommand('setContext', INDEXED_CONTEXT, true);
    if (completed) this.reportSkipped(skipped, matcher.maxFileSize);
  }

  /** Tells the user once which files were left out, and again only if that changes. */
  private reportSkipped(skipped: { binary: number; tooLarge: number; unfinished: string[] }, maxFileSize: number): void {
    const parts = [];
    if (skipped.binary) parts.push(`${skipped.binary} not UTF-8 text`);
    if (skipped.tooLarge) parts.push(`${skipped.tooLarge} larger than claimAnnotator.maxFileSize (${Math.round(maxFileSize / 1024)} KB)`);
    // an engine fault, which the user can only report (or work around) knowing the files
    const unfinished = skipped.unfinished;
    if (unfinished.length) parts.push(`${unfinished.length} whose analysis did not finish (${unfinished.slice(0, 3).join(', ')}${unfinished.length > 3 ? ', …' : ''})`);
    const total = skipped.binary + skipped.tooLarge + unfinished.length;
    const notice = parts.length ? `Claim Annotator skipped ${total} file(s): ${parts.join(', ')}.` : '';
    if (notice && notice !== this.lastSkippedNotice) void vscode.window.showInformationMessage(notice);
    this.lastSkippedNotice = notice;
  }

  /** (Re-)analyses one article from its open document or from disk; removes it when it is gone or unreadable. */
  private analyzeUri(uri: vscode.Uri): Promise<Outcome | 'stale'> {
    const id = uri.toString();
    const analysis = this.load(uri).then((loaded) => this.settle(loaded));
    this.analyzing.set(id, analysis);
    const done = (): void => {
      if (this.analyzing.get(id) === analysis) this.analyzing.delete(id);
    };
    analysis.then(done, done);
    return analysis;
  }

  /** Resolves once no read of the article started outside a scan is in flight. */
  private async analysisSettled(id: string): Promise<void> {
    for (let pending = this.analyzing.get(id); pending; pending = this.analyzing.get(id)) await pending.catch(() => undefined);
  }

  /** The worker threads, started on first use; undefined where there are none. */
  private analysisPool(): Promise<AnalysisPool | undefined> {
    if (!this.pool) {
      const script = this.options.analysisWorker;
      this.pool = script && script.scheme === 'file' && !this.disposed ? startAnalysisPool(script.fsPath, this.options.workers, this.options.workerDeadline) : Promise.resolve(undefined);
    }
    return this.pool;
  }

  /**
   * Reads what the analysis of one article needs, and hands it to `pool` (during a scan) when it was
   * read from disk; a newer load of the same article makes this one stale.
   */
  private async load(uri: vscode.Uri, sidecars?: SidecarListing, pool?: AnalysisPool): Promise<Loaded> {
    const id = uri.toString();
    const generation = (this.generations.get(id) ?? 0) + 1;
    this.generations.set(id, generation);
    const location = this.matcher.locate(uri);
    const open = openDocument(id);
    let text: string | undefined;
    let bytes: Uint8Array | undefined;
    let outcome: Outcome = 'ok';
    if (!location) outcome = 'missing';
    else if (open) {
      // The size limit protects the editor from analysis cost, whether the text is open or not.
      text = open.getText();
      if (text.length > this.matcher.maxFileSize) {
        text = undefined;
        outcome = 'tooLarge';
      }
    } else {
      const read = await readArticleFile(uri, this.matcher.maxFileSize);
      if (read.kind === 'bytes') bytes = read.bytes;
      else outcome = read.kind;
    }
    const [directory, corrections] = location && (text !== undefined || bytes !== undefined)
      ? await Promise.all([this.knowledge.directory(location.folder), this.knowledge.corrections(uri, sidecars)])
      : [[], []];
    const loaded: Loaded = { uri, id, generation, location, text, bytes, open, outcome, directory, corrections };
    // Any failure of the worker (or of the analysis in it) is answered by analysing here, where it behaves as it always did.
    if (bytes && pool) {
      loaded.analyzed = pool.analyze({ bytes, fileName: baseName(uri), directory, corrections }).catch((e: unknown) => {
        if (!(e instanceof AnalysisUnfinished)) return undefined;
        console.error(`Claim Annotator: ${e.message}; it is left out of the index`);
        return 'unfinished' as const;
      });
    }
    return loaded;
  }

  /** Analyses what was loaded (or takes a worker's analysis of it) and puts it in the index, or takes the article out. */
  private async settle(loaded: Loaded): Promise<Outcome | 'stale'> {
    const { uri, id, generation, location, text, bytes, open, outcome, directory, corrections } = loaded;
    const fromWorker = loaded.analyzed && (await loaded.analyzed);
    if (this.generations.get(id) !== generation || this.disposed) return 'stale';
    if (fromWorker === 'unfinished') return this.remove(id, 'unfinished');
    // Read from disk but opened since: the editor's text is what must be analysed (and edited from).
    if (!open && bytes !== undefined && openDocument(id)) {
      void this.track(this.analyzeUri(uri));
      return 'stale';
    }
    if (!location || (text === undefined && bytes === undefined)) return this.remove(id, outcome);
    const fileName = baseName(uri);
    const place = { uri, id, folder: location.folder, relativePath: location.relativePath };
    let article: Article;
    if (bytes) {
      // An article read from disk is packed, here or by a worker.
      const closed = fromWorker ?? analyzeClosedArticle({ bytes, fileName, directory, corrections }, this.strings);
      if (closed.kind === 'binary') return this.remove(id, 'binary');
      const packed = fromWorker ? adoptPacked(closed.packed, this.strings) : closed.packed;
      article = new CompactArticle(place, bytes, packed, closed.title, this.strings, this.recentlyUnpacked);
      this.editBases.delete(id);
    } else if (text !== undefined && open) {
      // One from an open editor is kept as it is, for the highlights, hovers and edits that ask for it all the time.
      const options = analysisOptions(fileName, directory);
      // for the keystrokes to come: the first one moves this analysis in place, as the next ones do
      const raw = engine().analyzeForEditing(text, options);
      const analysis = withSpeakerKnowledge(raw, corrections, directory);
      const source = engine().EditedText.of(text);
      this.editBases.set(id, { version: open.version, text: source, raw, options, corrections, directory });
      article = new ResidentArticle(place, source, analysis, articleTitle(analysis, fileName));
    } else return this.remove(id, outcome);
    const before = this.articlesById.get(id);
    if (!before || !sameSpeakerNames(before.forCorpus, article.forCorpus)) this.noteNamesChanged(id, false);
    this.articlesById.set(id, article);
    this.changed();
    return 'ok';
  }

  private remove(id: string, outcome: Outcome): Outcome {
    this.editBases.delete(id);
    this.noteNamesChanged(id, false);
    if (this.articlesById.delete(id)) this.changed();
    return outcome;
  }

  /**
   * An article opened with the text it was indexed from needs no new analysis, only what the
   * first keystroke will be analysed from. With reviewer corrections or a speaker directory the
   * engine's own analysis is not at hand, so it is made again.
   */
  private async prepareEditBasis(article: Article, document: vscode.TextDocument): Promise<void> {
    const [directory, corrections] = await Promise.all([this.knowledge.directory(article.folder), this.knowledge.corrections(article.uri)]);
    if (this.get(article.id) !== article || document.isClosed || this.editBases.has(article.id)) return;
    if (directory.length || corrections.length) {
      await this.analyzeUri(article.uri);
      return;
    }
    if (document.getText() === article.text) {
      const text = article instanceof ResidentArticle ? article.source : engine().EditedText.of(article.text);
      // The article's analysis is read by the trees and hovers until the first keystroke: that
      // keystroke would copy it all (15–40 ms for a 2 MB article); the copy is made now instead.
      this.editBases.set(article.id, { version: document.version, text, raw: engine().editableCopy(article.analysis), options: analysisOptions(baseName(article.uri), directory), corrections, directory });
    }
  }

  /**
   * Re-analyses an open article around the changes of one edit, at once. Returns whether the
   * result stands on its own (else, or when it could not be done, the caller schedules a full one).
   */
  private analyzeEdit(e: vscode.TextDocumentChangeEvent): boolean {
    const id = e.document.uri.toString();
    const article = this.articlesById.get(id);
    const basis = this.editBases.get(id);
    if (!article || !basis || !madeFrom(basis, article)) return false;
    let outcome: ReturnType<typeof analyzeDocumentChange>;
    try {
      outcome = analyzeDocumentChange(basis, e);
    } catch (error) {
      // The engine may have moved the basis' analysis in place before it failed: a full analysis follows.
      console.error('Claim Annotator: analysing an edit failed', error);
      outcome = undefined;
    }
    if (!outcome) {
      this.editBases.delete(id);
      return false;
    }
    // a full analysis already under way was started from older text: it must not land after this
    this.generations.set(id, (this.generations.get(id) ?? 0) + 1);
    this.editBases.set(id, outcome.basis);
    if (!sameSpeakerNames(article.analysis, outcome.analysis)) this.noteNamesChanged(id, true);
    const edited: Article = new ResidentArticle(article, outcome.basis.text, outcome.analysis, articleTitle(outcome.analysis, baseName(article.uri)));
    this.articlesById.set(id, edited);
    this.editEmitter.fire({ article: edited, version: outcome.basis.version, edits: outcome.edits });
    this.changed();
    return outcome.settled;
  }

  private changed(): void {
    this.sorted = undefined;
    this.corpusIndex = undefined;
    // Debounced from the last change; the timer is moved when it runs out, not on every change
    // (a scan changes the index once per file).
    this.lastChange = Date.now();
    this.changeTimer ??= setTimeout(() => this.changeTimerRanOut(), CHANGE_EVENT_DEBOUNCE_MS);
  }

  private changeTimerRanOut(): void {
    const quiet = Date.now() - this.lastChange;
    if (quiet < CHANGE_EVENT_DEBOUNCE_MS) this.changeTimer = setTimeout(() => this.changeTimerRanOut(), CHANGE_EVENT_DEBOUNCE_MS - quiet);
    else this.fireChangeNow();
  }

  private noteNamesChanged(id: string, byTyping: boolean): void {
    this.namesChanged.add(id);
    if (byTyping) this.namesTyped.add(id);
    else this.namesTyped.delete(id);
  }

  private fireChangeNow(): void {
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = undefined;
    // from here on, whoever names a speaker of a typed-in article gets the index rebuilt
    this.namesTyped.clear();
    this.changeEmitter.fire();
    this.settleIfIdle();
  }

  /** Counts work in flight for `whenIdle`; failures are logged, never left unhandled. */
  private track(work: Promise<unknown>): Promise<void> {
    this.busy++;
    return work.then(
      () => undefined,
      (e: unknown) => console.error('Claim Annotator: indexing failed', e),
    ).finally(() => {
      this.busy--;
      this.settleIfIdle();
    });
  }

  private isIdle(): boolean {
    return this.busy === 0 && this.editDebouncer.pendingCount === 0 && this.changeTimer === undefined;
  }

  private settleIfIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** Whether an edit basis holds the very text an article was analysed from. */
function madeFrom(basis: EditBasis, article: Article): boolean {
  // an open article keeps the basis' own text; one read from disk the string the basis was made of
  return basis.text === article.source || (typeof article.source === 'string' && basis.text.toString() === article.source);
}
