import * as assert from 'assert';
import { bundle, type Bundle } from './helpers/bundle';

/**
 * Typing in a long open article: the index keeps its text in the pieces the keystrokes made
 * (EditedText), and nothing on a keystroke's way (the change handler, the edit's analysis, the
 * highlighter) may read all of it: joining it copies the whole article, every keystroke.
 */
describe('typing in a long open article', function () {
  this.timeout(120_000);
  let run: Bundle;
  let activated: Bundle;
  before(async () => {
    run = await bundle('test/unit/helpers/typingOpenArticle.ts', { vscodeStub: true });
    activated = await bundle('test/unit/helpers/typingActivated.ts', { vscodeStub: true });
  });
  after(() => {
    run.dispose();
    activated.dispose();
  });

  it('never joins the article text while typing, and the index holds the editor text afterwards', () => {
    const r = run.run(['200000', '12']);
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { joinsWhileTyping: number; current: boolean };
    assert.strictEqual(out.joinsWhileTyping, 0, `the text was joined ${out.joinsWhileTyping} times in 12 keystrokes`);
    assert.ok(out.current);
  });

  it('with the whole extension active, pausing after each letter, nothing joins the text either', () => {
    // (the pause lets the index's debounced change event, and all that follows it, run between letters)
    const r = activated.run(['200000', '6', '120']);
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { joins: number };
    assert.strictEqual(out.joins, 0, `the text was joined ${out.joins} times in 6 keystrokes`);
  });
});
