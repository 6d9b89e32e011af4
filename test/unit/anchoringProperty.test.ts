import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { candidateScore, captureTarget, MIN_FUZZY_QUALITY, MIN_FUZZY_SCORE, reanchor } from '../../src/core/annotations/anchoring';
import { approximateMatches, editDistance } from '../../src/core/annotations/approximateSearch';
import { applyEdit, applyEdits, type TextEdit } from '../../src/core/annotations/liveEdit';
import { normalizeFragment } from '../../src/core/annotations/normalizedText';
import type { Span } from '../../src/core/types';

/**
 * Random articles and random edit sequences. The checks are the promises made to reviewers:
 * every annotation gets a status, exact and moved ones sit on exactly the stored text, fuzzy ones
 * meet the minimum score, and the live edit bookkeeping never points at text that changed.
 */

const WORDS = ['the', 'minister', 'said', 'sanctions', 'had', 'failed', 'talks', 'resume', 'Lavrov', 'Ortiz', 'figures', 'ministry', 'é', 'e\u0301', '🎉', 'week', '"', '.', ','];
const SEPARATORS = [' ', ' ', ' ', '\n', '\r\n', ', '];

const word = fc.constantFrom(...WORDS);
const separator = fc.constantFrom(...SEPARATORS);
const article = fc.array(fc.tuple(word, separator), { minLength: 20, maxLength: 120 }).map((pairs) => pairs.map(([w, s]) => w + s).join(''));
const insertion = fc.array(fc.tuple(word, separator), { minLength: 0, maxLength: 6 }).map((pairs) => pairs.map(([w, s]) => w + s).join(''));

/** Where an edit goes relative to the annotation: the kinds named in the issue, weighted toward the risky ones. */
type Place = 'far-before' | 'far-after' | 'before' | 'after' | 'inside' | 'around-start' | 'around-end' | 'covering' | 'anywhere';
const place = fc.constantFrom<Place>('far-before', 'far-before', 'far-after', 'far-after', 'before', 'after', 'inside', 'around-start', 'around-end', 'covering', 'anywhere');
const editSpec = fc.record({ place, a: fc.nat(), b: fc.nat(), text: insertion, kind: fc.constantFrom('insert', 'delete', 'replace') });
type EditSpec = typeof editSpec extends fc.Arbitrary<infer T> ? T : never;

/** Turns a spec into an edit on the current text, relative to the annotation's current span. */
function toEdit(spec: EditSpec, text: string, span: Span | null): { edit: TextEdit; inserted: string } {
  const s = span ?? { start: 0, end: 0 };
  const pick = (lo: number, hi: number, n: number): number => (hi <= lo ? lo : lo + (n % (hi - lo + 1)));
  let start: number;
  let end: number;
  // Edits are short (like typing, or deleting a phrase), except the ones meant to cover the span.
  const near = (from: number, limit: number, n: number): number => Math.min(limit, from + (n % 16));
  // "Far" edits leave the annotation and its 32 characters of context alone; where the article's
  // edge is that close there is no far side, and the edit changes nothing.
  const farBefore = s.start - 40;
  const farAfter = s.end + 40;
  const noFarSide = (spec.place === 'far-before' && farBefore < 0) || (spec.place === 'far-after' && farAfter > text.length);
  if (noFarSide) return { edit: { start: 0, end: 0, newLength: 0 }, inserted: '' };
  switch (spec.place) {
    case 'far-before': start = pick(0, farBefore, spec.a); end = near(start, farBefore, spec.b); break;
    case 'far-after': start = pick(farAfter, text.length, spec.a); end = near(start, text.length, spec.b); break;
    case 'before': start = pick(0, s.start, spec.a); end = near(start, s.start, spec.b); break;
    case 'after': start = pick(s.end, text.length, spec.a); end = near(start, text.length, spec.b); break;
    case 'inside': start = pick(s.start, s.end, spec.a); end = near(start, s.end, spec.b); break;
    case 'around-start': start = pick(Math.max(0, s.start - 8), s.start, spec.a); end = pick(s.start, s.end, spec.b); break;
    case 'around-end': start = pick(s.start, s.end, spec.a); end = pick(s.end, Math.min(text.length, s.end + 8), spec.b); break;
    case 'covering': start = pick(0, s.start, spec.a); end = pick(s.end, text.length, spec.b); break;
    default: start = pick(0, text.length, spec.a); end = near(start, text.length, spec.b);
  }
  if (spec.kind === 'insert') end = start;
  const inserted = spec.kind === 'delete' ? '' : spec.text;
  return { edit: { start, end, newLength: inserted.length }, inserted };
}

