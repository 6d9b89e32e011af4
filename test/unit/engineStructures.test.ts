import * as assert from 'node:assert/strict';
import { analyzeWithEntities } from '../../src/core/analyze';
import type { AttributedQuote } from '../../src/core/attributeQuotes';
import { MentionLog } from '../../src/core/mentionLog';
import { EntityRegistry, type Entity } from '../../src/core/entities';
import { buildSpeakers } from '../../src/core/speakerList';
import { copyCharCodes } from '../../src/core/chars';
import { loadTextCodes, rangeCodesOf, releaseTokenCodes, tokenCodesCapacity, tokenize, tokenizeRanges } from '../../src/core/tokens';
import { HASH_SEED, hashStep, internWord } from '../../src/core/wordTable';

function codesOf(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}

/** internWord for text[start, end), its hash computed as the tokenizer does. */
function intern(text: string, start = 0, end = text.length) {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return internWord(text, codesOf(text), start, end, hash);
}

describe('word table', () => {
  it('gives one set of facts per spelling, wherever the word stands', () => {
    const a = intern('Minister', 0, 8);
    const b = intern('the Minister said', 4, 12);
    assert.equal(a, b);
    assert.equal(a.text, 'Minister');
    assert.equal(a.lower, 'minister');
    assert.ok(a.capitalized);
    assert.notEqual(intern('minister'), a);
  });

  it('tells apart spellings whose hashes collide', () => {
    // "Aa" and "BB" share a polynomial hash (31 * 65 + 97 = 31 * 66 + 66)
    assert.equal(hashStep(hashStep(HASH_SEED, 65), 97), hashStep(hashStep(HASH_SEED, 66), 66));
    const aa = intern('Aa');
    const bb = intern('BB');
    assert.notEqual(aa, bb);
    assert.equal(aa.text, 'Aa');
    assert.equal(bb.text, 'BB');
    assert.equal(intern('x Aa', 2, 4), aa);
  });

  it('stays right past its bound on distinct words, and for a very long word', () => {
    const words: string[] = [];
    for (let k = 0; k < 70000; k++) words.push(`w${k.toString(36)}q`);
    for (const w of words) assert.equal(intern(w).text, w);
    assert.equal(intern(words[0]).text, words[0]);
    const long = 'x'.repeat(100000);
    assert.equal(intern(long).text, long);
    assert.equal(intern(long).text.length, 100000);
  });

  it('keeps no number written with thousands separators: each is read anew, all with one word info, as the table would give it', () => {
    const tokens = tokenize('Sales rose from 12,500 to 13,750. About 2,000,000 came.', 0, 54, []);
    const numbers = tokens.filter((t) => /^\d/.test(t.text));
    assert.deepEqual(numbers.map((t) => t.text), ['12,500', '13,750', '2,000,000']);
    assert.equal(numbers[0].info, numbers[1].info);
    assert.equal(numbers[1].info, numbers[2].info);
    // (the same facts interning would give, and a number's full stop is a mark of its own)
    assert.deepEqual({ ...numbers[1].facts }, { ...intern('13,750') });
    assert.equal(tokens[tokens.indexOf(numbers[1]) + 1].text, '.');
  });
});

describe('character codes', () => {
  it('are copied at their indexes for every range, four at a time or one by one, and nothing outside it', () => {
    const text = 'a\u00e9\u201c\ud83d\ude00 b.c,d\u2019e';
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) {
        const codes = new Uint16Array(text.length + 1).fill(7);
        copyCharCodes(text, codes, from, to);
        for (let i = 0; i <= text.length; i++) assert.equal(codes[i], i >= from && i < to ? text.charCodeAt(i) : 7, `${from}-${to} at ${i}`);
      }
    }
  });
});

