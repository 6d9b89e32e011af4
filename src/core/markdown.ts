/**
 * Markdown masking: the engine reads Markdown as prose, so everything that is not prose is blanked
 * out first. The result has exactly the input's length and keeps every line break, so any offset
 * found in the masked text is also an offset into the original: no mapping table is needed.
 *
 * Masking is idempotent (masking masked text changes nothing), so it is safe for both the caller
 * and the engine to apply it.
 */

import { isRegexSpace } from './chars';

/** A region of the text to blank out: [start, end). */
interface Range {
  start: number;
  end: number;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>/g;
const BARE_URL = /\b(?:https?|ftp):\/\/[^\s<>()]+(?:\([^\s<>()]*\)[^\s<>()]*)*/g;

export function maskMarkdown(text: string): string {
  // Most articles have little or no markup: the text is copied into characters only once a range
  // is blanked, and joined again only when a rule has blanked something since the last join.
  let chars: string[] | undefined;
  let current = text;
  let changed = false;
  const apply = (ranges: Iterable<Range>): void => {
    for (const r of ranges) {
      chars ??= text.split('');
      changed = true;
      for (let i = r.start; i < r.end; i++) {
        // Line breaks survive so line:column positions agree between the two texts.
        if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
      }
    }
  };
  const refresh = (): string => {
    if (changed && chars) current = chars.join('');
    changed = false;
    return current;
  };
  // Block constructs first: inline rules must not see the inside of a code block.
  apply(blockRanges(text));
  // Code spans before links and tags: `<b>` or `[a](b)` inside backticks is code, not markup.
  apply(codeSpanRanges(refresh()));
  refresh();
  // each pattern needs a string of its own, looked for first: most articles have none of them
  apply(regexRanges(current, HTML_COMMENT, '<!--'));
  apply(regexRanges(current, HTML_TAG, '<'));
  apply(regexRanges(current, AUTOLINK, '<'));
  apply(regexRanges(current, REFERENCE_DEFINITION, ']:'));
  apply(linkTargetRanges(current));
  apply(regexRanges(refresh(), BARE_URL, '://'));
  return refresh();
}

interface Line extends Range {
  /** The line's text without its line break. */
  body: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const bodyEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end, body: text.slice(start, bodyEnd) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Front matter, fenced code blocks and indented code blocks, as whole lines. */
function blockRanges(text: string): Range[] {
  const lines = splitLines(text);
  const ranges: Range[] = [];
  let i = frontMatterEnd(lines);
  if (i > 0) ranges.push({ start: 0, end: lines[i - 1].end });

  let previousBlank = true;
  let inListContext = false;
  // a fence needs three backticks or tildes: without any, no line is tried as one
  const fences = text.includes('```') || text.includes('~~~');
  while (i < lines.length) {
    const line = lines[i];
    const fence = fences ? FENCE_OPEN.exec(line.body) : null;
    // A backtick fence's info string cannot itself contain backticks (CommonMark); that is an inline span.
    if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) {
      const close = findFenceClose(lines, i + 1, fence[1]);
      // An unclosed fence runs to the end of the document, as in CommonMark.
      const last = close ?? lines.length - 1;
      ranges.push({ start: line.start, end: lines[last].end });
      i = last + 1;
      // Nothing continues a code block, so what follows starts fresh, exactly as it will once the
      // block is blanked out (this keeps masking idempotent).
      previousBlank = true;
      continue;
    }
    const blank = line.body.trim() === '';
    if (!blank && previousBlank && !inListContext && isIndentedCode(line.body)) {
      let last = i;
      // An indented block runs on over blank lines as long as indented lines follow.
      for (let j = i + 1; j < lines.length; j++) {
        if (isIndentedCode(lines[j].body)) last = j;
        else if (lines[j].body.trim() !== '') break;
      }
      ranges.push({ start: line.start, end: lines[last].end });
      i = last + 1;
      previousBlank = true;
      continue;
    }
    if (!blank) {
      // Indented paragraphs under a list item are the item's continuation, not code. Both
      // patterns need a space, a list marker or a digit first.
      const first = line.body.charCodeAt(0);
      if (!isRegexSpace(first) && !isListStart(first)) inListContext = false;
      else if (LIST_ITEM.test(line.body)) inListContext = true;
      else if (!/^\s/.test(line.body)) inListContext = false;
    }
    previousBlank = blank;
    i++;
  }
  return ranges;
}

/** - * + or a digit: what a list item starts with after its indent. */
function isListStart(c: number): boolean {
  return c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57);
}

