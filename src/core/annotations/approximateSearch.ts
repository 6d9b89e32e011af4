/**
 * Approximate string search: where in a text does a pattern occur with at most k edits
 * (insertions, deletions, substitutions)? Myers' bit-parallel algorithm, in the block form that
 * handles patterns longer than 32 characters, runs in O(n·⌈m/32⌉). For long patterns a full scan
 * would still be slow on a megabyte, so candidate places are first found with 32-character pieces
 * of the pattern (one of them must be nearly intact wherever the whole is), then verified in small
 * windows.
 */

export interface ApproximateMatch {
  start: number;
  end: number;
  /** Edit distance between the pattern and text[start, end). */
  errors: number;
}

interface CompiledPattern {
  length: number;
  blocks: number;
  /** Per character code: one bit per pattern position, 32 positions per block. */
  peq: Map<number, Int32Array>;
  /** Per block, the bit of its last row (the pattern's last character for the last block). */
  lastRow: Int32Array;
  /** The first block's masks for ASCII, looked up without a Map in the single-block fast path. */
  ascii: Int32Array;
}

function compile(pattern: string): CompiledPattern {
  const blocks = Math.max(1, Math.ceil(pattern.length / 32));
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    let bits = peq.get(c);
    if (!bits) peq.set(c, (bits = new Int32Array(blocks)));
    bits[i >> 5] |= 1 << (i & 31);
  }
  const lastRow = new Int32Array(blocks).fill(1 << 31);
  lastRow[blocks - 1] = 1 << ((pattern.length - 1) & 31);
  const ascii = new Int32Array(128);
  for (const [c, bits] of peq) if (c < 128) ascii[c] = bits[0];
  return { length: pattern.length, blocks, peq, lastRow, ascii };
}

/**
 * The forward search for patterns of at most 32 characters, which is what scans whole articles:
 * the same steps as `scan` with the state in locals, several times faster in V8.
 */
function scanOneBlock(p: CompiledPattern, text: string, lo: number, hi: number, k: number, report: (end: number, score: number) => void): void {
  const { peq, ascii } = p;
  const last = p.lastRow[0];
  let pv = -1;
  let mv = 0;
  let score = p.length;
  for (let i = lo; i < hi; i++) {
    const c = text.charCodeAt(i);
    const eq = c < 128 ? ascii[c] : (peq.get(c)?.[0] ?? 0);
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= k) report(i + 1, score);
  }
}

