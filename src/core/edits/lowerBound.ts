/**
 * The first index in [0, length) whose item is not `before` the sought place, for items in an
 * order where those before it come first (length when all are).
 */
export function lowerBound(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
