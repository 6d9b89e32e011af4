import * as assert from 'assert';
import { EditorLines } from '../../bench/editorLines';
import { applyTextChange, type TextChange } from '../../src/core';
import { lineAndColumn, lineStarts } from '../../src/core/lines';
import { seededRandom } from './helpers/seededRandom';

describe("the bench's editor model (lines, as the extension host keeps a document)", () => {
  it('follows random edits, line breaks included, as the whole text would', () => {
    let text = 'First line\nsecond "quoted" line\r\n\nfourth\n';
    const editor = new EditorLines(text);
    const random = seededRandom(5);
    for (let i = 0; i < 500; i++) {
      const at = random(text.length + 1);
      const change: TextChange = random(2) === 0 ? { start: at, end: Math.min(text.length, at + random(3)), text: '' } : { start: at, end: at, text: ['a', '\n', 'x\ny', '\n\n', ' '][random(5)] };
      const starts = lineStarts(text);
      const endLine = lineAndColumn(starts, change.end).line - 1;
      const removedBreaks = text.slice(change.start, change.end).split('\n').length - 1;
      const edit = editor.apply(change);
      text = applyTextChange(text, change);
      assert.deepStrictEqual(editor.starts, lineStarts(text), `edit ${i}`);
      assert.strictEqual(edit.endLine, endLine);
      assert.strictEqual(edit.lineDelta, change.text.split('\n').length - 1 - removedBreaks);
      const offset = random(text.length + 1);
      const { line, column } = lineAndColumn(lineStarts(text), offset);
      assert.deepStrictEqual(editor.positionAt(offset), { line: line - 1, character: column - 1 });
    }
  });
});
