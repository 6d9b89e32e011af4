/**
 * Bundled and run by openArticleTyping.test.ts, with `vscode` answered by the bench's stub: a long
 * article open in an editor, typed into (letters at random places, and line breaks), as the
 * extension paints it after each keystroke. The editor keeps what it was last given per decoration
 * type, as VS Code does; a type not given anew keeps its ranges where they were set.
 * Prints one JSON line: the calls of setDecorations per letter and per line break, and the
 * keystrokes after which a kind the highlighter did not send again no longer matched what it painted.
 *
 * Usage: typingDecorations <article characters> <letters> <line breaks>
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { indexAndHighlighter, openTypedDocument } from './typedDocument';
import { seededRandom } from './seededRandom';

type Held = string[];

const positions = (ranges: readonly { start: { line: number; character: number }; end: { line: number; character: number } }[]): Held =>
  ranges.map((r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`);

async function main(): Promise<void> {
  const [size, letters, breaks] = process.argv.slice(2).map(Number);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-decorations-'));
  try {
    const typed = openTypedDocument(dir, size);
    // what the editor holds per decoration type (by its key), as last set
    const held = new Map<string, Held>();
    let calls = 0;
    (typed.editor as { setDecorations: unknown }).setDecorations = (type: { key: string }, ranges: Parameters<typeof positions>[0]) => {
      calls++;
      held.set(type.key, positions(ranges));
    };
    const { index, highlighter } = await indexAndHighlighter(typed);
    const types = (highlighter as unknown as { types: Map<string, { key: string }> }).types;
    const random = seededRandom(5);
    const mismatches: string[] = [];
    const callsPer = { letter: [] as number[], lineBreak: [] as number[] };
    for (let k = 0; k < letters + breaks; k++) {
      const lineBreak = k % Math.max(1, Math.floor((letters + breaks) / Math.max(1, breaks))) === 0 && callsPer.lineBreak.length < breaks;
      calls = 0;
      typed.type(random(typed.text().length), lineBreak ? '\n' : 'e');
      (lineBreak ? callsPer.lineBreak : callsPer.letter).push(calls);
      // every kind the editor holds must be what the highlighter painted, sent again or not
      const painted = highlighter.appliedRanges(typed.document.uri as never);
      for (const [kind, type] of types) {
        const want = positions(painted[kind] ?? []);
        const got = held.get(type.key) ?? [];
        if (want.join() !== got.join()) mismatches.push(`keystroke ${k} (${lineBreak ? 'line break' : 'letter'}): ${kind}`);
      }
    }
    await index.whenIdle();
    index.dispose();
    highlighter.dispose();
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    process.stdout.write(`${JSON.stringify({ kinds: types.size, perLetter: mean(callsPer.letter), perLineBreak: mean(callsPer.lineBreak), lineBreaks: callsPer.lineBreak.length, mismatches })}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
