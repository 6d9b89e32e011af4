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
import { Highlighter } from '../../../src/extension/highlights/highlighter';
import { ArticleIndex } from '../../../src/extension/index/articleIndex';
import { lineAndColumn, lineStarts } from '../../../src/core/lines';

export interface TypedDocument {
  readonly document: { uri: Uri; getText(): string };
  readonly editor: object;
  /** Types one letter at `offset`, firing the change event as the editor does. */
  type(offset: number, letter: string): void;
  text(): string;
  /** With `openLater`: opens the document in the editor now, firing the open event as VS Code does. */
  open(): void;
}

/** A long article in `dir`, open in an editor from the start, or (`openLater`) only once `open()` is called. */
export function openTypedDocument(dir: string, size: number, openLater = false): TypedDocument {
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
  }, get lineCount() {
    return starts.length;
  } };
  const editor = { document, setDecorations: () => undefined, selections: [], visibleRanges: [] };
  const stub = { workspace: workspace as unknown as Record<string, unknown>, window: window as unknown as Record<string, unknown> };
  const show = (): void => {
    stub.workspace.textDocuments = [document];
    stub.window.visibleTextEditors = [editor];
    stub.window.activeTextEditor = editor;
  };
  if (!openLater) show();
  const changes = new EventEmitter<unknown>();
  stub.workspace.onDidChangeTextDocument = changes.event;
  const opens = new EventEmitter<unknown>();
  stub.workspace.onDidOpenTextDocument = opens.event;
  return {
    document,
    editor,
    text: () => text,
    open() {
      show();
      opens.fire(document);
    },
    type(at, letter) {
      const where = positionAt(at);
      text = `${text.slice(0, at)}${letter}${text.slice(at)}`;
      starts = lineStarts(text);
      version++;
      changes.fire({ document, contentChanges: [{ range: { start: where, end: where }, rangeOffset: at, rangeLength: 0, text: letter }], reason: undefined });
    },
  };
}

/**
 * The index over the document's folder and a highlighter painting its editor after each keystroke
 * (and after each change event, with `repaintOnChange`), as the extension wires them; indexed and painted.
 */
export async function indexAndHighlighter(typed: TypedDocument, repaintOnChange = false): Promise<{ index: ArticleIndex; highlighter: Highlighter }> {
  const index = new ArticleIndex({});
  const highlighter = new Highlighter(index);
  index.onDidEditArticle(({ version: v, edits }) => highlighter.refresh(typed.editor as never, { version: v, edits }));
  if (repaintOnChange) index.onDidChange(() => highlighter.refreshAll());
  await index.start();
  await index.whenIdle();
  highlighter.refresh(typed.editor as never);
  return { index, highlighter };
}

/**
 * Counts the calls of a method of every object of a class for which `counts` holds, until `stop()`:
 * a join is a read of a whole EditedText still in pieces, a rebuild a call of `corpus()` that finds
 * no index made since the last change.
 */
function countCalls<T>(proto: T, method: keyof T, counts: (self: Record<string, unknown>) => boolean): { count(): number; stop(): void } {
  let calls = 0;
  const target = proto as unknown as Record<string, (this: Record<string, unknown>, ...args: unknown[]) => unknown>;
  const name = method as string;
  const original = target[name];
  target[name] = function (this: Record<string, unknown>, ...args: unknown[]): unknown {
    if (counts(this)) calls++;
    return original.apply(this, args);
  };
  return { count: () => calls, stop: () => (target[name] = original) };
}

export function countJoins(): { count(): number; stop(): void } {
  return countCalls(EditedText.prototype, 'toString', (self) => self.joined === undefined);
}

export function countCorpusRebuilds(): { count(): number; stop(): void } {
  return countCalls(ArticleIndex.prototype, 'corpus', (self) => self.corpusIndex === undefined);
}