/** Index of the first line after YAML front matter, or 0 when there is none. */
function frontMatterEnd(lines: Line[]): number {
  if (lines.length === 0 || lines[0].body.replace(/^\uFEFF/, '').trimEnd() !== '---') return 0;
  for (let i = 1; i < lines.length; i++) {
    const body = lines[i].body.trimEnd();
    if (body === '---' || body === '...') return i + 1;
  }
  // Without a closing delimiter it is a thematic break, not front matter.
  return 0;
}

/** YAML front matter at the very top (after an optional BOM): its source and where the block ends. */
export function frontMatter(text: string): { yaml: string; end: number } | undefined {
  // read line by line from the top, and not at all past the first line when it opens no block
  const firstBreak = text.indexOf('\n');
  if (firstBreak === -1 || text.slice(0, firstBreak).replace(/^\uFEFF/, '').trimEnd() !== '---') return undefined;
  const yamlStart = firstBreak + 1;
  for (let start = yamlStart; ; ) {
    const next = text.indexOf('\n', start);
    const end = next === -1 ? text.length : next;
    const body = text.slice(start, end).trimEnd();
    if (body === '---' || body === '...') return { yaml: text.slice(yamlStart, start), end };
    // Without a closing delimiter it is a thematic break, not front matter.
    if (next === -1) return undefined;
    start = next + 1;
  }
}

function findFenceClose(lines: Line[], from: number, opener: string): number | undefined {
  const closing = new RegExp(`^ {0,3}${opener[0] === '`' ? '`' : '~'}{${opener.length},}\\s*$`);
  for (let j = from; j < lines.length; j++) if (closing.test(lines[j].body)) return j;
  return undefined;
}

function isIndentedCode(body: string): boolean {
  return /^(?: {4}|\t| {1,3}\t)/.test(body) && body.trim() !== '';
}

/** The matches of `pattern`, which cannot match where `needed` does not stand. */
function regexRanges(text: string, pattern: RegExp, needed: string): Range[] {
  if (!text.includes(needed)) return [];
  return Array.from(text.matchAll(pattern), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Inline code: a run of N backticks closed by the next run of exactly N, within one paragraph. */
function codeSpanRanges(text: string): Range[] {
  const ranges: Range[] = [];
  if (!text.includes('`')) return ranges;
  const runs = Array.from(text.matchAll(/`+/g), (m) => ({ start: m.index, length: m[0].length }));
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i];
    for (let j = i + 1; j < runs.length; j++) {
      const inside = text.slice(open.start + open.length, runs[j].start);
      if (/\n[ \t]*\r?\n/.test(inside)) break;
      if (runs[j].length === open.length) {
        ranges.push({ start: open.start, end: runs[j].start + runs[j].length });
        i = j;
        break;
      }
    }
  }
  return ranges;
}

function startsBlankLine(text: string, newline: number): boolean {
  const next = text.indexOf('\n', newline + 1);
  return text.slice(newline + 1, next === -1 ? text.length : next).trim() === '';
}

/** `(target "title")` after `]`: balanced parentheses, never past a blank line. */
function linkTargetRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (let at = text.indexOf('](', 0); at !== -1; at = text.indexOf('](', at + 1)) {
    const open = at + 1;
    let depth = 0;
    for (let k = open; k < text.length; k++) {
      const c = text[k];
      if (c === '\n' && startsBlankLine(text, k)) break;
      if (c === '\\') {
        k++;
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        ranges.push({ start: open, end: k + 1 });
        at = k;
        break;
      }
    }
  }
  return ranges;
}
