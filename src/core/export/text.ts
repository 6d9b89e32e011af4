/** Text measurements the formats share: lines, code points, excerpts around a span. */
import type { Paragraph } from '../types';

/** Offsets where each line starts; lines end at `\n` (a CRLF's `\r` stays on its line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and UTF-16 column, the way editors and the `analyze` report count them. */
export function lineAndColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/**
 * Code points before a UTF-16 offset. The Web Annotation model counts characters, not code units,
 * so an emoji before a span moves it by one there and by two in the editor.
 */
export function codePointOffset(text: string, utf16Offset: number): number {
  let count = 0;
  for (let i = 0; i < utf16Offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A low surrogate that follows a high one is the second half of a character already counted.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) count++;
  }
  return count;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** Runs of white space (line breaks included) as one space: reports show paragraphs as flowing text. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ');
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
 * The paragraph(s) the span lies in, cut to CONTEXT_CHARS either side. Cuts never split a
 * surrogate pair, so an excerpt is always valid text.
 */
export function excerpt(text: string, paragraphs: readonly Paragraph[], start: number, end: number): Excerpt {
  const first = paragraphs.find((p) => p.start <= start && start < p.end);
  const last = paragraphs.find((p) => p.start < end && end <= p.end);
  const from = first ? first.start : start;
  const to = last ? last.end : end;
  return {
    before: cutStart(flatten(text.slice(from, start)).trimStart()),
    span: flatten(text.slice(start, end)),
    after: cutEnd(flatten(text.slice(end, to)).trimEnd()),
  };
}

function cutStart(s: string): string {
  if (s.length <= CONTEXT_CHARS) return s;
  let cut = s.slice(s.length - CONTEXT_CHARS);
  const space = cut.indexOf(' ');
  if (space >= 0 && space < CONTEXT_CHARS / 2) cut = cut.slice(space + 1);
  else if (isLow(cut.charCodeAt(0))) cut = cut.slice(1);
  return `…${cut}`;
}

function cutEnd(s: string): string {
  if (s.length <= CONTEXT_CHARS) return s;
  let cut = s.slice(0, CONTEXT_CHARS);
  const space = cut.lastIndexOf(' ');
  if (space > CONTEXT_CHARS / 2) cut = cut.slice(0, space);
  else if (isHigh(cut.charCodeAt(cut.length - 1))) cut = cut.slice(0, -1);
  return `${cut}…`;
}

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Sorts strings by code unit, not locale, so every machine orders them the same way. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Line breaks as `\n`, for reports (the lossless formats keep notes exactly as stored). */
export function unixLines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
