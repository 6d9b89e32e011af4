/**
 * Keeping annotation spans in place while the article is edited in an open editor, from the
 * editor's change events. This is exact bookkeeping, not matching: fuzzy re-anchoring is only for
 * changes made while nobody was watching.
 */
import type { Span } from '../types';

/** One replacement: the old range [start, end) now holds `newLength` code units. */
export interface TextEdit {
  start: number;
  end: number;
  newLength: number;
}

/**
 * The span after `edit`, or null when nothing of it is left (the caller then re-anchors it or
 * marks it orphan). Text typed inside the span widens it; text typed at either edge stays
 * outside; a deletion that overlaps an edge keeps the part of the span that survives.
 */
export function applyEdit(span: Span, edit: TextEdit): Span | null {
  const delta = edit.newLength - (edit.end - edit.start);
  if (edit.start >= span.end) return span.start === span.end ? null : { start: span.start, end: span.end };
  if (edit.end <= span.start) return { start: span.start + delta, end: span.end + delta };
  if (edit.start <= span.start && edit.end >= span.end) return null;
  let start: number;
  let end: number;
  if (edit.start >= span.start && edit.end <= span.end) {
    // Wholly inside: the replacement becomes part of the annotation.
    start = span.start;
    end = span.end + delta;
  } else if (edit.start < span.start) {
    // Over the start edge: what survives begins after the inserted text.
    start = edit.start + edit.newLength;
    end = span.end + delta;
  } else {
    // Over the end edge: what survives ends where the edit begins.
    start = span.start;
    end = edit.start;
  }
  return start < end ? { start, end } : null;
}

/**
 * Applies edits one after another, each in the coordinates left by the previous one (VS Code's
 * `contentChanges` of one event are given in an order where this holds).
 */
export function applyEdits(span: Span, edits: readonly TextEdit[]): Span | null {
  let current: Span | null = span;
  for (const edit of edits) {
    if (current === null) return null;
    current = applyEdit(current, edit);
  }
  return current;
}
