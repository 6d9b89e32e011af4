/**
 * Bundled and run by openArticleTyping.test.ts, with `vscode` answered by the bench's stub: an
 * open article is typed into inside its speakers' names (each letter makes a new name), through
 * the index's change handler and the highlighter, letters one after another; then typing pauses.
 * Prints one JSON line: how often the corpus index was rebuilt over the workspace while typing
 * and after the pause, and whether the highlights then name speakers as the rebuilt index does.
 *
 * Usage: typingIntoName <article characters> <keystrokes>
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { countCorpusRebuilds, indexAndHighlighter, openTypedDocument } from './typedDocument';

async function main(): Promise<void> {
  const [size, keystrokes] = process.argv.slice(2).map(Number);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-typing-'));
  try {
    const typed = openTypedDocument(dir, size);
    const { index, highlighter } = await indexAndHighlighter(typed, true);
    const rebuilds = countCorpusRebuilds();
    let renamed = 0;
    for (let i = 0; i < keystrokes; i++) {
      const article = index.get(typed.document.uri);
      const speaker = article?.analysis.speakers.find((s) => s.mentions.length > 0 && s.quotes.length > 0);
      const mention = speaker?.mentions[Math.min(i, speaker.mentions.length - 1)];
      if (!article || !speaker || !mention) throw new Error('the article names no speaker');
      const names = article.analysis.speakers.map((s) => s.name).join('|');
      typed.type(mention.start + 1, 'x');
      if (index.get(typed.document.uri)?.analysis.speakers.map((s) => s.name).join('|') !== names) renamed++;
    }
    const rebuildsWhileTyping = rebuilds.count();
    // the pause: the index's debounced change event, and the repaint after it
    await new Promise((resolve) => setTimeout(resolve, 300));
    await index.whenIdle();
    const rebuildsAfterPause = rebuilds.count() - rebuildsWhileTyping;
    rebuilds.stop();
    const article = index.get(typed.document.uri);
    const fresh = article ? article.analysis.quotes.every((q) => index.speakerOf(article, q) === (q.speaker === null ? null : (index.corpus().canonicalName(article.id, q.speaker) ?? q.speaker))) : false;
    index.dispose();
    highlighter.dispose();
    process.stdout.write(`${JSON.stringify({ renamed, rebuildsWhileTyping, rebuildsAfterPause, fresh })}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
