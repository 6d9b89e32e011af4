import * as assert from 'assert';
import { analyzeArticle, canonicalizeCorpus } from '../../src/core';

function corpus(texts: Record<string, string>) {
  return canonicalizeCorpus(Object.entries(texts).map(([id, text]) => ({ id, analysis: analyzeArticle(text) })));
}

describe('corpus speakers', () => {
  it('joins transliteration variants of one person across articles', () => {
    const index = corpus({
      'a.txt': '\u201cThe port will grow,\u201d said Minister Sergey Orlov.',
      'b.txt': '\u201cWe need rail links,\u201d Sergei Orlov said on Monday.\n\n\u201cAnd money,\u201d Orlov added.',
    });
    const orlov = index.speakers.filter((s) => s.name.endsWith('Orlov'));
    assert.strictEqual(orlov.length, 1);
    assert.strictEqual(orlov[0].quoteCount, 3);
    assert.ok(orlov[0].aliases.some((a) => a === 'Sergey Orlov' || a === 'Sergei Orlov'));
    assert.strictEqual(index.canonicalName('a.txt', 'Sergey Orlov'), orlov[0].name);
    assert.strictEqual(index.canonicalName('b.txt', 'Sergei Orlov'), orlov[0].name);
  });

  it('keeps different people who share a surname apart', () => {
    const index = corpus({
      'a.txt': '\u201cYes,\u201d said Anna Berg.',
      'b.txt': '\u201cNo,\u201d said Lars Berg.',
    });
    assert.deepStrictEqual(index.speakers.map((s) => s.name).sort(), ['Anna Berg', 'Lars Berg']);
  });

  it('lists a speaker\u2019s quotes across articles in article order, then text order', () => {
    const index = corpus({
      'b.txt': '\u201cFirst in b,\u201d said Anna Berg. \u201cSecond in b,\u201d said Anna Berg.',
      'a.txt': '\u201cOnly in a,\u201d said Anna Berg.',
    });
    const quotes = index.quotesOf('Anna Berg');
    assert.deepStrictEqual(quotes.map((q) => [q.article, q.quote]), [
      ['b.txt', 0],
      ['b.txt', 1],
      ['a.txt', 0],
    ]);
    assert.deepStrictEqual(index.quotesOf('Nobody'), []);
  });
});
