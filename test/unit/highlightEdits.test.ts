import * as assert from 'assert';
import { bundle, type Bundle } from './helpers/bundle';

interface Outcome {
  edits: number;
  mismatches: number;
  repaintedAround: number;
  first?: string;
}

/**
 * The highlighter's repaint after one edit (only what the engine read again is located; the rest
 * is moved) must paint what a paint from scratch paints, span for span and range for range.
 */
describe('highlights repainted around an edit', function () {
  this.timeout(120_000);
  let run: Bundle;
  before(async () => (run = await bundle('test/unit/helpers/paintEdits.ts', { vscodeStub: true })));
  after(() => run.dispose());

  for (const seed of [3, 17]) {
    it(`equal a fresh paint after each of 400 random edits (seed ${seed})`, () => {
      const r = run.run([String(seed), '400', '120000']);
      assert.strictEqual(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout) as Outcome;
      assert.strictEqual(out.mismatches, 0, `${out.mismatches} repaints differ from a fresh paint, first after ${out.first}`);
      assert.ok(out.repaintedAround > out.edits * 0.9, `only ${out.repaintedAround} of ${out.edits} edits were repainted around themselves`);
    });
  }
});
