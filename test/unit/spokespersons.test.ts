import * as assert from 'assert';
import { analyzeArticle } from '../../src/core';

function speakers(text: string): (string | null)[] {
  return analyzeArticle(text).quotes.map((q) => q.speaker);
}

describe('a body named before its spokesperson', () => {
  it('"a Kelso Water spokesperson said" credits the body, as "a spokesperson for Kelso Water said" does', () => {
    assert.deepStrictEqual(speakers('The main burst on Monday. A Kelso Water spokesperson said: "Crews are on site."'), ['Kelso Water']);
    assert.deepStrictEqual(speakers('The main burst on Monday. "Crews are on site," a Kelso Water spokeswoman said. "We are sorry," the spokeswoman added.'), ['Kelso Water', 'Kelso Water']);
  });

  it('finds the body named in full before ("Fenmoor Mutual", then "a Fenmoor spokesman")', () => {
    const text = 'Fenmoor Mutual raised the premium for the show.\n\n"The risk has grown," a Fenmoor spokesman said.';
    assert.deepStrictEqual(speakers(text), ['Fenmoor Mutual']);
  });

  it('leaves a person\'s spokesman, and a title, as they were', () => {
    assert.deepStrictEqual(speakers('Ann Vell resigned on Monday. A Vell spokesman said: "She is resting."'), ['Vell spokesman']);
    assert.deepStrictEqual(speakers('The vote was lost. A Prime Minister spokesman said: "No comment."'), ['Prime Minister spokesman']);
  });
});
