import * as assert from 'assert';
import { analyzeArticle } from '../../src/core';

function quotes(text: string): string[] {
  return analyzeArticle(text).quotes.map((q) => q.text);
}

function spansAreInside(text: string): void {
  for (const q of analyzeArticle(text).quotes) {
    assert.strictEqual(text.slice(q.start, q.end), q.text);
    assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end);
  }
}

describe('quote scanner', () => {
  it('finds every kind of quotation mark', () => {
    assert.deepStrictEqual(quotes('She said "straight double" here.'), ['straight double']);
    assert.deepStrictEqual(quotes('She said \u201ccurly double\u201d here.'), ['curly double']);
    assert.deepStrictEqual(quotes('She said \u2018curly single\u2019 here.'), ['curly single']);
    assert.deepStrictEqual(quotes("She said 'straight single' here."), ['straight single']);
    assert.deepStrictEqual(quotes('Il a dit \u00abguillemets\u00bb ici.'), ['guillemets']);
    assert.deepStrictEqual(quotes('Il a dit \u2039single guillemets\u203a ici.'), ['single guillemets']);
    assert.deepStrictEqual(quotes('Er sagte \u201elow nine\u201c heute.'), ['low nine']);
    assert.deepStrictEqual(quotes('Er sagte \u201alow single\u2018 heute.'), ['low single']);
  });

  it('finds guillemets with a space inside them, as French typography sets them', () => {
    assert.deepStrictEqual(quotes('Il a dit \u00ab guillemets \u00bb ici.'), ['guillemets']);
    // the no-break and narrow no-break spaces typesetters use there
    assert.deepStrictEqual(quotes('Il a dit \u00ab\u00a0mots\u00a0\u00bb ici.'), ['mots']);
    assert.deepStrictEqual(quotes('Il a dit \u00ab\u202fmots\u202f\u00bb ici.'), ['mots']);
    assert.deepStrictEqual(quotes('\u00ab Nous devons attendre, \u00bb a dit le maire. \u00ab Pas avant mars. \u00bb'), ['Nous devons attendre,', 'Pas avant mars.']);
    assert.deepStrictEqual(quotes('Il a dit \u2039 simples \u203a ici.'), ['simples']);
    const text = 'The mayor said: \u00ab We will wait. \u00bb';
    const [quote] = analyzeArticle(text).quotes;
    assert.strictEqual(text.slice(quote.openMark, quote.openMark + 1), '\u00ab');
    assert.strictEqual(text.slice(quote.start, quote.end), 'We will wait.');
    spansAreInside(text);
  });

  it('pairs the spaced curly marks French copy nests inside spaced guillemets, and only there', () => {
    const text = '\u00ab It is odd, but you cannot audit a \u201c looks like \u201d, \u00bb the clerk said.';
    const top = analyzeArticle(text).quotes.filter((q) => q.depth === 0);
    assert.deepStrictEqual(top.map((q) => q.text), ['It is odd, but you cannot audit a \u201c looks like \u201d,']);
    spansAreInside(text);
    // (a spaced curly mark with no guillemet open is still no opener)
    assert.deepStrictEqual(quotes('She said \u201c so \u201d and left.'), []);
  });

  it('still reads German guillemets, which point inwards, and no quote between two lone marks', () => {
    assert.deepStrictEqual(quotes('Er sagte: \u00bbWir sind bereit\u00ab, so Weber.'), ['Wir sind bereit']);
    assert.deepStrictEqual(quotes('Arrows \u00ab \u00bb and more.'), []);
    assert.deepStrictEqual(quotes('A lone \u00ab  with two spaces \u00bb here.'), []);
  });

  it('never takes an apostrophe for a quote mark', () => {
    const text = 'The mayor\u2019s plan, don\u2019t forget, dates from the \u201990s, when rock \u2019n\u2019 roll and Jones\u2019 cow ruled. \u2019Tis true.';
    assert.deepStrictEqual(quotes(text), []);
    assert.deepStrictEqual(quotes("It's the '90s again, said the mayor's aide."), []);
  });

  it('keeps apostrophes inside a quote', () => {
    assert.deepStrictEqual(quotes('\u2018The council\u2019s plan won\u2019t work,\u2019 she said.'), ['The council\u2019s plan won\u2019t work,']);
    assert.deepStrictEqual(quotes("'We don't sell the farm,' she said."), ["We don't sell the farm,"]);
  });

  it('nests quotes of a different type and of the same type', () => {
    const text = '\u201cHe said \u2018no\u2019 again,\u201d she said.';
    assert.deepStrictEqual(quotes(text), ['He said \u2018no\u2019 again,']);
    const same = '\u201cHe said \u201cno\u201d again,\u201d she said.';
    assert.deepStrictEqual(quotes(same), ['He said \u201cno\u201d again,']);
  });

  it('reports a quote inside a quote only when the outer words report it', () => {
    const reported = 'According to the Ledger, \u201cMayor Ann Holt said \u2018never\u2019 to the plan.\u201d';
    const texts = analyzeArticle(reported).quotes.map((q) => [q.text, q.depth]);
    assert.deepStrictEqual(texts, [
      ['Mayor Ann Holt said \u2018never\u2019 to the plan.', 0],
      ['never', 1],
    ]);
    const scare = '\u201cThis so-called \u2018reform\u2019 is a cut,\u201d said Ann Holt.';
    assert.deepStrictEqual(quotes(scare), ['This so-called \u2018reform\u2019 is a cut,']);
  });

  it('keeps finding quotes after an unclosed or stray mark', () => {
    const text = 'The sign read "Closed for. Then "We reopen Monday," the owner said. A stray" mark and "another one" here.';
    const found = quotes(text);
    assert.ok(found.includes('We reopen Monday,'));
    assert.ok(found.includes('another one'));
  });

  it('pairs mismatched marks', () => {
    assert.deepStrictEqual(quotes('She said \u201cmixed pair" and left.'), ['mixed pair']);
  });

  it('splits a multi-paragraph quote into one segment per paragraph with one speaker', () => {
    const text = 'Mayor Ann Holt spoke first.\n\n\u201cWe will rebuild the pier.\n\n\u201cAnd we will pay for it ourselves,\u201d Holt said.';
    const a = analyzeArticle(text);
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['We will rebuild the pier.', 'And we will pay for it ourselves,']);
    assert.strictEqual(a.quotes[0].group, a.quotes[1].group);
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker), ['Ann Holt', 'Ann Holt']);
    assert.strictEqual(a.quotes[0].closeMark, undefined);
  });

  it("reads rock 'n' roll inside a quote in single marks as words", () => {
    assert.deepStrictEqual(quotes("'We were mad about rock 'n' roll,' said Jean Amos."), ["We were mad about rock 'n' roll,"]);
    assert.deepStrictEqual(quotes('\u2018We loved rock \u2019n\u2019 roll,\u2019 she said.'), ['We loved rock \u2019n\u2019 roll,']);
  });

  it('keeps every paragraph of a quote that runs over three paragraphs or more', () => {
    const text = 'Superintendent Mark Doyle said: "We are aware of speculation.\n\n"Please do not share rumours.\n\n"Our thoughts are with the family."';
    const a = analyzeArticle(text);
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['We are aware of speculation.', 'Please do not share rumours.', 'Our thoughts are with the family.']);
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker), ['Mark Doyle', 'Mark Doyle', 'Mark Doyle']);
    assert.strictEqual(new Set(a.quotes.map((q) => q.group)).size, 1);
  });

  it('continues a multi-paragraph quote in single marks (British style), curly or straight', () => {
    for (const [open, close] of [['\u2018', '\u2019'], ["'", "'"]]) {
      const text = `Mrs Ann Holt said: ${open}We have lived here for 40 years.\n\n${open}The council has stopped listening.${close}`;
      const a = analyzeArticle(text);
      assert.deepStrictEqual(a.quotes.map((q) => q.text), ['We have lived here for 40 years.', 'The council has stopped listening.'], open);
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker), ['Ann Holt', 'Ann Holt'], open);
    }
    // a paragraph left open in single marks continues only into one that reopens with a single mark
    assert.deepStrictEqual(quotes("Holt said: 'We will see.\n\n\u201cNot now,\u201d Lind said."), ['Not now,']);
  });

  it('continues a multi-paragraph quote into a paragraph that holds a quote of its own', () => {
    for (const [open, close, innerOpen, innerClose] of [['\u2018', '\u2019', '\u201c', '\u201d'], ['\u201c', '\u201d', '\u2018', '\u2019']]) {
      const text = `Ann Holt said: ${open}We must delay the inquiry.\n\n${open}They told us, ${innerOpen}the plan was sensible${innerClose}. It was not.${close}\n`;
      const a = analyzeArticle(text);
      assert.deepStrictEqual(
        a.quotes.filter((q) => q.depth === 0).map((q) => [q.text, q.speaker]),
        [
          ['We must delay the inquiry.', 'Ann Holt'],
          [`They told us, ${innerOpen}the plan was sensible${innerClose}. It was not.`, 'Ann Holt'],
        ],
        open,
      );
    }
  });

  it('does not continue a paragraph left open when the next one does not reopen', () => {
    const text = '\u201cAn opener with no end.\n\nPlain prose follows here.';
    assert.deepStrictEqual(quotes(text), []);
  });

  it('gives offsets in UTF-16 code units with CRLF, BOM, non-breaking spaces and astral characters', () => {
    const text = '\ufeffThe \ud83d\udce3 crowd\u00a0cheered.\r\n\r\n\u201cWe won \ud835\udfd9 game,\u201d said\u00a0Ann Holt.\r\n';
    const a = analyzeArticle(text);
    assert.strictEqual(a.quotes.length, 1);
    const q = a.quotes[0];
    assert.strictEqual(text.slice(q.start, q.end), 'We won \ud835\udfd9 game,');
    assert.strictEqual(q.speaker, 'Ann Holt');
    spansAreInside(text);
  });

  it('keeps every span inside the text on junk input', () => {
    for (const junk of ['""""', "''''", '\u201c\u201c\u201d\u201d\u2019\u2018', '"a"b"c"d"', '\u00ab\u00bb\u00ab', '`x`', "'", '']) spansAreInside(junk);
  });
});

