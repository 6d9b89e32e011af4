import type { Claim, Paragraph, Quote, Span } from '../types';
import { lowerBound } from './lowerBound';
import { claimRecord, quoteRecord } from '../records';

/** Index of the first item starting at or after `offset` (items in text order). */
export function firstStartingAt(items: readonly Span[], offset: number): number {
  return lowerBound(items.length, (i) => items[i].start < offset);
}

export function shiftClaim(c: Claim, by: number): Claim {
  return claimRecord(c, c.text, c.start + by, c.end + by);
}

export function shiftQuote(q: Quote, by: number, group: number, paragraph: number, move: (x: number) => number = (x) => x + by): Quote {
  const cue = q.cue ? { start: move(q.cue.start), end: move(q.cue.end) } : undefined;
  return quoteRecord(q, move(q.start), move(q.end), move(q.openMark), q.closeMark === undefined ? undefined : move(q.closeMark), cue, group, paragraph, q.coSpeakers);
}

export function shiftParagraph(p: Paragraph, by: number, index: number): Paragraph {
  return { start: p.start + by, end: p.end + by, index };
}

/**
 * Moving objects the analysis owns, where they are: an edit in a long article moves tens of
 * thousands of them, and new objects for all would be garbage by the next keystroke.
 *
 * Each kind of item has its own function, though the bodies match: V8 keeps what it learns about
 * object shapes per function, and one mover shared by paragraphs, claims, mentions and cues sees
 * too many shapes to be compiled for any, which made moving a span several times slower.
 */
export function moveQuoteInPlace(q: Quote, by: number, group: number, paragraph: number): void {
  q.start += by;
  q.end += by;
  q.openMark += by;
  if (q.closeMark !== undefined) q.closeMark += by;
  const cue = q.cue;
  if (cue) {
    cue.start += by;
    cue.end += by;
  }
  q.group = group;
  q.paragraph = paragraph;
}

/** Paragraphs from index `from` on move by `by`, and their indices by `shift`. */
export function moveParagraphsInPlace(list: readonly Paragraph[], from: number, by: number, shift: number): void {
  for (let i = from; i < list.length; i++) {
    const p = list[i];
    p.start += by;
    p.end += by;
    if (shift !== 0) p.index += shift;
  }
}

export function moveClaimsInPlace(list: readonly Claim[], from: number, by: number): void {
  for (let i = from; i < list.length; i++) {
    const c = list[i];
    c.start += by;
    c.end += by;
  }
}

export function moveMentionInPlace(m: Span, by: number): void {
  m.start += by;
  m.end += by;
}