function reversed(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/**
 * Runs the automaton over text[lo, hi), forwards or backwards, and reports each column whose
 * score (distance of the whole pattern to the best text ending there) is at most k. `anchored`
 * makes the alignment start at the first character read (distance to text[lo..i] rather than to
 * any substring ending at i), which is how the start of a match is recovered.
 */
function scan(p: CompiledPattern, text: string, lo: number, hi: number, backwards: boolean, anchored: boolean, k: number, report: (offset: number, score: number) => void): void {
  const { blocks, peq, lastRow } = p;
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const none = new Int32Array(blocks);
  let score = p.length;
  const step = backwards ? -1 : 1;
  for (let i = backwards ? hi - 1 : lo; backwards ? i >= lo : i < hi; i += step) {
    const eqs = peq.get(text.charCodeAt(i)) ?? none;
    let carry = anchored ? 1 : 0;
    for (let b = 0; b < blocks; b++) {
      const pvb = pv[b];
      const mvb = mv[b];
      const xv = eqs[b] | mvb;
      const eq = carry < 0 ? eqs[b] | 1 : eqs[b];
      // The addition may exceed 32 bits; the XOR's ToInt32 keeps exactly the wrapped low 32 bits.
      const xh = (((eq & pvb) + pvb) ^ pvb) | eq;
      let ph = mvb | ~(xh | pvb);
      let mh = pvb & xh;
      const out = ph & lastRow[b] ? 1 : mh & lastRow[b] ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (carry < 0) mh |= 1;
      else if (carry > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      carry = out;
    }
    score += carry;
    if (score <= k) report(backwards ? i : i + 1, score);
  }
}

/** Best ends: the lowest score of each run of adjacent reported ends. */
function localBest(p: CompiledPattern, text: string, lo: number, hi: number, k: number): { end: number; errors: number }[] {
  const found: { end: number; errors: number }[] = [];
  let last = -2;
  const search = p.blocks === 1 ? scanOneBlock : (pp: CompiledPattern, t: string, l: number, h: number, kk: number, r: (end: number, score: number) => void) => scan(pp, t, l, h, false, false, kk, r);
  search(p, text, lo, hi, k, (end, score) => {
    const run = found.length > 0 && end === last + 1 ? found[found.length - 1] : undefined;
    if (run && score < run.errors) {
      run.end = end;
      run.errors = score;
    } else if (!run) found.push({ end, errors: score });
    last = end;
  });
  return found;
}

/** The start that makes text[start, end) closest to the pattern, preferring a length near the pattern's. */
function recoverStart(back: CompiledPattern, text: string, end: number, errors: number): ApproximateMatch {
  const lo = Math.max(0, end - back.length - errors - 1);
  let best: ApproximateMatch = { start: end, end, errors: back.length };
  scan(back, text, lo, end, true, true, back.length, (start, score) => {
    const better = score < best.errors || (score === best.errors && Math.abs(end - start - back.length) < Math.abs(best.end - best.start - back.length));
    if (better) best = { start, end, errors: score };
  });
  return best.errors <= errors ? best : { start: best.start, end, errors: best.errors };
}

const PIECE = 32;
const MAX_PIECES = 12;

/** Where the pattern may start, judged from nearly intact 32-character pieces of it. */
function pieceCandidates(pattern: string, text: string, errorRate: number, limit: number): number[] {
  const count = Math.min(MAX_PIECES, Math.floor(pattern.length / PIECE));
  const spacing = count > 1 ? (pattern.length - PIECE) / (count - 1) : 0;
  const k = Math.floor(PIECE * errorRate);
  const starts: { start: number; errors: number }[] = [];
  for (let n = 0; n < count; n++) {
    const offset = Math.round(n * spacing);
    const piece = compile(pattern.slice(offset, offset + PIECE));
    for (const hit of localBest(piece, text, 0, text.length, k)) starts.push({ start: hit.end - PIECE - offset, errors: hit.errors });
    if (starts.length > limit * 64) break;
  }
  starts.sort((a, b) => a.errors - b.errors || a.start - b.start);
  return starts.slice(0, limit * 8).map((s) => s.start);
}

/**
 * Approximate occurrences of `pattern` in `text` with at most `maxErrors` edits, best first
 * (fewest errors, then nearest to `near`), at most `limit` of them.
 */
export function approximateMatches(pattern: string, text: string, maxErrors: number, near: number, limit = 32): ApproximateMatch[] {
  if (pattern.length === 0 || text.length === 0) return [];
  const forward = compile(pattern);
  const back = compile(reversed(pattern));
  const ends: { end: number; errors: number }[] = [];
  if (pattern.length <= PIECE) {
    ends.push(...localBest(forward, text, 0, text.length, maxErrors));
  } else {
    // Windows around each candidate start (and around the old position), merged where they overlap.
    const reach = pattern.length + maxErrors + PIECE;
    const windows = [near, ...pieceCandidates(pattern, text, maxErrors / pattern.length, limit)]
      .map((s) => [Math.max(0, s - maxErrors - PIECE), Math.min(text.length, s + reach)] as const)
      .sort((a, b) => a[0] - b[0]);
    let open: [number, number] | undefined;
    const flush = (): void => {
      if (!open) return;
      const inWindow = localBest(forward, text, open[0], open[1], maxErrors);
      ends.push(...inWindow);
    };
    for (const [lo, hi] of windows) {
      if (open && lo <= open[1]) open[1] = Math.max(open[1], hi);
      else {
        flush();
        open = [lo, hi];
      }
    }
    flush();
  }
  ends.sort((a, b) => a.errors - b.errors || Math.abs(a.end - near) - Math.abs(b.end - near));
  const seen = new Set<number>();
  const matches: ApproximateMatch[] = [];
  for (const e of ends) {
    if (seen.has(e.end)) continue;
    seen.add(e.end);
    const m = recoverStart(back, text, e.end, e.errors);
    if (m.errors <= maxErrors) matches.push(m);
    if (matches.length >= limit) break;
  }
  return matches;
}

/** Levenshtein distance, for the short context strings (prefix and suffix). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