describe('tokenize', () => {
  it('reads each token from the text, a quote collapsed into one', () => {
    const text = 'Dr. Jane Smith said: “We won’t stop,” adding -- calmly -- that U.S. aid is due.';
    const open = text.indexOf('“');
    const close = text.indexOf('”');
    const tokens = tokenize(text, 0, text.length, [{ index: 3, openMark: open, closeMark: close }]);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    assert.deepEqual(
      tokens.map((t) => t.text),
      ['Dr.', 'Jane', 'Smith', 'said', ':', '“We won’t stop,”', 'adding', '--', 'calmly', '--', 'that', 'U.S.', 'aid', 'is', 'due', '.'],
    );
    const quote = tokens[5];
    assert.equal(quote.kind, 'quote');
    assert.equal(quote.quote, 3);
    assert.equal(tokens[0].quote, undefined);
    assert.equal(tokens[4].kind, 'punct');
  });

  it('tokenizes ranges as tokenize does each of them', () => {
    const text = 'Ola Berg spoke. Then “Yes,” she said. Done!';
    const ranges = [
      { start: 0, end: 15 },
      { start: 16, end: 37 },
      { start: 38, end: text.length },
    ];
    const quotes = [{ index: 0, openMark: text.indexOf('“'), closeMark: text.indexOf('”') }];
    const each = ranges.map((r) => tokenize(text, r.start, r.end, quotes).map((t) => [t.text, t.start, t.kind]));
    assert.deepEqual(
      tokenizeRanges(text, ranges, quotes).map((ts) => ts.map((t) => [t.text, t.start, t.kind])),
      each,
    );
  });

  it('hands its characters on only for the text and the range it last loaded, whatever tokenize reads in between', () => {
    const text = 'Ola Berg spoke. Then she left.';
    tokenizeRanges(text, [{ start: 0, end: 15 }, { start: 16, end: 30 }], []);
    tokenize('Another text entirely, longer than the first one.', 0, 48, []);
    const codes = rangeCodesOf(text, 0, 30);
    assert.ok(codes);
    assert.equal(String.fromCharCode(...codes.subarray(0, 30)), text);
    assert.ok(rangeCodesOf(text, 16, 30));
    assert.equal(rangeCodesOf(text.slice(0, 29) + '!', 0, 30), undefined);
    assert.equal(rangeCodesOf(text + ' More.', 0, 36), undefined);
    // ranges inside the one loaded are read from it; another text's replace it
    assert.equal(tokenizeRanges(text, [{ start: 16, end: 30 }], [])[0].map((t) => t.text).join(' '), 'Then she left .');
    assert.ok(rangeCodesOf(text, 0, 30));
    tokenizeRanges('Another text.', [{ start: 0, end: 13 }], []);
    assert.equal(rangeCodesOf(text, 0, 30), undefined);
    assert.equal(rangeCodesOf(text, 16, 30), undefined);
  });

  it('tokenizes from the whole text loaded for an analysis as from the ranges it loads itself', () => {
    const text = 'Ann Holt said: “We will rebuild.” Then she left, in 2024.';
    const ranges = [{ start: 0, end: 33 }, { start: 34, end: text.length }];
    const quotes = [{ index: 0, openMark: 14, closeMark: 32 }];
    const own = tokenizeRanges(text, ranges, quotes).map((ts) => ts.map((t) => [t.text, t.start]));
    releaseTokenCodes();
    const codes = loadTextCodes(text);
    assert.equal(String.fromCharCode(...codes.subarray(0, text.length)), text);
    assert.deepEqual(tokenizeRanges(text, ranges, quotes).map((ts) => ts.map((t) => [t.text, t.start])), own);
    assert.equal(rangeCodesOf(text, 0, text.length), codes);
  });

  it('gives back the arrays of a text past a megabyte once its analysis is done, and keeps no hold on the text', () => {
    const text = '"The ferry runs late," said Ines Calder. Fares rose 12 percent.\n\n'.repeat(20_000);
    assert.ok(text.length > 1 << 20);
    const { analysis } = analyzeWithEntities(text);
    assert.equal(analysis.quotes.length, 20_000);
    assert.equal(rangeCodesOf(text, 0, 10), undefined);
    // (an earlier test's text below a megabyte may be kept, whatever this one did)
    assert.ok(tokenCodesCapacity() <= 1 << 20, `the arrays still hold ${tokenCodesCapacity()} characters`);
  });
});

describe('mention log', () => {
  const entity = { id: 0 } as Entity;

  it('finds the last mention before a position and the first from one', () => {
    const log = new MentionLog();
    // out of order, and more than a chunk's worth, so that chunks split
    for (let pos = 0; pos < 2000; pos += 2) log.insert({ pos: 1999 - pos, entity, full: true });
    assert.equal(log.lastBefore(0), undefined);
    assert.equal(log.lastBefore(2)?.pos, 1);
    assert.equal(log.lastBefore(1000)?.pos, 999);
    assert.equal(log.lastBefore(5000)?.pos, 1999);
    assert.equal(log.firstFrom(0)?.pos, 1);
    assert.equal(log.firstFrom(1000)?.pos, 1001);
    assert.equal(log.firstFrom(1999)?.pos, 1999);
    assert.equal(log.firstFrom(2000), undefined);
  });
});

