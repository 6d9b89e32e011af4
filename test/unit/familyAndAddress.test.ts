import * as assert from 'assert';
import { analyzeArticle } from '../../src/core';

function speakers(text: string): (string | null)[] {
  return analyzeArticle(text).quotes.map((q) => q.speaker);
}

describe('relatives named beside the one they belong to', () => {
  it('"Ilse Borg and her husband, Aksel Borg, …" then "her husband added": him, not her', () => {
    const text = 'Ilse Borg and her husband, Aksel Borg, kept the lighthouse for thirty years. "We never missed a night," her husband added.';
    assert.deepStrictEqual(speakers(text), ['Aksel Borg']);
    // and in the next paragraph
    assert.deepStrictEqual(speakers('Ilse Borg and her husband, Aksel Borg, kept the lighthouse for thirty years.\n\n"We never missed a night," her husband said.'), ['Aksel Borg']);
  });

  it('"Kjell Moen and his daughter, Siri Moen, …" then "she said": the daughter', () => {
    const text = 'Kjell Moen and his daughter, Siri Moen, run the ferry café. "We open at six," she said.';
    assert.deepStrictEqual(speakers(text), ['Siri Moen']);
  });

  it('"his mother, Ines Tarro," then "Mr Tarro": the man, not his mother', () => {
    const text = 'Pavel Tarro, 31, died at the scene.\n\nIn a statement released through Tarn Police, his mother, Ines Tarro, said:\n\n"He was our world."\n\nDetective Sergeant Ruth Kell, of Tarn Police, said Mr Tarro had been walking home.\n';
    const mother = analyzeArticle(text).speakers.find((s) => s.name === 'Ines Tarro');
    assert.ok(mother);
    const mrAt = text.indexOf('Mr Tarro');
    assert.deepStrictEqual(mother.mentions.filter((m) => m.start >= mrAt), [], '"Mr Tarro" is not the mother');
  });
});

describe('an address in a court report', () => {
  it('"Pavel Grund, of Kiln Lane, Ostby, denied …": the street is no person, and "he" after it is the defendant', () => {
    const text = 'Pavel Grund, of Kiln Lane, Ostby, denied the charge.\n\nHe told the court: "I never touched the money."';
    assert.deepStrictEqual(speakers(text), ['Pavel Grund']);
    assert.deepStrictEqual(analyzeArticle(text).speakers.map((s) => s.name), ['Pavel Grund']);
  });

  it('a given name after "of" is still someone: "the daughter of Grace Park"', () => {
    assert.deepStrictEqual(analyzeArticle('Anna Vell, the daughter of Grace Park, said: "We were never told."').speakers.map((s) => s.role), ['daughter of Grace Park']);
  });

  it('"Mrs Dunmore" after only "Peter Dunmore" is someone else of that name, not him', () => {
    assert.deepStrictEqual(speakers('Peter Dunmore opened the forge in 1988.\n\n"We have never had a quiet year," Mrs Dunmore said.'), ['Dunmore']);
    // (and "Mr Dunmore" is still Peter)
    assert.deepStrictEqual(speakers('Peter Dunmore opened the forge in 1988.\n\n"Not one," Mr Dunmore said.'), ['Peter Dunmore']);
  });
});
