import { foldAccents } from './chars';

/** Normalised form for comparing names: no accents, no case, no punctuation. */
export function normalizeName(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Transliteration variants of one given name (Sergey/Sergei, Aleksandr/Alexander,
 * Volodymyr/Volodimir): same first letter, and at most two edits for names of five letters or
 * more (one for shorter), after folding common spelling pairs.
 */
export function similarGivenNames(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b || a[0] !== b[0]) return false;
  const fold = (s: string) => s.replace(/ks/g, 'x').replace(/y/g, 'i').replace(/ph/g, 'f').replace(/(.)\1/g, '$1');
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  const limit = Math.min(fa.length, fb.length) >= 5 ? 2 : 1;
  return Math.min(fa.length, fb.length) >= 4 && editDistance(fa, fb, limit) <= limit;
}
