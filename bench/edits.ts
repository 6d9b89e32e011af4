/**
 * (c) From a one-character edit in a long article to updated analysis and decoration ranges.
 *
 * The engine has no incremental API today, so the default analyser re-analyses the whole edited
 * text, as the extension does after its edit debounce (src/extension/index/articleIndex.ts). The
 * decoration step is the extension's own: highlightSpans (src/extension/highlights/highlightRanges.ts)
 * with speakers named through the corpus index, then every span turned into a line/character
 * range the way Highlighter.refresh does with document.positionAt. The 150 ms debounce before
 * re-analysis is not counted.
 *
 * To measure an incremental engine, change the one line that picks EDIT_ANALYZER below.
 */
import * as core from '../src/core';
import { analyzeArticle, canonicalizeCorpus, type ArticleAnalysis, type CorpusIndex, type Span } from '../src/core';
import { highlightSpans } from '../src/extension/highlights/highlightRanges';
import { lineAndColumn, lineStarts } from '../src/core/lines';
import type { Article, ArticleIndex } from '../src/extension/index/articleIndex';
import { Rng } from './prng';
import { median, now, percentile } from './stats';

/** One change as an editor reports it: replace [start, end) of the previous text with `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

export interface Analysed {
  text: string;
  analysis: ArticleAnalysis;
}

/** What the bench needs from an engine: a first analysis, then one per edit. */
export interface EditAnalyzer {
  name: string;
  analyze(text: string): ArticleAnalysis;
  afterEdit(previous: Analysed, change: TextChange, nextText: string): ArticleAnalysis;
}

const OPTIONS = { format: 'text', fileName: 'long-report.txt' } as const;

/** Today's engine: every edit re-analyses the whole article. */
export const FULL_REANALYSIS: EditAnalyzer = {
  name: 'full re-analysis (no incremental API in core yet)',
  analyze: (text) => analyzeArticle(text, OPTIONS),
  afterEdit: (_previous, _change, nextText) => analyzeArticle(nextText, OPTIONS),
};

type AnalyzeEdit = (previous: Analysed, change: TextChange) => ArticleAnalysis;

/** An engine exporting `analyzeEdit(previous, change)` from src/core is measured through it. */
export function incrementalAnalyzer(analyzeEdit: AnalyzeEdit): EditAnalyzer {
  return { name: 'core analyzeEdit (incremental)', analyze: (text) => analyzeArticle(text, OPTIONS), afterEdit: (previous, change) => analyzeEdit(previous, change) };
}

/** Looked up by name, so the bench builds whether or not the engine has it yet. */
const INCREMENTAL_EXPORT = 'analyzeEdit';
const coreAnalyzeEdit = (core as Record<string, unknown>)[INCREMENTAL_EXPORT] as AnalyzeEdit | undefined;
// The one line to change for another incremental API:
export const EDIT_ANALYZER: EditAnalyzer = coreAnalyzeEdit ? incrementalAnalyzer(coreAnalyzeEdit) : FULL_REANALYSIS;

/** 0-based line and character, as the editor's document model counts them. */
function positionAt(starts: readonly number[], offset: number): { line: number; character: number } {
  const { line, column } = lineAndColumn(starts, offset);
  return { line: line - 1, character: column - 1 };
}

/**
 * The decorations of one article as the extension computes them: the article's corpus index is
 * rebuilt after a change (ArticleIndex drops it), spans per kind, then ranges.
 */
function decorationRanges(article: Article, starts: readonly number[]): number {
  let corpus: CorpusIndex | undefined;
  const index = {
    speakerOf(a: Article, quote: { speaker: string | null }): string | null {
      if (quote.speaker === null) return null;
      corpus ??= canonicalizeCorpus([{ id: a.id, analysis: a.analysis }]);
      return corpus.canonicalName(a.id, quote.speaker) ?? quote.speaker;
    },
  } as unknown as ArticleIndex;
  let ranges = 0;
  for (const spans of highlightSpans(index, article).values()) {
    for (const s of spans as Span[]) {
      positionAt(starts, s.start);
      positionAt(starts, s.end);
      ranges++;
    }
  }
  return ranges;
}

export interface EditResult {
  analyzer: string;
  edits: number;
  requested: number;
  bytes: number;
  p50: number;
  p95: number;
  analysisP50: number;
  decorationP50: number;
  ranges: number;
  initialMs: number;
}

/**
 * Edits at seeded random positions, alternately typing a letter and deleting a character. Stops
 * early (and says so) once `timeLimitMs` of edits have been spent, so a slow engine still finishes.
 */
export function measureEdits(text: string, requested: number, timeLimitMs: number, seed: number, analyzer: EditAnalyzer = EDIT_ANALYZER): EditResult {
  const rng = new Rng(seed);
  const t0 = now();
  let current: Analysed = { text, analysis: analyzer.analyze(text) };
  const initialMs = now() - t0;
  const article = (a: Analysed): Article => ({ id: 'file:///bench/long-report.txt', text: a.text, analysis: a.analysis, title: '', relativePath: 'long-report.txt' }) as unknown as Article;
  let ranges = decorationRanges(article(current), lineStarts(text));
  const total: number[] = [];
  const analysis: number[] = [];
  const decoration: number[] = [];
  const started = now();
  for (let i = 0; i < requested && (i < 3 || now() - started < timeLimitMs); i++) {
    const at = rng.int(0, current.text.length - 1);
    const change: TextChange = i % 2 === 0 ? { start: at, end: at, text: rng.pick(['e', 'a', 't', ' ', 's']) } : { start: at, end: at + 1, text: '' };
    const nextText = current.text.slice(0, change.start) + change.text + current.text.slice(change.end);
    // The editor updates its own line model; that is not the extension's time.
    const nextStarts = lineStarts(nextText);
    const ta = now();
    const next: Analysed = { text: nextText, analysis: analyzer.afterEdit(current, change, nextText) };
    const tb = now();
    ranges = decorationRanges(article(next), nextStarts);
    const tc = now();
    analysis.push(tb - ta);
    decoration.push(tc - tb);
    total.push(tc - ta);
    current = next;
  }
  return {
    analyzer: analyzer.name,
    edits: total.length,
    requested,
    bytes: Buffer.byteLength(text),
    p50: median(total),
    p95: percentile(total, 95),
    analysisP50: median(analysis),
    decorationP50: median(decoration),
    ranges,
    initialMs,
  };
}

/**
 * What an edit also costs in a larger workspace: ArticleIndex drops its corpus index on every
 * change, and the next decoration rebuilds it over every article (median of `runs`).
 */
export function measureCorpusRebuild(analyses: ReadonlyMap<string, ArticleAnalysis>, runs = 5): number {
  const articles = [...analyses].map(([id, analysis]) => ({ id, analysis }));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    canonicalizeCorpus(articles);
    times.push(now() - t0);
  }
  return median(times);
}
