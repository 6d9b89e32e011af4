import * as vscode from 'vscode';

export type ArticleRead = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'tooLarge' } | { kind: 'binary' } | { kind: 'missing' };

/**
 * Reads an article's bytes from disk, refusing files above the size limit and those with a NUL
 * byte. Decoding is left to the analysis (which may run on another thread); it refuses what is not UTF-8.
 */
export async function readArticleFile(uri: vscode.Uri, maxFileSize: number): Promise<ArticleRead> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { kind: 'missing' };
    if (stat.size > maxFileSize) return { kind: 'tooLarge' };
    const bytes = await vscode.workspace.fs.readFile(uri);
    // A NUL byte is valid UTF-8 but never appears in an article; it marks a binary file.
    if (bytes.includes(0)) return { kind: 'binary' };
    // The index keeps the bytes: a copy of its own when the array handed out is a view into a
    // larger buffer (which it would keep whole, or which may be reused).
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    return { kind: 'bytes', bytes: own ? bytes : bytes.slice() };
  } catch (e) {
    if (e instanceof TypeError) return { kind: 'binary' };
    if (e instanceof vscode.FileSystemError) return { kind: 'missing' };
    throw e;
  }
}
