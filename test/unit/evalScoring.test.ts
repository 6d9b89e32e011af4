import * as assert from 'node:assert/strict';
import { matchQuotes, normaliseName, overlapRatio, speakerAccepted, type GoldQuote, type PredictedQuote } from '../../scripts/eval/match';
import { scoreArticle, scoreOverall } from '../../scripts/eval/score';
import { swapQuoteStyle } from '../../scripts/eval/swapQuotes';

const gold = (start: number, end: number, extra: Partial<GoldQuote> = {}): GoldQuote => ({ start, end, text: `g${start}`, speaker: 'Ann Lee', kind: 'speech', ...extra });
const pred = (start: number, end: number, extra: Partial<PredictedQuote> = {}): PredictedQuote => ({ start, end, text: `p${start}`, speaker: 'Ann Lee', kind: 'speech', ...extra });

describe('eval matching', () => {
  describe('overlap', () => {
    it('is measured against the longer span', () => {
      assert.equal(overlapRatio({ start: 0, end: 100 }, { start: 0, end: 80 }), 0.8);
      assert.equal(overlapRatio({ start: 0, end: 80 }, { start: 0, end: 100 }), 0.8);
      assert.equal(overlapRatio({ start: 0, end: 10 }, { start: 10, end: 20 }), 0);
      assert.equal(overlapRatio({ start: 5, end: 5 }, { start: 5, end: 5 }), 0);
    });

    it('matches at 80% of the longer span and not below', () => {
      assert.equal(matchQuotes([pred(0, 80)], [gold(0, 100)]).length, 1);
      assert.equal(matchQuotes([pred(0, 79)], [gold(0, 100)]).length, 0);
      assert.equal(matchQuotes([pred(20, 120)], [gold(0, 100)]).length, 1, 'shifted: 80 shared of 100');
      assert.equal(matchQuotes([pred(21, 121)], [gold(0, 100)]).length, 0, 'shifted: 79 shared of 100');
    });

    it('pairs one-to-one, best overlap first', () => {
      // Both predictions overlap gold 0; the closer one wins it, the other is left for nobody.
      const pairs = matchQuotes([pred(0, 90), pred(0, 100)], [gold(0, 100)]);
      assert.deepEqual(pairs.map((p) => [p.predicted, p.gold]), [[1, 0]]);
    });
  });

  describe('lenient gold', () => {
    it('is no false negative when missed', () => {
      const s = scoreArticle('a', [], [gold(0, 10, { lenient: true }), gold(20, 30)]);
      assert.equal(s.falseNegatives, 1);
      assert.equal(s.gold, 1);
      assert.deepEqual(s.missed.map((m) => m.start), [20]);
    });

    it('is no true or false positive when found', () => {
      const s = scoreArticle('a', [pred(0, 10)], [gold(0, 10, { lenient: true })]);
      assert.deepEqual([s.truePositives, s.falsePositives, s.falseNegatives], [0, 0, 0]);
    });

    it('also excuses a second prediction on the same lenient quote', () => {
      const s = scoreArticle('a', [pred(0, 10), pred(0, 9)], [gold(0, 10, { lenient: true })]);
      assert.equal(s.falsePositives, 0);
    });
  });

  describe('speaker names', () => {
    it('normalises case, accents, punctuation and a leading "the"', () => {
      assert.equal(normaliseName('The  Foreign Ministry'), 'foreign ministry');
      assert.equal(normaliseName('Zoë Ó’Brien-Smith'), 'zoe obrien smith');
      assert.equal(normaliseName('U.S. Department of State'), 'us department of state');
    });

    it('accepts any name of a gold list', () => {
      assert.ok(speakerAccepted('Anatoly Antonov', ['Qin Gang', 'Anatoly Antonov']));
      assert.ok(!speakerAccepted('Wang Yi', ['Qin Gang', 'Anatoly Antonov']));
    });

    it('accepts a multi-word prefix or suffix of an acceptable name', () => {
      assert.ok(speakerAccepted('joint statement', 'China-Russia joint statement'));
      assert.ok(speakerAccepted('the China-Russia joint', ['China-Russia joint statement']));
      assert.ok(speakerAccepted('Foreign Ministry', 'the Chinese Foreign Ministry'));
    });

    it('does not accept a single word or a middle part', () => {
      assert.ok(!speakerAccepted('Wang', 'Wang Yi'));
      assert.ok(!speakerAccepted('Russia joint', 'China-Russia joint statement'));
      assert.ok(!speakerAccepted('Foreign Minister Wang Yi', 'Wang Yi'));
    });

    it('treats null as right only for a null gold speaker', () => {
      assert.ok(!speakerAccepted(null, 'Ann Lee'));
      assert.ok(speakerAccepted(null, null));
      assert.ok(!speakerAccepted('Ann Lee', null));
    });
  });

  describe('scores', () => {
    it('counts precision, recall, F1, exact spans, speakers and kinds', () => {
      const g = [gold(0, 100), gold(200, 300, { speaker: ['Bo Kim', 'Cy Day'] }), gold(400, 410, { speaker: null, kind: 'scare' }), gold(500, 600)];
      const p = [pred(0, 100), pred(205, 300, { speaker: 'Cy Day' }), pred(400, 410, { kind: 'speech', speaker: 'Ann Lee' }), pred(700, 800)];
      const s = scoreArticle('a', p, g);
      assert.deepEqual([s.truePositives, s.falsePositives, s.falseNegatives], [3, 1, 1]);
      assert.equal(s.precision, 0.75);
      assert.equal(s.recall, 0.75);
      assert.equal(s.f1, 0.75);
      assert.deepEqual(s.exactSpan, { correct: 2, total: 3, rate: 2 / 3 });
      // The scare quote has no gold speaker, so only two pairs are judged on speaker.
      assert.deepEqual(s.speaker, { correct: 2, total: 2, rate: 1 });
      assert.deepEqual(s.kind, { correct: 2, total: 3, rate: 2 / 3 });
      assert.deepEqual(s.wrongKinds.map((m) => [m.start, m.got]), [[400, 'speech']]);
    });

    it('lists wrong speakers with what was expected and what came', () => {
      const s = scoreArticle('a', [pred(0, 10, { speaker: 'Wang' })], [gold(0, 10, { speaker: 'Wang Yi' })]);
      assert.deepEqual(s.wrongSpeakers.map((m) => [m.expected, m.got]), [['Wang Yi', 'Wang']]);
    });

    it('leaves precision undefined with no predictions but F1 at 0', () => {
      const s = scoreArticle('a', [], [gold(0, 10)]);
      assert.equal(s.precision, null);
      assert.equal(s.recall, 0);
      assert.equal(s.f1, 0);
    });

    it('micro-averages over articles', () => {
      const a = scoreArticle('a', [pred(0, 10)], [gold(0, 10)]);
      const b = scoreArticle('b', [pred(0, 10)], [gold(50, 60), gold(70, 80)]);
      const all = scoreOverall([a, b]);
      assert.deepEqual([all.truePositives, all.falsePositives, all.falseNegatives], [1, 1, 2]);
      assert.equal(all.precision, 0.5);
      assert.equal(all.recall, 1 / 3);
    });
  });
});

