/**
 * For the typing helpers (bundled with `vscode` answered by the bench's stub): a long article
 * written to a folder and open in a visible editor, typed into as the editor reports typing, and a
 * count of the joins of an open article's text while it is kept in pieces (each copies all of it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateLongArticle } from '../../../bench/corpus';
import { EventEmitter, Position, setWorkspaceFolders, Uri, window, workspace } from '../../../bench/vscodeStub';
import { EditedText } from '../../../src/core';
import { lineAndColumn, lineStarts } from '../../../src/core/lines';

export interface TypedDocument {
  readonly document: { uri: Uri; getText(): string };
  readonly editor: object;
  /** Types one letter at `offset`, firing the change event as the editor does. */
  type(offset: number, letter: string): void;
  text(): string;
}

export function openTypedDocument(dir: string, size: number): TypedDocument {
  let text = generateLongArticle(7, size);
  const file = path.join(dir, 'long.txt');
  fs.writeFileSync(file, text);
  setWorkspaceFolders([dir]);
  let version = 1;
  let starts = lineStarts(text);
  const positionAt = (offset: number): Position => {
    const { line, column } = lineAndColumn(starts, offset);
    return new Position(line - 1, column - 1);
  };
  const document = { uri: Uri.file(file), isClosed: false, isDirty: false, fileName: file, languageId: 'plaintext', getText: () => text, positionAt, get version() {
    return version;
  } };
  const editor = { document, setDecorations: () => undefined, selections: [], visibleRanges: [] };
  const stub = { workspace: workspace as unknown as Record<string, unknown>, window: window as unknown as Record<string, unknown> };
  stub.workspace.textDocuments = [document];
  stub.window.visibleTextEditors = [editor];
  stub.window.activeTextEditor = editor;
  const changes = new EventEmitter<unknown>();
  stub.workspace.onDidChangeTextDocument = changes.event;
  return {
    document,
    editor,
    text: () => text,
    type(at, letter) {
      const where = positionAt(at);
      text = `${text.slice(0, at)}${letter}${text.slice(at)}`;
      starts = lineStarts(text);
      version++;
      changes.fire({ document, contentChanges: [{ range: { start: where, end: where }, rangeOffset: at, rangeLength: 0, text: letter }], reason: undefined });
    },
  };
}

/** Counts the reads of a whole EditedText while it is still in pieces, until `stop()`. */
export function countJoins(): { count(): number; stop(): void } {
  let joins = 0;
  const proto = EditedText.prototype as unknown as { toString(this: { joined?: string }): string };
  const join = proto.toString;
  proto.toString = function (this: { joined?: string }): string {
    if (this.joined === undefined) joins++;
    return join.call(this);
  };
  return { count: () => joins, stop: () => (proto.toString = join) };
}
