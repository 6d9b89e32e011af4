import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import {
  buildModel,
  codePointOffset,
  CSV_HEADER,
  escapeHtml,
  exportAnnotationBytes,
  exportAnnotations,
  isFormulaLike,
  RATING_SCALE,
  verdictRating,
  verdictWords,
  type ExportArticleInput,
  type ExportEntry,
  type ExportFormat,
  EXPORT_FORMATS,
} from '../../src/core/export';
import { csvField, neutralizeFormula } from '../../src/core/export/csv';
import { escapeMarkdownLine } from '../../src/core/export/markdownText';
import { nameBasedUuid } from '../../src/core/export/w3c';
import { frozenInputs, golden } from './helpers/exportFixture';

type Json = Record<string, unknown>;

const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '=HYPERLINK("http://x","y")', '+cmd', '@SUM(1)', '-2+3', '[x](javascript:alert(1))'];

describe('export formats', () => {
  let inputs: ExportArticleInput[];
  before(() => {
    inputs = frozenInputs();
  });

  describe('golden files', () => {
    for (const format of EXPORT_FORMATS) {
      it(`${format} matches its golden file`, () => {
        const actual = render(format);
        assert.equal(actual, golden(format, actual));
      });
      it(`${format} as bytes is the UTF-8 of its text`, () => {
        assert.deepEqual(exportAnnotationBytes(inputs, format), new TextEncoder().encode(render(format)));
      });
    }
  });

  const render = (format: ExportFormat): string => exportAnnotations(inputs, format);
  const entries = (): { path: string; entry: ExportEntry; text: string }[] =>
    buildModel(inputs).articles.flatMap((a) => a.entries.map((entry) => ({ path: a.path, entry, text: a.text })));

  describe('the model', () => {
    it('orders articles by path and annotations by offset then id, whatever the input order', () => {
      for (const f of EXPORT_FORMATS) assert.equal(exportAnnotations([...inputs].reverse(), f), render(f), f);
      const model = buildModel(inputs);
      assert.deepEqual(model.articles.map((a) => a.path), ['desk/crlf-memo.txt', 'news/harbour-vote.txt', 'news/hostile.md']);
      for (const a of model.articles) {
        const starts = a.entries.map((e) => e.start);
        assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
      }
    });

    it('re-anchors: exact, moved and orphan annotations are all exported', () => {
      const statuses = entries().map((e) => e.entry.status);
      assert.ok(statuses.includes('exact') && statuses.includes('moved') && statuses.includes('orphan'));
      for (const { entry, text } of entries()) if (entry.status !== 'orphan') assert.equal(text.slice(entry.start, entry.end), entry.text);
    });

    it('resolves speakers: stored first, else the overlapping quote (speaker directory applied)', () => {
      const by = (exact: string): ExportEntry | undefined => entries().find((e) => e.entry.text === exact)?.entry;
      assert.equal(by('voted 7 to 2')?.speaker, 'Glenmoor council');
      assert.equal(by('The levy will raise four million a year and not one ferry ticket will go up')?.speaker, 'Olga Brandt');
      assert.equal(by('Passengers paid 40 percent more in five years')?.speaker, 'Tomas Reyes');
    });

    it('filters by speaker, verdict and tag, case-insensitively; filter order does not change output', () => {
      assert.deepEqual(buildModel(inputs, { speaker: 'olga brandt' }).articles.flatMap((a) => a.entries.map((e) => e.annotation.verdict)), ['misleading']);
      assert.equal(buildModel(inputs, { verdicts: ['FALSE', 'misleading'] }).total, 4);
      assert.equal(buildModel(inputs, { tags: ['Ferries'] }).total, 2);
      assert.equal(buildModel(inputs, { tags: ['ferries'], verdicts: ['unverified'] }).total, 1);
      assert.equal(exportAnnotations(inputs, 'json', { verdicts: ['false', 'misleading'] }), exportAnnotations(inputs, 'json', { verdicts: ['misleading', ' false', 'false'] }));
      assert.equal(buildModel(inputs, { speaker: 'nobody' }).total, 0);
    });
  });

  it('stays fast on a large scope: a long article with thousands of annotations', () => {
    const paragraph = 'The council said 😀 that the levy of 𝟙 percent would raise four million a year. ';
    const text = paragraph.repeat(4000);
    const annotations: ExportArticleInput['annotations'] = [];
    for (let i = 0; i < 3000; i++) {
      const start = (i % 4000) * paragraph.length + 4;
      const annotation = { id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, target: { exact: 'council', prefix: '', suffix: '', start, end: start + 7 }, verdict: 'false', note: 'n', tags: ['t'], reviewer: 'R', speaker: `Speaker ${i % 3}`, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' };
      annotations.push({ annotation, anchor: { status: 'exact', start, end: start + 7, score: 1 } });
    }
    const analysis = { meta: { title: 'Big' }, quotes: [], claims: [], speakers: [], paragraphs: [{ start: 0, end: text.length, index: 0 }] };
    const big: ExportArticleInput[] = [{ path: 'big.txt', text, meta: analysis.meta, analysis, annotations }];
    const started = Date.now();
    for (const f of EXPORT_FORMATS) assert.ok(exportAnnotations(big, f).length > 0);
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
  });

  describe('JSON', () => {
    it('is lossless: every stored field, the anchor, and the quotes, claims and speakers concerned', () => {
      const doc = JSON.parse(render('json')) as { total: number; articles: Json[] };
      assert.equal(doc.total, 11);
      const hostile = doc.articles.find((a) => a.path === 'news/hostile.md') as { annotations: Json[]; quotes: Json[]; speakers: Json[]; meta: Json };
      assert.equal(hostile.meta.url, 'https://ledger.example/hostile?a=1&b=2');
      const first = hostile.annotations[0];
      assert.equal(first.note, '<script>alert(1)</script>\r\nSecond line after CRLF\n[x](javascript:alert(1))');
      assert.deepEqual(first.tags, ['<b>xss</b>', '@mention']);
      assert.equal(first.speaker, '+cmd');
      assert.deepEqual(Object.keys(first), ['id', 'target', 'verdict', 'note', 'tags', 'speaker', 'reviewer', 'created', 'modified', 'anchor', 'text', 'resolvedSpeaker', 'quotes', 'claims']);
      for (const a of hostile.annotations) for (const i of a.quotes as number[]) assert.ok(hostile.quotes[i], 'quote index points into the article');
      assert.ok(hostile.speakers.some((s) => s.name === 'Dana Whitfield'));
      const harbour = doc.articles.find((a) => a.path === 'news/harbour-vote.txt') as { annotations: { anchor: Json }[] };
      const orphan = harbour.annotations.find((a) => a.anchor.status === 'orphan');
      assert.ok(orphan && orphan.anchor.line === undefined);
    });
  });

  describe('CSV', () => {
    it('starts with a BOM, ends rows with CRLF and re-reads field for field with a real CSV parser', () => {
      const csv = render('csv');
      assert.ok(csv.startsWith('\uFEFF'));
      assert.ok(csv.endsWith('\r\n'));
      const rows = parse(csv, { bom: true, relax_column_count: false }) as string[][];
      assert.deepEqual(rows[0], [...CSV_HEADER]);
      const expected = entries();
      assert.equal(rows.length - 1, expected.length);
      expected.forEach(({ path, entry }, i) => {
        const a = entry.annotation;
        const values = [path, entry.line === undefined ? '' : String(entry.line), String(entry.start), String(entry.end), entry.speaker ?? '', a.verdict, a.tags.join(';'), entry.text, a.note, a.reviewer, a.created, a.modified, entry.status, a.id];
        rows[i + 1].forEach((cell, j) => {
          const original = values[j];
          // A neutralised cell is the value with one apostrophe in front; nothing else changes.
          assert.equal(cell, isFormulaLike(original) ? `'${original}` : original, `row ${i + 1} ${CSV_HEADER[j]}`);
        });
      });
    });

    it('leaves no cell that a spreadsheet would run as a formula', () => {
      const rows = parse(render('csv'), { bom: true }) as string[][];
      const cells = rows.flat();
      for (const cell of cells) assert.ok(!isFormulaLike(cell), JSON.stringify(cell));
      for (const h of ['=HYPERLINK("http://x","y")', '+cmd', '@SUM(1)']) assert.ok(cells.some((c) => c.includes(h)), `${h} kept as text`);
    });

    it('quotes fields as RFC 4180 says and neutralises formula starts', () => {
      assert.equal(csvField('plain'), 'plain');
      assert.equal(csvField('a,b'), '"a,b"');
      assert.equal(csvField('say "hi"'), '"say ""hi"""');
      assert.equal(csvField('two\r\nlines'), '"two\r\nlines"');
      for (const s of ['=1+1', '+1', '-1', '@x', '\tx', '\rx', '  =1', '＝1']) assert.equal(neutralizeFormula(s), `'${s}`, JSON.stringify(s));
      for (const s of ['1-2', 'a=b', "'=1", '']) assert.equal(neutralizeFormula(s), s);
    });
  });

  describe('W3C Web Annotation', () => {
    it('is an AnnotationCollection of Annotations with the required fields, bodies and creator', () => {
      const doc = JSON.parse(render('w3c')) as Json & { first: { items: Json[] } };
      assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
      assert.equal(doc.type, 'AnnotationCollection');
      assert.match(doc.id as string, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.equal(doc.total, 11);
      assert.equal(doc.first.items.length, 11);
      for (const item of doc.first.items) {
        assert.match(item.id as string, /^urn:uuid:/);
        assert.equal(item.type, 'Annotation');
        for (const k of ['created', 'modified']) assert.match(item[k] as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        assert.equal((item.creator as Json).type, 'Person');
        const purposes = (item.body as Json[]).map((b) => b.purpose);
        assert.ok(purposes.includes('assessing'));
        for (const b of item.body as Json[]) assert.equal(b.type, 'TextualBody');
      }
      const all = doc.first.items.flatMap((i) => (i.body as Json[]).map((b) => b.purpose));
      assert.ok(all.includes('commenting') && all.includes('tagging'));
    });

    it("has every TextQuoteSelector's exact at its TextPositionSelector, counted in code points", () => {
      const doc = JSON.parse(render('w3c')) as { first: { items: { target: { source: string; selector: Json[] } }[] } };
      const texts = new Map(inputs.map((a) => [a.meta.url ?? a.path, a.text]));
      let positioned = 0;
      let astral = 0;
      for (const { target } of doc.first.items) {
        const text = texts.get(target.source);
        assert.ok(text !== undefined, target.source);
        const quote = target.selector.find((s) => s.type === 'TextQuoteSelector');
        const position = target.selector.find((s) => s.type === 'TextPositionSelector');
        assert.ok(quote);
        if (!position) continue;
        positioned++;
        const chars = Array.from(text);
        const [start, end] = [position.start as number, position.end as number];
        assert.equal(chars.slice(start, end).join(''), quote.exact);
        assert.equal(chars.slice(Math.max(0, start - 32), start).join(''), quote.prefix, 'prefix: the 32 characters before');
        assert.equal(chars.slice(end, end + 32).join(''), quote.suffix, 'suffix: the 32 characters after');
        if (text.indexOf(quote.exact as string) !== start) astral++;
      }
      assert.equal(positioned, 10, 'all but the orphan have a position');
      assert.ok(astral >= 2, 'some spans follow astral characters, so code points differ from UTF-16');
    });

    it('counts code points, not UTF-16 units', () => {
      assert.equal(codePointOffset('😀a', 2), 1);
      assert.equal(codePointOffset('a𝟙b', 4), 3);
      assert.equal(codePointOffset('abc', 3), 3);
      fc.assert(
        fc.property(fc.array(fc.constantFrom('a', ' ', '😀', '𝟙', 'é', '\r\n', '\uD800', '\uDC00')).map((parts) => parts.join('')), fc.nat(), (text, n) => {
          // Lone surrogates included; offsets at the boundaries of characters, as anchoring produces them.
          const ends = [0];
          for (const ch of text) ends.push(ends[ends.length - 1] + ch.length);
          const offset = ends[n % ends.length];
          return codePointOffset(text, offset) === Array.from(text.slice(0, offset)).length;
        }),
      );
    });

    it('makes a stable version 8 UUID for the collection', () => {
      assert.equal(nameBasedUuid('x'), nameBasedUuid('x'));
      assert.notEqual(nameBasedUuid('x'), nameBasedUuid('y'));
      assert.match(nameBasedUuid(''), /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const ids = new Set(Array.from({ length: 20000 }, (_, i) => nameBasedUuid(`export ${i}`)));
      assert.equal(ids.size, 20000, 'no collisions among near-identical names');
    });
  });

  describe('schema.org ClaimReview', () => {
    it('has claimReviewed, reviewRating, itemReviewed (a Claim by the speaker, appearing in the article), author, datePublished, url', () => {
      const reviews = JSON.parse(render('claimreview')) as Json[];
      assert.equal(reviews.length, 11);
      for (const r of reviews) {
        assert.equal(r['@context'], 'https://schema.org');
        assert.equal(r['@type'], 'ClaimReview');
        assert.ok(typeof r.claimReviewed === 'string' && r.claimReviewed !== '');
        assert.ok(typeof r.url === 'string' && r.url !== '');
        const rating = r.reviewRating as Json;
        assert.equal(rating['@type'], 'Rating');
        assert.ok(typeof rating.alternateName === 'string');
        if (rating.ratingValue !== undefined) assert.deepEqual([rating.bestRating, rating.worstRating], [5, 1]);
        const item = r.itemReviewed as Json;
        assert.equal(item['@type'], 'Claim');
        assert.equal((item.appearance as Json)['@type'], 'NewsArticle');
        assert.equal((r.author as Json)['@type'], 'Person');
        assert.match(r.datePublished as string, /^\d{4}-\d\d-\d\dT/);
      }
      const levy = reviews.find((r) => (r.claimReviewed as string).startsWith('The levy will raise'));
      assert.deepEqual((levy?.itemReviewed as Json).author, { '@type': 'Person', name: 'Olga Brandt' });
      assert.equal(((levy?.itemReviewed as Json).appearance as Json).url, 'https://gazette.example/2026/10/harbour-levy');
      assert.equal(levy?.url, 'https://gazette.example/2026/10/harbour-levy#claim-review-00000000-0000-4000-8000-000000000001');
    });

    it('maps verdicts to ratings 1 (false) … 5 (accurate); unverified, opinion and custom verdicts get words only', () => {
      assert.deepEqual(['false', 'misleading', 'unsupported', 'mostly-accurate', 'accurate'].map(verdictRating), [1, 2, 3, 4, 5]);
      for (const v of ['unverified', 'opinion', 'half-true', 'constructor']) assert.equal(verdictRating(v), undefined, v);
      assert.deepEqual(RATING_SCALE, { worst: 1, best: 5 });
      assert.equal(verdictWords('mostly-accurate'), 'Mostly accurate');
      assert.equal(verdictWords('half-true'), 'Half true');
    });
  });

  describe('HTML report', () => {
    it('is one file with inline CSS, printable, with no script, no handler, no link and no external resource', () => {
      const html = render('html');
      assert.ok(html.startsWith('<!DOCTYPE html>'));
      assert.match(html, /<style>[\s\S]*@media print/);
      assert.ok(!/<script/i.test(html));
      const tags = html.match(/<[^>]*>/g) ?? [];
      const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p', 'ul', 'li', 'section', 'article', 'span', 'blockquote', 'mark', 'dl', 'dt', 'dd', 'div']);
      for (const tag of tags) {
        if (tag === '<!DOCTYPE html>') continue;
        const name = /^<\/?([a-z0-9]+)/.exec(tag)?.[1];
        assert.ok(name && allowed.has(name), `unexpected tag ${tag}`);
        assert.ok(!/\bon[a-z]+\s*=|javascript:|\b(?:src|href)\s*=/i.test(tag), `unsafe attribute in ${tag}`);
      }
      for (const h of HOSTILE.filter((x) => x.includes('<'))) assert.ok(html.includes(escapeHtml(h)), `${h} shown as text`);
    });

    it('escapes every character that could open markup or end an attribute', () => {
      assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    });

    it('groups by article and by speaker, with verdict counts and the quote in context', () => {
      const html = render('html');
      assert.ok(html.indexOf('<h2>By article</h2>') < html.indexOf('<h2>By speaker</h2>'));
      assert.match(html, /<li>Misleading: 2<\/li>/);
      assert.match(html, /Glenmoor&#39;s council <mark>voted 7 to 2<\/mark> on Tuesday/);
    });
  });

  describe('Markdown report', () => {
    it('renders notes and article text as text: no raw HTML, no link, no autolink', () => {
      const md = render('md');
      const unescaped = (pattern: RegExp): string[] => md.split('\n').filter((l) => pattern.test(l.replace(/\\./g, '')));
      assert.deepEqual(unescaped(/[<>]/).filter((l) => !l.startsWith('>') && !l.startsWith('  >')), []);
      assert.deepEqual(unescaped(/\[|\]/), []);
      assert.deepEqual(unescaped(/<|https?:\/\//), [], 'no raw tag or bare URL inside a line');
      assert.ok(md.includes('\\<script\\>alert(1)\\</script\\>'));
      assert.ok(md.includes('\\[x\\](javascript:alert(1))'));
    });

    it('keeps note lines apart, CRLF included, inside the quote', () => {
      const md = render('md');
      assert.ok(md.includes('  > \\<script\\>alert(1)\\</script\\>\n  > Second line after CRLF\n  > \\[x\\](javascript:alert(1))\n'));
      assert.ok(!md.includes('\r'));
    });

    it('escapes only what could start markup', () => {
      assert.equal(escapeMarkdownLine('# not a heading'), '\\# not a heading');
      assert.equal(escapeMarkdownLine('1. not a list, 2. either'), '1\\. not a list, 2. either');
      assert.equal(escapeMarkdownLine('- item'), '\\- item');
      assert.equal(escapeMarkdownLine('see https://x.example or www.x.example'), 'see https\\://x.example or www\\.x.example');
      assert.equal(escapeMarkdownLine("It's 3.1 million: fine."), "It's 3.1 million: fine.");
      assert.equal(escapeMarkdownLine('*a* _b_ `c` [d](e) <f> & g|h ~i~ $(j) @k !l'), '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\& g\\|h \\~i\\~ \\$(j) \\@k \\!l');
    });
  });
});