const apply = (text: string, edit: TextEdit, inserted: string): string => text.slice(0, edit.start) + inserted + text.slice(edit.end);

const RUNS = 3000;

/**
 * Annotates `length` characters at `at` (modulo the length) of `original`, then applies the edits
 * one by one, tracking the span as the editor would. `check` sees every step.
 */
function editSequence(original: string, at: number, length: number, specs: readonly EditSpec[], check?: (before: { text: string; live: Span | null }, edit: TextEdit, after: { text: string; live: Span | null }) => void) {
  const start = at % original.length;
  const target = captureTarget(original, start, Math.min(original.length, start + length));
  let text = original;
  let live: Span | null = { start: target.start, end: target.end };
  for (const spec of specs) {
    const { edit, inserted } = toEdit(spec, text, live);
    const before = { text, live };
    text = apply(text, edit, inserted);
    live = live && applyEdit(live, edit);
    check?.(before, edit, { text, live });
  }
  return { target, text, live };
}

describe('anchoring properties', function () {
  this.timeout(120_000);

  it(`${RUNS} random edit sequences: no annotation lost, none on text that no longer matches`, () => {
    const tally = { exact: 0, moved: 0, fuzzy: 0, orphan: 0, edits: 0, positionChecked: 0 };
    fc.assert(
      fc.property(article, fc.nat(), fc.integer({ min: 1, max: 40 }), fc.array(editSpec, { minLength: 1, maxLength: 8 }), (original, at, length, specs) => {
        const { target, text, live } = editSequence(original, at, length, specs, (before, edit, after) => {
          tally.edits++;
          // Live bookkeeping: an edit that does not touch the span leaves exactly the same text under it.
          const untouched = before.live !== null && (edit.end <= before.live.start || edit.start >= before.live.end);
          if (untouched && before.live && after.live) assert.equal(after.text.slice(after.live.start, after.live.end), before.text.slice(before.live.start, before.live.end));
          if (after.live) assert.ok(after.live.start >= 0 && after.live.start < after.live.end && after.live.end <= after.text.length, 'live span inside the text');
        });

        const r = reanchor(target, text);
        tally[r.status]++;
        assert.ok(['exact', 'moved', 'fuzzy', 'orphan'].includes(r.status));
        if (r.status === 'exact' || r.status === 'moved') {
          assert.equal(normalizeFragment(text.slice(r.start, r.end)), target.exact);
        } else if (r.status === 'fuzzy') {
          const found = normalizeFragment(text.slice(r.start, r.end));
          const quality = 1 - editDistance(target.exact, found) / target.exact.length;
          assert.ok(quality >= MIN_FUZZY_QUALITY - 1e-9, `quality ${quality} of ${JSON.stringify(found)} for ${JSON.stringify(target.exact)}`);
          assert.ok(r.score >= MIN_FUZZY_SCORE);
        } else {
          // An orphan keeps its stored place: nothing is thrown away.
          assert.deepEqual([r.start, r.end], [target.start, target.end]);
        }
        assert.ok(r.start >= 0 && r.start <= r.end && (r.status === 'orphan' || r.end <= text.length));
        // Text that survived with its context intact, where no other copy has that same context, must be found right there.
        if (live && text.slice(live.start, live.end) === target.exact) {
          const sameContext = (at: number): boolean => {
            const c = captureTarget(text, at, at + target.exact.length);
            return c.exact === target.exact && c.prefix === target.prefix && c.suffix === target.suffix;
          };
          const copies: number[] = [];
          for (let i = text.indexOf(target.exact); i >= 0; i = text.indexOf(target.exact, i + 1)) if (sameContext(i)) copies.push(i);
          if (copies.length === 1 && copies[0] === live.start) {
            assert.ok(r.status === 'exact' || r.status === 'moved', `expected exact or moved, got ${JSON.stringify({ r, target, live, text })}`);
            assert.deepEqual([r.start, r.end], [live.start, live.end], JSON.stringify({ r, target, live, text }));
            tally.positionChecked++;
          }
        }
      }),
      { numRuns: RUNS, seed: 20261122 },
    );
    // The generator must really exercise every outcome, or the test proves little.
    if (process.env.ANCHOR_TALLY) console.log(tally);
    for (const status of ['exact', 'moved', 'fuzzy', 'orphan'] as const) assert.ok(tally[status] > 0, `no ${status} results: ${JSON.stringify(tally)}`);
  });

  it(`${RUNS} sequences of edits away from the annotation and its context: found where it is, unless an identical copy exists`, () => {
    const farEdit = fc.record({ place: fc.constantFrom<Place>('far-before', 'far-after'), a: fc.nat(), b: fc.nat(), text: insertion, kind: fc.constantFrom('insert', 'delete', 'replace') });
    let checked = 0;
    fc.assert(
      fc.property(article, fc.nat(), fc.integer({ min: 1, max: 40 }), fc.array(farEdit, { minLength: 1, maxLength: 10 }), (original, at, length, specs) => {
        const { target, text, live } = editSequence(original, at, length, specs);
        assert.ok(live, 'far edits never remove the span');
        assert.equal(text.slice(live.start, live.end), original.slice(target.start, target.end));
        const r = reanchor(target, text);
        assert.ok(r.status === 'exact' || r.status === 'moved', JSON.stringify({ r, target, live, text }));
        const normalized = normalizeFragment(text);
        const twin = normalized.indexOf(target.exact) !== normalized.lastIndexOf(target.exact);
        if (!twin) {
          assert.deepEqual([r.start, r.end], [live.start, live.end], JSON.stringify({ r, target, live, text }));
          checked++;
        }
      }),
      { numRuns: RUNS, seed: 11 },
    );
    if (process.env.ANCHOR_TALLY) console.log({ positionChecked: checked });
    assert.ok(checked > RUNS / 4, `only ${checked} positions checked`);
  });

  it('candidateScore weighs text, context and position as 50/20/20/2', () => {
    assert.equal(candidateScore({ quality: 1, prefix: 1, suffix: 1, nearness: 1 }), 1);
    assert.equal(candidateScore({ quality: 1, prefix: 0, suffix: 0, nearness: 0 }), 50 / 92);
  });
});

