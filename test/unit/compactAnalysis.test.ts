import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle, articleFormat, type ArticleAnalysis } from '../../src/core';
import { applySpeakerCorrections } from '../../src/core/speakerCorrections';
import { compact, countsOf, expand, expandSpeakers, StringPool } from '../../src/extension/index/compactAnalysis';

const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples');

function samples(): { name: string; text: string }[] {
  return fs
    .readdirSync(SAMPLES)
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((name) => ({ name, text: fs.readFileSync(path.join(SAMPLES, name), 'utf8') }));
}

describe('compact analyses (the index keeps closed articles packed)', () => {
  it('unpack to an analysis equal to the engine\u2019s, for every sample', () => {
    const pool = new StringPool();
    const all = samples();
    assert.ok(all.length > 0, 'no samples found');
    for (const { name, text } of all) {
      const analysis = analyzeArticle(text, { format: articleFormat(name), fileName: name });
      const packed = compact(analysis, text, pool);
      assert.deepStrictEqual(expand(packed, text), analysis, name);
      assert.deepStrictEqual(expandSpeakers(packed), analysis.speakers, name);
      const speech = analysis.quotes.filter((q) => q.kind === 'speech').length;
      assert.deepStrictEqual(countsOf(packed), { quotes: analysis.quotes.length, speech, claims: analysis.claims.length, speakers: analysis.speakers.length });
    }
  });

  it('keep texts that are not plain slices (masked Markdown links), co-speakers and corrections', () => {
    const markdown = 'Minister Ana Ruiz, who [announced a plan](https://example.org/plan "the plan"), said: "Read [this](https://example.org) now."';
    const joint = 'Presidents Ana Ruiz and Olaf Brandt met in Vell.\n\nTheir governments issued a statement declaring that "the border is open to trade."';
    const pool = new StringPool();
    for (const [text, format] of [[markdown, 'markdown'], [joint, 'text']] as const) {
      let analysis = analyzeArticle(text, { format });
      const quote = analysis.quotes[0];
      if (quote) analysis = applySpeakerCorrections(analysis, [{ quote: { start: quote.start, end: quote.end, exact: quote.text }, speaker: 'Someone Else' }]).analysis;
      assert.deepStrictEqual(expand(compact(analysis, text, pool), text), analysis);
    }
  });


  it('keep offsets of any size and values that need no rounding', () => {
    const big = 2 ** 30 + 12345;
    const analysis: ArticleAnalysis = {
      meta: { title: 'T', date: '2026-01-02' },
      quotes: [{ start: big, end: big + 200_000, text: 'held apart', kind: 'speech', speaker: 'A B', confidence: 0.1 + 0.2, openMark: big - 1, group: 2 ** 31 - 1, paragraph: 70_000, depth: 0, rule: 'verb-after' }],
      claims: [{ start: 0, end: 128, text: '', kind: 'statistic', speaker: null, score: 1 / 3, signals: [] }],
      speakers: [{ name: 'A B', aliases: ['B'], role: null, kind: 'person', quotes: [0], claims: [], mentions: [{ start: 16_383, end: 16_384 }] }],
      paragraphs: [{ start: 0, end: big, index: 0 }],
    };
    assert.deepStrictEqual(expand(compact(analysis, '', new StringPool()), ''), analysis);
  });
});
