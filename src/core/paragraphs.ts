import { isRegexSpace } from './chars';
import type { Paragraph } from './types';

/**
 * Plain-text articles usually put one paragraph on a line. Wire copy, e-mailed copy and text
 * taken from PDFs are often hard-wrapped instead: lines of some seventy characters, paragraphs
 * set apart by blank lines or by an indented first line. Markdown wraps paragraphs across lines
 * and separates them by blank lines (a heading, list item or quote line still stands alone).
 * `wrapped` reads plain text the wrapped way.
 */
export function splitParagraphs(text: string, format: 'text' | 'markdown', wrapped = false): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) paragraphs.push({ start, end, index: paragraphs.length });
    start = -1;
  };
  // (wrapped: whether the line before, with no blank line between, broke off mid-sentence, and its length)
  let runningOn = false;
  let previousLength = -1;
  // (Markdown: whether the lines since the last blank line are a block quote's)
  let inBlockQuote = false;
  eachLine(text, (pos, lineEnd, first, last) => {
    if (first === lineEnd) {
      flush();
      runningOn = false;
      previousLength = -1;
      inBlockQuote = false;
    } else if (format === 'text' && wrapped) {
      // A list item or an indented line starts a paragraph, and the lines after it run on in
      // it: "94. He said" after "He's" is a sentence wrapped, not an item of a numbered list.
      // So does a line whose first word would have fitted on the line before, which the
      // wrapping did not end: "About Ventrolux" over the boilerplate's first line.
      // (a tab of indent is taken for the widest a wrapper could have counted it, eight columns:
      // an indented line that reads short may have been full)
      let indent = 0;
      for (let k = pos; k < first; k++) indent += text.charCodeAt(k) === 9 ? 8 : 1;
      let word = first;
      while (word < last && !isRegexSpace(text.charCodeAt(word))) word++;
      const fitted = previousLength >= 0 && previousLength + 1 + (word - first) <= indent + last - first;
      if (indent >= 2 || fitted || (!runningOn && LIST_ITEM.test(text.slice(pos, lineEnd)))) flush();
      if (start < 0) start = first;
      end = last;
      runningOn = runsOn(text.charCodeAt(last - 1));
      previousLength = indent + last - first;
    } else if (format === 'markdown' && text.charCodeAt(first) === 62 && first - pos <= 3) {
      // A block quote's lines form its paragraphs, as Markdown reads them: "> “… Half the
      // night\n> staff live on the island.”" is one (a line run on without its ">" joins it as any
      // Markdown line does), and a ">" alone ends one.
      if (!inBlockQuote) flush();
      inBlockQuote = true;
      let content = first + 1;
      while (content < last && isRegexSpace(text.charCodeAt(content))) content++;
      if (content >= last) flush();
      else {
        // (the paragraph opens at its text, not at the ">": "> “…”" opens with its quote)
        if (start < 0) start = content;
        end = last;
      }
    } else {
      const standsAlone = format === 'text' || MARKDOWN_BLOCK.test(text.slice(pos, lineEnd));
      // (any other block after a block quote, a heading or an item, stands alone and ends it)
      if (standsAlone) {
        flush();
        inBlockQuote = false;
      }
      if (start < 0) start = first;
      end = last;
      if (standsAlone) flush();
    }
  });
  flush();
  return paragraphs;
}

/**
 * Calls `visit` for each line: where it starts, where it ends (before its \n or \r\n), and its
 * first and last characters other than white space (\s, no-break space, BOM); first === lineEnd
 * for a blank line, last is then first.
 */
function eachLine(text: string, visit: (pos: number, lineEnd: number, first: number, last: number) => void): void {
  for (let pos = 0; pos <= text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let lineEnd = nl;
    if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    let first = pos;
    while (first < lineEnd && isRegexSpace(text.charCodeAt(first))) first++;
    let last = lineEnd;
    while (last > first && isRegexSpace(text.charCodeAt(last - 1))) last--;
    visit(pos, lineEnd, first, last);
    pos = nl + 1;
  }
}

const MARKDOWN_BLOCK = /^\s{0,3}([#>]|[-*+] |\d+[.)] )/;
const LIST_ITEM = /^\s{0,3}([-*+\u2022] |\d+[.)] )/;

/**
 * Whether plain text reads as hard-wrapped: at least MIN_CONTINUED of its lines run on into the
 * next, and they are at least a quarter of the lines followed by another. A line runs on when
 * it ends on a letter, a digit, a comma, a hyphen or a dash (no sentence or quote closes there)
 * and the next begins with a lowercase letter, the middle of a sentence. Copy with a paragraph
 * on each line has next to none; wrapped copy breaks most lines mid-sentence.
 */
export function isHardWrapped(text: string): boolean {
  return readsWrapped(countLineBreaks(text));
}

/** What isHardWrapped counts: lines followed by another with no blank line between, and those of them that run on into it. */
export interface LineBreaks {
  readonly adjacent: number;
  readonly continued: number;
}

export function readsWrapped(breaks: LineBreaks): boolean {
  return breaks.continued >= MIN_CONTINUED && breaks.continued * 4 >= breaks.adjacent;
}

/**
 * The counts of isHardWrapped. Each pair of lines counts on its own, so a text made of whole
 * lines counts its pairs alone: an edit changes the counts of the lines it touches and their
 * neighbours only.
 */
export function countLineBreaks(text: string): LineBreaks {
  let continued = 0;
  let adjacent = 0;
  let previousLast = -1;
  eachLine(text, (_pos, lineEnd, first, last) => {
    if (first === lineEnd) {
      previousLast = -1;
      return;
    }
    if (previousLast >= 0) {
      adjacent++;
      if (runsOn(text.charCodeAt(previousLast)) && isLowerLatin(text.charCodeAt(first))) continued++;
    }
    previousLast = last - 1;
  });
  return { adjacent, continued };
}

const MIN_CONTINUED = 3;

function runsOn(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 44 || c === 45 || c === 0x2013 || c === 0x2014 || (c >= 0xc0 && c <= 0x24f);
}

/** A lowercase letter of ASCII or Latin-1. */
function isLowerLatin(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}
