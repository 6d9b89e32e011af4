import type { Claim, ClaimKind, Quote, QuoteKind, Span } from './types';

/** What a quote object is made of besides its offsets, group and paragraph (an edit makes it again, moved). */
export interface QuoteParts {
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  confidence: number;
  rule?: string;
  depth: number;
}

/**
 * A quote as the engine hands it out: the keys always in one order, an absent closing mark or cue
 * left out (never deleted: that turns an object into a slow dictionary). Each shape is one object
 * literal, so every key is stored in the object itself: an edit in a long report moves thousands
 * of quotes in place, and keys added one by one would each cost a second memory read. `cue` is
 * taken as it is: callers make a new one, beside the quote, that no other quote holds.
 */
export function quoteRecord(q: QuoteParts, start: number, end: number, openMark: number, closeMark: number | undefined, cue: Span | undefined, group: number, paragraph: number, coSpeakers: string[] | undefined): Quote {
  const { text, kind, speaker, confidence, rule, depth } = q;
  let out: Quote;
  if (closeMark !== undefined && cue !== undefined) out = { start, end, text, kind, speaker, confidence, openMark, closeMark, cue, rule, group, paragraph, depth };
  else if (closeMark !== undefined) out = { start, end, text, kind, speaker, confidence, openMark, closeMark, rule, group, paragraph, depth };
  else if (cue !== undefined) out = { start, end, text, kind, speaker, confidence, openMark, cue, rule, group, paragraph, depth };
  else out = { start, end, text, kind, speaker, confidence, openMark, rule, group, paragraph, depth };
  if (coSpeakers) out.coSpeakers = coSpeakers;
  return out;
}

/** Who a claim is credited to and why it was flagged: what stays when a claim is moved or read again. */
export interface ClaimCredit {
  kind: ClaimKind;
  speaker: string | null;
  score: number;
  signals: string[];
}

/**
 * A claim as the engine hands it out, in one shape (one object literal, keys in one order), so
 * that the lists an edit moves in place hold objects of one shape only.
 */
export function claimRecord(credit: ClaimCredit, text: string, start: number, end: number): Claim {
  return { start, end, text, kind: credit.kind, speaker: credit.speaker, score: credit.score, signals: credit.signals };
}
