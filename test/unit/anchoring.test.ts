import * as assert from 'node:assert/strict';
import { captureTarget, MIN_FUZZY_QUALITY, MIN_FUZZY_SCORE, reanchor, reanchorAll } from '../../src/core/annotations/anchoring';
import { approximateMatches, editDistance } from '../../src/core/annotations/approximateSearch';
import { normalizedView } from '../../src/core/annotations/normalizedText';

const ARTICLE = [
  'MOSCOW — The foreign minister spoke to reporters on Tuesday after the talks.',
  '"Sanctions have failed to achieve any of their stated goals," Sergey Lavrov said.',
  'He added that the ministry would publish its own figures next week.',
  'Analysts were sceptical. "The numbers do not add up," said Ana Ortiz of the institute.',
].join('\n');

/** mulberry32: a small deterministic generator, so the test text is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function targetOf(text: string, phrase: string, occurrence = 0) {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) at = text.indexOf(phrase, at + 1);
  assert.ok(at >= 0, `phrase not in text: ${phrase}`);
  return captureTarget(text, at, at + phrase.length);
}

describe('anchoring', () => {
  const quote = 'Sanctions have failed to achieve any of their stated goals';

  it('captures the text with up to 32 characters of context on each side', () => {
    const t = targetOf(ARTICLE, quote);
    assert.equal(t.exact, quote);
    assert.equal(t.prefix.length, 32);
    assert.ok(ARTICLE.slice(0, t.start).endsWith(t.prefix));
    assert.ok(ARTICLE.slice(t.end).startsWith(t.suffix));
    assert.equal(captureTarget('short', 0, 5).prefix, '');
  });

  it('exact: the text is still at its offsets', () => {
    const t = targetOf(ARTICLE, quote);
    assert.deepEqual(reanchor(t, ARTICLE), { status: 'exact', start: t.start, end: t.end, score: 1 });
  });

  it('moved: text inserted above shifts it', () => {
    const t = targetOf(ARTICLE, quote);
    const edited = 'UPDATED with a correction. ' + ARTICLE;
    const r = reanchor(t, edited);
    assert.equal(r.status, 'moved');
    assert.equal(edited.slice(r.start, r.end), quote);
    assert.equal(r.start, t.start + 27);
  });

  it('fuzzy: a typo fixed inside the text, above the threshold', () => {
    const t = targetOf(ARTICLE, quote);
    const edited = ARTICLE.replace('achieve any', 'achieve a single one');
    const r = reanchor(t, edited);
    assert.equal(r.status, 'fuzzy');
    assert.ok(r.score >= MIN_FUZZY_SCORE);
    assert.equal(edited.slice(r.start, r.end), 'Sanctions have failed to achieve a single one of their stated goals');
  });

  it('fuzzy: a one-letter spelling fix in a short phrase', () => {
    const text = 'The spokesman, Robin Hale, declined to comment on the report.';
    const t = targetOf(text, 'Robin Hale');
    const r = reanchor(t, 'The spokesman, Robyn Hale, declined to comment on the report.');
    assert.equal(r.status, 'fuzzy');
    assert.deepEqual([r.start, r.end], [15, 25]);
  });

  it('orphan: the annotated sentence was deleted', () => {
    const t = targetOf(ARTICLE, quote);
    const edited = ARTICLE.replace(/"Sanctions[^\n]*\n/, '');
    assert.equal(reanchor(t, edited).status, 'orphan');
  });

  it('orphan rather than the same short word somewhere else with other context', () => {
    const text = 'Robin Hale, the spokesman, declined to comment. Later that day the ministry issued a statement.';
    const t = targetOf(text, 'Robin');
    const edited = 'The spokesman declined to comment. Later that day Robin from accounts issued a statement.';
    const r = reanchor(t, edited);
    assert.equal(r.status, 'orphan');
  });

  it('orphan rather than similar-looking but different text', () => {
    const t = targetOf('The Finnish leader Linus Berg spoke.', 'Linus');
    assert.equal(reanchor(t, 'Exports of machines to China rose.').status, 'orphan');
  });

  it('duplicated paragraph: prefix and suffix pick the right copy', () => {
    const para = '"We will respond in kind," the minister said.';
    const text = `First, on trade:\n${para}\nThen, on energy:\n${para}\nEnd.`;
    const t = targetOf(text, 'We will respond in kind', 1);
    // The first paragraph is rewritten slightly, which moves the second copy.
    const edited = text.replace('First, on trade:', 'First, on trade and tariffs:');
    const r = reanchor(t, edited);
    assert.equal(r.status, 'moved');
    assert.equal(r.start, edited.lastIndexOf('We will respond in kind'));
  });

  it('copies with the same context: the one nearest the old position', () => {
    const para = 'The talks ended without agreement. ';
    const text = para.repeat(3);
    const t = targetOf(text, 'without agreement', 1);
    const edited = 'Breaking: ' + text;
    const r = reanchor(t, edited);
    assert.equal(r.status, 'moved');
    assert.equal(r.start, t.start + 10);
  });

  it('CRLF: a file re-saved with Windows line breaks still matches, at the new offsets', () => {
    const t = targetOf(ARTICLE, 'He added that the ministry');
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const r = reanchor(t, crlf);
    assert.equal(r.status, 'moved');
    assert.equal(crlf.slice(r.start, r.end), 'He added that the ministry');
  });

  it('CRLF inside the annotated text', () => {
    const text = 'Intro.\r\nFirst line\r\nsecond line.\r\nOutro.';
    const t = captureTarget(text, 8, 32);
    assert.equal(t.exact, 'First line\nsecond line.');
    assert.equal(reanchor(t, text).status, 'exact');
    const lf = text.replace(/\r\n/g, '\n');
    const r = reanchor(t, lf);
    assert.equal(r.status, 'moved');
    assert.equal(lf.slice(r.start, r.end), 'First line\nsecond line.');
  });

  it('NFC/NFD: decomposed accents match a target captured from composed text', () => {
    const nfc = 'Le ministre a déclaré que la décision était définitive.';
    const t = targetOf(nfc, 'la décision était définitive');
    const nfd = nfc.normalize('NFD');
    assert.notEqual(nfd.length, nfc.length);
    const r = reanchor(t, nfd);
    assert.ok(r.status === 'moved' || r.status === 'exact');
    assert.equal(nfd.slice(r.start, r.end).normalize('NFC'), 'la décision était définitive');
    // Capturing from NFD stores NFC, and finds it in place.
    const fromNfd = captureTarget(nfd, r.start, r.end);
    assert.equal(fromNfd.exact, 'la décision était définitive');
    assert.equal(reanchor(fromNfd, nfd).status, 'exact');
  });

  it('astral characters: offsets never split a surrogate pair', () => {
    const text = 'Fans wrote 🎉🎉 "what a result 🏆" on the club page.';
    const t = targetOf(text, 'what a result 🏆');
    const edited = '👍 ' + text;
    const r = reanchor(t, edited);
    assert.equal(r.status, 'moved');
    assert.equal(edited.slice(r.start, r.end), 'what a result 🏆');
    // A capture that starts in the middle of a pair snaps to the whole character.
    const inside = text.indexOf('🏆') + 1;
    const snapped = captureTarget(text, inside, inside + 1);
    assert.equal(snapped.exact, '🏆');
    const typo = reanchor(t, edited.replace('what a', 'wat a'));
    assert.equal(typo.status, 'fuzzy');
    assert.ok(typo.end <= edited.length && !/^[\udc00-\udfff]/.test(edited.slice(typo.start)));
  });

  it('reanchorAll gives one result per target, in order', () => {
    const targets = [targetOf(ARTICLE, quote), targetOf(ARTICLE, 'Ana Ortiz')];
    const results = reanchorAll(targets, 'New lede.\n' + ARTICLE);
    assert.deepEqual(results.map((r) => r.status), ['moved', 'moved']);
  });

  it('a long annotation with scattered edits is found with the windowed search', () => {
    const random = seeded(42);
    const words = Array.from({ length: 4000 }, () => `w${Math.floor(random() * 5000)}`).join(' ');
    const start = 10000;
    const t = captureTarget(words, start, start + 600);
    const chars = [...words];
    for (let i = start + 50; i < start + 600; i += 97) chars[i] = '#';
    const edited = 'XYZ '.repeat(50) + chars.join('');
    const r = reanchor(t, edited);
    assert.equal(r.status, 'fuzzy');
    assert.ok(Math.abs(r.start - (start + 200)) <= 2, `start ${r.start}`);
    assert.ok(1 - editDistance(edited.slice(r.start, r.end), t.exact) / t.exact.length >= MIN_FUZZY_QUALITY);
  });
});

describe('anchoring on a 1 MB article', function () {
  this.timeout(30_000);
  const random = seeded(1);
  const vocabulary = Array.from({ length: 3000 }, () => Array.from({ length: 2 + Math.floor(random() * 8) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(''));
  const parts: string[] = [];
  for (let length = 0; length < 1_000_000; ) {
    const w = vocabulary[Math.floor(random() * vocabulary.length)] + (random() < 0.08 ? '.\n' : ' ');
    parts.push(w);
    length += w.length;
  }
  const text = parts.join('');
  const at = 600_000;
  const short = captureTarget(text, at, at + 24);
  const long = captureTarget(text, at, at + 400);
  const shifted = 'An inserted first paragraph.\n' + text;
  const cut = shifted.slice(0, at + 20) + shifted.slice(at + 29 + 420);
  let typos = shifted;
  for (let i = at + 40; i < at + 420; i += 40) typos = typos.slice(0, i) + '#' + typos.slice(i + 1);

  /** Every case stays linear: a full scan of the megabyte is tens of milliseconds, never seconds. */
  const cases: [string, () => ReturnType<typeof reanchor>, string, number][] = [
    ['moved (24 chars)', () => reanchor(short, shifted), 'moved', 500],
    ['fuzzy (400 chars, 10 typos)', () => reanchor(long, typos), 'fuzzy', 2000],
    ['orphan (24 chars, full approximate scan)', () => reanchor(short, cut), 'orphan', 1000],
    ['orphan (400 chars, piece scans)', () => reanchor(long, cut), 'orphan', 3000],
    ['moved in a CRLF copy (view built)', () => reanchor(long, shifted.replace(/\n/g, '\r\n')), 'moved', 2000],
  ];
  for (const [name, run, status, limitMs] of cases) {
    it(`${name} within ${limitMs} ms`, () => {
      const started = performance.now();
      const r = run();
      const elapsed = performance.now() - started;
      assert.equal(r.status, status);
      assert.ok(elapsed < limitMs, `${elapsed.toFixed(0)} ms`);
      if (process.env.ANCHOR_TIMING) console.log(`      ${name}: ${elapsed.toFixed(1)} ms`);
    });
  }
});

describe('approximate search', () => {
  it('finds a pattern with edits and reports the distance', () => {
    const text = 'the quick brown fox jumps over the lazy dog';
    const [m] = approximateMatches('quikc brown', text, 3, 0);
    assert.equal(text.slice(m.start, m.end), 'quick brown');
    assert.equal(m.errors, editDistance('quikc brown', 'quick brown'));
  });

  it('agrees with plain edit distance for a pattern longer than one 32-bit block', () => {
    const pattern = 'a fairly long sentence that needs more than one machine word to search';
    const text = 'prefix text ' + pattern.replace('needs', 'requires').replace('word', 'words') + ' suffix text';
    const [m] = approximateMatches(pattern, text, 17, 12);
    assert.ok(m);
    assert.equal(m.errors, editDistance(pattern, text.slice(m.start, m.end)));
    assert.ok(m.errors <= 8);
  });

  it('maps view offsets back to the stored text', () => {
    const raw = 'a\r\nb e\u0301 c';
    const view = normalizedView(raw);
    assert.equal(view.text, 'a\nb é c');
    assert.equal(view.rawStart(2), 3);
    assert.equal(view.rawEnd(5), 7);
    assert.equal(view.fromRaw(3), 2);
  });
});
