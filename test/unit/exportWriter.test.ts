import * as assert from 'node:assert/strict';
import { TextWriter } from '../../src/core/export/writer';

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
  });

  it('is empty when nothing was written', () => {
    assert.equal(new TextWriter().toString(), '');
  });
});
