import * as assert from 'node:assert/strict';
import type { ArticleAnalysis, Quote } from '../../src/core/types';
import {
  addSpeakerAlias,
  applySpeakerCorrections,
  applySpeakerDirectory,
  findAnchoredQuote,
  readSpeakerCorrections,
  readSpeakerDirectory,
  setSpeakerCorrection,
  speakerHintsFromDirectory,
} from '../../src/core/speakerCorrections';

function quote(start: number, text: string, speaker: string | null): Quote {
  return { start, end: start + text.length + 2, text, kind: 'speech', speaker, confidence: 0.5, openMark: start, closeMark: start + text.length + 1, group: start, paragraph: 0, depth: 0 };
}

function analysis(): ArticleAnalysis {
  return {
    meta: { title: 'T' },
    quotes: [quote(10, 'We will respond', 'Lavrov'), quote(60, 'No comment', null), quote(90, 'We will respond', 'Lavrov')],
    claims: [{ start: 60, end: 72, text: 'No comment', kind: 'quote', speaker: null, score: 0.4, signals: [] }],
    speakers: [{ name: 'Lavrov', aliases: [], role: null, kind: 'person', quotes: [0, 2], claims: [], mentions: [{ start: 0, end: 6 }] }],
    paragraphs: [],
  };
}

