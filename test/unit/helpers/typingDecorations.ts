/**
 * Bundled and run by openArticleTyping.test.ts, with `vscode` answered by the bench's stub: a long
 * article open in an editor, typed into (letters at random places, and line breaks), as the
 * extension paints it after each keystroke. The editor keeps what it was last given per decoration
 * type, as VS Code does; a type not given anew keeps its ranges where they were set.
 * Prints one JSON line: the calls of setDecorations per letter and per line break, the most
 * ranges one call carried, and the keystrokes after which what the editor holds of a kind no longer
 * matched what the highlighter painted (all of it, or, for a long article, the part near the lines
 * the editor shows, and ruler marks on the stretches of lines with highlights of the kind), and the
 * most ranges one line break made. With a shown line, the editor shows
 * 40 lines from it, and scrolls at the end.
 *
 * Usage: typingDecorations <article characters> <letters> <line breaks> [first shown line]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Range } from '../../../bench/vscodeStub';
import { indexAndHighlighter, openTypedDocument } from './typedDocument';
import { seededRandom } from './seededRandom';

type Held = string[];

const positions = (ranges: readonly { start: { line: number; character: number }; end: { line: number; character: number } }[]): Held =>
  ranges.map((r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`);

async function main(): Promise<void> {
  const [size, letters, breaks] = process.argv.slice(2).map(Number);
  const shownFrom = process.argv[5] === undefined ? undefined : Number(process.argv[5]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-decorations-'));
  try {
    const typed = openTypedDocument(dir, size);
    // what the editor holds per decoration type (by its key), as last set
    const held = new Map<string, Held>();

    const editor = typed.editor as { setDecorations: unknown; visibleRanges: Range[] };
    // every call, by type: the ruler's types are told apart once the highlighter exists
    const log: { key: string; count: number }[] = [];
    editor.setDecorations = (type: { key: string }, ranges: Parameters<typeof positions>[0]) => {
      log.push({ key: type.key, count: ranges.length });
      held.set(type.key, positions(ranges));
    };
    if (shownFrom !== undefined) editor.visibleRanges = [new Range(shownFrom, 0, shownFrom + 40, 0)];
    const { index, highlighter } = await indexAndHighlighter(typed);
    const inner = highlighter as unknown as { types: Map<string, { key: string }>; rulerTypes: Map<string, { key: string }> };
    const types = inner.types;
    const rulerKeys = new Set([...inner.rulerTypes.values()].map((t) => t.key));
    /** Calls of the highlights' own types since the log's entry `from`. */
    const highlightCalls = (from: number): { key: string; count: number }[] => log.slice(from).filter((c) => !rulerKeys.has(c.key));
    let rulerChecks = 0;
    const mismatches: string[] = [];
    /** What the editor should hold of each kind: what was painted, near the shown lines when only those were sent. */
    const check = (when: string): void => {
      const painted = highlighter.appliedRanges(typed.document.uri as never);
      const window = highlighter.sentLines(typed.editor as never);
      for (const [kind, type] of types) {
        const all = painted[kind] ?? [];
        const want = positions(window ? all.filter((r) => r.end.line >= window.first && r.start.line <= window.last) : all);
        const got = held.get(type.key) ?? [];
        if (want.join() !== got.join()) mismatches.push(`${when}: ${kind}`);
      }
      // The ruler: for a long article, marks on just the stretches of lines where the kind's highlights start; else none.
      for (const [kind, type] of inner.rulerTypes) {
        const marks = (held.get(type.key) ?? []).map((m) => m.split(/[:-]/).map(Number)).map(([startLine, , endLine]) => ({ startLine, endLine }));
        const starts = (painted[kind] ?? []).map((r) => r.start.line);
        const marked = (line: number): boolean => marks.some((m) => m.startLine <= line && line <= m.endLine);
        if (!window) {
          if (marks.length) mismatches.push(`${when}: ruler ${kind} marked in a short article`);
          continue;
        }
        rulerChecks++;
        if (!starts.every(marked)) mismatches.push(`${when}: ruler ${kind} misses a highlight`);
        if (!marks.every((m) => starts.some((line) => m.startLine <= line && line <= m.endLine))) mismatches.push(`${when}: ruler ${kind} marks lines without one`);
      }
    };
    const random = seededRandom(5);
    const callsPer = { letter: [] as number[], lineBreak: [] as number[] };
    let mostMadePerLineBreak = 0;
    for (let k = 0; k < letters + breaks; k++) {
      const lineBreak = k % Math.max(1, Math.floor((letters + breaks) / Math.max(1, breaks))) === 0 && callsPer.lineBreak.length < breaks;
      const from = log.length;
      const made = Range.made;
      typed.type(random(typed.text().length), lineBreak ? '\n' : 'e');
      if (lineBreak) mostMadePerLineBreak = Math.max(mostMadePerLineBreak, Range.made - made);
      (lineBreak ? callsPer.lineBreak : callsPer.letter).push(highlightCalls(from).length);
      // every kind the editor holds must be what the highlighter painted, sent again or not
      check(`keystroke ${k} (${lineBreak ? 'line break' : 'letter'})`);
    }
    // far down the article: the ranges near the new lines are sent
    let scrolledTo: { first: number; last: number } | undefined;
    if (shownFrom !== undefined) {
      const target = shownFrom + 5000;
      editor.visibleRanges = [new Range(target, 0, target + 40, 0)];
      highlighter.scrolled(typed.editor as never);
      check('after scrolling');
      scrolledTo = highlighter.sentLines(typed.editor as never);
      if (!scrolledTo || scrolledTo.first > target || scrolledTo.last < target + 40) mismatches.push('after scrolling: the shown lines are not in the window sent');
    }
    const total = Object.values(highlighter.appliedRanges(typed.document.uri as never)).reduce((n, list) => n + list.length, 0);
    await index.whenIdle();
    index.dispose();
    highlighter.dispose();
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const mostPerCall = Math.max(0, ...highlightCalls(0).map((c) => c.count));
    const mostMarksPerCall = Math.max(0, ...log.filter((c) => rulerKeys.has(c.key)).map((c) => c.count));
    process.stdout.write(`${JSON.stringify({ kinds: types.size, perLetter: mean(callsPer.letter), perLineBreak: mean(callsPer.lineBreak), lineBreaks: callsPer.lineBreak.length, mostPerCall, mostMarksPerCall, mostMadePerLineBreak, total, windowed: scrolledTo !== undefined, rulerChecks, mismatches })}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
