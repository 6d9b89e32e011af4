import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle, analyzeEditDetailed, applyTextChange, EditedText, type ArticleAnalysis, type TextChange } from '../../src/core';
import { seededRandom } from './helpers/seededRandom';

describe('EditedText (an edited text read in pieces)', () => {
  it('reads as the string made by applying the same changes, through many changes and joins', () => {
    let text = 'Line one\nLine “two”\n\nThe third, last line.';
    let edited = EditedText.of(text);
    const random = seededRandom(3);
    for (let i = 0; i < 2000; i++) {
      const at = random(text.length + 1);
      const change: TextChange = random(3) === 0 ? { start: at, end: Math.min(text.length, at + random(6)), text: '' } : { start: at, end: Math.min(text.length, at + random(2)), text: ['e', '\n', 'x\ny', '', ' said'][random(5)] };
      const before = edited;
      edited = edited.apply(change);
      text = applyTextChange(text, change);
      assert.strictEqual(edited.length, text.length, `length after change ${i}`);
      const a = random(text.length + 2) - 1;
      const b = random(text.length + 2) - 1;
      assert.strictEqual(edited.slice(a, b), text.slice(a, b), `slice(${a}, ${b}) after change ${i}`);
      assert.strictEqual(edited.slice(a), text.slice(a));
      assert.strictEqual(edited.indexOf('\n', a), text.indexOf('\n', a), `indexOf after change ${i}`);
      assert.strictEqual(edited.lastIndexOf('\n', b), text.lastIndexOf('\n', b), `lastIndexOf(${b}) after change ${i}`);
      assert.strictEqual(edited.indexOf('line', a), text.indexOf('line', a));
      if (i % 97 === 0) assert.strictEqual(edited.toString(), text);
      // applying a change leaves the text it was applied to as it was
      if (i % 50 === 0) assert.strictEqual(before.length + change.text.length - (change.end - change.start), edited.length);
    }
    assert.strictEqual(edited.toString(), text);
  });

  it('typing in one place keeps a few pieces: a long text is never joined for it', () => {
    const long = 'Paragraph of the original report.\n\n'.repeat(20_000);
    let text = long;
    let edited = EditedText.of(long).apply({ start: 0, end: 0, text: '' });
    edited.slice(0, 1);
    let at = long.length / 2;
    const typed = 'She said the figures were wrong, and that the council knew it. ';
    for (let i = 0; i < 2000; i++) {
      // letters, and now and then a backspace
      const change: TextChange = i % 17 === 16 ? { start: at - 1, end: at, text: '' } : { start: at, end: at, text: typed[i % typed.length] };
      edited = edited.apply(change);
      text = applyTextChange(text, change);
      at += change.text.length - (change.end - change.start);
      assert.ok(edited.pieceCount <= 12, `${edited.pieceCount} pieces after ${i + 1} keystrokes`);
    }
    assert.strictEqual(edited.toString(), text);
  });

  it('at the edges: the end of the text, an empty text, everything deleted', () => {
    assert.strictEqual(EditedText.of('abc').apply({ start: 3, end: 3, text: 'd' }).toString(), 'abcd');
    assert.strictEqual(EditedText.of('').apply({ start: 0, end: 0, text: 'x' }).slice(0, 1), 'x');
    assert.strictEqual(EditedText.of('abc').apply({ start: 0, end: 3, text: '' }).length, 0);
    // everything deleted, then read as the empty string reads
    const emptied = EditedText.of('a\nb').apply({ start: 0, end: 3, text: '' });
    assert.strictEqual(emptied.lastIndexOf('\n'), -1);
    assert.strictEqual(emptied.lastIndexOf('\n', 0), -1);
    assert.strictEqual(emptied.indexOf('\n'), -1);
    assert.strictEqual(emptied.slice(0), '');
    assert.strictEqual(emptied.apply({ start: 0, end: 0, text: 'x' }).lastIndexOf('x'), 0);
  });

  it('edits analysed from an edited text give what edits analysed from strings give', () => {
    const dir = path.join(__dirname, '../../../samples');
    const samples = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    let text = Array.from({ length: 3 }, () => samples.join('\n\n')).join('\n\n');
    let edited = EditedText.of(text);
    let fromString: ArticleAnalysis = analyzeArticle(text, { fileName: 'long.txt' });
    let fromEdited: ArticleAnalysis = analyzeArticle(text, { fileName: 'long.txt' });
    const random = seededRandom(9);
    for (let i = 0; i < 120; i++) {
      const at = random(text.length);
      const change: TextChange = random(2) === 0 ? { start: at, end: at + 1, text: '' } : { start: at, end: at, text: ['e', '"', '\n', ' said'][random(4)] };
      const a = analyzeEditDetailed({ text, analysis: fromString }, change, { fileName: 'long.txt' });
      const b = analyzeEditDetailed({ text: edited, analysis: fromEdited }, change, { fileName: 'long.txt' });
      assert.strictEqual(JSON.stringify(b), JSON.stringify(a), `edit ${i}`);
      text = applyTextChange(text, change);
      edited = edited.apply(change);
      fromString = a.analysis;
      fromEdited = b.analysis;
    }
  });
});
