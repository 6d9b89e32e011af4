/**
 * Bundled and run by openArticleTyping.test.ts, with `vscode` answered by the bench's stub: an
 * article open in an editor (longer than the size below which every pause re-analyses it) is typed
 * into, letter by letter, through the index's change handler and the highlighter, as in the editor.
 * Prints one JSON line: how often the open article's text was joined into one string while typing
 * (each join copies the whole article), whether the index holds the editor's text afterwards, and
 * whether the first keystroke moved the analysis it was made from in place (else it copied it all).
 *
 * Usage: typingOpenArticle <article characters> <keystrokes> [open-later]
 * (open-later: the article is indexed as a closed file, then opened in the editor)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { handedOver, type ArticleAnalysis } from '../../../src/core';
import { countJoins, indexAndHighlighter, openTypedDocument } from './typedDocument';

async function main(): Promise<void> {
  const [size, keystrokes] = process.argv.slice(2).map(Number);
  const openLater = process.argv[4] === 'open-later';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-typing-'));
  try {
    const typed = openTypedDocument(dir, size, openLater);
    const { index, highlighter } = await indexAndHighlighter(typed);
    if (openLater) {
      // indexed as a closed file first, then opened: the index prepares what the first keystroke is analysed from
      typed.open();
      await index.whenIdle();
      highlighter.refresh(typed.editor as never);
    }

    // what the first keystroke is analysed from: moved in place by it, not copied whole
    const basis = (index as unknown as { editBases: Map<string, { raw: ArticleAnalysis }> }).editBases.get(typed.document.uri.toString());
    const joins = countJoins();
    for (let i = 0; i < keystrokes; i++) typed.type((typed.text().length >> 1) + i, 'e');
    const joinsWhileTyping = joins.count();
    joins.stop();
    await index.whenIdle();
    const current = index.get(typed.document.uri)?.text === typed.text();
    const firstInPlace = basis !== undefined && handedOver(basis.raw);
    index.dispose();
    highlighter.dispose();
    process.stdout.write(`${JSON.stringify({ joinsWhileTyping, current, firstInPlace })}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
