import * as assert from 'assert';
import { analyzeArticle, analyzeEditDetailed } from '../../src/core';

/** Each speaker of the article as name|kind, in the analysis' order. */
function speakerKinds(text: string): string[] {
  return analyzeArticle(text).speakers.map((s) => `${s.name}|${s.kind}`);
}

describe('speaker kinds', () => {
  it('reads a plural noun for people opening a sentence as the group it names mid-sentence', () => {
    assert.deepStrictEqual(speakerKinds('The depot plan was shown on Monday. Critics said: "It is a land grab."'), ['critics|group']);
    assert.deepStrictEqual(speakerKinds('The depot plan was shown on Monday. "It is a land grab," critics said.'), ['critics|group']);
    assert.deepStrictEqual(speakerKinds('Analysts have called the depot "a land grab".'), ['analysts|group']);
    assert.deepStrictEqual(speakerKinds('The depot plan was shown on Monday. Several witnesses said: "The lorries never stop."'), ['several witnesses|group']);
  });

  it('keeps one speaker when the same group opens one sentence and stands mid-sentence in another', () => {
    const text = 'The depot opened in May.\n\nWitnesses said: "The lorries never stop."\n\n"It is worse at night," witnesses added.\n';
    const analysis = analyzeArticle(text);
    assert.deepStrictEqual(analysis.quotes.map((q) => q.speaker), ['witnesses', 'witnesses']);
    assert.deepStrictEqual(speakerKinds(text), ['witnesses|group']);
  });

  it('leaves bodies as they were: the police, and a capitalised name of several words', () => {
    assert.deepStrictEqual(speakerKinds('The depot opened in May. Police said: "Two lorries were stopped."'), ['Police|organisation']);
    assert.deepStrictEqual(speakerKinds('The depot opened in May. Marrow Residents Association said: "The path is closed."'), ['Marrow Residents Association|organisation']);
    assert.deepStrictEqual(speakerKinds('The depot opened in May. The Brannock Family Trust said: "The path is closed."'), ['Brannock Family Trust|organisation']);
    // a surname that ends in -s is no plural noun
    assert.deepStrictEqual(speakerKinds('The depot opened in May. Dr Ines Hollands said: "The path is closed." Hollands added: "It will reopen."'), ['Ines Hollands|person']);
  });

  it('lists someone unnamed, described by a post, as a person: "the judge said", "a senior official said"', () => {
    assert.deepStrictEqual(speakerKinds('The hearing ended on Monday. "It was a cruel act," the judge said.'), ['judge|person']);
    assert.deepStrictEqual(speakerKinds('The talks ended on Monday. "Nothing was agreed," a senior official said.'), ['senior official|person']);
    assert.deepStrictEqual(speakerKinds('The talks ended on Monday. "Nothing was agreed," one source said.'), ['source|person']);
  });

  it('lists a family speaking together as a group, and a coroner as a person', () => {
    assert.deepStrictEqual(speakerKinds('The inquest closed on Monday. In a statement, the family said: "We have our answers."'), ['family|group']);
    assert.deepStrictEqual(speakerKinds('The inquest closed on Monday. The Brannock family said: "We have our answers."'), ['Brannock family|group']);
    assert.deepStrictEqual(speakerKinds('The inquest closed on Monday. "It was an accident," the coroner said.'), ['coroner|person']);
  });

  it('keeps a body, a team or a document described in lowercase as it was', () => {
    assert.deepStrictEqual(speakerKinds('The talks ended on Monday. "Nothing was agreed," the ministry said.'), ['ministry|organisation']);
    assert.deepStrictEqual(speakerKinds('The final ended 2-1. "We were the better team," the side said in a statement.'), ['side|organisation']);
  });

  it('lists a lone name that speaks of itself in the first person as a person ("Vesk replied: “My answer is no”")', () => {
    assert.deepStrictEqual(speakerKinds('The council met on Monday. Vesk replied: "My answer is no."'), ['Vesk|person']);
    assert.deepStrictEqual(speakerKinds('The council met on Monday. "I will not resign," Vesk said.'), ['Vesk|person']);
    // a body speaks as "we"
    assert.deepStrictEqual(speakerKinds('The council met on Monday. "We will appeal," Vesk said in a statement.'), ['Vesk|organisation']);
  });

  it('leaves an edit that makes such a quote first-person unsettled, so a full analysis follows', () => {
    const text = 'Market vote\n\nThe council met on Monday.\n\nVesk replied: "It is over for the stall."\n\nThe vote was close.\n';
    const at = text.indexOf('the stall');
    const change = { start: at, end: at + 3, text: 'my' };
    const result = analyzeEditDetailed({ text, analysis: analyzeArticle(text) }, change);
    assert.strictEqual(result.settled, false);
    assert.deepStrictEqual(analyzeArticle(text.slice(0, at) + 'my' + text.slice(at + 3)).speakers.map((s) => s.kind), ['person']);
  });
});
