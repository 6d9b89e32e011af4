import type { AttributedQuote, ReportedSpeech } from './attributeQuotes';
import type { Entity } from './entities';
import type { Sentence } from './sentences';
import { LARGE_NUMBER, MONEY, NUMBER, numericSignalsCodes, PERCENTAGE } from './claimNumbers';
import { CAPITAL_PAIR, CAUSAL, claimCodes, COMPARISON, DATE, DIGIT, endsWithQuestion, hasCapitalisedPair, MODAL, NON_ASCII, OPINION, scanSentenceCodes, SUPERLATIVE } from './claimWords';
import { rangeCodesOf } from './tokens';
import type { SentenceScan } from './claimWords';
import type { Claim, ClaimKind } from './types';

export interface FoundClaim extends Claim {
  entity: Entity | null;
}

interface Signal {
  name: string;
  weight: number;
  /** Its bit in a sentence's signals: scanSentence()'s word bits, numericSignalsCodes()'s bits above NUMERIC_SHIFT. */
  bit: number;
}

/** numericSignalsCodes() bits are moved this far up, clear of scanSentence()'s. */
const NUMERIC_SHIFT = 16;

/** Check-worthiness signals from the ClaimBuster / CheckThat! literature, as readable names. */
const SIGNALS: Signal[] = [
  // 12%, 3 per cent
  { name: 'percentage', weight: 0.35, bit: PERCENTAGE << NUMERIC_SHIFT },
  // $5, 40 euros
  { name: 'money', weight: 0.3, bit: MONEY << NUMERIC_SHIFT },
  // 2.5 million, 40bn
  { name: 'large number', weight: 0.25, bit: LARGE_NUMBER << NUMERIC_SHIFT },
  { name: 'number', weight: 0.2, bit: NUMBER << NUMERIC_SHIFT },
  // more, less, rose, fell, doubled, …
  { name: 'comparison', weight: 0.15, bit: COMPARISON },
  // most, biggest, first, only, never, record, …
  { name: 'superlative', weight: 0.15, bit: SUPERLATIVE },
  // a year 1800–2099 or a month
  { name: 'date', weight: 0.1, bit: DATE },
  // caused, led to, killed, approved, won, …
  { name: 'causal or factual verb', weight: 0.1, bit: CAUSAL },
];

/** A question: a question mark at the end, maybe before a closing quote mark. */
const QUESTION = { name: 'question', weight: -0.4 };

const NEGATIVE: Signal[] = [
  // "I think", "we believe", "I feel", "we hope"
  { name: 'opinion', weight: -0.25, bit: OPINION },
  // will, would, could, might, may, should
  { name: 'future or modal', weight: -0.1, bit: MODAL },
];

/** "number" is implied by the more specific numeric signals. */
const IMPLIED_NUMBER = NUMBER << NUMERIC_SHIFT;
const SPECIFIC_NUMBER = (PERCENTAGE | MONEY | LARGE_NUMBER) << NUMERIC_SHIFT;

const THRESHOLD = 0.35;

const NAMED_ENTITY_WEIGHT = 0.05;

/** The score once long sentences lose a little: rounded to hundredths, between 0 and 1 (never lower for a higher sum). */
function finalScore(sum: number, wordTotal: number): number {
  const score = wordTotal > 60 ? sum - 0.1 : sum;
  return Math.max(0, Math.min(1, Math.round(score * 100) / 100));
}

/**
 * Scores every sentence; those above the threshold are claims. A sentence that quotes someone
 * or reports their words carries that speaker.
 */
export function findClaims(text: string, sentences: Sentence[], quotes: AttributedQuote[], reported: ReportedSpeech[]): FoundClaim[] {
  const claims: FoundClaim[] = [];
  let qi = 0;
  let ri = 0;
  const scan: SentenceScan = { signals: 0, words: 0, digitsFrom: -1, digitsTo: -1 };
  let from = text.length;
  let to = 0;
  for (const s of sentences) {
    if (s.start < from) from = s.start;
    if (s.end > to) to = s.end;
  }
  // the characters as the tokenizer loaded them for these sentences, when it has
  const codes = rangeCodesOf(text, from, to) ?? claimCodes(text, from, to);
  for (const s of sentences) {
    // read in place, once: word count and word signals
    const words = scanSentenceCodes(codes, s.start, s.end, scan).signals;
    const wordTotal = scan.words;
    if (wordTotal < 5) continue;
    while (qi < quotes.length && quotes[qi].end <= s.start) qi++;
    while (ri < reported.length && reported[ri].end <= s.start) ri++;
    // the sentence's top-level speech quotes: whether there is one, and the first with a speaker
    let speech = false;
    let speechEntity: Entity | null = null;
    for (let k = qi; k < quotes.length && quotes[k].start < s.end; k++) {
      const q = quotes[k];
      if (q.end <= s.end && q.kind === 'speech' && q.depth === 0) {
        speech = true;
        if (speechEntity === null && q.entity) speechEntity = q.entity;
      }
    }
    const report = reported[ri] && reported[ri].start === s.start ? reported[ri] : undefined;
    const numbers = (words & DIGIT) !== 0 ? numericSignalsCodes(codes, s.start, s.end, scan.digitsFrom, scan.digitsTo) : 0;
    let bits = words | (numbers << NUMERIC_SHIFT);
    if (bits & SPECIFIC_NUMBER) bits &= ~IMPLIED_NUMBER;
    const signals: string[] = [];
    let score = 0.1;
    for (const sig of SIGNALS) {
      if (bits & sig.bit) {
        signals.push(sig.name);
        score += sig.weight;
      }
    }
    if (endsWithQuestion(text, s.start, s.end)) {
      signals.push(QUESTION.name);
      score += QUESTION.weight;
    }
    for (const sig of NEGATIVE) {
      if (bits & sig.bit) {
        signals.push(sig.name);
        score += sig.weight;
      }
    }
    if (speech) {
      signals.push('quote');
      score += 0.2;
    }
    if (report) {
      signals.push('attribution');
      score += 0.2;
    }
    // the last signal is the slowest to read: not read when even it would leave the sentence below the threshold
    if (finalScore(score + NAMED_ENTITY_WEIGHT, wordTotal) < THRESHOLD) continue;
    // two capitalised words in a row after the first character; the scan saw those made of ASCII letters
    if ((words & CAPITAL_PAIR) !== 0 || ((words & NON_ASCII) !== 0 && hasCapitalisedPair(text, s.start + 1, s.end))) {
      signals.push('named entity');
      score += NAMED_ENTITY_WEIGHT;
    }
    score = finalScore(score, wordTotal);
    if (score < THRESHOLD) continue;
    const kind: ClaimKind = numbers !== 0 ? 'statistic' : speech ? 'quote' : report ? 'reported' : 'assertion';
    const entity = speechEntity ?? report?.speaker ?? null;
    claims.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), kind, speaker: entity?.name ?? null, score, signals, entity });
  }
  return claims;
}
