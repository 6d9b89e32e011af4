/**
 * (c) From a one-character edit in a long article to updated analysis and decoration ranges.
 *
 * The analysis step is core's `analyzeEdit` (re-reads the paragraphs around the edit and shifts
 * the rest), as the extension calls it on every document change (src/extension/index/articleEdits.ts).
 * The decoration step is the extension's own Highlighter `paint`: spans per kind with speakers
 * named through the corpus index, then ranges, reusing those the edit did not move; then the
 * ranges its refresh would hand the editor (`rangesToSend`), for an editor showing the lines
 * around the edit. The editor's own work (its line model, the change event) is not counted.
 * FULL_REANALYSIS measures the old way.
 */
import * as core from '../src/core';
import { analyzeArticle, analyzeForEditing, canonicalizeCorpus, EditedText, type ArticleAnalysis, type CorpusIndex, type ReadableText } from '../src/core';
import { paint, rangesToSend, type Sent } from '../src/extension/highlights/highlighter';
import type { ArticleEdit } from '../src/extension/index/articleEdits';
import type { Article, ArticleIndex } from '../src/extension/index/articleIndex';
import { EditorLines } from './editorLines';
import { Rng } from './prng';
import { median, now, percentile, threadCpuMs } from './stats';

/** One change as an editor reports it: replace [start, end) of the previous text with `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

export interface Analysed {
  /** As the extension keeps an open article's text while typing: in the pieces the changes made. */
  text: EditedText;
  analysis: ArticleAnalysis;
}

/** What the bench needs from an engine: a first analysis, then one per edit. */
export interface EditAnalyzer {
  name: string;
  analyze(text: string): ArticleAnalysis;
  afterEdit(previous: Analysed, change: TextChange, nextText: ReadableText): ArticleAnalysis;
}

const OPTIONS = { format: 'text', fileName: 'long-report.txt' } as const;

/** Today's engine: every edit re-analyses the whole article. */
export const FULL_REANALYSIS: EditAnalyzer = {
  name: 'full re-analysis (no incremental API in core yet)',
  analyze: (text) => analyzeArticle(text, OPTIONS),
  afterEdit: (_previous, _change, nextText) => analyzeArticle(nextText.toString(), OPTIONS),
};

type AnalyzeEdit = (previous: Analysed, change: TextChange) => ArticleAnalysis;

/**
 * An engine exporting `analyzeEdit(previous, change)` from src/core is measured through it. The
 * first analysis is made as the extension makes an open article's (`analyzeForEditing`: the
 * first keystroke may move it in place).
 */
export function incrementalAnalyzer(analyzeEdit: AnalyzeEdit): EditAnalyzer {
  return { name: 'core analyzeEdit (incremental)', analyze: (text) => analyzeForEditing(text, OPTIONS), afterEdit: (previous, change) => analyzeEdit(previous, change) };
}

/** Looked up by name, so the bench builds whether or not the engine has it yet. */
const INCREMENTAL_EXPORT = 'analyzeEdit';
const coreAnalyzeEdit = (core as Record<string, unknown>)[INCREMENTAL_EXPORT] as AnalyzeEdit | undefined;
// The one line to change for another incremental API:
export const EDIT_ANALYZER: EditAnalyzer = coreAnalyzeEdit ? incrementalAnalyzer(coreAnalyzeEdit) : FULL_REANALYSIS;

/** Lines an editor shows at once. */
const SHOWN_LINES = 50;

/**
 * The decorations of one article as the extension paints them after an edit: spans per kind with
 * speakers named through the corpus index, then ranges, reusing those the edit did not move
 * (Highlighter's `paint`). As in ArticleIndex, keystrokes keep the index made before them, a
 * name they change going by its own name, until a pause in typing (the index's change event)
 * has it made again: the bench's edits come one after another, with no pause.
 */
class DecorationModel {
  private corpus: CorpusIndex | undefined;
  private painted: ReturnType<typeof paint> | undefined;
  private sent: Sent | undefined;
  private readonly index = {
    speakerOf: (a: Article, quote: { speaker: string | null }): string | null => {
      if (quote.speaker === null) return null;
      return this.corpus?.canonicalName(a.id, quote.speaker) ?? quote.speaker;
    },
  } as unknown as ArticleIndex;

