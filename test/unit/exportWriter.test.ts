import * as assert from 'node:assert/strict';
import { TextWriter } from '../../src/core/export/writer';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('export text writer', () => {
  it('repeats earlier output exactly, across chunk joins and from parts not yet joined', () => {
    const w = new TextWriter();
    const written: string[] = [];
    // Parts of varied length, two-byte ones among them, enough for several chunks.
    for (let i = 0; i < 20_000; i++) {
      const part = i % 7 === 0 ? `— ${i} …` : 'x'.repeat(i % 23);
      w.write(part);
      written.push(part);
    }
    const before = written.join('');
    assert.equal(w.offset, before.length);
    const ranges: [number, number][] = [[0, before.length], [0, 0], [5, 6]];
    for (let k = 1; k < 40; k++) {
      const from = Math.floor((before.length * k) / 41);
      ranges.push([from, Math.min(before.length, from + 1 + ((k * 7919) % 60_000))]);
    }
    let expected = before;
    for (const [from, to] of ranges) {
      w.repeat(from, to);
      expected += before.slice(from, to);
      // A range in what was just repeated (still in unjoined parts) repeats as well.
      const end = w.offset;
      w.repeat(end - Math.min(10, to - from), end);
      expected += expected.slice(expected.length - Math.min(10, to - from));
      assert.equal(w.offset, expected.length);
    }
    assert.equal(w.toString(), expected);
    assert.deepEqual(w.toBytes(), utf8(expected));
  });

  it('encodes to the UTF-8 of its text: parts long enough to be chunks, text mostly outside ASCII, pairs split between chunks', () => {
    const w = new TextWriter();
    const written: string[] = [];
    const add = (part: string): void => {
      w.write(part);
      written.push(part);
    };
    // Four-byte characters and CJK make the bytes outnumber the characters well past the first guess.
    for (let i = 0; i < 3000; i++) add(i % 2 === 0 ? '😀漢字' : 'é');
    add(`${'漢'.repeat(70_000)}\ud83d`);
    add('\ude00 tail');
    add('lone \ud800 and \udc00');
    add(`\ud83d${'y'.repeat(70_000)}`);
    add('\ude00');
    add('\ud83d');
    const text = written.join('');
    assert.equal(w.toString(), text);
    assert.deepEqual(w.toBytes(), utf8(text));
  });

  it('ends with exactly one line break, however many the output ended with', () => {
    for (const parts of [[], ['a'], ['a\n'], ['a\n\n\n'], ['\n\n'], ['a', '\n', '\n'], [`${'b'.repeat(70_000)}\n`, '\n', '\n'], ['c\n', '\n'.repeat(70_000)]]) {
      const w = new TextWriter();
      for (const p of parts) w.write(p);
      w.endWithOneLineBreak();
      const expected = `${parts.join('').replace(/\n+$/, '')}\n`;
      assert.equal(w.toString(), expected, JSON.stringify(parts).slice(0, 40));
      assert.equal(w.offset, expected.length);
      assert.deepEqual(w.toBytes(), utf8(expected));
    }
  });

  it('is empty when nothing was written', () => {
    assert.equal(new TextWriter().toString(), '');
  });
});
