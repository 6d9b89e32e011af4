import type { Claim, Quote, Span } from '../types';
import { lowerBound } from './lowerBound';

/** Index of the first item starting at or after `offset` (items in text order). */
export function firstStartingAt(items: readonly Span[], offset: number): number {
  return lowerBound(items.length, (i) => items[i].start < offset);
}

export function shiftClaim(c: Claim, by: number): Claim {
  return { start: c.start + by, end: c.end + by, text: c.text, kind: c.kind, speaker: c.speaker, score: c.score, signals: c.signals };
}

export function shiftQuote(q: Quote, by: number, group: number, paragraph: number, move: (x: number) => number = (x) => x + by): Quote {
  const out: Quote = {
    start: move(q.start),
    end: move(q.end),
    text: q.text,
    kind: q.kind,
    speaker: q.speaker,
    confidence: q.confidence,
    openMark: move(q.openMark),
    closeMark: q.closeMark === undefined ? undefined : move(q.closeMark),
    cue: q.cue ? { start: move(q.cue.start), end: move(q.cue.end) } : undefined,
    rule: q.rule,
    group,
    paragraph,
    depth: q.depth,
  };
  // the same keys as a full analysis gives, so results compare and serialise alike
  if (out.closeMark === undefined) delete out.closeMark;
  if (out.cue === undefined) delete out.cue;
  if (q.coSpeakers) out.coSpeakers = q.coSpeakers;
  return out;
}
