import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyzeArticle } from '../../src/core';
import { splitParagraphs } from '../../src/core/paragraphs';
import { scanQuotes } from '../../src/core/quotes/scanner';

/** Text made mostly of what trips scanners: marks, apostrophes, line ends, astral characters. */
const hostileChar = fc.constantFrom(
  '"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '\u201a', '\u2039', '\u203a', '`',
  ' ', ' ', '\n', '\r\n', '\n\n', '\u00a0', '\ufeff', '\u200b',
  'a', 'b', 's', 'T', 'Ann', 'Holt', 'said', 'he', 'she', ',', '.', ':', '\u2014', '90',
  '\ud83d\ude00', '\ud835\udfd9', '\u05e9\u05dc\u05d5\u05dd',
);
/** Words with marks at their edges, so that marks open and close as often as they stray. */
const OPEN = ['"', "'", '\u201c', '\u2018', '\u00ab', '\u201e', '\u201a', '\u2039', '`', '\u201d', '\u2019'];
const CLOSE = ['"', "'", '\u201d', '\u2019', '\u00bb', '\u201c', '\u2018', '\u203a'];
const markedWord = fc
  .tuple(fc.constantFrom('', '', ...OPEN), fc.constantFrom('Ann', 'said', 'the', 'pier\u2019s', "don't", '90s', 'Jones', '\ud83d\ude00'), fc.constantFrom('', '', ',', '.', ...CLOSE), fc.constantFrom(' ', ' ', '\n', '\r\n\r\n', '\u00a0'))
  .map(([o, w, c, sep]) => o + w + c + sep);
const hostileText = fc.oneof(
  fc.array(hostileChar, { maxLength: 400 }).map((parts) => parts.join('')),
  fc.array(markedWord, { maxLength: 120 }).map((parts) => parts.join('')),
);

const MARKS = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '\u201a', '\u2039', '\u203a', '`']);

describe('quote scanner properties', () => {
  it('never throws, and every span lies inside the text between its own marks', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const a = analyzeArticle(text);
        for (const q of a.quotes) {
          assert.ok(q.start >= 0 && q.start <= q.end && q.end <= text.length, 'span inside the text');
          assert.strictEqual(text.slice(q.start, q.end), q.text);
          // a quote opens at a mark, except one recovered from a closer whose opener was left out,
          // which starts where its sentence starts
          assert.ok((MARKS.has(text[q.openMark]) && q.openMark < q.start) || q.openMark === q.start, 'opened by a mark');
          if (q.closeMark !== undefined) {
            assert.ok(q.closeMark >= q.end, 'closing mark after the content');
            assert.ok(MARKS.has(text[q.closeMark]), 'closed by a mark');
          }
        }
        for (const q of a.quotes) if (q.cue) assert.ok(q.cue.start >= 0 && q.cue.start <= q.cue.end && q.cue.end <= text.length, 'cue in order, inside the text');
        for (const c of a.claims) assert.strictEqual(text.slice(c.start, c.end), c.text);
      }),
      { numRuns: 1500, seed: 20261122 },
    );
  });

  it('pairs marks so that the scanner\u2019s quotes never cross: any two are nested or apart', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const closed = scanQuotes(text, splitParagraphs(text, 'text')).filter((q) => q.closeMark !== undefined && !q.recovered);
        for (const a of closed) {
          for (const b of closed) {
            if (a === b) continue;
            const apart = (a.closeMark as number) < b.openMark || (b.closeMark as number) < a.openMark;
            const nested = (a.openMark < b.openMark && (b.closeMark as number) < (a.closeMark as number)) || (b.openMark < a.openMark && (a.closeMark as number) < (b.closeMark as number));
            assert.ok(apart || nested, `crossing quotes ${a.openMark}-${a.closeMark} and ${b.openMark}-${b.closeMark}`);
          }
        }
      }),
      { numRuns: 800, seed: 7 },
    );
  });

  it('finds the same quotes whatever comes before them in another paragraph', () => {
    fc.assert(
      fc.property(hostileText, (junk) => {
        const tail = '\u201cThe pier is safe,\u201d Ann Holt said.';
        const a = analyzeArticle(`${junk}\n\n${tail}`);
        const found = a.quotes.filter((q) => q.text === 'The pier is safe,');
        assert.ok(found.length >= 1, 'a stray mark in an earlier paragraph does not swallow a later quote');
      }),
      { numRuns: 800, seed: 11 },
    );
  });

  it('stays linear on a megabyte of marks and apostrophes (a sanity bound, not a benchmark)', function () {
    this.timeout(120000);
    const unit = '"\u2019\u2018\u201c \'s\' \u201d';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = Date.now();
    const a = analyzeArticle(text);
    const seconds = (Date.now() - started) / 1000;
    // a quadratic scan of this input would take hours; a linear one takes seconds
    assert.ok(seconds < 60, `took ${seconds}s`);
    assert.ok(a.quotes.every((q) => q.end <= text.length));
  });
});

describe('attribution on repetitive reports', () => {
  // Each paragraph asks for someone named before ("she", "the defender", "the statement") who
  // is not there: a look-back without a bound searches the whole article each time.
  const reports: [string, (i: number) => string][] = [
    ['a description and a pronoun after a possessive', (i) => `Ferrow met Danny Oyal's cross on day ${i}. "It was a great ball," the defender said. "We deserved it," he said.\n\n`],
    ['"she" in a report naming no woman, "the statement"', (i) => `In a statement, the family said they were grateful. "He was kind," the statement said. Asked about the trial, she said nothing on day ${i}.\n\n`],
    ['"the council said" with no council named', (i) => `Officials met on day ${i}. "We will finish the bridge," said Mayor Ada Quill. The council said costs rose ${i % 40} percent.\n\n`],
  ];
  const report = (paragraph: (i: number) => string, length: number): string => {
    const parts: string[] = [];
    for (let i = 0, n = 0; n < length; i++) n += parts[parts.push(paragraph(i)) - 1].length;
    return parts.join('');
  };
  for (const [name, paragraph] of reports) {
    it(`stays linear: ${name} (four times the text, at most about four times the time; a sanity bound, not a benchmark)`, function () {
      this.timeout(120_000);
      const seconds = (length: number): number => {
        const text = report(paragraph, length);
        analyzeArticle(text);
        // the fastest of three runs, in CPU time: a collection can slow any one of them, and on a
        // busy machine the wall clock also counts the time other work held the cores (one slow
        // 4 MB run made the ratio 9.5 there)
        let best = Infinity;
        for (let run = 0; run < 3; run++) {
          const started = process.cpuUsage();
          analyzeArticle(text);
          const used = process.cpuUsage(started);
          best = Math.min(best, (used.user + used.system) / 1e6);
        }
        return best;
      };
      const small = seconds(1_000_000);
      const large = seconds(4_000_000);
      // a search back over every mention makes this ratio 15 to 21; a linear pass about 3 to 5
      assert.ok(large / small < 9, `1 MB in ${small.toFixed(2)} s, 4 MB in ${large.toFixed(2)} s`);
    });
  }
});
