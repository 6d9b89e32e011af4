import * as assert from 'assert';
import * as fc from 'fast-check';
import { LARGE_NUMBER, MONEY, NUMBER, numericSignals, PERCENTAGE } from '../../src/core/claimNumbers';
import { CAPITAL_PAIR, CAUSAL, COMPARISON, DATE, DIGIT, hasCapitalisedPair, MODAL, NON_ASCII, OPINION, scanSentence, SUPERLATIVE } from '../../src/core/claimWords';

// The regular expressions the claim scans stand for: each scan must agree with them on any text.
const NUMERIC: [number, RegExp][] = [
  [PERCENTAGE, /\d\s?(%|per ?cent\b|percent\b)/i],
  [MONEY, /[$€£¥]\s?\d|\d\s?(dollars|euros|pounds|yuan|rubles|roubles)\b/i],
  [LARGE_NUMBER, /\b\d[\d,.]*\s?(thousand|million|billion|trillion|bn|m)\b/i],
  [NUMBER, /\b\d[\d,.]*\b/],
];
const WORDS: [number, RegExp][] = [
  [COMPARISON, /\b(more|less|fewer|higher|lower|larger|smaller|bigger|increase[sd]?|decrease[sd]?|rose|fell|doubled|tripled|surged|dropped|grew|declined)\b/i],
  [SUPERLATIVE, /\b(most|least|biggest|largest|smallest|highest|lowest|first|only|never|record|best|worst)\b/i],
  [DATE, /\b(1[89]\d\d|20\d\d|january|february|march|april|may|june|july|august|september|october|november|december)\b/i],
  [CAUSAL, /\b(caused|led to|resulted|killed|injured|arrested|approved|signed|voted|banned|imposed|invaded|won|lost)\b/i],
  [OPINION, /\b(I|we) (think|believe|feel|hope)\b/i],
  [MODAL, /\b(will|would|could|might|may|should)\b/i],
];
const CAPITALISED_PAIR = /\b\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+/u;

/** Pieces that sit on the edges of every rule: digits, separators, listed words, capitals, odd spaces. */
const piece = fc.constantFrom(
  '1', '7', '0', '19', '2024', '1850', '3.5', '640,000', ',', '.', '%', '$', '€', '£', '¥', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u2009',
  'per', 'cent', 'percent', 'Per Cent', 'm', 'bn', 'million', 'MILLION', 'thousand', 'dollars', 'euros', 'yuan', 'roubles',
  'more', 'Most', 'may', 'led', 'to', 'Led', 'I', 'we', 'think', 'hope', 'x', '_', 'a', 'B',
  'Ann', 'Holt', 'ANN', 'Émile', 'Zoë', 'é', '\u00c9', '\ud835\udc00', '\ud835\udc1a', '\ud801\udc00\ud801\udc28', '\u2019', '"', '-',
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
/** A text and a range inside it, which the rules see as a string of its own. */
const textWithRange = text.chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length), fc.nat(t.length)).map(([s, a, b]) => ({ s, start: Math.min(a, b), end: Math.max(a, b) })));

function expected(rules: [number, RegExp][], slice: string): number {
  let bits = 0;
  for (const [bit, re] of rules) if (re.test(slice)) bits |= bit;
  return bits;
}

describe('claim scan properties', () => {
  it('reads the numeric signals the regular expressions find, inside any range', () => {
    fc.assert(
      fc.property(textWithRange, ({ s, start, end }) => {
        assert.strictEqual(numericSignals(s, start, end), expected(NUMERIC, s.slice(start, end)));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the word signals, digits and capitalised pairs the regular expressions find', () => {
    const out = { signals: 0, words: 0, digitsFrom: -1, digitsTo: -1 };
    fc.assert(
      fc.property(textWithRange, ({ s, start, end }) => {
        const slice = s.slice(start, end);
        const signals = scanSentence(s, start, end, out).signals;
        assert.strictEqual(signals & (COMPARISON | SUPERLATIVE | DATE | CAUSAL | OPINION | MODAL), expected(WORDS, slice));
        assert.strictEqual((signals & DIGIT) !== 0, /\d/.test(slice));
        assert.strictEqual(out.words, slice.split(/[ \t\n\v\f\r\u00a0]+/).filter(Boolean).length);
        // the pair is looked for after the first character; the scan may leave a pair outside ASCII to hasCapitalisedPair
        const pair = CAPITALISED_PAIR.test(slice.slice(1));
        assert.strictEqual((signals & CAPITAL_PAIR) !== 0 || ((signals & NON_ASCII) !== 0 && hasCapitalisedPair(s, start + 1, end)), pair);
        if ((signals & NON_ASCII) === 0) assert.strictEqual((signals & CAPITAL_PAIR) !== 0, pair);
        // the digits lie where the scan says, so numeric signals read only there come out the same
        if (signals & DIGIT) assert.strictEqual(numericSignals(s, start, end, out.digitsFrom, out.digitsTo), numericSignals(s, start, end));
      }),
      { numRuns: 3000 },
    );
  });
});
