import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/cli';
import { analyzeArticle, type ArticleAnalysis } from '../../src/core';

/** A sanity bound, not a speed test: speed is measured by the bench. */
const BOUND_MS = 60_000;

/** A small deterministic generator, so that a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** An offset that does not cut a surrogate pair in two. */
const onBoundary = (text: string, i: number): boolean => i <= 0 || i >= text.length || !(isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i)));

/** Analyses the text and checks that every span the engine reports lies inside it, at the right place. */
function analyseChecked(text: string): ArticleAnalysis {
  const started = Date.now();
  const a = analyzeArticle(text);
  const took = Date.now() - started;
  assert.ok(took < BOUND_MS, `analysis took ${took} ms`);
  for (const q of a.quotes) {
    assert.ok(Number.isInteger(q.start) && Number.isInteger(q.end), 'integer offsets');
    assert.ok(q.start >= 0 && q.start <= q.end && q.end <= text.length, `quote ${q.start}-${q.end} inside ${text.length}`);
    assert.equal(text.slice(q.start, q.end), q.text, 'quote text is the text at its offsets');
    assert.ok(q.openMark >= 0 && q.openMark <= q.start, 'opening mark before the content');
    if (q.closeMark !== undefined) assert.ok(q.closeMark >= q.end && q.closeMark < text.length, 'closing mark after the content');
    assert.ok(onBoundary(text, q.start) && onBoundary(text, q.end), 'no surrogate pair cut in two');
    if (q.cue) assert.ok(q.cue.start >= 0 && q.cue.start <= q.cue.end && q.cue.end <= text.length, `cue ${q.cue.start}-${q.cue.end} inside the text`);
  }
  for (const c of a.claims) {
    assert.ok(c.start >= 0 && c.start <= c.end && c.end <= text.length, `claim ${c.start}-${c.end} inside ${text.length}`);
    assert.ok(onBoundary(text, c.start) && onBoundary(text, c.end), 'no surrogate pair cut in two');
  }
  return a;
}

const SENTENCE = '"We will finish the bridge by May," the mayor, Ann Holt, said on Tuesday. ';
const ORDINARY = 'Bridge delayed\nBy Jane Doe\n\n"We will finish the bridge by May," the mayor, Ann Holt, said on Tuesday.\n\nThe council disagreed. "That is not possible," said Tom Reyes, a councillor.\n';

