import * as vscode from 'vscode';
import type { Span } from '../../core';
import type { ArticleEdit } from '../index/articleEdits';

/** What turns offsets into positions: the editor's document, or a stand-in of it in the bench. */
export interface PositionSource {
  positionAt(offset: number): { line: number; character: number };
}

/**
 * The ranges painted for one kind of highlight with the spans they came from (same order), so
 * that after an edit the ranges it did not move are handed back as they are.
 */
export interface PaintedRanges {
  readonly spans: readonly Span[];
  readonly ranges: vscode.Range[];
}

/**
 * Ranges for `spans` (in text order). With what was painted before one edit, every span the edit
 * did not reach keeps its range (or gets it moved by whole lines); only the rest is located anew.
 */
export function paintedRanges(spans: readonly Span[], document: PositionSource, before?: PaintedRanges, edit?: ArticleEdit): PaintedRanges {
  const delta = edit ? edit.change.text.length - (edit.change.end - edit.change.start) : 0;
  // Most spans lie wholly before the edit (the very objects painted last time) or on lines after
  // it, moved by the same amount: their ranges are copied over in blocks.
  let head = 0;
  let tail = 0;
  if (before && edit) {
    const { change } = edit;
    const old = before.spans;
    while (head < spans.length && head < old.length && spans[head] === old[head] && spans[head].end <= change.start) head++;
    const after = change.start + change.text.length;
    while (tail < spans.length - head && tail < old.length - head) {
      const now = spans[spans.length - 1 - tail];
      const was = old[old.length - 1 - tail];
      if (now.start < after || now.start - delta !== was.start || now.end - delta !== was.end || before.ranges[old.length - 1 - tail].start.line <= edit.endLine) break;
      tail++;
    }
  }
  const ranges: vscode.Range[] = before && head > 0 ? before.ranges.slice(0, head) : [];
  let j = head;
  for (let i = head; i < spans.length - tail; i++) {
    const span = spans[i];
    let reused = false;
    if (before && edit) {
      const { change } = edit;
      // Where the span was before the edit, when the edit did not touch it.
      const untouchedBefore = span.end <= change.start;
      const untouchedAfter = span.start >= change.start + change.text.length;
      if (untouchedBefore || untouchedAfter) {
        const oldStart = untouchedBefore ? span.start : span.start - delta;
        const oldEnd = untouchedBefore ? span.end : span.end - delta;
        const old = before.spans;
        while (j < old.length && old[j].start < oldStart) j++;
        // spans of one kind rarely share a start (a nested quote at its parent's), so look one further
        const k = j < old.length && old[j].start === oldStart && old[j].end === oldEnd ? j : j + 1 < old.length && old[j + 1].start === oldStart && old[j + 1].end === oldEnd ? j + 1 : -1;
        if (k >= 0) {
          const range = before.ranges[k];
          if (untouchedBefore || (range.start.line > edit.endLine && edit.lineDelta === 0)) {
            ranges.push(range);
            reused = true;
          } else if (range.start.line > edit.endLine) {
            ranges.push(new vscode.Range(range.start.line + edit.lineDelta, range.start.character, range.end.line + edit.lineDelta, range.end.character));
            reused = true;
          }
        }
      }
    }
    if (!reused) {
      const start = document.positionAt(span.start);
      const end = document.positionAt(span.end);
      ranges.push(new vscode.Range(start.line, start.character, end.line, end.character));
    }
  }
  if (!before || !edit || tail === 0) return { spans, ranges };
  const moved = before.ranges.slice(before.ranges.length - tail);
  const lines = edit.lineDelta;
  if (lines === 0) return { spans, ranges: ranges.concat(moved) };
  for (const range of moved) ranges.push(new vscode.Range(range.start.line + lines, range.start.character, range.end.line + lines, range.end.character));
  return { spans, ranges };
}
