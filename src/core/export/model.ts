/**
 * From re-anchored annotations to the ExportModel every format prints: filtered, speakers
 * resolved, the quotes and claims each one concerns found, and everything in a stable order
 * (articles by path, annotations by offset then id) so that output is reproducible byte for byte.
 */
import type { ArticleAnalysis, Claim, Quote, Span } from '../types';
import { compareCodeUnits, lineAndColumn, lineStarts } from './text';
import type { AnchoredAnnotation, ExportArticle, ExportArticleInput, ExportEntry, ExportFilter, ExportModel } from './types';

/** Names and codes compare without case or surrounding spaces: `--speaker "jane doe"` finds Jane Doe. */
function key(s: string): string {
  return s.normalize('NFC').trim().toLowerCase();
}

function overlaps(a: Span, start: number, end: number): boolean {
  return a.start < end && start < a.end;
}

function overlap(a: Span, start: number, end: number): number {
  return Math.min(a.end, end) - Math.max(a.start, start);
}

/**
 * Who made the annotated statement: what the reviewer stored, else the speaker of the quote it
 * overlaps most (speech before other quotes), else of the claim it overlaps most.
 */
function resolveSpeaker(a: AnchoredAnnotation, analysis: ArticleAnalysis): string | null {
  if (a.annotation.speaker !== undefined) return a.annotation.speaker;
  if (a.anchor.status === 'orphan') return null;
  const { start, end } = a.anchor;
  const rank = (q: Quote): number => (q.kind === 'speech' ? 1 : 0) * 1e9 + overlap(q, start, end);
  const quotes = analysis.quotes.filter((q) => q.speaker !== null && overlaps(q, start, end)).sort((x, y) => rank(y) - rank(x) || x.start - y.start);
  if (quotes.length > 0) return quotes[0].speaker;
  const claims = analysis.claims.filter((c) => c.speaker !== null && overlaps(c, start, end)).sort((x, y) => overlap(y, start, end) - overlap(x, start, end) || x.start - y.start);
  return claims.length > 0 ? claims[0].speaker : null;
}

export function matchesFilter(entry: Pick<ExportEntry, 'annotation' | 'speaker'>, filter: ExportFilter): boolean {
  const { annotation } = entry;
  if (filter.speaker !== undefined && filter.speaker.trim() !== '' && (entry.speaker === null || key(entry.speaker) !== key(filter.speaker))) return false;
  if (filter.verdicts && filter.verdicts.length > 0 && !filter.verdicts.some((v) => key(v) === key(annotation.verdict))) return false;
  if (filter.tags && filter.tags.length > 0 && !annotation.tags.some((t) => filter.tags?.some((f) => key(f) === key(t)))) return false;
  return true;
}

function entryFor(a: AnchoredAnnotation, input: ExportArticleInput, starts: number[]): ExportEntry {
  const { annotation, anchor } = a;
  const speaker = resolveSpeaker(a, input.analysis);
  const known = speaker === null ? undefined : input.analysis.speakers.find((s) => s.name === speaker);
  const entry: ExportEntry = {
    annotation,
    status: anchor.status,
    start: anchor.start,
    end: anchor.end,
    score: anchor.score,
    text: anchor.status === 'orphan' ? annotation.target.exact : input.text.slice(anchor.start, anchor.end),
    speaker,
    speakerKind: known ? known.kind : null,
    quotes: [],
    claims: [],
  };
  if (anchor.status !== 'orphan') Object.assign(entry, lineAndColumn(starts, anchor.start));
  return entry;
}

function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** The quotes or claims any entry overlaps, each entry pointing at them by index. */
function concerned<T extends Span>(items: readonly T[], entries: ExportEntry[], field: 'quotes' | 'claims'): T[] {
  const anchored = entries.filter((e) => e.status !== 'orphan');
  const picked = items.filter((item) => anchored.some((e) => overlaps(item, e.start, e.end))).sort(bySpan);
  for (const e of anchored) e[field] = picked.flatMap((item, i) => (overlaps(item, e.start, e.end) ? [i] : []));
  return picked;
}

function compareEntries(a: ExportEntry, b: ExportEntry): number {
  return a.start - b.start || a.end - b.end || compareCodeUnits(a.annotation.id, b.annotation.id);
}

/**
 * The filter as the output records it: trimmed, deduplicated, sorted, empty parts dropped. Picking
 * verdicts in another order (a QuickPick, repeated CLI flags) must not change a byte of output.
 */
export function normalizeFilter(filter: ExportFilter): ExportFilter {
  const list = (values: readonly string[] | undefined): string[] | undefined => {
    const clean = [...new Set((values ?? []).map((v) => v.trim()).filter((v) => v !== ''))].sort(compareCodeUnits);
    return clean.length > 0 ? clean : undefined;
  };
  const speaker = filter.speaker?.trim();
  const out: ExportFilter = {};
  if (speaker) out.speaker = speaker;
  const verdicts = list(filter.verdicts);
  if (verdicts) out.verdicts = verdicts;
  const tags = list(filter.tags);
  if (tags) out.tags = tags;
  return out;
}

export function buildModel(inputs: readonly ExportArticleInput[], requested: ExportFilter = {}): ExportModel {
  const filter = normalizeFilter(requested);
  const articles: ExportArticle[] = [];
  for (const input of [...inputs].sort((a, b) => compareCodeUnits(a.path, b.path))) {
    const starts = lineStarts(input.text);
    const entries = input.annotations
      .map((a) => entryFor(a, input, starts))
      .filter((e) => matchesFilter(e, filter))
      .sort(compareEntries);
    if (entries.length === 0) continue;
    const quotes: Quote[] = concerned(input.analysis.quotes, entries, 'quotes');
    const claims: Claim[] = concerned(input.analysis.claims, entries, 'claims');
    articles.push({ path: input.path, text: input.text, meta: input.meta, analysis: input.analysis, quotes, claims, entries });
  }
  return { articles, filter, total: articles.reduce((n, a) => n + a.entries.length, 0) };
}
