import * as vscode from 'vscode';
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
  readonly ranges: vscode.Range[];
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
    for (let i = 0; i < count; i++) ranges.push(locate(document, starts[i], ends[i]));
    return { ...list, ranges };
  }
  const { change } = edit;
  const delta = change.text.length - (change.end - change.start);
  const after = change.start + change.text.length;
  const old = before.ranges;
  const oldCount = old.length;
  // Most spans lie wholly before the edit, where nothing moved, or on lines after it, moved by
  // the same amount: their ranges are copied over in blocks.
  let head = 0;
  while (head < count && head < oldCount && ends[head] <= change.start && starts[head] === before.starts[head] && ends[head] === before.ends[head]) head++;
  let tail = 0;
  while (tail < count - head && tail < oldCount - head) {
    const i = count - 1 - tail;
    const k = oldCount - 1 - tail;
    if (starts[i] < after || starts[i] - delta !== before.starts[k] || ends[i] - delta !== before.ends[k] || old[k].start.line <= edit.endLine) break;
    tail++;
  }
  const ranges: vscode.Range[] = head > 0 ? old.slice(0, head) : [];
  let j = head;
  for (let i = head; i < count - tail; i++) {
    const start = starts[i];
    const end = ends[i];
    let range: vscode.Range | undefined;
    // Where the span was before the edit, when the edit did not touch it.
    const untouchedBefore = end <= change.start;
    if (untouchedBefore || start >= after) {
      const oldStart = untouchedBefore ? start : start - delta;
      const oldEnd = untouchedBefore ? end : end - delta;
      while (j < oldCount && before.starts[j] < oldStart) j++;
      // spans of one kind rarely share a start (a nested quote at its parent's), so look one further
      const k = j < oldCount && before.starts[j] === oldStart && before.ends[j] === oldEnd ? j : j + 1 < oldCount && before.starts[j + 1] === oldStart && before.ends[j + 1] === oldEnd ? j + 1 : -1;
      if (k >= 0) {
        const was = old[k];
        if (untouchedBefore || (was.start.line > edit.endLine && edit.lineDelta === 0)) range = was;
        else if (was.start.line > edit.endLine) range = movedByLines(was, edit.lineDelta);
      }
    }
    ranges.push(range ?? locate(document, start, end));
  }
  if (tail > 0) {
    const lines = edit.lineDelta;
    if (lines === 0) for (let k = oldCount - tail; k < oldCount; k++) ranges.push(old[k]);
    else for (let k = oldCount - tail; k < oldCount; k++) ranges.push(movedByLines(old[k], lines));
  }
  return { ...list, ranges };
}

export function locate(document: PositionSource, start: number, end: number): vscode.Range {
  const from = document.positionAt(start);
  const to = document.positionAt(end);
  return new vscode.Range(from.line, from.character, to.line, to.character);
}

export function movedByLines(range: vscode.Range, lines: number): vscode.Range {
  return new vscode.Range(range.start.line + lines, range.start.character, range.end.line + lines, range.end.character);
}
