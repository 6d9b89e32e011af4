/**
 * A minimal stand-in for the `vscode` module, enough to run the extension's own indexing code and
 * its activate() outside VS Code. File system calls go to node's fs (in VS Code they cross a
 * process boundary, so real times are, if anything, higher). Anything not modelled here answers
 * with an inert value, and the names asked for are recorded in `stubState.unmodelled`.
 */
import { promises as fs } from 'fs';
import * as nodePath from 'path';
import { minimatch } from 'minimatch';

type Listener<T> = (e: T) => unknown;

export const stubState = {
  folders: [] as WorkspaceFolder[],
  /** `namespace.name` of every API the extension used that this stub does not model. */
  unmodelled: new Set<string>(),
};

export class Disposable {
  constructor(private readonly onDispose?: () => void) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((d) => d.dispose()));
  }
  dispose(): void {
    this.onDispose?.();
  }
}

export class EventEmitter<T> {
  private readonly listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>, thisArg?: unknown, disposables?: Disposable[]): Disposable => {
    const bound: Listener<T> = (e) => listener.call(thisArg, e);
    this.listeners.add(bound);
    const d = new Disposable(() => this.listeners.delete(bound));
    disposables?.push(d);
    return d;
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

/** An event that never fires. */
const never = (): Disposable => new Disposable();

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query = '',
    readonly fragment = '',
  ) {}
  static file(fsPath: string): Uri {
    return new Uri('file', '', fsPath.split(nodePath.sep).join('/'));
  }
  static parse(value: string): Uri {
    const m = /^([a-z][\w+.-]*):(?:\/\/([^/]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i.exec(value);
    return m ? new Uri(m[1], m[2] ?? '', decodeURIComponent(m[3]), m[4] ?? '', m[5] ?? '') : new Uri('file', '', value);
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return base.with({ path: nodePath.posix.join(base.path, ...segments) });
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { scheme?: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(change.scheme ?? this.scheme, change.authority ?? this.authority, change.path ?? this.path, change.query ?? this.query, change.fragment ?? this.fragment);
  }
  toString(): string {
    const q = this.query ? `?${this.query}` : '';
    const f = this.fragment ? `#${this.fragment}` : '';
    return `${this.scheme}://${this.authority}${encodeURI(this.path)}${q}${f}`;
  }
  toJSON(): unknown {
    return { scheme: this.scheme, path: this.path };
  }
}

export interface WorkspaceFolder {
  uri: Uri;
  name: string;
  index: number;
}

export class RelativePattern {
  readonly baseUri: Uri;
  constructor(
    base: WorkspaceFolder | Uri | string,
    readonly pattern: string,
  ) {
    this.baseUri = typeof base === 'string' ? Uri.file(base) : base instanceof Uri ? base : base.uri;
  }
}

export class CancellationTokenSource {
  private readonly emitter = new EventEmitter<void>();
  readonly token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void {
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose(): void {
    this.emitter.dispose();
  }
}

export class FileSystemError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
  static FileNotFound(uri?: Uri | string): FileSystemError {
    return new FileSystemError(`not found: ${String(uri)}`, 'FileNotFound');
  }
  static FileExists(uri?: Uri | string): FileSystemError {
    return new FileSystemError(`exists: ${String(uri)}`, 'FileExists');
  }
}

export const FileType = { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 };
export const FilePermission = { Readonly: 1 };
export const ProgressLocation = { SourceControl: 1, Window: 10, Notification: 15 };
export const TreeItemCollapsibleState = { None: 0, Collapsed: 1, Expanded: 2 };
export const StatusBarAlignment = { Left: 1, Right: 2 };
export const OverviewRulerLane = { Left: 1, Center: 2, Right: 4, Full: 7 };
export const ConfigurationTarget = { Global: 1, Workspace: 2, WorkspaceFolder: 3 };
export const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 };
export const CommentMode = { Editing: 0, Preview: 1 };
export const CommentThreadCollapsibleState = { Collapsed: 0, Expanded: 1 };
export const CommentThreadState = { Unresolved: 0, Resolved: 1 };
export const TextEditorRevealType = { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 };

/** Plain data classes: the extension constructs them, the bench never looks inside. */
class Data {
  constructor(...args: unknown[]) {
    Object.assign(this, { args });
  }
}
export class TreeItem extends Data {}
export class ThemeIcon extends Data {}
export class ThemeColor extends Data {}
export class MarkdownString extends Data {
  appendMarkdown(): this {
    return this;
  }
  appendText(): this {
    return this;
  }
  appendCodeblock(): this {
    return this;
  }
}
export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}
/** Like the real one, ranges made of four numbers keep them as positions (the highlighter reads them back). */
export class Range {
  /** How many ranges were made so far (tests count what a keystroke makes). */
  static made = 0;
  readonly start: Position;
  readonly end: Position;
  constructor(startLine: number | Position, startCharacter: number | Position, endLine?: number, endCharacter?: number) {
    Range.made++;
    if (typeof startLine === 'number' && typeof startCharacter === 'number') {
      this.start = new Position(startLine, startCharacter);
      this.end = new Position(endLine ?? startLine, endCharacter ?? startCharacter);
    } else {
      this.start = startLine as Position;
      this.end = startCharacter as Position;
    }
  }
}
export class Selection extends Data {}
export class Location extends Data {}
export class Hover extends Data {}
export class Diagnostic extends Data {}

