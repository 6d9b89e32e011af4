/**
 * The lines of an article its metadata is read from: every line when the article has at most
 * 2 × EDGE_LINES line breaks, else its first EDGE_LINES lines and its last EDGE_LINES lines (those
 * read from its last 8,000 characters). Each stretch is split into lines as by /\r?\n/.
 *
 * Rules ask for the lines that hold something (a year, "://") or for the first lines with text,
 * so a line is cut out of the text only when a rule reads it, and the middle of a long article is
 * never read.
 */

import { isRegexSpace } from './chars';
import type { ReadableText } from './edits/editedText';

const EDGE_LINES = 40;
const TAIL_CHARS = 8000;

export class EdgeLines {
  /** The stretches [start, end) of the text whose lines are read, in order: one or two. */
  private readonly regions: number[];
  /**
   * In order, the line breaks the constructor found: every one inside the regions (and a few on
   * their edges). The lines are read from these, so the text is searched for breaks only once.
   */
  private readonly breaks: number[] = [];

  constructor(private readonly text: string) {
    // line breaks are found only as far as needed to know whether the article is short
    const breaks = this.breaks;
    for (let i = text.indexOf('\n'); i !== -1 && breaks.length <= EDGE_LINES * 2; i = text.indexOf('\n', i + 1)) breaks.push(i);
    if (breaks.length <= EDGE_LINES * 2) {
      this.regions = [0, text.length];
      return;
    }
    const headEnd = breaks[EDGE_LINES - 1];
    // the head's breaks are kept; the tail's follow them, all beyond the head (there are more than 2 × EDGE_LINES)
    breaks.length = EDGE_LINES;
    // the last EDGE_LINES lines of the tail, found backwards from the end (its first may be cut short)
    const from = Math.max(0, text.length - TAIL_CHARS);
    const tail: number[] = [];
    let tailStart = from;
    let end = text.length;
    for (let k = 0; k < EDGE_LINES; k++) {
      const nl = end > from ? text.lastIndexOf('\n', end - 1) : -1;
      tailStart = nl >= from ? nl + 1 : from;
      if (nl < from) break;
      tail.push(nl);
      end = nl;
    }
    for (let k = tail.length - 1; k >= 0; k--) breaks.push(tail[k]);
    this.regions = [0, headEnd, tailStart, text.length];
  }

  /** The first `count` lines with anything but white space in them. */
  firstNonBlank(count: number): string[] {
    const out: string[] = [];
    const text = this.text;
    this.eachLine((start, lineEnd) => {
      if (out.length >= count) return false;
      // what trim() would leave, found in place: a blank line is never cut out of the text
      let k = start;
      while (k < lineEnd && isRegexSpace(text.charCodeAt(k))) k++;
      if (k < lineEnd) out.push(text.slice(start, lineEnd));
      return out.length < count;
    });
    return out;
  }

  /** In order, every line with a match of `pattern` (global or sticky: its lastIndex is used). */
  linesMatching(pattern: RegExp): string[] {
    const out: string[] = [];
    for (let r = 0; r < this.regions.length; r += 2) {
      const end = this.regions[r + 1];
      pattern.lastIndex = this.regions[r];
      for (let m = pattern.exec(this.text); m !== null && m.index + m[0].length <= end; m = pattern.exec(this.text)) {
        const next = this.pushLineAt(m.index, this.regions[r], end, out);
        // the rest of the line has been taken
        if (next > pattern.lastIndex) pattern.lastIndex = next;
      }
    }
    return out;
  }

  /**
   * In order, every line of at most `maxLength` characters with a match of `pattern` (neither
   * global nor sticky). Long lines are passed over unread: in a plain-text article each paragraph
   * is one long line.
   */
  shortLinesMatching(pattern: RegExp, maxLength: number): string[] {
    const out: string[] = [];
    this.eachLine((start, lineEnd) => {
      if (lineEnd - start <= maxLength) {
        const line = this.text.slice(start, lineEnd);
        if (pattern.test(line)) out.push(line);
      }
      return true;
    });
    return out;
  }

  /** In order, every line in which `needle` stands. */
  linesContaining(needle: string): string[] {
    const out: string[] = [];
    for (let r = 0; r < this.regions.length; r += 2) {
      const end = this.regions[r + 1];
      for (let at = this.text.indexOf(needle, this.regions[r]); at !== -1 && at + needle.length <= end; at = this.text.indexOf(needle, at)) {
        at = this.pushLineAt(at, this.regions[r], end, out);
      }
    }
    return out;
  }

  /**
   * Calls `visit` with the bounds of each line of the regions, in order, until it returns false.
   * A line ends before its \n or \r\n, or at its region's end, where no break is seen.
   */
  private eachLine(visit: (start: number, lineEnd: number) => boolean): void {
    const text = this.text;
    const breaks = this.breaks;
    let b = 0;
    for (let r = 0; r < this.regions.length; r += 2) {
      const end = this.regions[r + 1];
      for (let start = this.regions[r]; ; ) {
        // the next break at or after start: the constructor found every one inside the regions
        while (b < breaks.length && breaks[b] < start) b++;
        const nl = b < breaks.length ? breaks[b] : -1;
        const last = nl === -1 || nl >= end;
        const lineEnd = last ? end : nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        if (!visit(start, lineEnd)) return;
        if (last) break;
        start = nl + 1;
      }
    }
  }

  /** Adds the line of the region [regionStart, regionEnd) that holds position p; returns where the next line starts. */
  private pushLineAt(p: number, regionStart: number, regionEnd: number, out: string[]): number {
    const before = p > regionStart ? this.text.lastIndexOf('\n', p - 1) : -1;
    const start = before >= regionStart ? before + 1 : regionStart;
    // the line ends before its \n or \r\n, or at the region's end, where no break is seen
    const nl = this.text.indexOf('\n', p);
    if (nl === -1 || nl >= regionEnd) {
      out.push(this.text.slice(start, regionEnd));
      return regionEnd;
    }
    out.push(this.text.slice(start, nl > start && this.text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl));
    return nl + 1;
  }
}

/**
 * A text whose lines EdgeLines reads are those of `text`: its first EDGE_LINES lines, blank lines,
 * then its last TAIL_CHARS characters. Undefined when `text` is too short to leave anything out,
 * or when its first lines hold fewer than two with a letter or digit (a title is looked for in the
 * first two lines with text, wherever they are). An edit near the top or the bottom of a long
 * plain-text article has its metadata read from this, not from the whole text joined anew.
 */
export function edgesOnly(text: ReadableText): string | undefined {
  let headEnd = -1;
  for (let lines = 0; lines < EDGE_LINES; lines++) {
    headEnd = text.indexOf('\n', headEnd + 1);
    if (headEnd < 0) return undefined;
  }
  const tailFrom = text.length - TAIL_CHARS;
  const gap = 2 * EDGE_LINES + 1;
  // the head and the tail must not meet, and what is left out must be worth it
  if (tailFrom - (headEnd + 1) <= gap) return undefined;
  // read by its edges only when it has more than 2 × EDGE_LINES breaks (else it is read whole)
  for (let lines = EDGE_LINES, at = headEnd; lines <= 2 * EDGE_LINES; lines++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return undefined;
  }
  const head = text.slice(0, headEnd + 1);
  if ((head.match(/^[^\n]*[\p{L}\p{N}]/gmu) ?? []).length < 2) return undefined;
  // the blank lines keep more than 2 × EDGE_LINES breaks in it, so it is read by its edges too
  return head + '\n'.repeat(gap) + text.slice(tailFrom);
}
