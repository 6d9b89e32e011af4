import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle, analyzeEditDetailed, applyTextChange, type ArticleAnalysis, type TextChange } from '../../src/core';
import { lineBreaksRead, linesReadAs } from '../../src/core/analyze';
import { countLineBreaks, isHardWrapped, splitParagraphs } from '../../src/core/paragraphs';
import { wrapLines as wrap } from '../../scripts/eval/wrapLines';

const paragraphTexts = (text: string, wrapped: boolean): string[] => splitParagraphs(text, 'text', wrapped).map((p) => text.slice(p.start, p.end));

const STORY = [
  'Ferry fares to rise in spring',
  'By Ola Brenner',
  '',
  'The island council voted on Tuesday to raise ferry fares by a fifth from April, the first rise in six years.',
  '',
  '"We have held fares down for as long as we could, but the boats are getting older and the fuel bill has doubled," council leader Mara Quist said after the vote.',
  '',
  'Opposition councillor Tor Hale called the rise "a tax on everyone who lives here" and said his group would ask for a review. "Nobody on the mainland pays to go to work," he said.',
  '',
  'Quist said the council would keep a discount for pupils and pensioners. "Those who need it most will not pay more," she said.',
].join('\n');

describe('articles as saved in other forms: hard-wrapped lines, decomposed accents', () => {
  it('is told from copy with a paragraph on each line by its lines that break off mid-sentence', () => {
    assert.strictEqual(isHardWrapped(STORY), false);
    assert.strictEqual(isHardWrapped(wrap(STORY, 60)), true);
    // a paragraph on each line, no blank lines between: headline, byline, short paragraphs
    assert.strictEqual(isHardWrapped(STORY.replace(/\n\n/g, '\n')), false);
    // a few lines running on (a list, a poem quoted) among many that do not
    const mostlyWhole = ['Notes', 'first item of a list', 'and the second', 'and the third', 'and the fourth', ...Array.from({ length: 20 }, (_, i) => `Paragraph ${i} ends here.`)].join('\n');
    assert.strictEqual(isHardWrapped(mostlyWhole), false);
  });

  it('joins wrapped lines into the paragraphs that blank lines or indented lines set apart', () => {
    const text = 'The council voted on Tuesday to raise the\nfares by a fifth from April.\n\nQuist said the discount\nfor pupils would stay.\n  A second paragraph starts\nwith an indented line.';
    assert.deepStrictEqual(paragraphTexts(text, true), [
      'The council voted on Tuesday to raise the\nfares by a fifth from April.',
      'Quist said the discount\nfor pupils would stay.',
      'A second paragraph starts\nwith an indented line.',
    ]);
    // read a paragraph to a line, as before
    assert.strictEqual(paragraphTexts(text, false).length, 6);
    // a tab of indent may have filled eight columns: the line after the tab-indented one runs on
    const tabbed = '\tThe council voted on Tuesday to raise all the ferry\nfares by a fifth.\n\tQuist said the discount for pupils would stay.';
    assert.deepStrictEqual(paragraphTexts(tabbed, true), ['The council voted on Tuesday to raise all the ferry\nfares by a fifth.', 'Quist said the discount for pupils would stay.']);
  });

  it('ends a paragraph at a line the wrapping did not end (the next word would have fitted), and not at a wrapped "94." or "- and"', () => {
    const text = 'About Brightnest\nBrightnest makes baby walkers and high chairs in Tarn and employs 80.\n\nHe said one of the callers had been in tears this morning. He is\n94. He said the town had changed. Do not drive\n- and that includes the morning after.';
    assert.deepStrictEqual(paragraphTexts(text, true), [
      'About Brightnest',
      'Brightnest makes baby walkers and high chairs in Tarn and employs 80.',
      'He said one of the callers had been in tears this morning. He is\n94. He said the town had changed. Do not drive\n- and that includes the morning after.',
    ]);
    // a list after a lead-in keeps its items, each with the lines it wraps onto
    const list = 'Police gave this advice to parents:\n\n- Keep a recent photo of your child on your\nphone.\n- Know the names of their friends.';
    assert.deepStrictEqual(paragraphTexts(list, true), ['Police gave this advice to parents:', '- Keep a recent photo of your child on your\nphone.', '- Know the names of their friends.']);
  });

  it('finds the same quotes, speakers and claims in an article wrapped at 50, 66 or 78 columns as in it unwrapped', () => {
    const whole = analyzeArticle(STORY, { fileName: 'story.txt' });
    const reading = (a: ArticleAnalysis) => ({
      quotes: a.quotes.map((q) => [q.start, q.end, q.kind, q.speaker]),
      claims: a.claims.map((c) => [c.start, c.end, c.speaker]),
    });
    assert.strictEqual(whole.quotes.length, 4);
    for (const width of [50, 66, 78]) {
      const wrapped = analyzeArticle(wrap(STORY, width), { fileName: 'story.txt' });
      assert.deepStrictEqual(reading(wrapped), reading(whole), `wrapped at ${width}`);
    }
  });

  it('reads a guillemet and its words across a wrapped line ("«\\nWe …»")', () => {
    const text = 'Brightnest founder and managing director Ann Vik added on Monday: «\nWe started this business in a garage. We will put it right. »\nShe said the recall was voluntary and that no child had been hurt so far.\n\nThe firm said it would write to every buyer it could find this week.';
    const a = analyzeArticle(text, { fileName: 'release.txt', lines: 'wrapped' });
    assert.deepStrictEqual(a.quotes.map((q) => [q.text, q.speaker]), [['We started this business in a garage. We will put it right.', 'Ann Vik']]);
  });

  it('reads a plural possessive at the end of a wrapped line as an apostrophe ("patients\u2019\nrecords")', () => {
    const text = 'Chief executive Ann Vik said: \u2018We are sorry. Our customers trusted us with their patients\u2019\nrecords, and we let them down.\u2019 The firm has written to every clinic.';
    const a = analyzeArticle(text, { fileName: 'release.txt', lines: 'wrapped' });
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['We are sorry. Our customers trusted us with their patients\u2019\nrecords, and we let them down.']);
  });

  it('reads names in decomposed form (NFD: "Jose" and a combining accent) as it reads them composed', () => {
    const composed = 'Mayor Jos\u00e9 Mart\u00ednez said the bridge would open in May. "It is the town\u2019s bridge," Mart\u00ednez said. "Ren\u00e9e\u2019s team built it."';
    const decomposed = composed.normalize('NFD');
    const speakers = (text: string) => analyzeArticle(text).quotes.map((q) => q.speaker?.normalize('NFC') ?? null);
    assert.deepStrictEqual(speakers(decomposed), speakers(composed));
    assert.deepStrictEqual(speakers(composed), ['Jos\u00e9 Mart\u00ednez', 'Jos\u00e9 Mart\u00ednez']);
    assert.deepStrictEqual(analyzeArticle(decomposed).quotes.map((q) => q.text.normalize('NFC')), ['It is the town\u2019s bridge,', 'Ren\u00e9e\u2019s team built it.']);
  });

  it('reads a Markdown block quote over several lines, marked or run on, as one paragraph, and its sentences past the ">"', () => {
    const text = '# Ferry strike\n\n> \u201cIf the boats stop, the hospital stops. Half the night\n> staff live on the island.\u201d\n> \u2014 Dr. Ola Moen, Harlow Bay Hospital\n\nThe union said talks had \u201cgone nowhere\u201d.';
    const quotes = (t: string) => analyzeArticle(t, { fileName: 'strike.md' }).quotes.map((q) => [q.text, q.speaker]);
    assert.deepStrictEqual(quotes(text), [
      ['If the boats stop, the hospital stops. Half the night\n> staff live on the island.', 'Ola Moen'],
      ['gone nowhere', 'union'],
    ]);
    // a line run on without its ">" belongs to the quote too; a ">" alone ends a paragraph of it
    assert.deepStrictEqual(quotes(text.replace('\n> staff', '\nstaff'))[0], ['If the boats stop, the hospital stops. Half the night\nstaff live on the island.', 'Ola Moen']);
    const paragraphs = splitParagraphs('> One line\n> and its second.\n>\n> A new one.\n# Heading', 'markdown').length;
    assert.strictEqual(paragraphs, 3);
    const claims = analyzeArticle('> The budget paper says 3.1 million people rely on it.\n> See annex B, table 4, for the 2024 figures.', { fileName: 'a.md' }).claims.map((c) => c.text);
    assert.ok(claims.every((c) => !c.includes('annex') || !c.includes('budget')), 'two sentences, not one');
  });

  it('random edits in wrapped articles, at line edges too, stay well formed and a settled result equals a full analysis', () => {
    const dir = path.join(__dirname, '../../../samples');
    let seed = 20261123;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    let settled = 0;
    let equal = 0;
    let wrappedReads = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      let text = wrap(fs.readFileSync(path.join(dir, file), 'utf8'), 66);
      let analysis = analyzeArticle(text, { fileName: file });
      for (let i = 0; i < 60; i++) {
        // every third edit at a line's end: a letter, a full stop, or a break joined or made
        const lineEnd = text.indexOf('\n', random(text.length));
        const pos = i % 3 === 0 && lineEnd > 0 ? lineEnd : random(text.length);
        const choice = random(6);
        const change: TextChange = choice < 2 ? { start: pos, end: pos + 1, text: '' } : { start: pos, end: pos, text: ['e', '.', ' ', '\n'][choice - 2] };
        const result = analyzeEditDetailed({ text, analysis }, change, { fileName: file });
        text = applyTextChange(text, change);
        const expected = analyzeArticle(text, { fileName: file });
        if (isHardWrapped(text)) wrappedReads++;
        for (const q of result.analysis.quotes) assert.strictEqual(q.text, text.slice(q.start, q.end));
        assert.deepStrictEqual(lineBreaksRead(result.analysis), countLineBreaks(text));
        if (result.settled) {
          settled++;
          if (JSON.stringify(result.analysis) === JSON.stringify(expected)) equal++;
        }
        analysis = expected;
      }
    }
    assert.ok(wrappedReads >= 150, `the edited articles stay wrapped (${wrappedReads} of 180)`);
    assert.ok(settled >= 60, `many edits are settled (${settled} of 180)`);
    assert.ok(equal / settled >= 0.97, `settled results equal a full analysis: ${equal} of ${settled}`);
  });

  it('keeps the counts that tell wrapped copy over a run of edits from the lines they touch, and reads the whole text again when the reading flips', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    let text = wrap(STORY, 44);
    let analysis = analyzeArticle(text);
    const paths = new Set<string>();
    let flips = 0;
    for (let i = 0; i < 400; i++) {
      // at a line's start or end, or just past it: breaks made and joined, sentences ended and run on
      const lineEnd = text.indexOf('\n', random(text.length));
      const pos = lineEnd < 0 ? random(text.length) : Math.min(text.length, lineEnd + random(3) - 1);
      const choice = random(7);
      const change: TextChange = choice < 3 ? { start: pos, end: Math.min(text.length, pos + 1), text: '' } : { start: pos, end: pos, text: ['e', '.', '\n', 'A'][choice - 3] };
      const wasWrapped = linesReadAs(analysis) === 'wrapped';
      const result = analyzeEditDetailed({ text, analysis }, change);
      text = applyTextChange(text, change);
      paths.add(result.path);
      assert.deepStrictEqual(lineBreaksRead(result.analysis), countLineBreaks(text), `after edit ${i}`);
      assert.strictEqual(linesReadAs(result.analysis), isHardWrapped(text) ? 'wrapped' : 'paragraphs');
      if (isHardWrapped(text) !== wasWrapped) {
        flips++;
        assert.strictEqual(result.path, 'full');
      }
      analysis = result.analysis;
    }
    assert.ok(flips >= 2 && paths.has('window'), `the reading flipped ${flips} times; paths ${[...paths].join(', ')}`);
  });
});
