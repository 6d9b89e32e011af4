import * as assert from 'assert';
import * as fc from 'fast-check';
import { EdgeLines, edgesOnly } from '../../src/core/edgeLines';
import { extractMeta } from '../../src/core/metadata';

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

  it('leave out the middle of a long text without changing the metadata read from it', () => {
    const metaLine = fc.constantFrom('', '', 'WORLD / POLITICS', 'Harbour vote delayed', 'By Ann Holt and Ivo Marsh', 'Published: 1 March 2024', 'Updated 2024-03-02 10:15', 'Source: Coast Courier', 'https://news.example/harbour', '#', '> Quoted line', 'Council said 2,400 jobs depend on it.', 'x'.repeat(200), 'line\r');
    // long lines at the end: the last 40 lines then reach back to where the last 8,000 characters begin
    const longLine = fc.constantFrom(`${'Filed late, '.repeat(30)}on 4 May 2021`, `${'y'.repeat(230)} https://tail.example/x`, 'z'.repeat(300));
    const prose = fc.constantFrom('The council met again on Tuesday.', 'Residents said the plan was rushed in 2019.', '', 'See https://old.example/page for the notes.');
    const article = fc
      .tuple(fc.boolean(), fc.array(metaLine, { maxLength: 60, size: 'max' }), fc.array(prose, { minLength: 250, maxLength: 900, size: 'max' }), fc.array(fc.oneof(metaLine, longLine), { maxLength: 60, size: 'max' }), fc.constantFrom('\n', '\r\n'))
      .map(([bom, head, body, tail, sep]) => (bom ? '\uFEFF' : '') + [...head, ...body, ...tail].join(sep));
    let shortened = 0;
    fc.assert(
      fc.property(article, (t) => {
        const edges = edgesOnly(t);
        if (edges !== undefined) {
          shortened++;
          assert.ok(edges.length < t.length);
          assert.deepStrictEqual(extractMeta(edges, 'text'), extractMeta(t, 'text'));
        }
      }),
      { numRuns: 400 },
    );
    // most of the texts made are long: the comparison above must have been made
    assert.ok(shortened > 150, `shortened ${shortened} of 400`);
  });

  it('keep a text whole when leaving out its middle could change what is read', () => {
    const lines = (n: number, text: (i: number) => string): string => Array.from({ length: n }, (_, i) => text(i)).join('\n');
    // few line breaks: read whole, whatever its length
    assert.strictEqual(edgesOnly(lines(60, () => 'y'.repeat(400))), undefined);
    // a head without two lines of text: the title is looked for further down
    assert.strictEqual(edgesOnly(lines(40, () => '') + '\n' + lines(2000, (i) => `Paragraph ${i} of the report.`)), undefined);
    // else: the first 40 lines, blank lines, and exactly the last 8,000 characters
    const long = lines(2000, (i) => `Paragraph ${i} of the report.`);
    const edges = edgesOnly(long) ?? '';
    assert.ok(edges.startsWith(`${lines(40, (i) => `Paragraph ${i} of the report.`)}\n\n`));
    assert.ok(edges.endsWith(`\n${long.slice(-8000)}`));
    assert.strictEqual(edges.length, long.indexOf('Paragraph 40 ') + 81 + 8000);
  });
});
