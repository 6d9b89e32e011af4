import { promises as nodeFs } from 'fs';
import * as vscode from 'vscode';
import { withPathLock } from '../../cli/fileLock';

/**
 * Runs `task` (a read-merge-write of `uri`) under the lock file every window and the CLI take
 * before writing a sidecar (see withPathLock). The lock needs a local disk; elsewhere (virtual
 * file systems) the task runs unlocked, its queue in this window still serialising it.
 */
export async function withFileLock<T>(uri: vscode.Uri, task: () => Promise<T>): Promise<T> {
  return uri.scheme === 'file' ? withPathLock(uri.fsPath, task) : task();
}

/** The file's text, or undefined when it does not exist; other errors propagate. */
export async function readTextFileIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

/** Whether `uri` is a folder (false when it is a file or gone). */
export async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

/**
 * Moves `from` over `to` in one step. VS Code's `fs.rename` with `overwrite` deletes the target
 * before renaming, which leaves a moment (or, after a crash, a state) with no file at all; on a
 * local disk the operating system's rename replaces the target atomically, so that is used there.
 */
async function replaceFile(from: vscode.Uri, to: vscode.Uri): Promise<void> {
  if (from.scheme === 'file' && to.scheme === 'file') await nodeFs.rename(from.fsPath, to.fsPath);
  else await vscode.workspace.fs.rename(from, to, { overwrite: true });
}

/** What decides whether a file may be replaced. */
interface FileKind {
  link: boolean;
  readOnly: boolean;
}

/**
 * Whether `uri` is a symbolic link or read-only; undefined when it does not exist. On a local disk
 * node's `lstat` is asked: `workspace.fs.stat` reports links, but not a file without its owner's
 * write bit (VS Code's disk provider calls that "locked", which the API drops).
 */
async function fileKind(uri: vscode.Uri): Promise<FileKind | undefined> {
  if (uri.scheme === 'file') {
    const stat = await nodeFs.lstat(uri.fsPath).catch(() => undefined);
    return stat && { link: stat.isSymbolicLink(), readOnly: (stat.mode & 0o200) === 0 };
  }
  const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
  return stat && { link: (stat.type & vscode.FileType.SymbolicLink) !== 0, readOnly: ((stat.permissions ?? 0) & vscode.FilePermission.Readonly) !== 0 };
}

/**
 * Why the file at `uri` must not be replaced, in words for the reviewer; undefined when it may be
 * (or does not exist). A symbolic link is never replaced by a file (that would cut it from the
 * file it points at, which keeps the old text) nor written through (it may lead outside the
 * workspace). A read-only file is left alone: the rename would replace it even so, but someone
 * made it read-only to keep it as it is. `only: 'link'` asks about links alone.
 */
export async function replaceRefusal(uri: vscode.Uri, only: 'link' | 'any' = 'any'): Promise<string | undefined> {
  const kind = await fileKind(uri);
  const name = baseName(uri);
  if (kind?.link) {
    return `${name} is a symbolic link, which Claim Annotator neither replaces nor writes through (it could lead outside the workspace); edit the file it points at, or replace the link with a copy`;
  }
  if (only === 'any' && kind?.readOnly) return `${name} is read-only; make it writable to save`;
  return undefined;
}

/**
 * Writes through a temporary file in the same folder and a rename, so a crash or a full disk never
 * leaves a half-written file the user owns. File systems that cannot rename fall back to a plain write.
 * A symbolic link or a read-only file at `uri` is refused (see `replaceRefusal`): nothing is written.
 */
export async function writeTextFileAtomic(uri: vscode.Uri, text: string | Uint8Array): Promise<void> {
  const fs = vscode.workspace.fs;
  const refusal = await replaceRefusal(uri);
  if (refusal) throw vscode.FileSystemError.NoPermissions(refusal);
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const folder = vscode.Uri.joinPath(uri, '..');
  await fs.createDirectory(folder);
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const temp = vscode.Uri.joinPath(folder, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
  } catch (e) {
    // A full disk fails part way through: the partial temporary file goes, the file stays as it was.
    await fs.delete(temp).then(undefined, () => undefined);
    throw e;
  }
  try {
    await replaceFile(temp, uri);
  } catch {
    await fs.delete(temp).then(undefined, () => undefined);
    await fs.writeFile(uri, bytes);
  }
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
