/**
 * Bundled and run by openArticleTyping.test.ts, with `vscode` answered by the bench's stub: the
 * whole extension activated over a folder with one long article open in a visible editor, typed
 * into letter by letter with a pause after each letter longer than the index's change debounce (so
 * every feature that follows the index's changes runs between keystrokes, as in the editor). Prints
 * one JSON line: how often the open article's text was joined into one string while typing.
 *
 * Usage: typingActivated <article characters> <keystrokes> <pause ms>
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { generateLongArticle } from '../../../bench/corpus';
import { EventEmitter, extensionContext, Position, setWorkspaceFolders, Uri, window, workspace } from '../../../bench/vscodeStub';
import { EditedText } from '../../../src/core';
import { lineAndColumn, lineStarts } from '../../../src/core/lines';
import { activate } from '../../../src/extension/extension';

async function main(): Promise<void> {
  const [size, keystrokes, pauseMs] = process.argv.slice(2).map(Number);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-typing-'));
  try {
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

    const api = activate(extensionContext(dir) as unknown as vscode.ExtensionContext);
    await api.index.start();
    await api.index.whenIdle();
    await api.annotations.whenIdle();

    // A join is a read of the whole text while it is still in pieces.
    let joins = 0;
    const proto = EditedText.prototype as unknown as { toString(this: { joined?: string }): string };
    const join = proto.toString;
    proto.toString = function (this: { joined?: string }): string {
      if (this.joined === undefined) joins++;
      return join.call(this);
    };
    for (let i = 0; i < keystrokes; i++) {
      const at = (text.length >> 1) + i;
      const where = positionAt(at);
      text = `${text.slice(0, at)}e${text.slice(at)}`;
      starts = lineStarts(text);
      version++;
      changes.fire({ document, contentChanges: [{ range: { start: where, end: where }, rangeOffset: at, rangeLength: 0, text: 'e' }], reason: undefined });
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
    process.stdout.write(`${JSON.stringify({ joins })}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  // the extension's timers and watchers are not disposed here
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
