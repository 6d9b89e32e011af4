import * as assert from 'assert';
import { analyzeArticle } from '../../src/core';

function kindsAndSpeakers(text: string): [string, string | null][] {
  return analyzeArticle(text).quotes.map((q) => [q.kind, q.speaker]);
}

describe('verbs of judgement: branded, labelled, dubbed, termed', () => {
  it('credits the quoted verdict on the object to the subject, as "called" does', () => {
    assert.deepStrictEqual(kindsAndSpeakers('Councillor Ruth Emmerly branded the bypass "a monument to wasted money".'), [['speech', 'Ruth Emmerly']]);
    assert.deepStrictEqual(kindsAndSpeakers('Tom Pell labelled the audit "a whitewash that protects the board".'), [['speech', 'Tom Pell']]);
    assert.deepStrictEqual(kindsAndSpeakers('Ina Strand termed the offer "an insult to every driver on the route".'), [['speech', 'Ina Strand']]);
  });

  it('still reads a name after "dubbed" as a title, credited to nobody', () => {
    assert.deepStrictEqual(kindsAndSpeakers('The new ferry, dubbed "Grey Lady" by the crew, sails in May.'), [['title', null]]);
  });
});
