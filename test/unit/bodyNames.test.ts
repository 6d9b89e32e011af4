import * as assert from 'assert';
import { analyzeArticle } from '../../src/core';

function speakers(text: string): (string | null)[] {
  return analyzeArticle(text).quotes.map((q) => q.speaker);
}

describe("a body's name without the words that describe it", () => {
  it('"the opposition Harrow League party" is the Harrow League party, "the rival Tolland Union" the Tolland Union', () => {
    assert.deepStrictEqual(speakers('The vote was close.\n\nThe opposition Harrow League party called the count "a farce from start to finish".'), ['Harrow League party']);
    assert.deepStrictEqual(speakers('Talks ended on Friday.\n\nThe rival Tolland Union called the offer "an insult to every member".'), ['Tolland Union']);
  });

  it('keeps lowercase words where no name follows them, and before a person\'s noun', () => {
    assert.deepStrictEqual(speakers('The border reopened.\n\nThe foreign ministry said the visit was "productive and warm".'), ['foreign ministry']);
    assert.deepStrictEqual(speakers('The border reopened.\n\nA senior Marvish official said the talks were "close to a deal".'), ['senior Marvish official']);
  });

  it('a name described as a company ("X, a seed company," or "X is an independent seed company") is the company "the company said" means later', () => {
    assert.deepStrictEqual(speakers('Brindle Looms, a textile company, said sales were "flat".\n\n"We expect a better spring," the company said.'), ['Brindle Looms', 'Brindle Looms']);
    assert.deepStrictEqual(speakers('Brindle Looms is an independent, family-owned textile company based in Hale.\n\n"We expect a better spring," the company said.'), ['Brindle Looms']);
    const kinds = analyzeArticle('Brindle Looms, a textile company, said sales were "flat".').speakers.map((s) => s.kind);
    assert.deepStrictEqual(kinds, ['organisation']);
  });

  it('leaves a person described by a body\'s noun a person ("a company director", "a member of parliament for")', () => {
    const a = analyzeArticle('Ossi Varga, a company director, said it was "small".\n\nRenna Dulk, a member of parliament for the region, called it "a scandal of neglect".');
    assert.deepStrictEqual(a.speakers.map((s) => [s.name, s.kind]), [['Ossi Varga', 'person'], ['Renna Dulk', 'person']]);
  });

  it('"the trust describes itself as …" is the trust named before, as "the trust said" is', () => {
    assert.deepStrictEqual(speakers('The Wendle Heritage Trust is a charity.\n\nThe trust describes itself as "a memory bank for the valley".'), ['Wendle Heritage Trust']);
    assert.deepStrictEqual(speakers('The Wendle Heritage Trust is a charity.\n\nThe charity calls itself "a memory bank for the valley".'), ['Wendle Heritage Trust']);
  });
  it('an institution named anywhere ("Orlin Bay Infirmary", "Kessel Academy", "Dunmere Polar Institute") is the one "the hospital", "the school" or "the institute" means later', () => {
    assert.deepStrictEqual(speakers('Orlin Bay Infirmary has postponed 90 operations.\n\n"We apologise to every patient," the hospital said.\n\nA hospital spokeswoman added: "Letters will go out this week."'), ['Orlin Bay Infirmary', 'Orlin Bay Infirmary']);
    assert.deepStrictEqual(speakers('Pupils at Kessel Academy sat their exams in a marquee.\n\n"The hall roof failed in March," the school said.'), ['Kessel Academy']);
    const claims = analyzeArticle('Ice cover fell by a third, according to figures from the Dunmere Polar Institute.\n\nThe institute said melt had doubled since 2010.').claims;
    assert.ok(claims.some((c) => c.speaker === 'Dunmere Polar Institute'), JSON.stringify(claims.map((c) => c.speaker)));
    assert.ok(!claims.some((c) => c.speaker === 'institute'));
  });
  it('a public body opening a sentence with "has" ("Vell District Council has approved …") is the one "the council said" means later', () => {
    assert.deepStrictEqual(speakers('Vell District Council has approved the new depot.\n\n"It will save money within five years," the council said.'), ['Vell District Council']);
  });
  it('a name opening a sentence with a verb and "its" ("Pellow Mills closed its doors") is a body: "Its spokesman", "the firm" later', () => {
    assert.deepStrictEqual(speakers('Pellow Mills closed its doors on Friday after 90 years. Its spokesman said: "It is a sad day for the town."'), ['Pellow Mills']);
    assert.deepStrictEqual(speakers('Pellow Mills closed its doors on Friday after 90 years. "It is a sad day for the town," the company said.'), ['Pellow Mills']);
    assert.deepStrictEqual(speakers('Pellow Mills closed its doors on Friday after 90 years.\n\n"It is a sad day for the town," the firm said.'), ['Pellow Mills']);
    // (not when a given name opens it)
    assert.deepStrictEqual(speakers('Tom Mills closed its doors on Friday. "It is a sad day," he said.'), ['Tom Mills']);
  });
  it('"Workers at Gorran Steel walked out": where they work is a body, the business "the company" or "a spokesman for the company" means later', () => {
    assert.deepStrictEqual(speakers('Workers at Gorran Steel walked out on Monday. A spokesman for the company said: "We remain open to talks."'), ['Gorran Steel']);
    assert.deepStrictEqual(speakers('Staff at Gorran Steel walked out on Monday.\n\n"We remain open to talks," the firm said.'), ['Gorran Steel']);
    // (a public body named since is no business: "the company" stays unnamed rather than the council)
    assert.deepStrictEqual(speakers('Pellby District Council met on Monday. "We remain open to talks," the company said.'), ['company']);
  });
  it('a bank named in passing ("fined Marrow Bank") is the one "a bank spokesman" or "the bank said" means later', () => {
    assert.deepStrictEqual(speakers('The regulator fined Marrow Bank £2m on Monday. A bank spokesman said: "We accept the decision."'), ['Marrow Bank']);
    assert.deepStrictEqual(speakers('The regulator fined Marrow Bank £2m on Monday.\n\n"We accept the decision," the bank said.'), ['Marrow Bank']);
  });
});
