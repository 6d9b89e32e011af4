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
import { countJoins, indexAndHighlighter, openTypedDocument } from './typedDocument';

async function main(): Promise<void> {
  const [size, keystrokes] = process.argv.slice(2).map(Number);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-typing-'));
  try {
    const typed = openTypedDocument(dir, size);
    const { index, highlighter } = await indexAndHighlighter(typed);

    const joins = countJoins();
    for (let i = 0; i < keystrokes; i++) typed.type((typed.text().length >> 1) + i, 'e');
    const joinsWhileTyping = joins.count();
    joins.stop();
    await index.whenIdle();
    const current = index.get(typed.document.uri)?.text === typed.text();
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