describe('speaker mentions', () => {
  function mentionsOf(spans: { start: number; end: number }[]): { start: number; end: number }[] {
    const entity = { id: 0, name: 'Ola Berg', keys: ['ola', 'berg'], role: null, kind: 'person', aliases: new Set<string>(), mentions: spans, person: true } as Entity;
    const quote = { entity, speaker: null } as unknown as AttributedQuote;
    return buildSpeakers([quote], [], undefined)[0].mentions;
  }

  it('are in text order, each once', () => {
    assert.deepEqual(
      mentionsOf([
        { start: 5, end: 9 },
        { start: 1, end: 3 },
        { start: 5, end: 9 },
        { start: 20, end: 25 },
        { start: 1, end: 2 },
      ]),
      [
        { start: 1, end: 2 },
        { start: 1, end: 3 },
        { start: 5, end: 9 },
        { start: 20, end: 25 },
      ],
    );
  });

  it('are sorted when they arrive in reverse order too', () => {
    const spans = Array.from({ length: 1000 }, (_, k) => ({ start: 5000 - 5 * k, end: 5003 - 5 * k }));
    assert.deepEqual(mentionsOf(spans), [...spans].reverse());
  });
});

describe('name registration', () => {
  const people = (text: string) => analyzeWithEntities(text).entities.map((e) => `${e.name} (${e.role ?? 'no role'})`);

  it('splits a capitalised run at a lowercase "and", each part with its own role', () => {
    assert.deepEqual(people('Chinese Ambassador Qin Gang and Russian Ambassador Anatoly Antonov met on Monday.'), ['Qin Gang (Chinese Ambassador)', 'Anatoly Antonov (Russian Ambassador)']);
  });

  it('keeps a capitalised "AND" inside the run', () => {
    assert.deepEqual(people('Minister Karl Stenberg AND Dame Ann Vik spoke.'), ['Ann Vik (Minister Karl Stenberg AND)']);
  });

  it('lends the role of a part without a name to the next name', () => {
    assert.deepEqual(people('State Councilor and Foreign Minister Wang Yi arrived.'), ['Wang Yi (State Councilor and Foreign Minister)']);
  });
});

describe('entity registry look-backs', () => {
  it('find an organisation or a document by its kind only within a few paragraphs, so a report full of "the council said" stays linear', () => {
    const registry = new EntityRegistry();
    const police = registry.addPhrase('Tarn Police', 'organisation', { start: 0, end: 11 });
    const statement = registry.addPhrase('statement', 'document', { start: 20, end: 29 });
    // a long report after them: a speaker named every hundred characters
    for (let at = 100; at < 100_000; at += 100) registry.addPhrase('Ana Lind', 'person', { start: at, end: at + 8 });
    assert.equal(registry.recentOrganisation(['police'], 3000), police);
    assert.equal(registry.recentDocument('statement', 3000), statement);
    assert.equal(registry.recentOrganisation(['police'], 90_000), undefined);
    assert.equal(registry.recentDocument('statement', 90_000), undefined);
    assert.equal(registry.recentOrganisation(['council'], 90_000), undefined);
  });

  it('find the person "she" means only within about fifty paragraphs, so a report naming no woman stays linear', () => {
    const registry = new EntityRegistry();
    const ana = registry.addName('Ana Lind', ['ana', 'lind'], null, 'person', { start: 0, end: 8 });
    ana.gender = 'female';
    const tom = registry.addName('Tom Vik', ['tom', 'vik'], null, 'person', { start: 10, end: 17 });
    tom.gender = 'male';
    for (let at = 100; at < 100_000; at += 100) registry.mention(tom, { start: at, end: at + 7 }, true);
    assert.equal(registry.recentPerson(5000, 'female'), ana);
    assert.equal(registry.recentPerson(90_000, 'female'), undefined);
    assert.equal(registry.recentPerson(90_000, 'male'), tom);
  });

  it('credit every repeat of an echoed line, looked up once', () => {
    const line = '\u201cThe pier will open in May.\u201d\n\n';
    // the repeats come first: nothing before them lends a speaker, only the echo does
    const text = `${line.repeat(50)}\u201cThe pier will open in May,\u201d said Ana Lind.\n`;
    const quotes = analyzeWithEntities(text).analysis.quotes;
    assert.equal(quotes.length, 51);
    assert.ok(quotes.slice(0, 50).every((q) => q.speaker === 'Ana Lind' && q.rule === 'echo'), JSON.stringify(quotes.slice(0, 2)));
  });
});