function notFound(e: unknown, uri: Uri): never {
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw FileSystemError.FileNotFound(uri);
  throw e;
}

const workspaceFs = {
  async stat(uri: Uri) {
    const s = await fs.stat(uri.fsPath).catch((e: unknown) => notFound(e, uri));
    return { type: s.isDirectory() ? FileType.Directory : FileType.File, size: s.size, ctime: s.ctimeMs, mtime: s.mtimeMs };
  },
  async readFile(uri: Uri): Promise<Uint8Array> {
    return fs.readFile(uri.fsPath).catch((e: unknown) => notFound(e, uri));
  },
  async readDirectory(uri: Uri): Promise<[string, number][]> {
    const entries = await fs.readdir(uri.fsPath, { withFileTypes: true }).catch((e: unknown) => notFound(e, uri));
    return entries.map((d) => [d.name, d.isDirectory() ? FileType.Directory : FileType.File]);
  },
  async writeFile(uri: Uri, bytes: Uint8Array): Promise<void> {
    await fs.writeFile(uri.fsPath, bytes);
  },
  async createDirectory(uri: Uri): Promise<void> {
    await fs.mkdir(uri.fsPath, { recursive: true });
  },
  async delete(uri: Uri): Promise<void> {
    await fs.rm(uri.fsPath, { recursive: true, force: true });
  },
  async rename(from: Uri, to: Uri): Promise<void> {
    await fs.rename(from.fsPath, to.fsPath);
  },
};

/** Like VS Code's search, minus its exclude settings: every file under the base matching the glob. */
async function findFiles(include: RelativePattern | string): Promise<Uri[]> {
  const patterns = typeof include === 'string' ? stubState.folders.map((f) => new RelativePattern(f, include)) : [include];
  const out: Uri[] = [];
  for (const p of patterns) {
    const base = p.baseUri.fsPath;
    const entries = await fs.readdir(base, { recursive: true, withFileTypes: true });
    for (const d of entries) {
      if (!d.isFile()) continue;
      const full = nodePath.join(d.parentPath, d.name);
      const rel = nodePath.relative(base, full).split(nodePath.sep).join('/');
      if (minimatch(rel, p.pattern)) out.push(Uri.file(full));
    }
  }
  return out;
}

function getWorkspaceFolder(uri: Uri): WorkspaceFolder | undefined {
  return stubState.folders.find((f) => uri.path === f.uri.path || uri.path.startsWith(`${f.uri.path}/`));
}

const configuration = {
  get<T>(_key: string, fallback?: T): T | undefined {
    return fallback;
  },
  has: (): boolean => false,
  inspect: (): undefined => undefined,
  update: (): Promise<void> => Promise.resolve(),
};

const resolved = <T>(value: T) => (): Promise<T> => Promise.resolve(value);

/** A value for anything not modelled: callable, constructible, every property another such value. */
function inert(name: string): unknown {
  const target = function () {};
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => '';
      if (typeof prop === 'symbol') return undefined;
      if (prop.startsWith('onDid') || prop.startsWith('onWill')) return never;
      return inert(`${name}.${prop}`);
    },
    apply: () => inert(`${name}()`),
    construct: () => inert(`new ${name}`) as object,
  });
}

/** A namespace that records and answers inertly whatever it does not define. */
function namespace<T extends object>(name: string, members: T): T {
  return new Proxy(members, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol' || prop in target) return Reflect.get(target, prop, receiver) as unknown;
      if (prop === 'then') return undefined;
      stubState.unmodelled.add(`${name}.${prop}`);
      if (prop.startsWith('onDid') || prop.startsWith('onWill')) return never;
      return inert(`${name}.${prop}`);
    },
  });
}

const treeView = () => ({
  visible: false,
  selection: [],
  title: '',
  description: undefined,
  message: undefined,
  badge: undefined,
  onDidChangeVisibility: never,
  onDidChangeSelection: never,
  onDidExpandElement: never,
  onDidCollapseElement: never,
  onDidChangeCheckboxState: never,
  reveal: resolved(undefined),
  dispose() {},
});

