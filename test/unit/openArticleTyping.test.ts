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
  let intoName: Bundle;
  let decorations: Bundle;
  before(async () => {
    run = await bundle('test/unit/helpers/typingOpenArticle.ts', { vscodeStub: true });
    activated = await bundle('test/unit/helpers/typingActivated.ts', { vscodeStub: true });
    intoName = await bundle('test/unit/helpers/typingIntoName.ts', { vscodeStub: true });
    decorations = await bundle('test/unit/helpers/typingDecorations.ts', { vscodeStub: true });
  });
  after(() => {
    run.dispose();
    activated.dispose();
    intoName.dispose();
    decorations.dispose();
  });

  it('never joins the article text while typing, copies no analysis on the first keystroke, and the index holds the editor text afterwards', () => {
    const r = run.run(['200000', '12']);
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { joinsWhileTyping: number; current: boolean; firstInPlace: boolean };
    assert.strictEqual(out.joinsWhileTyping, 0, `the text was joined ${out.joinsWhileTyping} times in 12 keystrokes`);
    assert.ok(out.current);
    assert.ok(out.firstInPlace, 'the first keystroke copied the whole analysis');
  });

  it('an article indexed closed and then opened: the first keystroke copies no analysis either', () => {
    const r = run.run(['200000', '4', 'open-later']);
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { joinsWhileTyping: number; current: boolean; firstInPlace: boolean };
    assert.ok(out.firstInPlace, 'the first keystroke copied the whole analysis');
    assert.ok(out.current);
  });

  it('a letter sends the editor only the kinds of highlight it changed, and what the editor keeps matches what is painted', () => {
    const r = decorations.run(['60000', '60', '6']);
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { kinds: number; perLetter: number; perLineBreak: number; lineBreaks: number; mismatches: string[] };
    assert.deepStrictEqual(out.mismatches, []);
    // a letter touches one line: a few kinds at most; a line break moves every range after it
    assert.ok(out.perLetter < out.kinds / 2, `setDecorations calls per letter: ${out.perLetter} of ${out.kinds} kinds`);
    assert.strictEqual(out.lineBreaks, 6);
    assert.ok(out.perLineBreak > out.kinds / 2, `setDecorations calls per line break: ${out.perLineBreak} of ${out.kinds} kinds`);
  });

  it('in a long article the editor is sent only the ranges near the lines it shows, while typing and after scrolling', () => {
    const r = decorations.run(['600000', '40', '4', '1000']);
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { total: number; mostPerCall: number; mostMarksPerCall: number; mostMadePerLineBreak: number; windowed: boolean; rulerChecks: number; mismatches: string[] };
    assert.ok(out.windowed);
    // (the ruler of each kind is checked after every keystroke: marks where its highlights are, and nowhere else)
    assert.ok(out.rulerChecks > 40, `ruler checks: ${out.rulerChecks}`);
    assert.ok(out.mostMarksPerCall > 0 && out.mostMarksPerCall <= 1000, `the most ruler marks in one call: ${out.mostMarksPerCall}`);
    assert.deepStrictEqual(out.mismatches, []);
    assert.ok(out.total > 5000, `ranges painted: ${out.total}`);
    assert.ok(out.mostPerCall < out.total / 10, `the most ranges sent in one call: ${out.mostPerCall} of ${out.total}`);
    // a line break moves every range below it a line down: only those sent are made anew
    assert.ok(out.mostMadePerLineBreak < out.total / 10, `ranges made by one line break: ${out.mostMadePerLineBreak} of ${out.total}`);
  });

  it('with the whole extension active, pausing after each letter, nothing joins the text either', () => {
    // (the pause lets the index's debounced change event, and all that follows it, run between letters)
    const r = activated.run(['200000', '6', '120']);
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { joins: number };
    assert.strictEqual(out.joins, 0, `the text was joined ${out.joins} times in 6 keystrokes`);
  });

  it("a letter typed into a speaker's name keeps the corpus index until typing pauses, then it is made again", () => {
    // (rebuilt over every article of the workspace, it would cost a large one more than the keystroke)
    const r = intoName.run(['200000', '8']);
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { renamed: number; rebuildsWhileTyping: number; rebuildsAfterPause: number; fresh: boolean };
    assert.ok(out.renamed >= 2, `keystrokes that changed a speaker's name: ${out.renamed} of 8`);
    assert.strictEqual(out.rebuildsWhileTyping, 0);
    assert.ok(out.rebuildsAfterPause >= 1, 'the index is made again after the pause');
    assert.ok(out.fresh, 'after the pause, speakers are named by the new index');
  });
});
