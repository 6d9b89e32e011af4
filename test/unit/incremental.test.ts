import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { seededRandom } from './helpers/seededRandom';
import { analyzeArticle, analyzeEditDetailed, analyzeForEditing, applyTextChange, editableCopy, handedOver, keptByEdit, type ArticleAnalysis, type Span, type TextChange } from '../../src/core';

const REPORT = [
  'Harbour vote delayed again',
  'Councillor Wilhelmina Osei said on Tuesday that the harbour plan would cost 40 million euros.',
  '"We cannot sign a blank cheque," Osei said. "The figures have to add up first."',
  'The port authority disagreed. Its director, Tomas Lindgren, told reporters the delay was "a gift to our competitors".',
  '"Every month we wait costs the region 2 per cent of its freight," Lindgren said.',
  'Residents were divided.',
  '"I want the jobs," said Marta Fenn, who runs a cafe on the quay. "But I also want the beach."',
  'Osei said she would table the plan again in March.',
  '"We will look at every line of it," she said.',
  'According to the authority, traffic rose by 12 per cent last year.',
  '"It is the busiest year we have had," Lindgren said.',
  'The council meets again on 4 March.',
].join('\n\n');

const full = (text: string, fileName = 'report.txt'): ArticleAnalysis => analyzeArticle(text, { fileName });

function edit(text: string, change: TextChange, fileName = 'report.txt') {
  const previous = { text, analysis: full(text, fileName) };
  const result = analyzeEditDetailed(previous, change, { fileName });
  const next = applyTextChange(text, change);
  return { result, next, expected: full(next, fileName) };
}

const at = (text: string, needle: string, offset = 0): number => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `fixture lacks ${needle}`);
  return i + offset;
};

/** What every analysis must be, however it was made. */
function assertWellFormed(a: ArticleAnalysis, text: string, markdown = false): void {
  // Markdown is read with link targets and code blanked out, offsets unchanged.
  const words = (s: { start: number; end: number; text: string }): void =>
    markdown ? assert.strictEqual(s.text.length, s.end - s.start) : assert.strictEqual(s.text, text.slice(s.start, s.end), 'text is the text at its offsets');
  let lastStart = -1;
  const groupsSeen: number[] = [];
  for (const q of a.quotes) {
    words(q);
    assert.ok(q.start >= lastStart, 'quotes in text order');
    lastStart = q.start;
    if (!groupsSeen.includes(q.group)) groupsSeen.push(q.group);
    assert.ok(q.paragraph >= 0 && q.paragraph < a.paragraphs.length);
    const p = a.paragraphs[q.paragraph];
    assert.ok(q.start >= p.start && q.start <= p.end + 1, 'a quote starts in its paragraph');
  }
  assert.deepStrictEqual(groupsSeen, groupsSeen.map((_, i) => i), 'groups numbered in order of appearance');
  a.paragraphs.forEach((p, i) => {
    assert.strictEqual(p.index, i);
    assert.ok(p.end <= text.length && (i === 0 || p.start > a.paragraphs[i - 1].end));
  });
  lastStart = -1;
  for (const c of a.claims) {
    words(c);
    assert.ok(c.start >= lastStart, 'claims in text order');
    lastStart = c.start;
  }
  for (const s of a.speakers) {
    for (const i of s.quotes) assert.strictEqual(a.quotes[i].speaker, s.name);
    for (const i of s.claims) assert.strictEqual(a.claims[i].speaker, s.name);
    assert.ok(s.quotes.length + s.claims.length > 0, 'a speaker has words');
  }
  const credited = a.quotes.filter((q) => q.speaker !== null).length;
  assert.strictEqual(a.speakers.reduce((n, s) => n + s.quotes.length, 0), credited, 'every credited quote is listed under its speaker');
}

