import * as vscode from 'vscode';
import { lowerBound } from '../../core/edits/lowerBound';
import type { ArticleEdit } from '../index/articleEdits';
import type { KindSpans } from './highlightRanges';

/** What turns offsets into positions: the editor's document, or a stand-in of it in the bench. */
export interface PositionSource {
  positionAt(offset: number): { line: number; character: number };
}

/**
 * The ranges painted for one kind of highlight with the spans they came from (same order), so
 * that after an edit the ranges it did not move are handed back as they are.
 */
export interface PaintedRanges extends KindSpans {
  /**
   * Each span's range as last located. One on lines that an edit above it moved is made anew only
   * when read (rangeAt): a line break in a long article moves tens of thousands of them, of which
   * the editor is sent a few hundred.
   */
  readonly ranges: vscode.Range[];
  /** The line each range now starts on (ranges[i] may still name an older one). */
  readonly lines: number[];
  /**
   * No range spans more lines than this (after the first): kept up as ranges are located, never
   * lowered, so that the ranges reaching into a stretch of lines are found by halving.
   */
  tallest: number;
}

/** The range of span `i` where it now is: the one located, or that one moved to its line (kept for the next read). */
export function rangeAt(list: PaintedRanges, i: number): vscode.Range {
  const range = list.ranges[i];
  const line = list.lines[i];
  if (range.start.line === line) return range;
  const moved = new vscode.Range(line, range.start.character, line + range.end.line - range.start.line, range.end.character);
  list.ranges[i] = moved;
  return moved;
}

/** Every range of the list where it now is (the list's own array: copy it to keep it past the next edit). */
export function currentRanges(list: PaintedRanges): vscode.Range[] {
  for (let i = 0; i < list.ranges.length; i++) rangeAt(list, i);
  return list.ranges;
}

/**
 * The ranges that reach into lines [first, last]. Those of a kind listed in text order (all but
 * cues) start on ascending lines: they are found by halving, not by reading tens of thousands of
 * them after every keystroke in a long article.
 */
export function rangesOnLines(list: PaintedRanges, first: number, last: number, inTextOrder: boolean): vscode.Range[] {
  const { ranges, lines } = list;
  const out: vscode.Range[] = [];
  const from = inTextOrder ? lowerBound(lines.length, (k) => lines[k] < first - list.tallest) : 0;
  for (let i = from; i < lines.length; i++) {
    const start = lines[i];
    if (start > last) {
      if (inTextOrder) break;
      continue;
    }
    if (start + ranges[i].end.line - ranges[i].start.line >= first) out.push(rangeAt(list, i));
  }
  return out;
}

/** The most lines after its first that a range of ranges[from, to) spans, or `tallest` if more. */
export function tallestOf(ranges: readonly vscode.Range[], tallest = 0, from = 0, to = ranges.length): number {
  for (let i = from; i < to; i++) tallest = Math.max(tallest, ranges[i].end.line - ranges[i].start.line);
  return tallest;
}

/**
 * Ranges for `spans` (in text order). With what was painted before one edit, every span the edit
 * did not reach keeps its range (or gets it moved by whole lines); only the rest is located anew.
 */
export function paintedRanges(list: KindSpans, document: PositionSource, before?: PaintedRanges, edit?: ArticleEdit): PaintedRanges {
  // Offsets are read from the lists, never from the span objects: those painted before may have
  // been moved by the engine since (see KindSpans).
  const { starts, ends } = list;
  const count = starts.length;
  if (!before || !edit) {
    const ranges: vscode.Range[] = [];
    const lines: number[] = [];
    for (let i = 0; i < count; i++) {
      const range = locate(document, starts[i], ends[i]);
      ranges.push(range);
      lines.push(range.start.line);
    }
    return painted(list, ranges, lines, tallestOf(ranges));
  }
  const { change } = edit;
  const delta = change.text.length - (change.end - change.start);
  const after = change.start + change.text.length;
  const old = before.ranges;
  const oldLines = before.lines;
  const oldCount = old.length;
  // Most spans lie wholly before the edit, where nothing moved, or on lines after it, moved by
  // the same amount: their ranges are copied over in blocks.
  let head = 0;
  while (head < count && head < oldCount && ends[head] <= change.start && starts[head] === before.starts[head] && ends[head] === before.ends[head]) head++;
  let tail = 0;
  while (tail < count - head && tail < oldCount - head) {
    const i = count - 1 - tail;
    const k = oldCount - 1 - tail;
    if (starts[i] < after || starts[i] - delta !== before.starts[k] || ends[i] - delta !== before.ends[k] || oldLines[k] <= edit.endLine) break;
    tail++;
  }
  const ranges: vscode.Range[] = head > 0 ? old.slice(0, head) : [];
  const lines: number[] = head > 0 ? oldLines.slice(0, head) : [];
  let j = head;
  for (let i = head; i < count - tail; i++) {
    const start = starts[i];
    const end = ends[i];
    let range: vscode.Range | undefined;
    let line = -1;
    // Where the span was before the edit, when the edit did not touch it.
    const untouchedBefore = end <= change.start;
    if (untouchedBefore || start >= after) {
      const oldStart = untouchedBefore ? start : start - delta;
      const oldEnd = untouchedBefore ? end : end - delta;
      while (j < oldCount && before.starts[j] < oldStart) j++;
      // spans of one kind rarely share a start (a nested quote at its parent's), so look one further
      const k = j < oldCount && before.starts[j] === oldStart && before.ends[j] === oldEnd ? j : j + 1 < oldCount && before.starts[j + 1] === oldStart && before.ends[j + 1] === oldEnd ? j + 1 : -1;
      if (k >= 0) {
        const wasLine = oldLines[k];
        if (untouchedBefore) line = wasLine;
        else if (wasLine > edit.endLine) line = wasLine + edit.lineDelta;
        if (line >= 0) range = old[k];
      }
    }
    range ??= locate(document, start, end);
    ranges.push(range);
    lines.push(line >= 0 ? line : range.start.line);
  }
  for (let k = oldCount - tail; k < oldCount; k++) {
    ranges.push(old[k]);
    lines.push(oldLines[k] + edit.lineDelta);
  }
  return painted(list, ranges, lines, tallestOf(ranges, before.tallest, head, count - tail));
}

/** Made in one place with its fields in one order, so that every list has the same hidden class (the edit path reads them all). */
function painted(list: KindSpans, ranges: vscode.Range[], lines: number[], tallest: number): PaintedRanges {
  return { spans: list.spans, starts: list.starts, ends: list.ends, sources: list.sources, ranges, lines, tallest };
}

export function locate(document: PositionSource, start: number, end: number): vscode.Range {
  const from = document.positionAt(start);
  const to = document.positionAt(end);
  return new vscode.Range(from.line, from.character, to.line, to.character);
}