/** Fewest edits turning `pattern` into some substring of `text`: the textbook O(n·m) table. */
function bestSubstringDistance(pattern: string, text: string): number {
  let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = prev[pattern.length];
  for (let j = 1; j <= text.length; j++) {
    const cur = [0];
    for (let i = 1; i <= pattern.length; i++) cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1));
    best = Math.min(best, cur[pattern.length]);
    prev = cur;
  }
  return best;
}

describe('approximate search properties', () => {
  it('finds the true best distance, across the 32-character block boundary', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', ' '), minLength: 1, maxLength: 70 });
    fc.assert(
      fc.property(letters, letters, letters, (pattern, left, right) => {
        const k = Math.floor(pattern.length / 4);
        // A damaged copy of the pattern between random text, so matches within k exist often.
        const damaged = pattern.slice(0, pattern.length >> 1) + right.slice(0, k >> 1) + pattern.slice((pattern.length >> 1) + (k >> 1));
        const text = left + damaged + right;
        const truth = bestSubstringDistance(pattern, text);
        const [found] = approximateMatches(pattern, text, k, left.length);
        if (truth > k) return found === undefined;
        assert.ok(found, `no match for ${JSON.stringify(pattern)} in ${JSON.stringify(text)}`);
        assert.equal(found.errors, truth);
        assert.equal(editDistance(pattern, text.slice(found.start, found.end)), truth);
        return true;
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('live edits', () => {
  const span = { start: 10, end: 20 };
  it('shifts a span for edits before it and leaves it for edits after it', () => {
    assert.deepEqual(applyEdit(span, { start: 2, end: 4, newLength: 5 }), { start: 13, end: 23 });
    assert.deepEqual(applyEdit(span, { start: 25, end: 30, newLength: 0 }), span);
  });
  it('keeps text typed at either edge outside, and widens for text typed inside', () => {
    assert.deepEqual(applyEdit(span, { start: 10, end: 10, newLength: 3 }), { start: 13, end: 23 });
    assert.deepEqual(applyEdit(span, { start: 20, end: 20, newLength: 3 }), span);
    assert.deepEqual(applyEdit(span, { start: 15, end: 15, newLength: 3 }), { start: 10, end: 23 });
  });
  it('keeps what is left of a deletion around an edge', () => {
    assert.deepEqual(applyEdit(span, { start: 5, end: 15, newLength: 0 }), { start: 5, end: 10 });
    assert.deepEqual(applyEdit(span, { start: 15, end: 25, newLength: 0 }), { start: 10, end: 15 });
    assert.deepEqual(applyEdit(span, { start: 5, end: 15, newLength: 2 }), { start: 7, end: 12 });
  });
  it('returns null when all of it is gone', () => {
    assert.equal(applyEdit(span, { start: 10, end: 20, newLength: 0 }), null);
    assert.equal(applyEdit(span, { start: 0, end: 30, newLength: 8 }), null);
    assert.equal(applyEdits(span, [{ start: 0, end: 5, newLength: 0 }, { start: 5, end: 15, newLength: 0 }]), null);
  });
});
