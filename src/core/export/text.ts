/** Text measurements the formats share: lines, code points, excerpts around a span. */
import type { Paragraph } from '../types';

export { lineAndColumn, lineStarts } from '../lines';

/**
 * Code points before a UTF-16 offset. The Web Annotation model counts characters, not code units,
 * so an emoji before a span moves it by one there and by two in the editor.
 */
export function codePointOffset(text: string, utf16Offset: number): number {
  return codePointCounter(text)(utf16Offset);
}

/**
 * A converter for many offsets into one text: the second halves of its surrogate pairs are found
 * once, then each offset costs a binary search, so a long article with many annotations stays linear.
 */
export function codePointCounter(text: string): (utf16Offset: number) => number {
  const seconds: number[] = [];
  for (let i = 1; i < text.length; i++) if (isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) seconds.push(i);
  return (offset) => {
    const end = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = seconds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seconds[mid] < end) lo = mid + 1;
      else hi = mid;
    }
    return end - lo;
  };
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * White space other than a space (what `\s` matches, spelled out: `[^\S ]` is several times slower),
 * and two white-space characters in a row.
 */
const OTHER_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const SPACES = /\s\s/;

/** Runs of white space (line breaks included) as one space: reports show paragraphs as flowing text. */
export function flatten(text: string): string {
  // Most text has no white space but single spaces, which would be replaced by themselves.
  return SPACES.test(text) || OTHER_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** The text around a span, for reading it in context; `span` is the annotated text itself. */
export interface Excerpt {
  before: string;
  span: string;
  after: string;
}

/** Context longer than this on either side is cut at a word, with an ellipsis. */
export const CONTEXT_CHARS = 200;

/**
 * The paragraph(s) the span lies in, cut to CONTEXT_CHARS either side. Only a window around the
 * span is looked at, so a huge paragraph (an article without blank lines) costs no more than a
 * short one. Cuts never split a surrogate pair, so an excerpt is always valid text.
 */
export function excerpt(text: string, paragraphs: readonly Paragraph[], start: number, end: number): Excerpt {
  const first = paragraphs.find((p) => p.start <= start && start < p.end);
  const last = paragraphs.find((p) => p.start < end && end <= p.end);
  const window = CONTEXT_CHARS * 4;
  const from = Math.max(first ? first.start : start, start - window);
  const to = Math.min(last ? last.end : end, end + window);
  return {
    before: cutStart(flatten(text.slice(from, start)).trimStart(), from > (first ? first.start : start)),
    span: flatten(text.slice(start, end)),
    after: cutEnd(flatten(text.slice(end, to)).trimEnd(), to < (last ? last.end : end)),
  };
}

function cutStart(s: string, windowed: boolean): string {
  if (s.length <= CONTEXT_CHARS && !windowed) return s;
  let cut = s.slice(-CONTEXT_CHARS);
  const space = cut.indexOf(' ');
  if (space >= 0 && space < CONTEXT_CHARS / 2) cut = cut.slice(space + 1);
  else if (isLow(cut.charCodeAt(0))) cut = cut.slice(1);
  return `…${cut}`;
}

function cutEnd(s: string, windowed: boolean): string {
  if (s.length <= CONTEXT_CHARS && !windowed) return s;
  let cut = s.slice(0, CONTEXT_CHARS);
  const space = cut.lastIndexOf(' ');
  if (space > CONTEXT_CHARS / 2) cut = cut.slice(0, space);
  else if (isHigh(cut.charCodeAt(cut.length - 1))) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * `text` with each match of `pattern` (a global regex that never matches empty text) replaced by
 * `by(match)`; `text` itself when nothing matches. Escaping in reports runs this on hundreds of thousands of strings: slices between the
 * matches cost less than replace() with a callback or a `$&` pattern.
 */
export function replaceMatches(text: string, pattern: RegExp, by: (match: string) => string): string {
  pattern.lastIndex = 0;
  let match = pattern.exec(text);
  if (match === null) return text;
  let out = '';
  let done = 0;
  do {
    out += text.slice(done, match.index) + by(match[0]);
    done = match.index + match[0].length;
    match = pattern.exec(text);
  } while (match !== null);
  return out + text.slice(done);
}

/** Sorts strings by code unit, not locale, so every machine orders them the same way. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Line breaks as `\n`, for reports (the lossless formats keep notes exactly as stored). */
export function unixLines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
