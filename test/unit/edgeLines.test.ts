import * as assert from 'assert';
import * as fc from 'fast-check';
import { EdgeLines } from '../../src/core/edgeLines';

/** The edge lines as plainly defined: all lines of a short text, else the first 40 and the last 40 (from the last 8,000 characters). */
function reference(text: string): string[] {
  const breaks = text.split('\n').length - 1;
  if (breaks <= 80) return text.split(/\r?\n/);
  let at = -1;
  for (let k = 0; k < 40; k++) at = text.indexOf('\n', at + 1);
  return [...text.slice(0, at).split(/\r?\n/), ...text.slice(Math.max(0, text.length - 8000)).split(/\r?\n/).slice(-40)];
}

const line = fc.constantFrom('', '', 'Published: 2024-03-01', 'By Ann Holt', 'see https://x.example/a', ' 1999 ', 'x'.repeat(300), 'text\r', '\r', 'a\rb', `2024 ${'y'.repeat(155)}`, `2024 ${'y'.repeat(156)}`);
const text = fc.array(line, { maxLength: 140 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((sep) => lines.join(sep)));

describe('edge lines', () => {
  it('give the first lines with text, the lines with a match and the lines with a string, as the plain definition does', () => {
    fc.assert(
      fc.property(text, (t) => {
        const edge = new EdgeLines(t);
        const lines = reference(t);
        assert.deepStrictEqual(edge.firstNonBlank(15), lines.filter((l) => l.trim() !== '').slice(0, 15));
        assert.deepStrictEqual(edge.linesMatching(/\d{4}/g), lines.filter((l) => /\d{4}/.test(l)));
        assert.deepStrictEqual(edge.linesContaining('://'), lines.filter((l) => l.includes('://')));
        assert.deepStrictEqual(edge.shortLinesMatching(/\d{4}/, 160), lines.filter((l) => l.length <= 160 && /\d{4}/.test(l)));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a long article by its first and last lines only', () => {
    const body = Array.from({ length: 200 }, (_, i) => `line ${1000 + i}`).join('\n');
    const years = new EdgeLines(body).linesMatching(/\d{4}/g);
    assert.strictEqual(years.length, 80);
    assert.strictEqual(years[39], 'line 1039');
    assert.strictEqual(years[40], 'line 1160');
  });
});