  /**
   * Paints version `version` of the article and picks what the editor is sent; `edit` is the
   * change from the version painted last. The editor shows the SHOWN_LINES around the edit.
   */
  paint(article: Article, editor: EditorLines, version: number, edit?: ArticleEdit): number {
    this.corpus ??= canonicalizeCorpus([{ id: article.id, analysis: article.analysis }]);
    const document = { version, positionAt: (offset: number) => editor.positionAt(offset) };
    this.painted = paint(this.index, article, document, this.painted, edit ? { version, edits: [edit] } : undefined);
    const line = edit ? edit.endLine : 0;
    this.sent = rangesToSend(this.painted, () => ({ shown: { first: Math.max(0, line - SHOWN_LINES / 2), last: line + SHOWN_LINES / 2 }, lineCount: editor.starts.length }), this.sent).sent;
    let ranges = 0;
    for (const kind of this.painted.ranges.values()) ranges += kind.ranges.length;
    return ranges;
  }
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
  /** The p95 of the `after` edits that followed the measured ones (undefined when none were asked for or made). */
  laterP95?: number;
  laterEdits: number;
  /** CPU (ms) of the main thread and of the process's other threads over the measured edits, where the system tells (Linux). */
  cpu?: { main: number; others: number };
}

/**
 * Edits at seeded random positions, alternately typing a letter and deleting a character. Stops
 * early (and says so) once `timeLimitMs` of edits have been spent, so a slow engine still finishes.
 * `after` more edits follow the `requested` ones, timed apart: what typing costs once V8 has
 * compiled the edit path (the first edits of a session include that work).
 */
export function measureEdits(text: string, requested: number, timeLimitMs: number, seed: number, analyzer: EditAnalyzer = EDIT_ANALYZER, after = 0): EditResult {
  const rng = new Rng(seed);
  const t0 = now();
  let current: Analysed = { text: EditedText.of(text), analysis: analyzer.analyze(text) };
  const initialMs = now() - t0;
  const article = (a: Analysed): Article => ({ id: 'file:///bench/long-report.txt', source: a.text, analysis: a.analysis, title: '', relativePath: 'long-report.txt' }) as unknown as Article;
  const decorations = new DecorationModel();
  const editor = new EditorLines(text);
  let ranges = decorations.paint(article(current), editor, 0);
  const total: number[] = [];
  const analysis: number[] = [];
  const decoration: number[] = [];
  const started = now();
  const later: number[] = [];
  const cpuBefore = threadCpuMs();
  let cpuAfter: ReturnType<typeof threadCpuMs>;
  for (let i = 0; i < requested + after && (i < 3 || now() - started < timeLimitMs); i++) {
    const at = rng.int(0, current.text.length - 1);
    const change: TextChange = i % 2 === 0 ? { start: at, end: at, text: rng.pick(['e', 'a', 't', ' ', 's']) } : { start: at, end: at + 1, text: '' };
    // The editor updates its own line model and reports the change's old range; that is not the extension's time.
    const edit = editor.apply(change);
    const ta = now();
    // The extension's text after the change is made as its change handler makes it (articleEdits).
    const nextText = current.text.apply(change);
    const next: Analysed = { text: nextText, analysis: analyzer.afterEdit(current, change, nextText) };
    const tb = now();
    ranges = decorations.paint(article(next), editor, i + 1, edit);
    const tc = now();
    current = next;
    if (i === requested - 1) cpuAfter = threadCpuMs();
    if (i >= requested) {
      later.push(tc - ta);
      continue;
    }
    analysis.push(tb - ta);
    decoration.push(tc - tb);
    total.push(tc - ta);
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
    laterP95: later.length > 0 ? percentile(later, 95) : undefined,
    laterEdits: later.length,
    cpu: cpuBefore && cpuAfter ? { main: cpuAfter.main - cpuBefore.main, others: cpuAfter.others - cpuBefore.others } : undefined,
  };
}

/**
 * What an edit also costs in a larger workspace, once typing pauses: ArticleIndex drops its corpus
 * index on every change and makes it again over every article then (median of `runs`).
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
