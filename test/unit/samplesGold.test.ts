import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { articleFormat, maskMarkdown } from '../../src/core';
import { findGoldFiles, offsetMismatches, readGold } from '../../scripts/eval/gold';

const repoRoot = path.resolve(__dirname, '../../..');
const goldDir = path.join(repoRoot, 'test/fixtures/samples-gold');

describe('sample gold files', () => {
  it('cover every sample article', async () => {
    const golds = await Promise.all((await findGoldFiles(goldDir)).map((f) => readGold(f, goldDir)));
    const covered = golds.map((g) => path.relative(repoRoot, g.textPath).split(path.sep).join('/')).sort();
    const samples = fs.readdirSync(path.join(repoRoot, 'samples')).filter((f) => /\.(txt|md)$/.test(f)).map((f) => `samples/${f}`).sort();
    assert.deepEqual(covered, samples);
  });

  it('have offsets that agree with the text, also after Markdown masking', async () => {
    for (const goldFile of await findGoldFiles(goldDir)) {
      const gold = await readGold(goldFile, goldDir);
      const text = fs.readFileSync(gold.textPath, 'utf8');
      assert.deepEqual(offsetMismatches(text, gold.quotes), [], goldFile);
      if (articleFormat(gold.textPath) === 'markdown') assert.deepEqual(offsetMismatches(maskMarkdown(text), gold.quotes), [], `${goldFile} masked`);
    }
  });
});

for (const folder of ['heldout-styles', 'heldout-styles-2', 'heldout-styles-3', 'heldout-styles-4', 'heldout-styles-5', 'heldout-styles-6', 'heldout-styles-7', 'heldout-styles-8', 'heldout-styles-9', 'heldout-styles-10', 'heldout-styles-11', 'heldout-styles-12', 'heldout-styles-13', 'heldout-styles-14', 'heldout-styles-15', 'heldout-styles-16', 'heldout-styles-17', 'heldout-styles-18', 'heldout-styles-19', 'heldout-styles-20', 'heldout-styles-21', 'heldout-styles-22', 'heldout-styles-23', 'heldout-styles-24', 'heldout-styles-25', 'heldout-styles-26', 'heldout-styles-27', 'heldout-styles-28', 'heldout-styles-29', 'heldout-styles-30', 'heldout-styles-31', 'heldout-styles-32', 'heldout-styles-33', 'heldout-styles-34', 'heldout-styles-35', 'heldout-styles-36', 'heldout-styles-37', 'heldout-styles-38', 'heldout-styles-39', 'heldout-styles-40', 'heldout-styles-41', 'heldout-styles-42', 'heldout-styles-43', 'heldout-styles-44', 'heldout-styles-45', 'heldout-styles-46', 'heldout-styles-47', 'heldout-styles-48', 'heldout-styles-49', 'heldout-styles-50', 'heldout-styles-51', 'heldout-styles-52', 'heldout-styles-53', 'heldout-styles-54', 'heldout-styles-55', 'heldout-styles-56', 'heldout-styles-57', 'heldout-styles-58', 'heldout-styles-59', 'heldout-styles-60', 'heldout-styles-61', 'heldout-styles-62', 'heldout-styles-63', 'heldout-styles-64', 'heldout-styles-65', 'heldout-styles-66', 'heldout-styles-67', 'heldout-styles-68', 'heldout-styles-69', 'heldout-styles-70', 'heldout-styles-71', 'heldout-styles-72', 'heldout-styles-73', 'heldout-styles-74', 'heldout-styles-75', 'heldout-styles-76', 'heldout-styles-77', 'heldout-styles-78', 'heldout-styles-79', 'heldout-styles-80', 'heldout-styles-81', 'heldout-styles-82', 'heldout-styles-83', 'heldout-styles-84', 'heldout-styles-85', 'heldout-styles-86', 'heldout-styles-87', 'heldout-styles-88', 'heldout-styles-89', 'heldout-styles-90', 'heldout-styles-91', 'heldout-styles-92', 'heldout-styles-93', 'heldout-styles-94']) {
  describe(`held-out style gold files in ${folder} (wire, British, sport, police, press release)`, () => {
    const heldOutDir = path.join(repoRoot, 'test/fixtures', folder);

    it('cover every article of the folder', async () => {
      const golds = await Promise.all((await findGoldFiles(heldOutDir)).map((f) => readGold(f, heldOutDir)));
      const covered = golds.map((g) => path.basename(g.textPath)).sort();
      const articles = fs.readdirSync(path.join(heldOutDir, 'articles')).filter((f) => /\.(txt|md)$/.test(f)).sort();
      assert.deepEqual(covered, articles);
    });

    it('have offsets that agree with the text', async () => {
      for (const goldFile of await findGoldFiles(heldOutDir)) {
        const gold = await readGold(goldFile, heldOutDir);
        const text = fs.readFileSync(gold.textPath, 'utf8');
        assert.deepEqual(offsetMismatches(text, gold.quotes), [], goldFile);
        // (a Markdown article's quotes are prose, left as they are by the masking)
        if (articleFormat(gold.textPath) === 'markdown') assert.deepEqual(offsetMismatches(maskMarkdown(text), gold.quotes), [], `${goldFile} masked`);
      }
    });

    // The engine keeps a quote inside a quote only when the outer words report it as speech; a
    // title or scare quote inside someone's words is part of their wording. Every set's gold
    // lists those as optional, so that no set scores the engine by another convention.
    it('list titles and scare quotes nested in a quote as lenient', async () => {
      for (const goldFile of await findGoldFiles(heldOutDir)) {
        const { quotes } = await readGold(goldFile, heldOutDir);
        const strictNested = quotes.filter((q) => q.kind !== 'speech' && !q.lenient && quotes.some((outer) => outer !== q && outer.start <= q.start && q.end <= outer.end));
        assert.deepEqual(strictNested.map((q) => q.text), [], goldFile);
      }
    });
  });
}
