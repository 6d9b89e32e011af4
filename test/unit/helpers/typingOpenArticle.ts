/**
 * Bundled and run by openArticleTyping.test.ts, with `vscode` answered by the bench's stub: an
 * article open in an editor (longer than the size below which every pause re-analyses it) is typed
 * into, letter by letter, through the index's change handler and the highlighter, as in the editor.
 * Prints one JSON line: how often the open article's text was joined into one string while typing
 * (each join copies the whole article), and whether the index holds the editor's text afterwards.
 *
 * Usage: typingOpenArticle <article characters> <keystrokes>
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateLongArticle } from '../../../bench/corpus';
import { EventEmitter, Position, setWorkspaceFolders, Uri, window, workspace } from '../../../bench/vscodeStub';
import { EditedText } from '../../../src/core';
import { lineAndColumn, lineStarts } from '../../../src/core/lines';
import { Highlighter } from '../../../src/extension/highlights/highlighter';
import { ArticleIndex } from '../../../src/extension/index/articleIndex';

async function main(): Promise<void> {
  const [size, keystrokes] = process.argv.slice(2).map(Number);
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
    const document = { uri: Uri.file(file), isClosed: false, fileName: file, languageId: 'plaintext', getText: () => text, positionAt, get version() {
      return version;
    } };
    const editor = { document, setDecorations: () => undefined };
    const stub = { workspace: workspace as unknown as Record<string, unknown>, window: window as unknown as Record<string, unknown> };
    stub.workspace.textDocuments = [document];
    stub.window.visibleTextEditors = [editor];
    const changes = new EventEmitter<unknown>();
    stub.workspace.onDidChangeTextDocument = changes.event;

    const index = new ArticleIndex({});
    const highlighter = new Highlighter(index);
    index.onDidEditArticle(({ version: v, edits }) => highlighter.refresh(editor as never, { version: v, edits }));
    await index.start();
    await index.whenIdle();
    highlighter.refresh(editor as never);

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
    }
    const joinsWhileTyping = joins;
    proto.toString = join;
    await index.whenIdle();
    const current = index.get(document.uri)?.text === text;
    index.dispose();
    highlighter.dispose();
    process.stdout.write(`${JSON.stringify({ joinsWhileTyping, current })}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