describe('sidecar speaker corrections', () => {
  const sidecar = [
    '# reviewer notes stay',
    'version: 1',
    'article: lavrov.txt',
    'annotations:',
    '  - id: a1 # keep me',
    'speakers:',
    '  - quote: { start: 60, end: 72, exact: "No comment" }',
    '    speaker: Maria Zakharova',
    '  - quote: broken',
    '',
  ].join('\n');

  it('reads valid entries and warns about broken ones', () => {
    const r = readSpeakerCorrections(sidecar);
    assert.ok(r.ok);
    assert.deepEqual(r.value, [{ quote: { start: 60, end: 72, exact: 'No comment' }, speaker: 'Maria Zakharova' }]);
    assert.equal(r.warnings.length, 1);
  });

  it('creates a new file with version and article', () => {
    const r = setSpeakerCorrection(undefined, 'a.txt', { quote: { start: 1, end: 5, exact: 'hi' }, speaker: 'X' });
    assert.ok(r.ok);
    assert.match(r.text, /^version: 1\narticle: a\.txt\nspeakers:\n {2}- quote: \{ start: 1, end: 5, exact: "hi" \}\n {4}speaker: X\n$/);
  });

  it('round-trips exact text full of YAML syntax', () => {
    const exact = 'No: "never" # not a comment, [really] {ok}';
    const r = setSpeakerCorrection(undefined, 'a.txt', { quote: { start: 1, end: 50, exact }, speaker: 'X' });
    assert.ok(r.ok);
    const back = readSpeakerCorrections(r.text);
    assert.ok(back.ok);
    assert.equal(back.value[0].quote.exact, exact);
  });

  it('replaces the speaker of an existing entry and keeps other keys and comments', () => {
    const r = setSpeakerCorrection(sidecar, 'lavrov.txt', { quote: { start: 60, end: 72, exact: 'No comment' }, speaker: 'Dmitry Peskov' });
    assert.ok(r.ok);
    assert.match(r.text, /# reviewer notes stay/);
    assert.match(r.text, /id: a1 # keep me/);
    assert.match(r.text, /speaker: Dmitry Peskov/);
    assert.doesNotMatch(r.text, /Zakharova/);
    const back = readSpeakerCorrections(r.text);
    assert.ok(back.ok);
    assert.equal(back.value.length, 1);
  });

  it('appends a correction for another quote', () => {
    const r = setSpeakerCorrection(sidecar, 'lavrov.txt', { quote: { start: 10, end: 27, exact: 'We will respond' }, speaker: 'Lavrov' });
    assert.ok(r.ok);
    const back = readSpeakerCorrections(r.text);
    assert.ok(back.ok);
    assert.deepEqual(back.value.map((c) => c.speaker), ['Maria Zakharova', 'Lavrov']);
  });

  it('adds a speakers section to a file that has only other sections', () => {
    const r = setSpeakerCorrection('version: 1\nannotations: []\nspeakers:\n', 'a.txt', { quote: { start: 1, end: 5, exact: 'hi' }, speaker: 'X' });
    assert.ok(r.ok);
    assert.match(r.text, /annotations: \[\]/);
    assert.match(r.text, /speaker: X/);
  });

  it('refuses to edit a file that does not parse', () => {
    const r = setSpeakerCorrection('speakers: [\n  - oops: {', 'a.txt', { quote: { start: 1, end: 5, exact: 'hi' }, speaker: 'X' });
    assert.equal(r.ok, false);
  });

  it('refuses when speakers is not a list', () => {
    assert.equal(setSpeakerCorrection('speakers: 3\n', 'a.txt', { quote: { start: 1, end: 5, exact: 'hi' }, speaker: 'X' }).ok, false);
    assert.equal(readSpeakerCorrections('speakers: 3\n').ok, false);
  });
});

describe('applying corrections', () => {
  it('matches by exact text nearest the stored offset, then by offsets', () => {
    const a = analysis();
    assert.equal(findAnchoredQuote(a.quotes, { start: 85, end: 0, exact: 'We will respond' }), 2);
    assert.equal(findAnchoredQuote(a.quotes, { start: 60, end: 72, exact: 'edited away' }), 1);
    assert.equal(findAnchoredQuote(a.quotes, { start: 3, end: 4, exact: 'nothing' }), -1);
  });

  it('overrides the speaker, moves claims inside the quote and reindexes speakers', () => {
    const { analysis: out, unmatched } = applySpeakerCorrections(analysis(), [
      { quote: { start: 60, end: 72, exact: 'No comment' }, speaker: 'Maria Zakharova' },
      { quote: { start: 500, end: 510, exact: 'gone' }, speaker: 'Nobody' },
    ]);
    assert.equal(unmatched.length, 1);
    assert.equal(out.quotes[1].speaker, 'Maria Zakharova');
    assert.equal(out.quotes[1].rule, 'correction');
    assert.equal(out.claims[0].speaker, 'Maria Zakharova');
    const z = out.speakers.find((s) => s.name === 'Maria Zakharova');
    assert.deepEqual(z?.quotes, [1]);
    assert.deepEqual(z?.claims, [0]);
  });

  it('drops a speaker who lost all quotes', () => {
    const { analysis: out } = applySpeakerCorrections(analysis(), [
      { quote: { start: 10, end: 27, exact: 'We will respond' }, speaker: 'X' },
      { quote: { start: 90, end: 107, exact: 'We will respond' }, speaker: 'X' },
    ]);
    assert.deepEqual(out.speakers.map((s) => s.name), ['X']);
  });

  it('does not mutate its input', () => {
    const a = analysis();
    applySpeakerCorrections(a, [{ quote: { start: 60, end: 72, exact: 'No comment' }, speaker: 'Z' }]);
    assert.equal(a.quotes[1].speaker, null);
  });
});

describe('speaker directory', () => {
  const directory = 'speakers:\n  # the minister\n  - name: Sergey Lavrov\n    aliases: [Lavrov]\n    role: Foreign Minister\n  - name: Sergei Lavrov\n    aliases: [S. Lavrov]\n  - 42\n';

  it('reads entries', () => {
    const r = readSpeakerDirectory(directory);
    assert.ok(r.ok);
    assert.deepEqual(r.value[0], { name: 'Sergey Lavrov', aliases: ['Lavrov'], role: 'Foreign Minister' });
    assert.equal(r.warnings.length, 1);
    assert.deepEqual(speakerHintsFromDirectory(r.value), { aliases: { 'Sergey Lavrov': ['Lavrov'], 'Sergei Lavrov': ['S. Lavrov'] }, roles: { 'Sergey Lavrov': 'Foreign Minister' } });
  });

  it('renames aliases, merges speakers and sets roles', () => {
    const r = readSpeakerDirectory(directory);
    assert.ok(r.ok);
    const out = applySpeakerDirectory(analysis(), r.value);
    assert.equal(out.quotes[0].speaker, 'Sergey Lavrov');
    assert.equal(out.speakers[0].name, 'Sergey Lavrov');
    assert.equal(out.speakers[0].role, 'Foreign Minister');
    assert.deepEqual(out.speakers[0].aliases, ['Lavrov']);
  });

  it('merging folds the alias entry into the canonical one, keeping comments', () => {
    const r = addSpeakerAlias(directory, 'Sergey Lavrov', 'Sergei Lavrov');
    assert.ok(r.ok);
    assert.match(r.text, /# the minister/);
    const back = readSpeakerDirectory(r.text);
    assert.ok(back.ok);
    assert.deepEqual(back.value.map((e) => e.name), ['Sergey Lavrov']);
    assert.deepEqual(back.value[0].aliases, ['Lavrov', 'Sergei Lavrov', 'S. Lavrov']);
  });

  it('merging into an unknown name creates an entry; a new file is created', () => {
    const r = addSpeakerAlias(undefined, 'Wang Wenbin', 'Wang');
    assert.ok(r.ok);
    const back = readSpeakerDirectory(r.text);
    assert.ok(back.ok);
    assert.deepEqual(back.value, [{ name: 'Wang Wenbin', aliases: ['Wang'], role: null }]);
  });

  it('refuses self-merges and unparseable files', () => {
    assert.equal(addSpeakerAlias(directory, 'Lavrov', 'lavrov').ok, false);
    assert.equal(addSpeakerAlias('speakers: [', 'A', 'B').ok, false);
  });
});
