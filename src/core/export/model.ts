/**
 * From re-anchored annotations to the ExportModel every format prints: filtered, speakers
 * resolved, the quotes and claims each one concerns found, and everything in a stable order
 * (articles by path, annotations by offset then id) so that output is reproducible byte for byte.
 */
import type { ArticleAnalysis, Claim, Quote, Span, Speaker } from '../types';
import { compareCodeUnits, lineAndColumn, lineStarts } from './text';
import type { AnchoredAnnotation, ExportArticle, ExportArticleInput, ExportEntry, ExportFilter, ExportModel } from './types';

/** Names and codes compare without case or surrounding spaces: `--speaker "jane doe"` finds Jane Doe. */
function key(s: string): string {
  return s.normalize('NFC').trim().toLowerCase();
}

/**
 * An article's quotes or claims that have a speaker, their offsets read once into arrays. Speakers
 * are looked up for every annotation, and quotes and claims come in several object shapes, which
 * makes reading their fields in that loop slow.
 */
interface Attributed {
  starts: number[];
  ends: number[];
  /** Added to the overlap when ranking (speech before other quotes). */
  bonuses: number[];
  speakers: string[];
}

function attributed<T extends Span & { speaker: string | null }>(items: readonly T[], bonus: (item: T) => number): Attributed {
  const table: Attributed = { starts: [], ends: [], bonuses: [], speakers: [] };
  for (const item of items) {
    if (item.speaker === null) continue;
    table.starts.push(item.start);
    table.ends.push(item.end);
    table.bonuses.push(bonus(item));
    table.speakers.push(item.speaker);
  }
  return table;
}

/**
 * The speaker of the item that overlaps start–end most, its bonus added; a tie goes to the
 * earlier start, then to the earlier item. One pass, not filter + sort.
 */
function mostOverlapping(t: Attributed, start: number, end: number): string | undefined {
  let best = -1;
  let bestRank = 0;
  for (let i = 0; i < t.starts.length; i++) {
    const s = t.starts[i];
    const e = t.ends[i];
    if (!(s < end && start < e)) continue;
    const rank = t.bonuses[i] + Math.min(e, end) - Math.max(s, start);
    if (best < 0 || rank > bestRank || (rank === bestRank && s < t.starts[best])) {
      best = i;
      bestRank = rank;
    }
  }
  return best < 0 ? undefined : t.speakers[best];
}

/** What an article's annotations are attributed with, prepared once per article. */
interface SpeakerLookup {
  quotes: Attributed;
  claims: Attributed;
  /** The first speaker of the analysis with each name. */
  byName: Map<string, Speaker>;
}

function speakerLookup(analysis: ArticleAnalysis): SpeakerLookup {
  const byName = new Map<string, Speaker>();
  for (const s of analysis.speakers) if (!byName.has(s.name)) byName.set(s.name, s);
  return {
    quotes: attributed(analysis.quotes, (q) => (q.kind === 'speech' ? 1e9 : 0)),
    claims: attributed(analysis.claims, () => 0),
    byName,
  };
}

/**
 * Who made the annotated statement: what the reviewer stored, else the speaker of the quote it
 * overlaps most (speech before other quotes), else of the claim it overlaps most.
 */
function resolveSpeaker(a: AnchoredAnnotation, lookup: SpeakerLookup): string | null {
  if (a.annotation.speaker !== undefined) return a.annotation.speaker;
  if (a.anchor.status === 'orphan') return null;
  const { start, end } = a.anchor;
  return mostOverlapping(lookup.quotes, start, end) ?? mostOverlapping(lookup.claims, start, end) ?? null;
}

export function matchesFilter(entry: Pick<ExportEntry, 'annotation' | 'speaker'>, filter: ExportFilter): boolean {
  const { annotation } = entry;
  if (filter.speaker !== undefined && filter.speaker.trim() !== '' && (entry.speaker === null || key(entry.speaker) !== key(filter.speaker))) return false;
  if (filter.verdicts && filter.verdicts.length > 0 && !filter.verdicts.some((v) => key(v) === key(annotation.verdict))) return false;
  if (filter.tags && filter.tags.length > 0 && !annotation.tags.some((t) => filter.tags?.some((f) => key(f) === key(t)))) return false;
  return true;
}

function entryFor(a: AnchoredAnnotation, input: ExportArticleInput, starts: number[], lookup: SpeakerLookup): ExportEntry {
  const { annotation, anchor } = a;
  const speaker = resolveSpeaker(a, lookup);
  const known = speaker === null ? undefined : lookup.byName.get(speaker);
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
  if (anchor.status !== 'orphan') {
    const { line, column } = lineAndColumn(starts, anchor.start);
    entry.line = line;
    entry.column = column;
  }
  return entry;
}

function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * The quotes or claims any entry overlaps, each entry pointing at them by index. `entries` are in
 * start order, so each scan stops at the first entry (or item) that starts after the other ends.
 * This runs some fifty items by a hundred annotations per article, so offsets are read into
 * locals once: quotes and claims come in several object shapes, which makes each read slow.
 */
function concerned<T extends Span>(items: readonly T[], entries: ExportEntry[], field: 'quotes' | 'claims'): T[] {
  const picked: T[] = [];
  for (const item of items) {
    const { start, end } = item;
    for (const e of entries) {
      if (e.start >= end) break;
      if (start < e.end && e.status !== 'orphan') {
        picked.push(item);
        break;
      }
    }
  }
  picked.sort(bySpan);
  const starts = picked.map((p) => p.start);
  const ends = picked.map((p) => p.end);
  for (const e of entries) {
    if (e.status === 'orphan') continue;
    const { start, end } = e;
    const indices: number[] = [];
    for (let i = 0; i < starts.length && starts[i] < end; i++) if (start < ends[i]) indices.push(i);
    e[field] = indices;
  }
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
    const lookup = speakerLookup(input.analysis);
    const entries = input.annotations
      .map((a) => entryFor(a, input, starts, lookup))
      .filter((e) => matchesFilter(e, filter))
      .sort(compareEntries);
    if (entries.length === 0) continue;
    const quotes: Quote[] = concerned(input.analysis.quotes, entries, 'quotes');
    const claims: Claim[] = concerned(input.analysis.claims, entries, 'claims');
    articles.push({ path: input.path, text: input.text, meta: input.meta, analysis: input.analysis, quotes, claims, entries });
  }
  return { articles, filter, total: articles.reduce((n, a) => n + a.entries.length, 0) };
}
