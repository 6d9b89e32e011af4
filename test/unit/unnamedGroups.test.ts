import * as assert from 'assert';
import { analyzeArticle } from '../../src/core';

function credits(text: string): [string | null, string | undefined][] {
  const a = analyzeArticle(text);
  return a.quotes.map((q) => [q.speaker, a.speakers.find((s) => s.name === q.speaker)?.kind]);
}

describe('people of a body named by "its" or "their"', () => {
  it('"the bakery shut after its owners said …" credits the owners, together', () => {
    assert.deepStrictEqual(credits('The bakery on Pell Row shut on Friday after its owners said flour prices had made it "impossible to go on".'), [['owners', 'group']]);
    assert.deepStrictEqual(credits('The foundry closed in May.\n\nIts workers said they had been "kept in the dark for weeks".'), [['workers', 'group']]);
  });

  it('"The village grew after its residents said …" reads no phrase across "grew after"', () => {
    assert.deepStrictEqual(credits('The village grew after its residents said the plan was "bold but fair".'), [['residents', 'group']]);
  });

  it('"owned by the Pellings, who said …" credits the family, a group, when a Pelling was named', () => {
    assert.deepStrictEqual(credits('Rose and Amos Pelling ran the mill for decades.\n\nThe site is owned by the Pellings, who said they would weigh any bid "very carefully".'), [['Pellings', 'group']]);
  });

  it('"Its head teacher said", "its principal said": the post\'s holder, unnamed, or the one named before by it', () => {
    assert.deepStrictEqual(credits('The school shut early because its head teacher said the boiler was "beyond saving".'), [['head teacher', 'person']]);
    assert.deepStrictEqual(credits('The academy shut on Friday.\n\nIts principal said the roof was "beyond saving".'), [['principal', 'person']]);
    assert.deepStrictEqual(credits('Principal Dora Quill has led the academy since May.\n\nThe academy shut on Friday. Its principal said the roof was "beyond saving".').map(([s]) => s), ['Dora Quill']);
  });
});

describe('someone unnamed described by a relative clause before the verb', () => {
  it('"A man who runs a stall three doors along said he …": "he" in the quote after is that man, not the officer named before', () => {
    const text = 'Inspector Carl Moyo said: "Nobody was hurt."\n\nA man who runs a stall three doors along said he had heard shouting. "I thought it was a fight," he said.';
    assert.deepStrictEqual(credits(text), [['Carl Moyo', 'person'], ['man', 'person']]);
    assert.deepStrictEqual(credits('Inspector Carl Moyo said: "Nobody was hurt."\n\nA man who lives nearby said: "I heard shouting."'), [['Carl Moyo', 'person'], ['man', 'person']]);
  });

  it('stops at a conjunction: "He thanked the woman who helped him and said …" is his', () => {
    assert.deepStrictEqual(credits('Inspector Carl Moyo thanked the woman who helped him and said it was "a brave thing to do".').map(([s]) => s), ['Carl Moyo']);
  });
});
