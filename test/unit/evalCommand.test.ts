import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundle, type Bundle } from './helpers/bundle';

describe('eval command', function () {
  this.timeout(60000);
  let evalScript: Bundle;
  before(async () => {
    evalScript = await bundle('scripts/eval.ts');
  });
  after(() => evalScript.dispose());

  it('scores a folder of gold files that name their articles', () => {
    const result = evalScript.run(['--json', 'test/fixtures/samples-gold']);
    assert.equal(result.status, 0, result.stderr);
    const out = JSON.parse(result.stdout) as { rules: string[]; articles: { file: string; gold: number }[]; overall: { gold: number }; warnings: string[] };
    assert.deepEqual(out.articles.map((a) => a.file), [
      'samples/county-fair.txt',
      'samples/delegation.md',
      'samples/ferry-strike.md',
      'samples/festival-review.txt',
      'samples/harbour-dredging.txt',
    ]);
    assert.equal(out.overall.gold, out.articles.reduce((n, a) => n + a.gold, 0));
    assert.deepEqual(out.warnings, []);
    assert.ok(out.rules.some((r) => r.includes('80%')));
  });

  it('scores the same gold with the quotes swapped to the other convention (--swap-quotes), with no stale-offset warnings', () => {
    const result = evalScript.run(['--json', '--swap-quotes', 'test/fixtures/samples-gold']);
    assert.equal(result.status, 0, result.stderr);
    const out = JSON.parse(result.stdout) as { swapQuotes: boolean; articles: { gold: number }[]; overall: { gold: number; truePositives: number }; warnings: string[] };
    assert.equal(out.swapQuotes, true);
    assert.equal(out.articles.length, 5);
    assert.deepEqual(out.warnings, []);
    assert.ok(out.overall.truePositives > out.overall.gold * 0.9);
  });

  it('scores the same gold hard-wrapped (--wrap 60), the offsets kept, and refuses a width under 20', () => {
    const result = evalScript.run(['--json', '--wrap', '60', 'test/fixtures/heldout-styles-21']);
    assert.equal(result.status, 0, result.stderr);
    const out = JSON.parse(result.stdout) as { wrap: number; overall: { gold: number; truePositives: number }; warnings: string[] };
    assert.equal(out.wrap, 60);
    assert.deepEqual(out.warnings, []);
    assert.ok(out.overall.truePositives > out.overall.gold * 0.9);
    assert.equal(evalScript.run(['--wrap', '8', 'test/fixtures/heldout-styles-21']).status, 2);
  });

  it('reads the gold/ + seeds/ layout and warns about stale offsets', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-eval-'));
    try {
      fs.mkdirSync(path.join(dir, 'gold'));
      fs.mkdirSync(path.join(dir, 'seeds'));
      fs.writeFileSync(path.join(dir, 'seeds', 'a.txt'), 'Title\n\n"Hello there," Ann Lee said.\n');
      fs.writeFileSync(
        path.join(dir, 'gold', 'a.yaml'),
        'file: a.txt\nquotes:\n  - {start: 8, end: 20, text: "Hello there,", speaker: Ann Lee, kind: speech}\n  - {start: 0, end: 3, text: "nope", speaker: null, kind: scare, lenient: true}\n',
      );
      const result = evalScript.run([dir]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^a\.txt\s+1\s/m);
      assert.match(result.stdout, /warning: a\.yaml: gold text at 0-3 differs from the article/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const [what, args] of [
    ['no folder', []],
    ['a missing folder', ['no/such/folder']],
    ['a folder without gold', ['src/cli']],
    ['an unknown option', ['--nope', 'test/fixtures/samples-gold']],
  ] as const) {
    it(`exits 2 for ${what}`, () => {
      const result = evalScript.run([...args]);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /usage: eval/);
    });
  }
});
