/**
 * Reading the sidecars of an export scope and their articles through `vscode.workspace.fs`, then
 * handing them to the same core steps as the CLI (readSidecarForExport, prepareArticle). Files are
 * read as saved on disk, with a BOM kept, exactly as the CLI reads them: that is what makes the
 * two outputs identical. Unsaved edits are not exported.
 */
import * as vscode from 'vscode';
import { formatSidecarError } from '../../core/annotations/sidecar';
import { SIDECAR_SUFFIX } from '../../core/annotations/paths';
import { prepareArticle, readDirectoryForExport, readSidecarForExport, type ExportArticleInput, type SidecarForExport } from '../../core/export';
import { SPEAKER_DIRECTORY_PATH } from '../constants';

/** The CLI walks every folder but these; the same set here keeps the two scopes equal. */
const EXCLUDE = '{**/node_modules/**,**/.git/**}';
const SIDECAR_GLOB = `**/*${SIDECAR_SUFFIX}`;

export interface ReadResult {
  inputs: ExportArticleInput[];
  /** `file:line:column: message` for each problem of an invalid sidecar; nothing is exported then. */
  invalid: string[];
  /** Sidecars whose article could not be read; their annotations are left out. */
  skipped: string[];
  /** Every sidecar and article read, to tell the user about unsaved edits the export cannot see. */
  read: vscode.Uri[];
}

export class ExportCancelled extends Error {}

type Decoded = { ok: true; text: string } | { ok: false; error: string };

/** As the CLI's readArticleText: UTF-8 only, no NUL bytes, the BOM kept (offsets count it). */
async function readText(uri: vscode.Uri): Promise<Decoded> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    return { ok: false, error: e instanceof vscode.FileSystemError && e.code === 'FileNotFound' ? 'no such file or directory' : String(e) };
  }
  if (bytes.includes(0)) return { ok: false, error: 'binary file (contains NUL bytes), skipped' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, error: 'not valid UTF-8 text, skipped' };
  }
}

async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function compareUris(a: vscode.Uri, b: vscode.Uri): number {
  const x = a.toString();
  const y = b.toString();
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The sidecar files of a scope: every one under the workspace folders (no `uris`), or for each
 * given uri, the sidecars under a folder, a sidecar itself, or the sidecar beside an article.
 */
export async function findSidecars(uris: readonly vscode.Uri[] | undefined, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  const add = (u: vscode.Uri): void => void found.set(u.toString(), u);
  if (uris === undefined) {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, SIDECAR_GLOB), EXCLUDE, undefined, token)).forEach(add);
    }
  } else {
    for (const uri of uris) {
      if (await isFolder(uri)) (await vscode.workspace.findFiles(new vscode.RelativePattern(uri, SIDECAR_GLOB), EXCLUDE, undefined, token)).forEach(add);
      else if (uri.path.endsWith(SIDECAR_SUFFIX)) add(uri);
      else {
        const beside = uri.with({ path: uri.path + SIDECAR_SUFFIX });
        if (await exists(beside)) add(beside);
      }
    }
  }
  return [...found.values()].sort(compareUris);
}

/** Path relative to its workspace folder, prefixed with the folder's name when there are several. */
function rootRelative(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; path: string } | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const root = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  if (!uri.path.startsWith(root)) return undefined;
  const rel = uri.path.slice(root.length);
  return { folder, path: (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `${folder.name}/${rel}` : rel };
}

/** Whether a file is a symbolic link: the CLI refuses articles that lead outside their folder, and workspace.fs cannot resolve links, so links are refused outright. */
async function isLink(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.SymbolicLink) !== 0;
  } catch {
    return false;
  }
}

interface Found {
  sidecar: SidecarForExport;
  uri: vscode.Uri;
  display: string;
  folder: vscode.WorkspaceFolder;
}

export async function readScope(
  sidecarUris: readonly vscode.Uri[],
  progress?: (done: number, total: number) => void,
  token?: vscode.CancellationToken,
): Promise<ReadResult> {
  const result: ReadResult = { inputs: [], invalid: [], skipped: [], read: [...sidecarUris] };
  const found: Found[] = [];
  const steps = sidecarUris.length * 2;
  let done = 0;
  const step = (): void => {
    if (token?.isCancellationRequested) throw new ExportCancelled();
    progress?.(++done, steps);
  };
  for (const uri of sidecarUris) {
    step();
    const where = rootRelative(uri);
    if (!where) continue;
    const text = await readText(uri);
    const read = text.ok ? readSidecarForExport(where.path, text.text) : { ok: false as const, errors: [{ line: 1, column: 1, message: text.error }] };
    if (read.ok) found.push({ sidecar: read.value, uri, display: where.path, folder: where.folder });
    else result.invalid.push(...read.errors.map((e) => formatSidecarError(where.path, e)));
  }
  if (result.invalid.length > 0) return result;

  const directories = new Map<string, string | undefined>();
  const byArticle = new Map<string, { text: string; sidecars: SidecarForExport[]; folder: vscode.WorkspaceFolder }>();
  for (const f of found) {
    step();
    const existing = byArticle.get(f.sidecar.articlePath);
    if (existing) {
      existing.sidecars.push(f.sidecar);
      continue;
    }
    const articleUri = vscode.Uri.joinPath(f.uri, '..', ...f.sidecar.articleReference.split('/'));
    const text = (await isLink(articleUri)) ? { ok: false as const, error: 'is a symbolic link; not read' } : await readText(articleUri);
    if (!text.ok) {
      result.skipped.push(`${f.display}: article ${f.sidecar.articleReference}: ${text.error}`);
      continue;
    }
    result.read.push(articleUri);
    byArticle.set(f.sidecar.articlePath, { text: text.text, sidecars: [f.sidecar], folder: f.folder });
    const key = f.folder.uri.toString();
    if (!directories.has(key)) {
      const directory = await readText(vscode.Uri.joinPath(f.folder.uri, ...SPEAKER_DIRECTORY_PATH));
      directories.set(key, directory.ok ? directory.text : undefined);
    }
  }
  for (const [path, a] of byArticle) {
    result.inputs.push(prepareArticle(path, a.text, a.sidecars, readDirectoryForExport(directories.get(a.folder.uri.toString()))));
  }
  return result;
}
