/**
 * Plain text inside a Markdown report. Article text and notes are data from outside (a quote may
 * contain `[x](javascript:…)`, a note `<img onerror=…>`), so they are rendered as text, never as
 * Markdown: a note cannot add a link, an image or HTML to a report someone else opens. The cost
 * is that a note's own Markdown formatting shows as typed; the JSON export keeps it as written.
 *
 * Escaping every ASCII punctuation character would be safe but leaves the raw file unreadable,
 * so only what can start markup is escaped: inline markup characters everywhere, block markers
 * at the start of a line, and what GFM turns into links by itself (`http://`, `www.`, `x@y`).
 */
import { replaceMatches, unixLines } from './text';

// `#` too: a title ending in ` #` would lose it as the closing sequence of a heading.
const INLINE = /[\\`*_[\]<>&!|~$@#]/g;
const backslashed = (c: string): string => `\\${c}`;

/** A line start that opens a list, a setext underline or a thematic break. */
const BLOCK_START = /^\s*(?:[=+-]|\d{1,9}[.)])/;
/** Tested apart: one regex with all of them as alternatives is twice as slow. */
const HAS_INLINE = /[\\`*_[\]<>&!|~$@#]/;
const WWW = /www\./i;

export function escapeMarkdownLine(line: string): string {
  // Most text needs nothing: tests first, so that it is not copied (reports escape every excerpt,
  // name and note, hundreds of thousands of strings in a large export).
  if (!HAS_INLINE.test(line) && !line.includes('://') && !WWW.test(line) && !BLOCK_START.test(line)) return line;
  let out = replaceMatches(line, INLINE, backslashed);
  // Line starts that open a list, a setext underline or a thematic break (`#`, `*`, `>` are escaped everywhere).
  if (BLOCK_START.test(out)) out = out.replace(/^(\s*)([=+-])/, '$1\\$2').replace(/^(\s*\d{1,9})([.)])/, '$1\\$2');
  // Extended autolinks: `https://`, `www.`. A backslash before the colon or dot stops them.
  if (out.includes('://')) out = out.replace(/:\/\//g, '\\://');
  if (WWW.test(out)) out = out.replace(/\b(www)\./gi, '$1\\.');
  return out;
}

const LINE_BREAK = /[\r\n]/;

/** One line of text (line breaks as spaces). */
export function markdownInline(text: string): string {
  return escapeMarkdownLine(LINE_BREAK.test(text) ? text.replace(/\r\n|\r|\n/g, ' ') : text);
}


/** Multi-line text as blockquote lines (`> …`), each escaped; blank lines stay inside the quote. */
export function markdownQuoted(text: string, indent = ''): string[] {
  return unixLines(text).split('\n').map((l) => (l.trim() === '' ? `${indent}>` : `${indent}> ${escapeMarkdownLine(l)}`));
}
