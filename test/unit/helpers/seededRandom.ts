/** A repeatable stream of whole numbers below n (a linear congruential generator), for tests' random edits. */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % n;
  };
}