describe('quote scanner on hostile input', () => {
  it('analyses a long line of marks (hundreds of thousands of quotes) without overflowing the stack', function () {
    this.timeout(60000);
    const text = '"\''.repeat(300000);
    const a = analyzeArticle(text);
    assert.ok(a.quotes.length > 100000);
    assert.ok(a.quotes.every((q) => q.start >= 0 && q.end <= text.length));
  });
});

describe('possessives and titles in single quotes', () => {
  it('closes a single-quoted title before a plural possessive-looking word when no closer follows in the sentence', () => {
    const text = "The band's cover of \u2018Harbour Lights\u2019 drew a singalong. Later the conductor said it was \u2018exactly twice\u2019 rehearsed.";
    assert.deepStrictEqual(quotes(text), ['Harbour Lights', 'exactly twice']);
  });
  it('still reads Jones\u2019 cow as a possessive inside one quoted sentence', () => {
    assert.deepStrictEqual(quotes("She said 'Jones' cow is cuter!' and left."), ["Jones' cow is cuter!"]);
  });
  it("closes 'behind closed doors' before \"and\": no possessed noun opens with a word of grammar", () => {
    assert.deepStrictEqual(quotes("He said it was done 'behind closed doors' and called it 'a tax on visitors'."), ['behind closed doors', 'a tax on visitors']);
    assert.deepStrictEqual(quotes('He said it was done \u2018behind closed doors\u2019 to spite \u2018the visitors\u2019.'), ['behind closed doors', 'the visitors']);
    // "and" between two possessives still joins them
    assert.deepStrictEqual(quotes("She praised 'the players' and coaches' spirit' today."), ["the players' and coaches' spirit"]);
  });
  it('reads a plural possessive as an apostrophe when the quote closes sentences later, with no other quote opening before', () => {
    const text = 'She said: \u2018Drivers think a few hours\u2019 sleep will see them right. It will not. Plan the morning too.\u2019 The campaign runs all month.';
    assert.deepStrictEqual(quotes(text), ['Drivers think a few hours\u2019 sleep will see them right. It will not. Plan the morning too.']);
    assert.deepStrictEqual(quotes("He said: 'Two families' plans were ruined. That is sad.' Police are appealing."), ["Two families' plans were ruined. That is sad."]);
  });
  it('reads a plural possessive before the sentence mark and the closer as an apostrophe', () => {
    assert.deepStrictEqual(quotes('\u2018Our fees are lower than our rivals\u2019.\u2019 she said.'), ['Our fees are lower than our rivals\u2019.']);
    assert.deepStrictEqual(quotes("'We will not match the neighbours'!' he said."), ["We will not match the neighbours'!"]);
  });
  it('never opens a quote at an elided year after a word ("in \u201996,"), but does at a number ("\u201896,000 homes")', () => {
    assert.deepStrictEqual(quotes('\u2018I stayed in \u201996, and I am staying now,\u2019 she said.'), ['I stayed in \u201996, and I am staying now,']);
    assert.deepStrictEqual(quotes("'We rebuilt in '96. We can do it again,' he said."), ["We rebuilt in '96. We can do it again,"]);
    assert.deepStrictEqual(quotes('The report said \u201896,000 homes\u2019 were at risk.'), ['96,000 homes']);
    assert.deepStrictEqual(quotes("The report said '12.5 per cent' was the rise."), ['12.5 per cent']);
  });
  it('reads a plural possessive as an apostrophe when the closer that ends the paragraph lies sentences on, with no mark opening between', () => {
    const text = 'She runs the bakery. \u2018I bake for my neighbours\u2019 parties and their grandchildren\u2019s birthdays. It never stops.\u2019\n\nNext paragraph.';
    assert.deepStrictEqual(quotes(text), ['I bake for my neighbours\u2019 parties and their grandchildren\u2019s birthdays. It never stops.']);
    // (a quote opening in a later sentence leaves the first closer where it was)
    assert.deepStrictEqual(quotes('He praised the \u2018players\u2019 commitment. Later he called it \u2018finished\u2019.'), ['players', 'finished']);
  });
  it('reads a plural possessive inside a double quote nested in a single one as an apostrophe, even when a sentence ends before the outer closer', () => {
    const text = '\u2018A girl sent a note saying \u201cfor the hedgehogs\u2019 dinner\u201d. I cried.\u2019 she said.';
    assert.strictEqual(quotes(text)[0], 'A girl sent a note saying \u201cfor the hedgehogs\u2019 dinner\u201d. I cried.');
  });
});