describe('incremental analysis (analyzeEdit)', () => {
  it('a letter typed in a word re-reads only its paragraph and equals a full analysis', () => {
    const { result, next, expected } = edit(REPORT, { start: at(REPORT, 'divided', 3), end: at(REPORT, 'divided', 3), text: 'x' });
    assert.strictEqual(result.path, 'window');
    assert.strictEqual(result.settled, true);
    assert.deepStrictEqual(result.analysis, expected);
    assertWellFormed(result.analysis, next);
  });

  it('shifts everything after the edit, groups and indices included', () => {
    const start = at(REPORT, 'Harbour vote', 8);
    const { result, expected } = edit(REPORT, { start, end: start + 5, text: '' });
    assert.strictEqual(result.path, 'window');
    assert.deepStrictEqual(result.analysis.quotes, expected.quotes);
    assert.deepStrictEqual(result.analysis.speakers, expected.speakers);
    assert.deepStrictEqual(result.analysis.paragraphs, expected.paragraphs);
  });

  it('keeps what the article knew from far above when the window cannot see it', () => {
    const filler = Array.from({ length: 8 }, (_, i) => `The committee reviewed item ${i + 1} of the harbour budget without a vote.`);
    const text = ['Harbour vote', 'Councillor Wilhelmina Osei opened the session on Tuesday.', ...filler, '"We will look at every line of it," she said.', 'The council meets again on 4 March.'].join('\n\n');
    const before = full(text).quotes.find((q) => q.text.startsWith('We will'));
    assert.strictEqual(before?.speaker, 'Wilhelmina Osei', 'fixture: the pronoun reaches the name ten paragraphs up');
    const start = at(text, 'every line', 'every'.length);
    const { result, expected } = edit(text, { start, end: start, text: ' single' });
    assert.strictEqual(result.path, 'window');
    assert.deepStrictEqual(result.analysis, expected);
  });

  it('a broken reporting verb takes the speaker away, as a full analysis does', () => {
    const start = at(REPORT, 'said Marta Fenn');
    const { result, expected } = edit(REPORT, { start: start + 1, end: start + 2, text: '' });
    const quote = (a: ArticleAnalysis) => a.quotes.find((q) => q.text.startsWith('I want the jobs'));
    assert.deepStrictEqual(quote(result.analysis), quote(expected));
    assert.deepStrictEqual(result.analysis.speakers.map((s) => [s.name, s.quotes]), expected.speakers.map((s) => [s.name, s.quotes]));
  });

  it('a deleted closing mark changes the quote, as a full analysis does', () => {
    const close = at(REPORT, 'competitors".', 'competitors'.length);
    const { result, expected, next } = edit(REPORT, { start: close, end: close + 1, text: '' });
    assert.deepStrictEqual(result.analysis.quotes, expected.quotes);
    assertWellFormed(result.analysis, next);
  });

  it('a changed name is not settled: paragraphs far below may read it', () => {
    const start = at(REPORT, 'Wilhelmina Osei', 'Wilhelmina '.length + 1);
    const { result, next } = edit(REPORT, { start, end: start + 1, text: '' });
    assert.strictEqual(result.settled, false);
    assertWellFormed(result.analysis, next);
  });

  it('a new paragraph is not settled, and stays well formed', () => {
    const start = at(REPORT, 'Residents were divided.') + 'Residents were divided.'.length;
    const { result, next } = edit(REPORT, { start, end: start, text: '\n\n"Not in my name," said one.' });
    assert.strictEqual(result.settled, false);
    assertWellFormed(result.analysis, next);
  });

  it('Markdown syntax typed anywhere is analysed in full', () => {
    const md = `# Title\n\n${REPORT.split('\n\n').slice(1).join('\n\n')}`;
    const start = at(md, 'divided');
    const { result, expected } = edit(md, { start, end: start, text: '`' }, 'report.md');
    assert.strictEqual(result.path, 'full');
    assert.deepStrictEqual(result.analysis, expected);
    const prose = edit(md, { start, end: start, text: 'x' }, 'report.md');
    assert.strictEqual(prose.result.path, 'window');
    assert.deepStrictEqual(prose.result.analysis, prose.expected);
  });

  it('edits in the first lines update the title', () => {
    const { result, expected } = edit(REPORT, { start: 0, end: 'Harbour'.length, text: 'Port' });
    assert.strictEqual(result.analysis.meta.title, 'Port vote delayed again');
    assert.deepStrictEqual(result.analysis.meta, expected.meta);
  });

  it('edits near the top or the bottom of a long article read its metadata as a full analysis does', () => {
    const top = 'WORLD / PORTS\nHarbour vote delayed again\nBy Ann Holt\nPublished: 3 March 2024\n\n';
    const bottom = '\n\nSource: Coast Courier\nhttps://news.example/harbour-vote\nUpdated 2024-03-05';
    const text = top + Array.from({ length: 12 }, () => REPORT).join('\n\n') + bottom;
    const changes: TextChange[] = [
      { start: at(text, 'delayed'), end: at(text, 'delayed') + 'delayed'.length, text: 'put off' },
      { start: at(text, 'Holt'), end: at(text, 'Holt') + 1, text: 'B' },
      { start: at(text, '3 March'), end: at(text, '3 March') + 1, text: '13' },
      { start: text.indexOf('Coast'), end: text.indexOf('Coast') + 5, text: 'Bay' },
      { start: text.indexOf('2024-03-05'), end: text.indexOf('2024-03-05') + 4, text: '2025' },
    ];
    for (const change of changes) {
      const { result, expected } = edit(text, change);
      assert.strictEqual(result.path, 'window');
      assert.deepStrictEqual(result.analysis.meta, expected.meta, JSON.stringify(change));
    }
    assert.strictEqual(edit(text, changes[0]).expected.meta.title, 'Harbour vote put off again');
  });

  it('an edit analysed from an earlier result moves that result in place, and reads as an edit from a copy of it does', () => {
    const dir = path.join(__dirname, '../../../samples');
    const samples = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    // long enough that most edits leave quotes, claims and paragraphs after their window
    let text = Array.from({ length: 4 }, () => samples.join('\n\n')).join('\n\n');
    let analysis = analyzeArticle(text, { fileName: 'long.txt' });
    const random = seededRandom(7);
    let movedInPlace = 0;
    for (let i = 0; i < 40; i++) {
      const pos = random(text.length);
      const change: TextChange = random(2) === 0 ? { start: pos, end: pos + 1, text: '' } : { start: pos, end: pos, text: 'e' };
      const copy = JSON.parse(JSON.stringify(analysis)) as ArticleAnalysis;
      const before = JSON.stringify(analysis);
      const fromCopy = analyzeEditDetailed({ text, analysis: copy }, change, { fileName: 'long.txt' });
      const result = analyzeEditDetailed({ text, analysis }, change, { fileName: 'long.txt' });
      if (JSON.stringify(analysis) !== before) movedInPlace++;
      assert.strictEqual(JSON.stringify(result), JSON.stringify(fromCopy), `edit ${i}`);
      // handed over: analysed from again, it gives way to a full analysis of the text
      if (i % 10 === 0 && JSON.stringify(analysis) !== before) assert.strictEqual(analyzeEditDetailed({ text, analysis }, change, { fileName: 'long.txt' }).path, 'full');
      text = applyTextChange(text, change);
      assertWellFormed(result.analysis, text);
      analysis = result.analysis;
    }
    assert.ok(movedInPlace >= 20, `results moved in place: ${movedInPlace} of 40`);
  });

  it('an edit from an analysis it did not make leaves that analysis as it was and shares none of its objects', () => {
    const text = Array.from({ length: 4 }, () => REPORT).join('\n\n');
    const analysis = full(text);
    const before = JSON.stringify(analysis);
    const movable = (a: ArticleAnalysis): object[] => [
      ...a.quotes,
      ...a.quotes.flatMap((q) => (q.cue ? [q.cue] : [])),
      ...a.claims,
      ...a.paragraphs,
      ...a.speakers.flatMap((sp) => sp.mentions),
    ];
    const given = new Set(movable(analysis));
    // in the first paragraph: everything after it moves
    const result = analyzeEditDetailed({ text, analysis }, { start: 3, end: 3, text: 'e' }, { fileName: 'report.txt' });
    assert.strictEqual(result.path, 'window');
    assert.strictEqual(JSON.stringify(analysis), before);
    const shared = movable(result.analysis).filter((x) => given.has(x));
    assert.deepStrictEqual(shared, []);
    assertWellFormed(result.analysis, applyTextChange(text, { start: 3, end: 3, text: 'e' }));
  });

  it('typing that credits every quote and claim as before keeps the lists of them each speaker has', () => {
    const text = Array.from({ length: 4 }, () => REPORT).join('\n\n');
    const first = analyzeEditDetailed({ text, analysis: full(text) }, { start: 3, end: 3, text: 'e' }, { fileName: 'report.txt' }).analysis;
    const afterFirst = applyTextChange(text, { start: 3, end: 3, text: 'e' });
    const lists = new Map(first.speakers.map((sp) => [sp.name, { quotes: sp.quotes, claims: sp.claims }]));
    // a letter inside a quote of the second report: who said it does not change
    const pos = at(afterFirst, 'blank cheque', 2) + REPORT.length;
    const change: TextChange = { start: pos, end: pos, text: 'e' };
    const result = analyzeEditDetailed({ text: afterFirst, analysis: first }, change, { fileName: 'report.txt' });
    assert.strictEqual(result.settled, true);
    assert.deepStrictEqual(result.analysis, full(applyTextChange(afterFirst, change)));
    for (const sp of result.analysis.speakers) {
      assert.strictEqual(sp.quotes, lists.get(sp.name)?.quotes, `quotes of ${sp.name}`);
      assert.strictEqual(sp.claims, lists.get(sp.name)?.claims, `claims of ${sp.name}`);
    }
    // nor are the speakers made again: the list and each speaker stand, their mentions moved where they are
    const speakers = result.analysis.speakers.slice();
    const later = applyTextChange(afterFirst, change);
    const next = { start: at(later, 'blank cheque', 3) + 2 * REPORT.length, end: at(later, 'blank cheque', 3) + 2 * REPORT.length, text: 'e' };
    const again = analyzeEditDetailed({ text: later, analysis: result.analysis }, next, { fileName: 'report.txt' });
    assert.deepStrictEqual(again.analysis, full(applyTextChange(later, next)));
    assert.strictEqual(again.analysis.speakers, result.analysis.speakers);
    assert.ok(again.analysis.speakers.every((sp, i) => sp === speakers[i]));
  });

  it('an analysis made for editing is moved in place by its first edit, which reads as an edit from a copy of it does', () => {
    const text = Array.from({ length: 4 }, () => REPORT).join('\n\n');
    const analysis = analyzeForEditing(text, { fileName: 'report.txt' });
    assert.deepStrictEqual(analysis, full(text));
    const copy = JSON.parse(JSON.stringify(analysis)) as ArticleAnalysis;
    const change: TextChange = { start: 3, end: 3, text: 'e' };
    const fromCopy = analyzeEditDetailed({ text, analysis: copy }, change, { fileName: 'report.txt' });
    const lastQuote = analysis.quotes[analysis.quotes.length - 1];
    const result = analyzeEditDetailed({ text, analysis }, change, { fileName: 'report.txt' });
    assert.strictEqual(JSON.stringify(result), JSON.stringify(fromCopy));
    // the very objects, moved: nothing was copied
    assert.strictEqual(result.analysis.quotes[result.analysis.quotes.length - 1], lastQuote);
    assert.ok(keptByEdit(analysis, result.analysis));
    assert.strictEqual(keptByEdit(copy, result.analysis), undefined);
    assert.ok(handedOver(analysis) && !handedOver(result.analysis));
    // handed over: analysed from again, it gives way to a full analysis
    assert.strictEqual(analyzeEditDetailed({ text, analysis }, change, { fileName: 'report.txt' }).path, 'full');
  });

  it('an editable copy leaves the analysis it was made from as it was, and its first edit moves the copy in place', () => {
    const text = Array.from({ length: 4 }, () => REPORT).join('\n\n');
    const analysis = full(text);
    const before = JSON.stringify(analysis);
    const copy = editableCopy(analysis);
    assert.strictEqual(JSON.stringify(copy), before);
    const change: TextChange = { start: 3, end: 3, text: 'e' };
    const result = analyzeEditDetailed({ text, analysis: copy }, change, { fileName: 'report.txt' });
    assert.strictEqual(JSON.stringify(analysis), before);
    assert.ok(keptByEdit(copy, result.analysis));
    assert.strictEqual(keptByEdit(analysis, result.analysis), undefined);
    assert.deepStrictEqual(result.analysis, full(applyTextChange(text, change)));
  });

  it('a full analysis makes every object an edit moves anew: none stands in two places', () => {
    const dir = path.join(__dirname, '../../../samples');
    const texts = [...fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')), Array.from({ length: 4 }, () => REPORT).join('\n\n')];
    for (const text of texts) {
      const a = analyzeArticle(text, { fileName: 'a.txt' });
      const objects: object[] = [...a.quotes, ...a.quotes.flatMap((q) => (q.cue ? [q.cue] : [])), ...a.claims, ...a.paragraphs, ...a.speakers.flatMap((sp) => sp.mentions)];
      const lists: object[] = [a.quotes, a.claims, a.paragraphs, ...a.speakers.map((sp) => sp.mentions)];
      assert.ok(objects.length > 10);
      assert.strictEqual(new Set(objects).size, objects.length);
      assert.strictEqual(new Set(lists).size, lists.length);
    }
  });

  it('an edit made in place tells which quotes and claims it kept, and those after it moved by its length', () => {
    let text = Array.from({ length: 8 }, () => REPORT).join('\n\n');
    let analysis = full(text);
    const random = seededRandom(11);
    let told = 0;
    for (let i = 0; i < 30; i++) {
      const pos = random(text.length);
      const change: TextChange = random(2) === 0 ? { start: pos, end: pos + 1, text: '' } : { start: pos, end: pos, text: 'e' };
      const delta = change.text.length - (change.end - change.start);
      // copies of the lists: in place, the edit changes the lists themselves
      const before = { quotes: analysis.quotes.slice(), claims: analysis.claims.slice() };
      const wasAt = (items: readonly Span[]): number[] => items.map((x) => x.start);
      const quoteStarts = wasAt(analysis.quotes);
      const cueStarts = analysis.quotes.map((q) => q.cue?.start);
      const claimStarts = wasAt(analysis.claims);
      const previous = analysis;
      const result = analyzeEditDetailed({ text, analysis }, change, { fileName: 'report.txt' }).analysis;
      const kept = keptByEdit(previous, result);
      // the first edit copies the full analysis it was given: no object is shared
      if (i === 0) assert.strictEqual(kept, undefined);
      if (kept) {
        told++;
        // numbers only: a record holding an analysis would chain a run of keystrokes' results together
        // (so that a young collection, which takes a weak map's entry under an older object for live, copies one keystroke's results, not all)
        const numbersOnly = (x: unknown): boolean => typeof x === 'number' || (typeof x === 'object' && x !== null && !Array.isArray(x) && Object.values(x).every(numbersOnly));
        assert.ok(numbersOnly(kept), `edit ${i}: the record holds numbers only`);
        assert.strictEqual(kept.quotesBefore, before.quotes.length);
        assert.strictEqual(kept.claimsBefore, before.claims.length);
        const check = <T extends Span>(now: readonly T[], was: readonly T[], starts: number[], ends: { head: number; tail: number }, what: string): void => {
          for (let k = 0; k < ends.head; k++) assert.ok(now[k] === was[k] && now[k].start === starts[k], `${what} ${k} kept where it was`);
          for (let k = 1; k <= ends.tail; k++) assert.ok(now[now.length - k] === was[was.length - k] && now[now.length - k].start === starts[was.length - k] + delta, `${what} ${now.length - k} kept, moved`);
          for (let k = ends.head; k < now.length - ends.tail; k++) assert.ok(!was.includes(now[k]), `${what} ${k} is new`);
        };
        check(result.quotes, before.quotes, quoteStarts, kept.quotes, `edit ${i}: quote`);
        check(result.claims, before.claims, claimStarts, kept.claims, `edit ${i}: claim`);
        for (let k = 1; k <= kept.quotes.tail; k++) {
          const cue = result.quotes[result.quotes.length - k].cue;
          const was = cueStarts[before.quotes.length - k];
          assert.strictEqual(cue?.start, was === undefined ? undefined : was + delta, `edit ${i}: the cue of a kept quote moves with it`);
        }
      }
      text = applyTextChange(text, change);
      analysis = result;
    }
    assert.ok(told >= 20, `edits that told what they kept: ${told} of 30`);
  });

  it('an edit keeps nothing of the analyses before the one it was made from alive', async () => {
    // A record of what each edit kept, held by the edit's result, once held the lists it was made
    // from, and they theirs: every keystroke's lists stayed in memory.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    let text = Array.from({ length: 8 }, () => REPORT).join('\n\n');
    let analysis = full(text);
    const random = seededRandom(5);
    // every analysis and every list an edit made (an edit in place keeps its lists)
    const made: WeakRef<object>[] = [];
    const seen = new WeakSet<object>();
    const note = (x: object): void => {
      if (!seen.has(x)) made.push(new WeakRef(x));
      seen.add(x);
    };
    for (let i = 0; i < 30; i++) {
      const pos = random(text.length);
      const change: TextChange = { start: pos, end: pos, text: 'e' };
      analysis = analyzeEditDetailed({ text, analysis }, change, { fileName: 'report.txt' }).analysis;
      text = applyTextChange(text, change);
      for (const x of [analysis, analysis.quotes, analysis.claims, analysis.paragraphs]) note(x);
    }
    // weak references hold until the job that made them ends
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    const alive = made.filter((ref) => ref.deref() !== undefined).length;
    assert.ok(analysis.quotes.length > 0);
    // the last analysis and its three lists (made by the first edit, a copy, and kept by the others)
    assert.ok(alive <= 4, `objects of earlier analyses still alive: ${alive - 4} (of ${made.length - 4})`);
  });

  it('on the sample articles, random edits stay well formed and settled results equal a full analysis', () => {
    const dir = path.join(__dirname, '../../../samples');
    let settled = 0;
    let equal = 0;
    const random = seededRandom(20261122);
    for (const file of fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
      let text = fs.readFileSync(path.join(dir, file), 'utf8');
      let analysis = analyzeArticle(text, { fileName: file });
      for (let i = 0; i < 60; i++) {
        const pos = random(text.length);
        const choice = random(6);
        const change: TextChange = choice < 3 ? { start: pos, end: pos + 1, text: '' } : { start: pos, end: pos, text: ['e', ' ', 's'][choice - 3] };
        const result = analyzeEditDetailed({ text, analysis }, change, { fileName: file });
        text = applyTextChange(text, change);
        assertWellFormed(result.analysis, text, file.endsWith('.md'));
        const expected = analyzeArticle(text, { fileName: file });
        if (result.settled) {
          settled++;
          if (JSON.stringify(result.analysis) === JSON.stringify(expected)) equal++;
        }
        // as the extension does: a full analysis follows when the user pauses
        analysis = expected;
      }
    }
    assert.ok(settled >= 150, `most edits are settled (${settled} of 300)`);
    // Measured: a settled result differs from a full analysis in about 1 edit in 100 (a pronoun
    // resolved by a name outside the window). The extension re-analyses in full on a pause for
    // articles under 128 KB and on save for every article.
    assert.ok(equal / settled >= 0.97, `settled results equal a full analysis: ${equal} of ${settled}`);
  });
});
