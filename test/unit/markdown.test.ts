import * as assert from 'node:assert/strict';
import { maskMarkdown } from '../../src/core/markdown';

/** The text with every character but line breaks turned into a space. */
const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

/** Masks, checks the invariants every masking must keep, and returns the result. */
function mask(text: string): string {
  const masked = maskMarkdown(text);
  assert.equal(masked.length, text.length, 'same length');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || text[i] === '\r') assert.equal(masked[i], text[i], `line break kept at ${i}`);
    else assert.ok(masked[i] === text[i] || masked[i] === ' ', `only spaces written, at ${i}`);
  }
  assert.equal(maskMarkdown(masked), masked, 'idempotent');
  return masked;
}

describe('maskMarkdown', () => {
  it('leaves prose, quotes and heading/list/quote markup untouched', () => {
    const text = '# Title\n\n“Hello,” she said. "Yes" — it’s the ’90s.\n\n- item one\n> quoted line\n1. first\n';
    assert.equal(mask(text), text);
  });

  it('masks front matter but keeps its line breaks', () => {
    const text = '---\ntitle: "Quoted title"\n---\nBody "quote".';
    assert.equal(mask(text), '   \n                     \n   \nBody "quote".');
  });

  it('masks front matter behind a BOM and with CRLF endings', () => {
    const text = '\uFEFF---\r\ntitle: "x"\r\n---\r\nBody';
    assert.equal(mask(text), '    \r\n          \r\n   \r\nBody');
  });

  it('treats an unclosed --- as a rule, not front matter', () => {
    const text = '---\ntitle: "x"\n';
    assert.equal(mask(text), text);
  });

  it('masks fenced code blocks, fences included, closed or not', () => {
    const masked = mask('Before\n```js\nconst s = "in code";\n```\nAfter "q"\n~~~\n"open to the end"\n');
    assert.equal(masked, 'Before\n     \n                    \n   \nAfter "q"\n   \n                 \n');
  });

  it('masks indented code after a blank line, not list continuations', () => {
    assert.equal(mask('Para\n\n    "code"\n\nText'), 'Para\n\n          \n\nText');
    const list = '- item\n\n    "continued item"\n';
    assert.equal(mask(list), list);
    const lazy = 'Para\n    "still the paragraph"\n';
    assert.equal(mask(lazy), lazy);
  });

  it('reads an indented line right after a fence as code, so a second masking changes nothing', () => {
    assert.equal(mask('```\nx\n```\n    "code"\n'), '   \n \n   \n          \n');
  });

  it('masks inline code spans, including double-backtick spans', () => {
    assert.equal(mask('a `"x"` b ``say `"y"` ok`` c'), `a ${blank('`"x"`')} b ${blank('``say `"y"` ok``')} c`);
    const unmatched = 'a ` b "q"';
    assert.equal(mask(unmatched), unmatched);
  });

  it('masks link and image targets with their titles, keeping the link text', () => {
    assert.equal(mask('[the "report"](https://x.example/a_(b) "Title") end'), '[the "report"]                                  end');
    assert.equal(mask('![alt](img.png)'), '![alt]         ');
    const escaped = '(u "with \\"escaped\\" quote")';
    assert.equal(mask(`[a]${escaped}`), `[a]${blank(escaped)}`);
  });

  it('masks reference definitions, HTML tags, comments, autolinks and bare URLs', () => {
    assert.equal(mask('[id]: https://x.example "T"\nText'), `${blank('[id]: https://x.example "T"')}\nText`);
    assert.equal(mask('a <span title="x">b</span> c'), `a ${blank('<span title="x">')}b${blank('</span>')} c`);
    assert.equal(mask('a <!-- "gone"\n"also" --> b'), `a ${blank('<!-- "gone"\n"also" -->')} b`);
    const autolink = '<https://x.example/"q">';
    const bare = 'https://y.example/p?q="z"';
    assert.equal(mask(`see ${autolink} or ${bare} now`), `see ${blank(autolink)} or ${blank(bare)} now`);
  });

  it('does not take comparisons for HTML', () => {
    const text = 'If a < b and c > d, then "q".';
    assert.equal(mask(text), text);
  });

  it('masks the sample article markup without touching its quotes', () => {
    const text = 'Asked, he said “Skarholm is a fine port,” and left.\n\nThe name `"Deep Water"` stayed.\n<!-- "third" -->\n';
    const masked = mask(text);
    assert.ok(masked.includes('“Skarholm is a fine port,”'));
    assert.ok(!masked.includes('Deep Water'));
    assert.ok(!masked.includes('third'));
  });
});
