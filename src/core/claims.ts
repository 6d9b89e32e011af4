import type { AttributedQuote, ReportedSpeech } from './attributeQuotes';
import type { Entity } from './entities';
import type { Sentence } from './sentences';
import type { Claim, ClaimKind } from './types';

export interface FoundClaim extends Claim {
  entity: Entity | null;
}

interface Signal {
  name: string;
  weight: number;
  test: RegExp;
  /** Only a sentence with a digit can show it: the regular expression is not even tried otherwise. */
  needsDigit?: boolean;
}

/** Check-worthiness signals from the ClaimBuster / CheckThat! literature, as readable names. */
const SIGNALS: Signal[] = [
  { name: 'percentage', weight: 0.35, test: /\d\s?(%|per ?cent\b|percent\b)/i, needsDigit: true },
  { name: 'money', weight: 0.3, test: /[$€£¥]\s?\d|\d\s?(dollars|euros|pounds|yuan|rubles|roubles)\b/i, needsDigit: true },
  { name: 'large number', weight: 0.25, test: /\b\d[\d,.]*\s?(thousand|million|billion|trillion|bn|m)\b/i, needsDigit: true },
  { name: 'number', weight: 0.2, test: /\b\d[\d,.]*\b/, needsDigit: true },
  { name: 'comparison', weight: 0.15, test: /\b(more|less|fewer|higher|lower|larger|smaller|bigger|increase[sd]?|decrease[sd]?|rose|fell|doubled|tripled|surged|dropped|grew|declined)\b/i },
  { name: 'superlative', weight: 0.15, test: /\b(most|least|biggest|largest|smallest|highest|lowest|first|only|never|record|best|worst)\b/i },
  { name: 'date', weight: 0.1, test: /\b(1[89]\d\d|20\d\d|january|february|march|april|may|june|july|august|september|october|november|december)\b/i },
  { name: 'causal or factual verb', weight: 0.1, test: /\b(caused|led to|resulted|killed|injured|arrested|approved|signed|voted|banned|imposed|invaded|won|lost)\b/i },
];

const NEGATIVE: Signal[] = [
  { name: 'question', weight: -0.4, test: /\?\s*["'”’]?$/ },
  { name: 'opinion', weight: -0.25, test: /\b(I|we) (think|believe|feel|hope)\b/i },
  { name: 'future or modal', weight: -0.1, test: /\b(will|would|could|might|may|should)\b/i },
];

const ALL_SIGNALS = [...SIGNALS, ...NEGATIVE];

const THRESHOLD = 0.35;

/** Words separated by white space, counted without building them. */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * Scores every sentence; those above the threshold are claims. A sentence that quotes someone
 * or reports their words carries that speaker.
 */
export function findClaims(text: string, sentences: Sentence[], quotes: AttributedQuote[], reported: ReportedSpeech[]): FoundClaim[] {
  const claims: FoundClaim[] = [];
  let qi = 0;
  let ri = 0;
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const words = wordCount(sentence);
    if (words < 5) continue;
    const hasDigit = /\d/.test(sentence);
    while (qi < quotes.length && quotes[qi].end <= s.start) qi++;
    while (ri < reported.length && reported[ri].end <= s.start) ri++;
    const speech: AttributedQuote[] = [];
    for (let k = qi; k < quotes.length && quotes[k].start < s.end; k++) {
      const q = quotes[k];
      if (q.end <= s.end && q.kind === 'speech' && q.depth === 0) speech.push(q);
    }
    const report = reported[ri] && reported[ri].start === s.start ? reported[ri] : undefined;
    const signals: string[] = [];
    let score = 0.1;
    for (const sig of ALL_SIGNALS) {
      if (sig.needsDigit && !hasDigit) continue;
      if (sig.test.test(sentence)) {
        // "number" is implied by the more specific numeric signals
        if (sig.name === 'number' && signals.some((n) => n === 'percentage' || n === 'money' || n === 'large number')) continue;
        signals.push(sig.name);
        score += sig.weight;
      }
    }
    if (speech.length) {
      signals.push('quote');
      score += 0.2;
    }
    if (report) {
      signals.push('attribution');
      score += 0.2;
    }
    if (/\b\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+/u.test(sentence.slice(1))) {
      signals.push('named entity');
      score += 0.05;
    }
    if (words > 60) score -= 0.1;
    score = Math.max(0, Math.min(1, Math.round(score * 100) / 100));
    if (score < THRESHOLD) continue;
    const numeric = signals.some((n) => n === 'percentage' || n === 'money' || n === 'large number' || n === 'number');
    const kind: ClaimKind = numeric ? 'statistic' : speech.length ? 'quote' : report ? 'reported' : 'assertion';
    const entity = speech.find((q) => q.entity)?.entity ?? report?.speaker ?? null;
    claims.push({ start: s.start, end: s.end, text: sentence, kind, speaker: entity?.name ?? null, score, signals, entity });
  }
  return claims;
}