describe('eval --swap-quotes', () => {
  const spanOf = (text: string, words: string): GoldQuote => {
    const start = text.indexOf(words);
    return gold(start, start + words.length, { text: words });
  };
  it('sets double-quoted copy in single marks, its nested quotes in double ones and its apostrophes curly, keeping every offset', () => {
    const text = 'Ann Lee said: "We can\'t wait. They told us \u2018soon\u2019 in May," and left.';
    const outer = spanOf(text, "We can't wait. They told us \u2018soon\u2019 in May,");
    const inner = spanOf(text, 'soon');
    const swapped = swapQuoteStyle(text, [outer, inner]);
    assert.equal(swapped.text, 'Ann Lee said: \u2018We can\u2019t wait. They told us \u201csoon\u201d in May,\u2019 and left.');
    assert.equal(swapped.text.length, text.length);
    assert.equal(swapped.toSingle, true);
    assert.equal(swapped.marks, 4);
  });
  it('sets single-quoted copy in double marks, reopening each paragraph of a quote that runs on, and leaves other marks alone', () => {
    const text = 'Ann Lee said: \u2018One.\n\n\u2018Two.\u2019 The \u201cflag\u201d stays.';
    const swapped = swapQuoteStyle(text, [spanOf(text, 'One.\n\n\u2018Two.')]);
    assert.equal(swapped.text, 'Ann Lee said: \u201cOne.\n\n\u201cTwo.\u201d The \u201cflag\u201d stays.');
    assert.equal(swapped.toSingle, false);
  });
});