/** Builds the hostile articles once: name → text. */
function hostileTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  // 5 MB with no line end at all
  texts.set('single-line.txt', SENTENCE.repeat(Math.ceil((5 * 1024 * 1024) / SENTENCE.length)));
  texts.set('straight-marks.txt', '"'.repeat(100_000));
  texts.set('curly-marks.txt', '\u201c\u201d'.repeat(25_000) + '\u2018\u2019'.repeat(25_000));
  const random = prng(7);
  const storm = ['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '\u2039', '\u203a', '`', ' said Ann', '\n', ' ', 'x'];
  let s = '';
  while (s.length < 200_000) s += storm[Math.floor(random() * storm.length)];
  texts.set('unbalanced-storm.txt', s);
  texts.set('openers-only.txt', ('\u201cShe said ').repeat(20_000));
  texts.set('closers-only.txt', ('he said.\u201d ').repeat(20_000));
  // 10,000 levels: double and single marks alternate, as nested quotes are written
  texts.set('nested.txt', `Ann said ${'\u201c\u2018'.repeat(5_000)}deep${'\u2019\u201d'.repeat(5_000)} and left.\n`);
  texts.set('nested-straight.txt', `Ann said ${'"\''.repeat(5_000)}deep${'\'"'.repeat(5_000)} and left.\n`);
  texts.set('mixed-line-ends.txt', ORDINARY.split('\n').map((line, i) => line + (i % 2 ? '\r\n' : '\n')).join('') + '\r\r\n\n\r'.repeat(1000) + SENTENCE);
  texts.set('bom.txt', `\ufeff${ORDINARY}`);
  texts.set('rtl.txt', `\u05d7\u05d3\u05e9\u05d5\u05ea\n\n\u201c\u05e0\u05e1\u05d9\u05d9\u05dd \u05d1\u05de\u05d0\u05d9,\u201d \u05d0\u05de\u05e8\u05d4 \u05d4\u05e8\u05d0\u05e9\u05d4. \u00ab\u0633\u0646\u0646\u062a\u0647\u064a \u0642\u0631\u064a\u0628\u0627\u00bb \u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631. \u202e"evil" said Ann\u202c and \u2067"isolated," he said\u2069.\n`);
  texts.set('zero-width.txt', ORDINARY.replace(/ /g, ' \u200b').replace(/a/g, 'a\u200d').replace(/e/g, '\u2060e\ufeff'));
  texts.set('astral.txt', `\ud83d\udcf0 News\n\n"\ud835\udc00\ud835\udc01 \ud83d\ude00 we will \ud83d\ude80 win," said \ud835\udc00nn Holt \ud83c\uddfa\ud83c\udde6. ${'\ud83d\ude00"'.repeat(5_000)}\n`);
  return texts;
}

/** Not valid UTF-16: only reachable through the engine's API (a file would be decoded with replacement characters). */
const LONE_SURROGATES = `"\ud800 we will \udc00 see," said Ann. "\udfff"\n`;

describe('hostile articles', function () {
  this.timeout(10 * BOUND_MS);
  const texts = hostileTexts();

  for (const [name, text] of texts) {
    it(`${name}: analysis completes with every span inside the text`, () => {
      analyseChecked(text);
    });
  }

  it('lone surrogates: analysis completes with every span inside the text', () => {
    analyseChecked(LONE_SURROGATES);
  });

  it('a 5 MB single line finds the quotes of every repeated sentence', () => {
    const text = texts.get('single-line.txt')!;
    const a = analyseChecked(text);
    const expected = Math.ceil((5 * 1024 * 1024) / SENTENCE.length);
    const found = a.quotes.filter((q) => q.text === 'We will finish the bridge by May,' || q.text === 'We will finish the bridge by May');
    assert.equal(found.length, expected);
  });

  it('a BOM, CRLF line ends and zero-width characters leave offsets on the stored text', () => {
    for (const name of ['bom.txt', 'mixed-line-ends.txt', 'zero-width.txt']) {
      const text = texts.get(name)!;
      const a = analyseChecked(text);
      assert.ok(a.quotes.length >= 2, `${name}: the quotes are still found`);
    }
    const bom = analyseChecked(texts.get('bom.txt')!);
    const plain = analyzeArticle(ORDINARY);
    assert.deepEqual(
      bom.quotes.map((q) => [q.start - 1, q.end - 1, q.text]),
      plain.quotes.map((q) => [q.start, q.end, q.text]),
      'the BOM shifts every offset by exactly one',
    );
  });

  describe('in one CLI run', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-hostile-'));
      for (const [name, text] of texts) fs.writeFileSync(path.join(dir, name), text);
      fs.writeFileSync(path.join(dir, 'ordinary.txt'), ORDINARY);
      // A PNG header and NUL bytes under a .txt name, and bytes that are not UTF-8.
      fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      fs.writeFileSync(path.join(dir, 'invalid-utf8.txt'), Buffer.concat([Buffer.from('"Hello," she said. '), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0, 0xa1]), Buffer.from(' end\n')]));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('binary and invalid UTF-8 files get one stderr line each; every other article is analysed, the ordinary one as if alone', async () => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['analyze', '--json', dir], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
      assert.notEqual(code, 0, 'unreadable files make the exit code non-zero');
      const lines = stderr.trimEnd().split('\n');
      assert.equal(lines.length, 2, stderr);
      assert.ok(lines.some((l) => l.includes('binary.txt') && /binary/.test(l)), stderr);
      assert.ok(lines.some((l) => l.includes('invalid-utf8.txt') && /UTF-8/.test(l)), stderr);
      assert.ok(!/\n\s+at /.test(stderr), 'no stack trace');

      const articles = (JSON.parse(stdout) as { articles: { file: string; quotes: { start: number; end: number; text: string }[] }[] }).articles;
      const names = articles.map((a) => path.basename(a.file)).sort();
      assert.deepEqual(names, [...texts.keys(), 'ordinary.txt'].sort());
      for (const article of articles) {
        const text = path.basename(article.file) === 'ordinary.txt' ? ORDINARY : texts.get(path.basename(article.file))!;
        for (const q of article.quotes) assert.equal(text.slice(q.start, q.end), q.text, `${article.file}: quote offsets`);
      }

      let alone = '';
      await runCli(['analyze', '--json', path.join(dir, 'ordinary.txt')], { stdout: (t) => (alone += t), stderr: () => undefined });
      const ordinary = articles.find((a) => path.basename(a.file) === 'ordinary.txt')!;
      const single = (JSON.parse(alone) as { articles: Record<string, unknown>[] }).articles[0];
      assert.deepEqual({ ...ordinary, file: '' }, { ...single, file: '' });
    });
  });
});