let decorationKeys = 0;

export const workspace = namespace('workspace', {
  get workspaceFolders(): WorkspaceFolder[] | undefined {
    return stubState.folders.length ? stubState.folders : undefined;
  },
  name: 'bench',
  textDocuments: [] as unknown[],
  fs: workspaceFs,
  findFiles,
  getWorkspaceFolder,
  getConfiguration: () => configuration,
  asRelativePath(uri: Uri | string): string {
    const u = typeof uri === 'string' ? Uri.file(uri) : uri;
    const folder = getWorkspaceFolder(u);
    return folder ? u.path.slice(folder.uri.path.length + 1) : u.path;
  },
  createFileSystemWatcher: () => ({ onDidCreate: never, onDidChange: never, onDidDelete: never, dispose() {} }),
  onDidChangeTextDocument: never,
  onDidOpenTextDocument: never,
  onDidCloseTextDocument: never,
  onDidSaveTextDocument: never,
  onDidChangeConfiguration: never,
  onDidChangeWorkspaceFolders: never,
  onDidRenameFiles: never,
  onDidDeleteFiles: never,
  onDidCreateFiles: never,
});

export const window = namespace('window', {
  visibleTextEditors: [] as unknown[],
  activeTextEditor: undefined,
  withProgress<R>(_options: unknown, task: (progress: { report(v: unknown): void }, token: CancellationTokenSource['token']) => PromiseLike<R>): PromiseLike<R> {
    return task({ report() {} }, new CancellationTokenSource().token);
  },
  createTreeView: treeView,
  registerTreeDataProvider: () => new Disposable(),
  createTextEditorDecorationType: () => ({ key: `decoration${++decorationKeys}`, dispose() {} }),
  createStatusBarItem: () => ({ text: '', tooltip: '', command: undefined, show() {}, hide() {}, dispose() {} }),
  setStatusBarMessage: () => new Disposable(),
  showInformationMessage: resolved(undefined),
  showWarningMessage: resolved(undefined),
  showErrorMessage: resolved(undefined),
  showQuickPick: resolved(undefined),
  showInputBox: resolved(undefined),
  onDidChangeVisibleTextEditors: never,
  onDidChangeTextEditorVisibleRanges: never,
  onDidChangeActiveTextEditor: never,
  onDidChangeTextEditorSelection: never,
  onDidChangeActiveColorTheme: never,
});

export const commands = namespace('commands', {
  registerCommand: () => new Disposable(),
  registerTextEditorCommand: () => new Disposable(),
  executeCommand: resolved(undefined),
});

export const languages = namespace('languages', {
  registerHoverProvider: () => new Disposable(),
  createDiagnosticCollection: () => ({ set() {}, delete() {}, clear() {}, dispose() {} }),
});

export const comments = namespace('comments', {
  createCommentController: () => ({
    commentingRangeProvider: undefined,
    options: undefined,
    createCommentThread: () => ({ comments: [], dispose() {} }),
    dispose() {},
  }),
});

export const extensions = namespace('extensions', { getExtension: () => undefined, all: [] as unknown[] });
export const env = namespace('env', { clipboard: { writeText: resolved(undefined), readText: resolved('') }, openExternal: resolved(true), language: 'en' });

/** Makes `workspace.workspaceFolders` the given folders (absolute paths). */
export function setWorkspaceFolders(paths: readonly string[]): void {
  stubState.folders = paths.map((p, index) => ({ uri: Uri.file(p), name: nodePath.basename(p), index }));
}

/** A fake ExtensionContext: subscriptions, in-memory mementos, paths under `root`. */
export function extensionContext(root: string): { subscriptions: { dispose(): unknown }[] } & Record<string, unknown> {
  const memento = () => {
    const values = new Map<string, unknown>();
    return { get: (k: string, d?: unknown) => (values.has(k) ? values.get(k) : d), update: async (k: string, v: unknown) => void values.set(k, v), keys: () => [...values.keys()], setKeysForSync() {} };
  };
  const context = {
    subscriptions: [] as { dispose(): unknown }[],
    extensionPath: root,
    extensionUri: Uri.file(root),
    globalState: memento(),
    workspaceState: memento(),
    storageUri: undefined,
    globalStorageUri: Uri.file(nodePath.join(root, '.global')),
    logUri: Uri.file(nodePath.join(root, '.log')),
    extensionMode: 1,
    asAbsolutePath: (p: string) => nodePath.join(root, p),
  };
  return namespace('context', context);
}
