import type { ArticleAnalysis, Claim, KeptEnds, Quote, ReadableText } from '../../core';
import { engine } from '../engine/loadEngine';
import { lowerBound } from '../../core/edits/lowerBound';
import type { ArticleEdit } from '../index/articleEdits';
import type { Article, ArticleIndex } from '../index/articleIndex';
import type * as vscode from 'vscode';
import { ALL_KINDS, inTextOrder } from './decorationStyles';
import { CLAIM, emptyKinds, listSpans, speakerKind, type KindSpans } from './highlightRanges';
import { locate, tallestOf, type PaintedRanges, type PositionSource } from './paintedRanges';

/**
 * What one analysis was painted from: the analysis, the lists it was read from and how long they
 * were (an edit in place changes the very lists), and its speakers' kinds.
 */
export interface PaintedSource {
  readonly analysis: ArticleAnalysis;
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
  readonly quoteCount: number;
  readonly claimCount: number;
  readonly kindOf: Map<string, number>;
}

/**
 * After an edit analysed around itself, the quotes and claims the engine kept are the very
 * objects painted before (those past the edit moved in place, with their offsets): only the ones
 * between, re-read by the engine, are listed and located anew. The painted lists are updated in
 * place, so `kinds` must not be used afterwards. Undefined (and nothing changed) when the edit
 * cannot be painted so: the lists were changed in place, or a speaker's colour changed.
 */
export function repaintAround(index: ArticleIndex, article: Article, document: PositionSource, source: PaintedSource, kinds: readonly PaintedRanges[], edit: ArticleEdit): { source: PaintedSource; kinds: PaintedRanges[]; changed: boolean[] } | undefined {
  const { quotes, claims } = article.analysis;
  // The edit's own account of what it kept, when it made this analysis from the one painted:
  // else the kept objects are found by comparing the lists, and those after the edit are read.
  const spliced = engine().keptByEdit(source.analysis, article.analysis);
  const byEdit = spliced !== undefined;
  // the same lists, changed in place by an edit that did not say so, would not tell which objects are new
  if (!byEdit && (quotes === source.quotes || claims === source.claims)) return undefined;
  for (const [name, kind] of source.kindOf) if (speakerKind(index, article, name) !== kind) return undefined;
  const q = byEdit ? spliced.quotes : keptEnds(source.quotes, quotes);
  const c = byEdit ? spliced.claims : keptEnds(source.claims, claims);
  // Little kept (another analysis, or copies of it): locating every span anew costs more than
  // looking the old ranges up by offset.
  if ((quotes.length - q.head - q.tail) * 2 > quotes.length + 16 || (claims.length - c.head - c.tail) * 2 > claims.length + 16) return undefined;
  // (the source painted before is handed over with its lists: its map of kinds is added to in place)
  const kindOf = source.kindOf;
  const fresh = emptyKinds();
  // one object of one shape for every kind (a spread of whatever object the edit came in would not be)
  const located: LocatedEdit = { change: edit.change, lineDelta: edit.lineDelta, endLine: edit.endLine, lineEnd: editedLineEnd(article.source, edit) };
  listSpans(index, article, fresh, kindOf, { from: q.head, to: quotes.length - q.tail }, { from: c.head, to: claims.length - c.tail });
  const changed = kinds.map((list, k) => {
    const kept = k === CLAIM ? c : q;
    const oldCount = k === CLAIM ? source.claimCount : source.quoteCount;
    const newCount = k === CLAIM ? claims.length : quotes.length;
    return spliceKind(list, fresh[k], kept.head, oldCount - kept.tail, newCount - oldCount, document, located, inTextOrder(ALL_KINDS[k]) ? 'ordered' : byEdit ? 'moved' : 'read');
  });
  return { source: { analysis: article.analysis, quotes, claims, quoteCount: quotes.length, claimCount: claims.length, kindOf }, kinds: kinds.slice(), changed };
}

/** An edit, with where the last line it touched now ends (the offset of its line break; the text's length on the last line). */
interface LocatedEdit extends ArticleEdit {
  lineEnd: number;
}

function editedLineEnd(text: ReadableText, edit: ArticleEdit): number {
  const at = text.indexOf('\n', edit.change.start + edit.change.text.length);
  // not Infinity: a field that is sometimes a small integer and sometimes not changes the object's hidden class
  return at < 0 ? text.length : at;
}

