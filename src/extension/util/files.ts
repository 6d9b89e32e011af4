import { promises as nodeFs } from 'fs';
import * as vscode from 'vscode';

/** The file's text, or undefined when it does not exist; other errors propagate. */
export async function readTextFileIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
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

/**
 * Writes through a temporary file in the same folder and a rename, so a crash or a full disk never
 * leaves a half-written file the user owns. File systems that cannot rename fall back to a plain write.
 */
export async function writeTextFileAtomic(uri: vscode.Uri, text: string): Promise<void> {
  const fs = vscode.workspace.fs;
  const bytes = new TextEncoder().encode(text);
  const folder = vscode.Uri.joinPath(uri, '..');
  await fs.createDirectory(folder);
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const temp = vscode.Uri.joinPath(folder, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await fs.writeFile(temp, bytes);
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
