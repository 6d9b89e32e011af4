/**
 * The scoring rules of the evaluation, kept free of I/O so they can be unit-tested.
 *
 * Spans: a predicted quote matches a gold quote when they overlap by at least 80% of the longer
 * of the two spans. Pairs are made one-to-one, greedily, largest overlap first.
 * Lenient gold quotes are optional: they take part in matching (so a prediction that finds one is
 * not a false positive) but are left out of every count and rate.
 */

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  /** One name, several acceptable names, or null when nobody can be named. */
  speaker: string | string[] | null;
  kind: string;
  lenient?: boolean;
}

export interface PredictedQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  kind: string;
}

export const OVERLAP_THRESHOLD = 0.8;

/** Overlap as a fraction of the longer span; 0 when they do not overlap or either is empty. */
export function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const longer = Math.max(a.end - a.start, b.end - b.start);
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return longer > 0 && shared > 0 ? shared / longer : 0;
}

export interface Pair {
  predicted: number;
  gold: number;
  ratio: number;
}

/** One-to-one pairs above the threshold, best overlap first (ties: earlier gold, then earlier prediction). */
export function matchQuotes(predicted: readonly PredictedQuote[], gold: readonly GoldQuote[]): Pair[] {
  const candidates: Pair[] = [];
  predicted.forEach((p, pi) =>
    gold.forEach((g, gi) => {
      const ratio = overlapRatio(p, g);
      if (ratio >= OVERLAP_THRESHOLD) candidates.push({ predicted: pi, gold: gi, ratio });
    }),
  );
  candidates.sort((a, b) => b.ratio - a.ratio || gold[a.gold].start - gold[b.gold].start || a.predicted - b.predicted);
  const usedPredicted = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedPredicted.has(c.predicted) || usedGold.has(c.gold)) continue;
    usedPredicted.add(c.predicted);
    usedGold.add(c.gold);
    pairs.push(c);
  }
  return pairs.sort((a, b) => gold[a.gold].start - gold[b.gold].start);
}

/**
 * Names are compared after: Unicode accents stripped, lowercase, hyphens/dashes/slashes read as
 * spaces, all other punctuation removed, whitespace collapsed, a leading "the " dropped.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[-‐-―/]+/g, ' ')
    .replace(/[^\p{L}\p{N}\s]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * A predicted speaker is right when its normalised form equals a normalised acceptable name, or
 * when it has two or more words and those words are the first or the last words of an acceptable
 * name ("joint statement" ~ "China-Russia joint statement", "Foreign Ministry" ~ "the
 * Chinese Foreign Ministry"). A
 * single word ("Wang") is never enough: it cannot tell Wang Yi from Wang Wenbin.
 */
export function speakerAccepted(predicted: string | null, gold: string | readonly string[] | null): boolean {
  const acceptable = gold === null ? [] : typeof gold === 'string' ? [gold] : gold;
  if (predicted === null) return acceptable.length === 0;
  const got = normaliseName(predicted).split(' ').filter(Boolean);
  if (got.length === 0) return false;
  return acceptable.some((name) => {
    const want = normaliseName(name).split(' ').filter(Boolean);
    if (got.join(' ') === want.join(' ')) return true;
    if (got.length < 2 || got.length > want.length) return false;
    const prefix = want.slice(0, got.length).join(' ');
    const suffix = want.slice(want.length - got.length).join(' ');
    return prefix === got.join(' ') || suffix === got.join(' ');
  });
}

export function goldSpeakerLabel(speaker: GoldQuote['speaker']): string {
  return speaker === null ? '(nobody)' : typeof speaker === 'string' ? speaker : speaker.join(' | ');
}
