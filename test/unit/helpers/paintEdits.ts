/**
 * Bundled and run by highlightEdits.test.ts, with `vscode` answered by the bench's stub: types
 * seeded random edits into a long article (letters, deletions, line breaks added and removed),
 * analyses each around itself as the extension does, repaints from the previous paint, and
 * compares every kind's spans and ranges with a paint made from scratch. Prints one JSON line.
 *
 * Usage: paintEdits <seed> <edits> <article characters>
 */
import { generateLongArticle } from '../../../bench/corpus';
import { Rng } from '../../../bench/prng';
import { analyzeArticle, canonicalizeCorpus, type ArticleAnalysis } from '../../../src/core';
import { analyzeEdit, applyTextChange, type TextChange } from '../../../src/core/edits/analyzeEdit';
import { lineAndColumn, lineStarts } from '../../../src/core/lines';
import { paint } from '../../../src/extension/highlights/highlighter';
import { inTextOrder, type HighlightKind } from '../../../src/extension/highlights/decorationStyles';
import { currentRanges, rangesOnLines, type PaintedRanges } from '../../../src/extension/highlights/paintedRanges';
import type { Article, ArticleIndex } from '../../../src/extension/index/articleIndex';

const OPTIONS = { format: 'text', fileName: 'report.txt' } as const;

function documentOf(text: string, version: number): { version: number; positionAt(offset: number): { line: number; character: number } } {
  const starts = lineStarts(text);
  return {
    version,
    positionAt: (offset) => {
      const { line, column } = lineAndColumn(starts, offset);
      return { line: line - 1, character: column - 1 };
    },
  };
}

function shown(painted: ReturnType<typeof paint>): string {
  const kinds = [...painted.ranges].map(([kind, list]) => [kind, list.starts, list.ends, list.sources, currentRanges(list).map((r) => [r.start.line, r.start.character, r.end.line, r.end.character])]);
  return JSON.stringify(kinds);
}

/** The ranges of every kind that reach into lines [first, last], found by `rangesOnLines` and by reading them all; whether both agree. */
function sameWindow(ranges: ReadonlyMap<HighlightKind, PaintedRanges>, first: number, last: number): boolean {
  for (const [kind, list] of ranges) {
    const all = currentRanges(list).filter((r) => r.start.line <= last && r.end.line >= first);
    const found = rangesOnLines(list, first, last, inTextOrder(kind));
    if (found.length !== all.length || found.some((r, i) => r !== all[i])) return false;
  }
  return true;
}

function main(): void {
  const [seed, edits, size] = process.argv.slice(2).map(Number);
  const rng = new Rng(seed);
  let text = generateLongArticle(seed, size);
  let analysis: ArticleAnalysis = analyzeArticle(text, OPTIONS);
  // Speakers are named through the article's corpus index, made once: edits here add no names.
  const corpus = canonicalizeCorpus([{ id: 'a', analysis }]);
  const index = { speakerOf: (_a: Article, q: { speaker: string | null }) => (q.speaker === null ? null : (corpus.canonicalName('a', q.speaker) ?? q.speaker)) } as unknown as ArticleIndex;
  const article = (): Article => ({ id: 'a', text, source: text, analysis, title: '', relativePath: OPTIONS.fileName }) as unknown as Article;
  let painted = paint(index, article(), documentOf(text, 0));
  let mismatches = 0;
  let repaintedAround = 0;
  let first: string | undefined;
  for (let i = 1; i <= edits; i++) {
    const at = rng.int(0, text.length - 1);
    const change: TextChange = i % 3 === 0 ? { start: at, end: Math.min(text.length, at + rng.int(1, 3)), text: '' } : { start: at, end: at, text: rng.pick(['e', ' ', '\n', 'x\ny', ',', '5']) };
    const before = lineStarts(text);
    const endLine = lineAndColumn(before, change.end).line - 1;
    const lineDelta = change.text.split('\n').length - text.slice(change.start, change.end).split('\n').length;
    analysis = analyzeEdit({ text, analysis }, change, OPTIONS);
    text = applyTextChange(text, change);
    const previous = painted;
    const previousLists = [...previous.ranges.values()];
    painted = paint(index, article(), documentOf(text, i), previous, { version: i, edits: [{ change, lineDelta, endLine }] });
    // Repainting around an edit updates the previous lists in place; a full paint makes new ones.
    if ([...painted.ranges.values()].some((list) => previousLists.includes(list))) repaintedAround++;
    // An editor's window of lines, as a long article's editor is sent (see rangesToSend).
    const lineCount = lineStarts(text).length;
    const top = rng.int(0, lineCount - 1);
    // and windows opening inside a range of several lines, which starts above them
    const inside = [...painted.ranges.values()].flatMap((list) => currentRanges(list).filter((r) => r.end.line > r.start.line)).slice(0, 8);
    const windowed = sameWindow(painted.ranges, top, top + rng.int(0, 60)) && inside.every((r) => sameWindow(painted.ranges, r.end.line, r.end.line + rng.int(0, 3)));
    if (!windowed || shown(painted) !== shown(paint(index, article(), documentOf(text, i)))) {
      mismatches++;
      first ??= `edit ${i}: ${JSON.stringify(change)}`;
    }
  }
  process.stdout.write(`${JSON.stringify({ edits, mismatches, repaintedAround, first })}\n`);
}

main();
