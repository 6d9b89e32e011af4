import * as assert from 'assert';
import { ProbeFilter, words } from '../../src/core/quotes/echoes';

const whole = (s: string): [string, number, number] => [s, 0, s.length];

describe('echo probe filter', () => {
  const filter = (...probes: string[]) => ProbeFilter.of(probes.map((p) => words(p))) as ProbeFilter;

  it('passes a quote holding every word of a probe, in any case and order', () => {
    assert.strictEqual(filter('we will rebuild').mayHoldProbe(...whole('They said: Rebuild, WE WILL.')), true);
    assert.strictEqual(filter('no such words', 'the pier is safe').mayHoldProbe(...whole('I think the pier is safe now')), true);
  });

  it('passes over a quote missing a word, or holding it only inside a longer word', () => {
    assert.strictEqual(filter('we will rebuild').mayHoldProbe(...whole('We will wait.')), false);
    assert.strictEqual(filter('we will rebuild').mayHoldProbe(...whole('Weld, willow, rebuilding')), false);
  });

  it("reads only the quote's own range of the text", () => {
    const text = 'we will rebuild, she said: \u201cWe will wait.\u201d';
    const start = text.indexOf('We');
    assert.strictEqual(filter('we will rebuild').mayHoldProbe(text, start, text.indexOf('\u201d')), false);
    assert.strictEqual(filter('we will rebuild').mayHoldProbe(text, 0, text.length), true);
  });

  it('passes any quote with a letter beyond ASCII, whose lowercase it does not work out', () => {
    assert.strictEqual(filter('we will rebuild').mayHoldProbe(...whole('Straße')), true);
    assert.strictEqual(filter('we will rebuild').mayHoldProbe(...whole('\u212a')), true);
    assert.strictEqual(filter('we will rebuild').mayHoldProbe(...whole('\u201cnothing\u201d \u2014 here')), false);
  });

  it('passes over a quote that holds only probes already dropped', () => {
    const two = filter('we will rebuild', 'the pier is safe');
    two.drop(0);
    assert.strictEqual(two.mayHoldProbe(...whole('We will rebuild it.')), false);
    assert.strictEqual(two.mayHoldProbe(...whole('The pier is safe.')), true);
  });

  it('gives up on more distinct probe words than it has bits for', () => {
    const many = Array.from({ length: 12 }, (_, i) => `w${i}a w${i}b w${i}c`);
    assert.strictEqual(ProbeFilter.of(many.map((p) => words(p))), undefined);
  });
});
