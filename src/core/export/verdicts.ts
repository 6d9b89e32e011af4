/**
 * Verdicts in words and as ClaimReview ratings. The reports list verdict counts in the order of
 * the default code book, so a desk reading several reports finds them in the same place; verdicts
 * from a custom code book follow, alphabetically.
 */

export const VERDICT_ORDER = ['accurate', 'mostly-accurate', 'misleading', 'unsupported', 'false', 'unverified', 'opinion'] as const;

/**
 * The numeric scale of `reviewRating` (1 worst … 5 best). `unverified` and `opinion` are not
 * positions on a scale of truth, and a custom verdict has no known position, so they get no
 * `ratingValue`: the verdict in words (`alternateName`) is what consumers show.
 */
export const RATING_SCALE = { worst: 1, best: 5 } as const;
export const VERDICT_RATINGS: Readonly<Record<string, number>> = {
  false: 1,
  misleading: 2,
  unsupported: 3,
  'mostly-accurate': 4,
  accurate: 5,
};

const WORDS: Readonly<Record<string, string>> = {
  accurate: 'Accurate',
  'mostly-accurate': 'Mostly accurate',
  misleading: 'Misleading',
  unsupported: 'Unsupported',
  false: 'False',
  unverified: 'Unverified',
  opinion: 'Opinion',
};

/** `mostly-accurate` → `Mostly accurate`; a custom `half-true` → `Half true`. */
export function verdictWords(verdict: string): string {
  const known = WORDS[verdict.toLowerCase()];
  if (known) return known;
  const spaced = verdict.replace(/[-_]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function verdictRating(verdict: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(VERDICT_RATINGS, verdict.toLowerCase()) ? VERDICT_RATINGS[verdict.toLowerCase()] : undefined;
}

/** Verdict → count, in report order; only verdicts that occur. */
export function verdictCounts(verdicts: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  const rank = (v: string): number => {
    const i = (VERDICT_ORDER as readonly string[]).indexOf(v);
    return i < 0 ? VERDICT_ORDER.length : i;
  };
  return [...counts].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
