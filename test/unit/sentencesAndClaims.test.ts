import * as assert from 'assert';
import { analyzeArticle } from '../../src/core';
import { splitParagraphs } from '../../src/core/paragraphs';
import { splitSentences } from '../../src/core/sentences';

function sentences(text: string): string[] {
  const paragraphs = splitParagraphs(text, 'text');
  return splitSentences(text, paragraphs, []).map((s) => text.slice(s.start, s.end));
}

describe('sentence splitting', () => {
  it('survives abbreviations and initials', () => {
    assert.deepStrictEqual(sentences('Mr. Holt met Dr. J. Smith in Jan. 2024 at the U.S. embassy. Then he left.'), [
      'Mr. Holt met Dr. J. Smith in Jan. 2024 at the U.S. embassy.',
      'Then he left.',
    ]);
  });
  it('knows abbreviations in any case, and no longer word that starts like one', () => {
    assert.deepStrictEqual(sentences('Gen. Holt left in SEPT. Nobody knew. The approx. Cost rose. Generals. They left.'), [
      'Gen. Holt left in SEPT. Nobody knew.',
      'The approx. Cost rose.',
      'Generals.',
      'They left.',
    ]);
  });
  it('ends a sentence after U.S. when a new one plainly starts', () => {
    assert.deepStrictEqual(sentences('The ship sailed to the U.S. The crew stayed.'), ['The ship sailed to the U.S.', 'The crew stayed.']);
  });
  it('does not split inside quotes', () => {
    const text = '\u201cWe came. We saw. We left,\u201d Holt said. The end.';
    const a = analyzeArticle(text);
    const p = splitParagraphs(text, 'text');
    const s = splitSentences(text, p, a.quotes.map((q) => ({ openMark: q.openMark, closeMark: q.closeMark })));
    assert.deepStrictEqual(s.map((x) => text.slice(x.start, x.end)), ['\u201cWe came. We saw. We left,\u201d Holt said.', 'The end.']);
  });
  it('treats Markdown soft-wrapped lines as one paragraph', () => {
    const md = '# Title\n\nThe mayor said\n\u201cyes\u201d today.\n\nNext paragraph.';
    assert.strictEqual(splitParagraphs(md, 'markdown').length, 3);
    assert.strictEqual(splitParagraphs(md.replace(/^# Title\n\n/, ''), 'text').length, 3);
  });
});

describe('claims', () => {
  it('flags statistics with their signals', () => {
    const a = analyzeArticle('Traffic through the port fell 18 percent last year, to 640,000 containers.');
    assert.strictEqual(a.claims.length, 1);
    assert.strictEqual(a.claims[0].kind, 'statistic');
    assert.ok(a.claims[0].signals.includes('percentage'));
  });
  it('flags reported speech outside quotes and credits it', () => {
    const a = analyzeArticle('Ann Holt said that the council had approved the levy in March.');
    assert.strictEqual(a.claims[0].speaker, 'Ann Holt');
    assert.ok(a.claims[0].signals.includes('attribution'));
  });
  it('scores questions and opinions below facts', () => {
    const fact = analyzeArticle('The council approved a 12 million crown budget in 2023.').claims[0];
    const question = analyzeArticle('Will the council ever approve a budget like this one?').claims[0];
    assert.ok(fact && fact.score > (question?.score ?? 0));
  });
  it('gives a quoted claim the speaker of its quote', () => {
    const a = analyzeArticle('\u201cWe lost 300 members since 2021,\u201d Ann Holt said.');
    assert.strictEqual(a.claims[0].speaker, 'Ann Holt');
  });
});

describe('markdown articles', () => {
  it('ignores quotes in front matter, code and link targets', () => {
    const md = '---\ntitle: "A title"\n---\n\nSee `"code"` and [a link](https://x.example/"q") and\n\n```\n"fenced"\n```\n\n\u201cReal quote,\u201d Ann Holt said.';
    const a = analyzeArticle(md, { fileName: 'a.md' });
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['Real quote,']);
    assert.strictEqual(a.meta.title, 'A title');
  });
});
