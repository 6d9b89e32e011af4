import * as assert from 'assert';
import { analyzeArticle } from '../../src/core';

function speakers(text: string): (string | null)[] {
  return analyzeArticle(text).quotes.map((q) => q.speaker);
}

describe('a name, an apposition with a clause in it, and the verb', () => {
  it('"Ossi Varga, the farmer who found the hoard, said" credits the name, not the farmer', () => {
    assert.deepStrictEqual(speakers('The coins were declared treasure.\n\nOssi Varga, the farmer who found the hoard, said it was "a once-in-a-lifetime find".'), ['Ossi Varga']);
  });

  it('"Brindle Looms, the company behind the mill, said" and "…, the consortium that built the stand, said" credit the body', () => {
    assert.deepStrictEqual(speakers('Work began in March.\n\nBrindle Looms, the company behind the new mill, said it was "confident of finishing by May".'), ['Brindle Looms']);
    assert.deepStrictEqual(speakers('Work began in March.\n\nHoldt Bau, the consortium that built the stand, said it was "proud of every seat".'), ['Holdt Bau']);
  });

  it('"The firm that built the stand said": the firm speaks, not what it built', () => {
    assert.deepStrictEqual(speakers('Work began in March.\n\nThe firm that built the stand said it was "proud of every seat".'), ['firm']);
  });

  it('a sentence\'s opening "The" before a lowercase word is no part of the name ("The ferry operator, which …, said")', () => {
    const a = analyzeArticle('Sailings resumed.\n\nThe ferry operator, which runs the crossing, said it was "back to normal".\n\nOn Friday the ferry operator said the backlog was "cleared".');
    assert.deepStrictEqual(a.speakers.map((s) => s.name), ['ferry operator']);
  });

  it('"The mayor, Jo Penn, spoke first": the role before the commas is hers, and "the mayor said" later credits her', () => {
    const a = analyzeArticle('The mayor, Nell Orrin, spoke first at the meeting.\n\n"We are ready for the floods," the mayor said.');
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker), ['Nell Orrin']);
    assert.deepStrictEqual(a.speakers.map((s) => s.role), ['mayor']);
  });

  it('"Rates will fall, X told reporters, adding that … “…”": the participle\'s subject is the reporting verb\'s, not the opening words', () => {
    assert.deepStrictEqual(speakers('Harbour fees will rise in May, port director Ilse Marwood told reporters on Monday, adding that the backlog was "finally under control".'), ['Ilse Marwood']);
  });
});