/** How many items at the start and at the end of two lists are the same objects. */
function keptEnds<T>(before: readonly T[], after: readonly T[]): KeptEnds {
  const most = Math.min(before.length, after.length);
  let head = 0;
  while (head < most && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < most - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { head, tail };
}

/** First index whose source is at or past `source` (sources ascend). */
function firstFrom(sources: readonly number[], source: number): number {
  return lowerBound(sources.length, (k) => sources[k] < source);
}

/**
 * How the kept spans of a kind after the edit are brought to where they now are. 'ordered': the
 * spans are the quotes or claims themselves, in text order, moved by the edit's length. 'moved':
 * cues, moved with their quotes by the edit's length, in the order of their quotes (a cue may
 * stand before its quote). 'read': cues whose objects must be read, the edit's account of what it
 * moved being unknown.
 */
type Following = 'ordered' | 'moved' | 'read';

/**
 * One kind's painted spans with those of the sources [from, to) replaced by `fresh`, the later
 * sources renumbered by `shift`, in place. The spans of the sources before `from` are the engine's
 * untouched objects: they stand as painted. Returns whether any of the kind's ranges changed
 * (else each is the one painted before, on a line the edit did not touch).
 */
function spliceKind(list: PaintedRanges, fresh: KindSpans, from: number, to: number, shift: number, document: PositionSource, edit: LocatedEdit, following: Following): boolean {
  const a = firstFrom(list.sources, from);
  const b = firstFrom(list.sources, to);
  const n = fresh.spans.length;
  const freshRanges: vscode.Range[] = [];
  const freshLines: number[] = [];
  for (let i = 0; i < n; i++) {
    const range = locate(document, fresh.starts[i], fresh.ends[i]);
    freshRanges.push(range);
    freshLines.push(range.start.line);
  }
  // Only spans read again can span other lines than before: kept ones moved whole.
  list.tallest = tallestOf(freshRanges, list.tallest);
  replaceObjects(list.spans, a, b, fresh.spans);
  replaceNumbers(list.starts, a, b, fresh.starts);
  replaceNumbers(list.ends, a, b, fresh.ends);
  replaceNumbers(list.sources, a, b, fresh.sources);
  replaceObjects(list.ranges, a, b, freshRanges);
  replaceNumbers(list.lines, a, b, freshLines);
  const count = list.spans.length;
  if (shift !== 0) for (let i = a + n; i < count; i++) list.sources[i] += shift;
  const moved = following === 'read' ? follow(list, a + n, count, document, edit) : followMoved(list, a + n, count, document, edit, following === 'ordered');
  return b > a || n > 0 || moved;
}

/**
 * Replaces list[from, to) with `items`, moving the rest of the list only when their counts differ
 * (most edits re-read as many spans as there were). Numbers and objects have a function each, so
 * that V8 compiles each for one kind of array instead of deoptimising on the other.
 */
function replaceNumbers(list: number[], from: number, to: number, items: readonly number[]): void {
  if (items.length === to - from) for (let i = 0; i < items.length; i++) list[from + i] = items[i];
  else list.splice(from, to - from, ...items);
}

function replaceObjects<T extends object>(list: T[], from: number, to: number, items: readonly T[]): void {
  if (items.length === to - from) for (let i = 0; i < items.length; i++) list[from + i] = items[i];
  else list.splice(from, to - from, ...items);
}

/**
 * Brings the kept quotes or claims after the re-read ones to where they now are. The engine moved
 * each of them by the edit's length (they start past the edit), so their objects need not be read:
 * tens of thousands of them, scattered in memory, cost more to visit than the edit's analysis.
 * Those on later lines keep their range objects; only their line numbers move (see rangeAt).
 */
function followMoved(list: PaintedRanges, from: number, to: number, document: PositionSource, edit: LocatedEdit, inTextOrder: boolean): boolean {
  const { change, lineDelta, lineEnd } = edit;
  const delta = change.text.length - (change.end - change.start);
  const { starts, ends, ranges, lines } = list;
  // read on every call: a comparison met only by some edits, with no type feedback yet, would
  // throw the compiled loop away when one first reaches it
  const linesMoved = lineDelta !== 0 && to > from;
  let i = from;
  let located = false;
  // those up to the edited line's end are located again; in text order, from the first one past it on, all are past it
  for (; i < to && (!inTextOrder || starts[i] + delta <= lineEnd); i++) {
    starts[i] += delta;
    ends[i] += delta;
    if (starts[i] <= lineEnd) {
      ranges[i] = locate(document, starts[i], ends[i]);
      lines[i] = ranges[i].start.line;
      located = true;
    } else lines[i] += lineDelta;
  }
  for (; i < to; i++) {
    starts[i] += delta;
    ends[i] += delta;
    lines[i] += lineDelta;
  }
  return located || linesMoved;
}

/** Brings the kept spans [from, to) of a list to where their objects now are (read one by one); whether any range changed. */
function follow(list: PaintedRanges, from: number, to: number, document: PositionSource, edit: LocatedEdit): boolean {
  const { change, lineDelta, lineEnd } = edit;
  const delta = change.text.length - (change.end - change.start);
  const { spans, starts, ends, ranges, lines } = list;
  let changed = false;
  for (let i = from; i < to; i++) {
    const span = spans[i];
    const start = span.start;
    const end = span.end;
    const wasStart = starts[i];
    const wasEnd = ends[i];
    if (start === wasStart && end === wasEnd && wasEnd <= change.start) continue;
    starts[i] = start;
    ends[i] = end;
    // moved with the text after the edit, onto a later line: it keeps its characters
    if (start - delta === wasStart && end - delta === wasEnd && wasStart >= change.end && start > lineEnd) {
      if (lineDelta !== 0) {
        lines[i] += lineDelta;
        changed = true;
      }
      continue;
    }
    ranges[i] = locate(document, start, end);
    lines[i] = ranges[i].start.line;
    changed = true;
  }
  return changed;
}
