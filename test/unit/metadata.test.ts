import * as assert from 'node:assert/strict';
import { extractMeta } from '../../src/core/metadata';

describe('extractMeta', () => {
  describe('title', () => {
    it('takes the first non-empty line of a text, trimmed and without a BOM', () => {
      assert.equal(extractMeta('\uFEFF\n\n   Port talks resume  \nBody.', 'text').title, 'Port talks resume');
    });

    it('prefers front matter, then the first heading, in Markdown', () => {
      assert.equal(extractMeta('---\ntitle: From front matter\n---\n# Heading\n', 'markdown').title, 'From front matter');
      assert.equal(extractMeta('Intro line\n\n## Second-level heading ##\n', 'markdown').title, 'Second-level heading');
      assert.equal(extractMeta('Setext title\n=====\n\ntext', 'markdown').title, 'Setext title');
    });

    it('ignores a heading inside a code block', () => {
      assert.equal(extractMeta('```\n# not a title\n```\n\n# Real title\n', 'markdown').title, 'Real title');
    });

    it('does not read front matter in plain text', () => {
      assert.equal(extractMeta('---\ntitle: X\n---\n', 'text').title, '---');
    });

    it('is empty for an empty text', () => {
      assert.deepEqual(extractMeta('', 'text'), { title: '' });
    });
  });

  describe('dates', () => {
    const dateOf = (text: string): string | undefined => extractMeta(`Title\n${text}\n\nBody.`, 'text').date;

    const cases: [string, string][] = [
      ['Published: Nov 27, 2021 07:44 PM Updated: Nov 28, 2021 10:10 AM', '2021-11-27'],
      ['Beijing, 23 November 2021 (TDI): the spokesman said', '2021-11-23'],
      ['Fri, 06/03/2022 – 18:40', '2022-06-03'],
      ['Sun, 06/03/2022', '2022-03-06'],
      ['2021-11-27', '2021-11-27'],
      ['March 3, 2024', '2024-03-03'],
      ['Sept. 9th, 2023', '2023-09-09'],
      ['1st of May 2020', '2020-05-01'],
      ['27.11.2021', '2021-11-27'],
      ['13/02/2020', '2020-02-13'],
    ];
    for (const [text, iso] of cases) {
      it(`reads "${text}"`, () => assert.equal(dateOf(text), iso));
    }

    it('prefers the published date to an earlier updated one', () => {
      assert.equal(dateOf('Updated: 2024-05-02\nPublished: 2024-05-01'), '2024-05-01');
    });

    it('rejects impossible dates', () => {
      assert.equal(dateOf('April 31, 2024'), undefined);
      assert.equal(dateOf('2024-13-01'), undefined);
    });

    /** A title, twenty paragraphs (past the header lines), then `tail`. */
    const afterTheHeader = (tail: string): string => `Title\n\n${Array.from({ length: 20 }, (_, i) => `Paragraph ${i}.`).join('\n\n')}\n\n${tail}\n`;

    it('finds a date on a line of its own at the end of the article', () => {
      assert.equal(extractMeta(afterTheHeader('Fri, 06/03/2022 – 18:40'), 'text').date, '2022-06-03');
    });

    it('does not date an article by a date mentioned deep in a long sentence', () => {
      const late = 'The ministry, which has argued since 5 May 2020 that the port is too shallow for modern ships, repeated that view.';
      assert.equal(extractMeta(afterTheHeader(late), 'text').date, undefined);
    });

    it('reads the front matter date, quoted or not', () => {
      assert.equal(extractMeta('---\ndate: 2024-03-12\n---\n', 'markdown').date, '2024-03-12');
      assert.equal(extractMeta('---\ndate: "March 12, 2024"\n---\n', 'markdown').date, '2024-03-12');
    });
  });

  describe('authors', () => {
    const authorOf = (line: string): string | undefined => extractMeta(`Title\n${line}\n\nBody.`, 'text').author;

    it('reads bylines', () => {
      assert.equal(authorOf('By Jane Doe'), 'Jane Doe');
      assert.equal(authorOf('BY Jane Doe | The Gazette'), 'Jane Doe');
      assert.equal(authorOf('By Jane Doe, Culture Desk, The Gazette'), 'Jane Doe');
      assert.equal(authorOf('By Jane Doe and John Roe'), 'Jane Doe and John Roe');
      assert.equal(authorOf('*By Ana de la Cruz — March 3, 2024*'), 'Ana de la Cruz');
    });

    it('reads "Author:" lines', () => {
      assert.equal(authorOf('Author: Jane Doe'), 'Jane Doe');
    });

    it('does not take a sentence for a byline', () => {
      assert.equal(authorOf('By Monday, the talks had failed.'), undefined);
      assert.equal(authorOf('By the time the ferry arrived, the crews had left.'), undefined);
    });

    it('reads front matter authors: a string, a list, an object', () => {
      assert.equal(extractMeta('---\nauthor: By Wren Albescu\n---\n', 'markdown').author, 'Wren Albescu');
      assert.equal(extractMeta('---\nauthors: [Ann Lee, Bo Kim]\n---\n', 'markdown').author, 'Ann Lee, Bo Kim');
      assert.equal(extractMeta('---\nauthor:\n  name: Ann Lee\n---\n', 'markdown').author, 'Ann Lee');
    });
  });

  describe('url and outlet', () => {
    it('reads labelled lines', () => {
      const meta = extractMeta('Title\nOutlet: The Gazette\nSource: https://gazette.example/a?b=1\n\nBody.', 'text');
      assert.equal(meta.outlet, 'The Gazette');
      assert.equal(meta.url, 'https://gazette.example/a?b=1');
      assert.equal(extractMeta('Title\nURL: <https://x.example/p>\n', 'text').url, 'https://x.example/p');
    });

    it('reads a labelled URL in Markdown, where bare URLs are otherwise masked', () => {
      assert.equal(extractMeta('# T\n\nSource: https://x.example/p\n', 'markdown').url, 'https://x.example/p');
      assert.equal(extractMeta('# T\n\n**Source:** [the Ledger](https://x.example/q "Ledger")\n', 'markdown').url, 'https://x.example/q');
      assert.equal(extractMeta('# T\n\n*Outlet:* The Ledger\n', 'markdown').outlet, 'The Ledger');
    });

    it('takes no URL from a label followed by prose', () => {
      assert.equal(extractMeta('T\nSource: officials, see https://x.example\n', 'text').url, undefined);
    });

    it('reads front matter: url/link/source, outlet/publisher, source as a name', () => {
      const fm = (body: string) => extractMeta(`---\n${body}\n---\n# T\n`, 'markdown');
      assert.equal(fm('link: https://a.example/').url, 'https://a.example/');
      assert.equal(fm('source: https://a.example/s').url, 'https://a.example/s');
      assert.equal(fm('source: https://a.example/s').outlet, undefined);
      assert.equal(fm('source: The Ledger').outlet, 'The Ledger');
      assert.equal(fm('publisher: The Ledger').outlet, 'The Ledger');
      assert.equal(fm('Outlet: The Ledger').outlet, 'The Ledger');
    });

    it('reads a whole front matter block', () => {
      const text = '---\ntitle: "Crews walk out"\noutlet: Northshore Dispatch\nauthor: Wren Albescu\ndate: 2024-03-12\nurl: https://n.example/x\n---\n\n# Other\n';
      assert.deepEqual(extractMeta(text, 'markdown'), {
        title: 'Crews walk out',
        outlet: 'Northshore Dispatch',
        author: 'Wren Albescu',
        date: '2024-03-12',
        url: 'https://n.example/x',
      });
    });
  });

  describe('missing fields and junk', () => {
    it('leaves out what the text does not give', () => {
      assert.deepEqual(Object.keys(extractMeta('Just a title\n\nAnd a paragraph.', 'text')), ['title']);
    });

    const junk = [
      '---\n: : [unclosed\n---\nBody',
      '---\n- a list\n- not a map\n---\n',
      '---\na: &x [*x, *x]\n---\n',
      '---\ntitle: [1, 2]\ndate: {a: 1}\nauthor: 42\n---\n',
      '\u0000\u0001\uFFFD'.repeat(100),
      '\uD800 lone surrogate \uDC00',
      'By '.repeat(5000),
      '['.repeat(10000),
    ];
    for (const [i, text] of junk.entries()) {
      it(`never throws on junk #${i + 1}`, () => {
        for (const format of ['text', 'markdown'] as const) {
          const meta = extractMeta(text, format);
          assert.equal(typeof meta.title, 'string');
        }
      });
    }
  });
});

describe('title after a section kicker', () => {
  it('skips an all-capitals section label above the headline', () => {
    assert.strictEqual(extractMeta('WORLD / HARBOURS\nPier reopens after storm\nBy Ann Holt', 'text').title, 'Pier reopens after storm');
    assert.strictEqual(extractMeta('PIER REOPENS AFTER STORM IN CORRAN TODAY NOW\nBody', 'text').title, 'PIER REOPENS AFTER STORM IN CORRAN TODAY NOW');
  });
});
