import { charAfter, charBefore, copyCharCodes, isSpace, isWordChar } from '../chars';
import type { Paragraph } from '../types';

/**
 * Finds quotation spans by scanning characters over each paragraph, before any sentence
 * splitting (splitters break inside quotes). One pass with a stack: linear in the text.
 */

export type MarkFamily = 'double' | 'single';

export interface RawQuote {
  openMark: number;
  /** Absent when the quote runs to the end of its paragraph and the next paragraph reopens it. */
  closeMark?: number;
  /** Content span, inside the marks, trimmed of white space. */
  start: number;
  end: number;
  paragraph: number;
  family: MarkFamily;
  /** True for the open segment of a multi-paragraph quote (continued in the next paragraph). */
  continues: boolean;
  /** True for a span recovered from a closing mark whose opener the writer left out. */
  recovered: boolean;
}

interface MarkInfo {
  family: MarkFamily;
  /** 'open' and 'close' marks have a fixed direction in most styles; 'either' is decided by context. */
  direction: 'open' | 'close' | 'either';
}

const MARKS: Record<string, MarkInfo> = {
  '"': { family: 'double', direction: 'either' },
  '\u201c': { family: 'double', direction: 'open' }, // “
  '\u201d': { family: 'double', direction: 'close' }, // ”
  '\u201e': { family: 'double', direction: 'open' }, // „
  '\u00ab': { family: 'double', direction: 'open' }, // «
  '\u00bb': { family: 'double', direction: 'close' }, // »
  "'": { family: 'single', direction: 'either' },
  '\u2018': { family: 'single', direction: 'open' }, // ‘
  '\u2019': { family: 'single', direction: 'close' }, // ’
  '\u201a': { family: 'single', direction: 'open' }, // ‚
  '\u2039': { family: 'single', direction: 'open' }, // ‹
  '\u203a': { family: 'single', direction: 'close' }, // ›
  '`': { family: 'single', direction: 'open' },
};

/**
 * What each code below 0x2040 is to the search for the next mark: NOT_MARK, MARK, or an
 * APOSTROPHE (' ’), which is passed over between two ASCII letters or digits (don't, China's),
 * the commonest mark by far: the scan would skip it as an inner apostrophe.
 */
const NOT_MARK = 0;
const MARK = 1;
const APOSTROPHE = 2;
const MARK_SEARCH = new Uint8Array(0x2040);
for (const mark of '"`\u2018\u201a\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a') MARK_SEARCH[mark.charCodeAt(0)] = MARK;
MARK_SEARCH[39] = APOSTROPHE;
MARK_SEARCH[0x2019] = APOSTROPHE;

/** MARKS by character code, for the scan loop (no one-character string per mark). */
const MARK_BY_CODE = new Map<number, MarkInfo>(Object.entries(MARKS).map(([mark, info]) => [mark.charCodeAt(0), info]));

const BACKTICK = 96;
const STRAIGHT_DOUBLE = 34;

export function isQuoteMark(ch: string | undefined): boolean {
  return ch !== undefined && Object.prototype.hasOwnProperty.call(MARKS, ch);
}

/** Elided words that begin with an apostrophe: 'tis, 'twas, rock 'n' roll, 'em. */
const ELISIONS = /^(tis|twas|twere|twill|em|n|cause|til|till|bout|round|nuff|im)(?![\p{L}\p{N}])/iu;

const OPEN_CONTEXT = /[([{\u2014\u2013\-/:;,\u00a0]/u;
const CLOSE_CONTEXT = /[)\]}.,;:!?\u2014\u2013\-/\u2026*_]/u;

/**
 * French typography sets a space inside guillemets (« Oui », ‹ non ›), often a no-break one: one
 * such space between the mark and the words does not keep « from opening or » from closing. The
 * mark's other side is checked as for any mark, so German »Ja« still opens with its ».
 */
function spacedGuillemet(text: string, i: number, inward: 1 | -1, nested: boolean): boolean {
  const mark = text.charCodeAt(i);
  // (and, inside guillemets, the curly marks French copy nests in them: « … “ oui ” … »)
  if (!nested && (inward === 1 ? mark !== 0xab && mark !== 0x2039 : mark !== 0xbb && mark !== 0x203a)) return false;
  const space = text.charCodeAt(i + inward);
  // (or the line break of copy wrapped there)
  if (space !== 32 && space !== 0xa0 && space !== 0x202f && space !== 0x2009 && space !== 10) return false;
  const word = i + 2 * inward;
  return word >= 0 && word < text.length && !isSpace(text[word]) && !isQuoteMark(text[word]);
}

function canOpenAt(text: string, i: number, family: MarkFamily, nested = false): boolean {
  if (i + 1 >= text.length) return false;
  const after = text.charCodeAt(i + 1);
  if ((after < 128 ? isAsciiSpace(after) : isSpace(charAfter(text, i))) && !spacedGuillemet(text, i, 1, nested)) return false;
  if (i > 0) {
    const before = text.charCodeAt(i - 1);
    if (before < 128) {
      if (!isAsciiSpace(before) && !OPEN_CONTEXT_ASCII[before] && !isAsciiMark(before)) return false;
    } else {
      const ch = charBefore(text, i);
      if (!isSpace(ch) && !OPEN_CONTEXT.test(ch as string) && !isQuoteMark(ch)) return false;
    }
  }
  // an elision or an elided century starts with a letter or a digit
  if (family === 'single' && (after >= 128 || ASCII_ALNUM[after])) {
    const rest = text.slice(i + 1, i + 8);
    if (ELISIONS.test(rest)) return false;
    // the '90s, the ’20s, "in ’96,": an elided century, not a quote (a quote may open with a
    // number: '96,000 homes', '12.5 per cent')
    if (/^\d\d(s|\b)/.test(rest) && !/^\d\d(\d|[,.]\d)/.test(rest)) return false;
  }
  return true;
}

function canCloseAt(text: string, i: number, nested = false): boolean {
  if (i <= 0) return false;
  const before = text.charCodeAt(i - 1);
  if ((before < 128 ? isAsciiSpace(before) : isSpace(charBefore(text, i))) && !spacedGuillemet(text, i, -1, nested)) return false;
  if (i + 1 < text.length) {
    const after = text.charCodeAt(i + 1);
    if (after < 128) {
      if (!isAsciiSpace(after) && !CLOSE_CONTEXT_ASCII[after] && !isAsciiMark(after)) return false;
    } else {
      const ch = charAfter(text, i);
      if (!isSpace(ch) && !CLOSE_CONTEXT.test(ch as string) && !isQuoteMark(ch)) return false;
    }
  }
  return true;
}

/** A single mark between two letters (don't, China’s) is an apostrophe, never a quote. */
function isInnerApostrophe(text: string, i: number): boolean {
  if (i <= 0 || i + 1 >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  if (before < 128 ? !ASCII_ALNUM[before] : !isWordChar(charBefore(text, i))) return false;
  const after = text.charCodeAt(i + 1);
  return after < 128 ? ASCII_ALNUM[after] === 1 : isWordChar(charAfter(text, i));
}

/** The second mark of "rock 'n' roll": an apostrophe closing the elided "and", not a quote. */
function closesElidedAnd(text: string, i: number): boolean {
  if (i < 2) return false;
  const n = text.charCodeAt(i - 1);
  const mark = text.charCodeAt(i - 2);
  return (n === 110 || n === 78) && (mark === 39 || mark === 0x2019) && (i < 3 || isSpace(text[i - 3]));
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** The ASCII quote marks: " ' ` */
function isAsciiMark(c: number): boolean {
  return c === 34 || c === 39 || c === 96;
}

/** The ASCII members of OPEN_CONTEXT, CLOSE_CONTEXT and of letters and digits, by code. */
const OPEN_CONTEXT_ASCII = asciiTable((ch) => OPEN_CONTEXT.test(ch));
const CLOSE_CONTEXT_ASCII = asciiTable((ch) => CLOSE_CONTEXT.test(ch));
const ASCII_ALNUM = asciiTable((ch) => isWordChar(ch));

/** [A-Za-z0-9], by code. */
function isAsciiAlnum(c: number): boolean {
  return c < 128 && ASCII_ALNUM[c] === 1;
}

function asciiTable(member: (ch: string) => boolean): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = member(String.fromCharCode(c)) ? 1 : 0;
  return table;
}

/**
 * "Jones’ cow": a possessive after a plural or -s name. Only treated as an apostrophe when the
 * same paragraph offers a later mark that could close the open quote instead.
 */
function looksPossessive(text: string, i: number): boolean {
  const before = charBefore(text, i);
  if (before !== 's' && before !== 'S') return false;
  // (a line break of wrapped copy stands for a space)
  if (!/^[\u2019'][ \n]+\p{Ll}/u.test(text.slice(i, i + 4))) return false;
  // ("'behind closed doors' and called it": no possessed noun starts with a word of grammar, and
  // "and" or "or" joins possessives only when another follows: "the players' and coaches' wives")
  let from = i + 1;
  while (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 10) from++;
  let to = from;
  while (to - from < 8 && isLowerAsciiOrHyphen(text.charCodeAt(to))) to++;
  const word = text.slice(from, to);
  if (!NOT_POSSESSED.has(word)) return true;
  if (word !== 'and' && word !== 'or') return false;
  let k = to;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10) k++;
  while (k - to < 30 && isLowerAsciiOrHyphen(text.charCodeAt(k))) k++;
  return text.charCodeAt(k - 1) === 115 && (text[k] === "'" || text[k] === '\u2019');
}

/** Words that never open the noun a plural possessive owns. */
const NOT_POSSESSED: ReadonlySet<string> = new Set('and or but nor to in on at by for from with than that which who when while because is was were are had has have will would said says'.split(' '));

function isLowerAsciiOrHyphen(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 45;
}

interface Open {
  pos: number;
  /** The mark's character code. */
  mark: number;
  family: MarkFamily;
}

/** `codes` holds the text's characters as codes at their indexes (the analysis loads them once); without it they are read here. */
export function scanQuotes(text: string, paragraphs: Paragraph[], codes: Uint16Array = codesOf(text)): RawQuote[] {
  const quotes: RawQuote[] = [];
  let pendingContinuation: RawQuote | undefined;
  // where the next quote mark is, once a paragraph's scan has looked past its end: the
  // paragraphs before it have no mark, and are not searched again (quadratic otherwise)
  let nextMark = -1;
  for (const para of paragraphs) {
    const found = nextMark >= para.end ? NO_MARKS : scanParagraph(text, codes, para);
    if (found !== NO_MARKS) nextMark = found.nextMark;
    if (pendingContinuation) {
      // A paragraph left open continues only if the next paragraph reopens with a mark (a quote
      // nested in the reopened one closes, and is listed, before it).
      const first = text.slice(para.start, para.start + 1);
      // (a quote in single marks, British style, continues only into a paragraph reopened by a single mark)
      const family = isQuoteMark(first) ? MARKS[first].family : undefined;
      if (family !== undefined && MARKS[first].direction !== 'close' && (found.quotes.some((q) => q.openMark === para.start) || found.unclosed?.openMark === para.start) && (pendingContinuation.family === 'double' || family === 'single')) {
        quotes.push(pendingContinuation);
      }
      pendingContinuation = undefined;
    }
    for (const item of found.quotes) quotes.push(item);
    pendingContinuation = found.unclosed;
  }
  // usually already in order (a paragraph with nested quotes closes the inner one first):
  // sorting is stable, so an array in order needs no sort
  return inScannerOrder(quotes) ? quotes : quotes.sort(scannerOrder);
}

function codesOf(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  copyCharCodes(text, codes, 0, text.length);
  return codes;
}

function scannerOrder(a: RawQuote, b: RawQuote): number {
  return a.openMark - b.openMark || b.end - a.end;
}

function inScannerOrder(quotes: RawQuote[]): boolean {
  for (let k = 1; k < quotes.length; k++) if (scannerOrder(quotes[k - 1], quotes[k]) > 0) return false;
  return true;
}

/**
 * The openers still waiting for their closers, with the positions of each family's openers kept
 * apart so that finding the innermost opener of a family never walks the whole stack.
 */
class OpenStack {
  readonly items: Open[] = [];
  private readonly doubles: number[] = [];
  private readonly singles: number[] = [];

  innermost(family: MarkFamily): number {
    const positions = family === 'double' ? this.doubles : this.singles;
    return positions.length ? positions[positions.length - 1] : -1;
  }

  push(open: Open): void {
    (open.family === 'double' ? this.doubles : this.singles).push(this.items.length);
    this.items.push(open);
  }

  /** Drops the opener at index and everything opened after it. */
  truncate(index: number): void {
    if (this.items.length > index) this.items.length = index;
    dropFrom(this.doubles, index);
    dropFrom(this.singles, index);
  }
}

/** Drops the positions at or above index from the top of a family's stack. */
function dropFrom(positions: number[], index: number): void {
  while (positions.length && positions[positions.length - 1] >= index) positions.pop();
}

interface ParagraphScan {
  quotes: RawQuote[];
  unclosed?: RawQuote;
  /** The first quote mark at or after the paragraph's end (the text's length when there is none). */
  nextMark: number;
}

/** A paragraph without quote marks. */
const NO_MARKS: ParagraphScan = { quotes: [], nextMark: -1 };

function scanParagraph(text: string, codes: Uint16Array, para: Paragraph): ParagraphScan {
  const quotes: RawQuote[] = [];
  const openers = new OpenStack();
  const stack = openers.items;
  const closers: number[] = [];
  let next = nextMarkFrom(codes, text.length, para.start);
  for (; next < para.end; next = nextMarkFrom(codes, text.length, next + 1)) {
    const i = next;
    const code = text.charCodeAt(i);
    const info = MARK_BY_CODE.get(code) as MarkInfo;
    if (info.family === 'single' && (isInnerApostrophe(text, i) || closesElidedAnd(text, i))) continue;
    // (French copy spaces its guillemets and the curly marks nested in them alike: « … “ oui ” … »)
    const nested = (code === 0x201c || code === 0x201d) && stack.length > 0 && stack[0].mark === 0xab && isAsciiSpace(codes[stack[0].pos + 1]);
    const canOpen = canOpenAt(text, i, info.family, nested);
    const canClose = canCloseAt(text, i, nested);
    // A directional mark may still serve the other way („…“, ”Swedish”, a typo): only when its
    // context leaves no doubt.
    const actsAsOpen = info.direction === 'close' ? canOpen && !canClose : canOpen;
    const actsAsClose = info.direction === 'open' ? canClose && !canOpen && code !== BACKTICK : canClose;
    const openIdx = openers.innermost(info.family);
    if (actsAsClose && openIdx >= 0) {
      // ("‘… a note saying “for the hedgehogs’ dinner”. I cried.’": inside a quote still open within
      // it, a possessive closes nothing while that inner quote's closer lies ahead)
      if (info.family === 'single' && looksPossessive(text, i) && (hasLaterCloser(text, i + 1, para.end) || (stack.length - 1 > openIdx && stack[stack.length - 1].family === 'double' && hasLaterDoubleCloser(codes, i + 1, para.end)))) continue;
      if (info.family === 'single' && possessiveBeforeCloser(text, i)) continue;
      if (info.family === 'single' && titlePossessive(text, stack[openIdx].pos, i) && hasLaterCloser(text, i + 1, para.end)) continue;
      const open = stack[openIdx];
      openers.truncate(openIdx); // openers above it were never closed: drop them
      pushQuote(quotes, text, open, i, para);
      continue;
    }
    if (actsAsOpen) {
      if (code === STRAIGHT_DOUBLE && openIdx >= 0 && stack[openIdx].mark === STRAIGHT_DOUBLE) openers.truncate(openIdx);
      openers.push({ pos: i, mark: code, family: info.family });
    } else if (actsAsClose && info.family === 'double') {
      closers.push(i);
    }
  }
  recoverMissingOpeners(text, para, quotes, closers);
  const bottom = stack[0];
  let unclosed: RawQuote | undefined;
  if (bottom && bottom.pos < para.end - 1) {
    const span = trimSpan(text, bottom.pos + 1, para.end);
    unclosed = { openMark: bottom.pos, start: span.start, end: span.end, paragraph: para.index, family: bottom.family, continues: true, recovered: false };
  }
  return { quotes, unclosed, nextMark: next };
}

/**
 * Where the first quote mark at or after from is, or the text's length: the codes are read from
 * a table, faster than a regular expression with a look-behind finds the marks.
 */
function nextMarkFrom(codes: Uint16Array, length: number, from: number): number {
  for (let i = from; i < length; i++) {
    const c = codes[i];
    const kind = c < 0x2040 ? MARK_SEARCH[c] : NOT_MARK;
    if (kind === NOT_MARK) continue;
    if (kind === MARK) return i;
    if (i === 0 || i + 1 >= length || !isAsciiAlnum(codes[i - 1]) || !isAsciiAlnum(codes[i + 1])) return i;
  }
  return length;
}

/**
 * Whether the paragraph offers a later closing mark before any mark that opens a single quote
 * ('Jones' cow is cuter!', ‘… a few hours’ sleep will do. It won’t.’): a closer after another
 * opener belongs to that other quote. Bounded, so a paragraph of possessives stays linear.
 */
function hasLaterCloser(text: string, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 300); k++) {
    const ch = text[k];
    if (ch !== "'" && ch !== '\u2019' && ch !== '\u2018') continue;
    if (isInnerApostrophe(text, k)) continue;
    if (ch === '\u2018' || (ch === "'" && canOpenAt(text, k, 'single') && !canCloseAt(text, k))) return false;
    if (canCloseAt(text, k) && !looksPossessive(text, k)) return true;
  }
  return false;
}

/**
 * "… less competitive than our neighbours’.’": a plural possessive ending the quoted words, its
 * apostrophe followed by the sentence's mark and the quote's own closer.
 */
function possessiveBeforeCloser(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  if (before !== 115 && before !== 83) return false;
  const mark = text.charCodeAt(i + 1);
  if (mark !== 46 && mark !== 44 && mark !== 33 && mark !== 63) return false;
  const closer = text.charCodeAt(i + 2);
  return closer === text.charCodeAt(i) && canCloseAt(text, i + 2);
}

/**
 * "a poster called ‘The Rangers’ Club Code’": in a title in single marks, every word so far
 * capitalised (or a short word of grammar), a plural possessive before another capitalised word
 * is an apostrophe, not the closer.
 */
function titlePossessive(text: string, open: number, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  if ((before !== 115 && before !== 83) || text.charCodeAt(i + 1) !== 32 || !/\p{Lu}/u.test(text[i + 2] ?? '')) return false;
  const words = text.slice(open + 1, i).split(' ');
  if (words.length > 6 || !/^\p{Lu}\p{Ll}/u.test(words[0])) return false;
  return words.every((w) => /^\p{Lu}[\p{L}\u2019'-]*$/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at']);

/** Whether a closing double mark follows within the next 300 characters of the paragraph (bounded, so linear). */
function hasLaterDoubleCloser(codes: Uint16Array, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 300); k++) if (codes[k] === 0x201d || codes[k] === 0x22) return true;
  return false;
}

function pushQuote(quotes: RawQuote[], text: string, open: Open, close: number, para: Paragraph): void {
  const start = contentStart(text, open.pos + 1, close);
  const end = contentEnd(text, start, close);
  if (end <= start) return;
  quotes.push({ openMark: open.pos, closeMark: close, start, end, paragraph: para.index, family: open.family, continues: false, recovered: false });
}

/** trimSpan's start, by character code for ASCII. */
function contentStart(text: string, start: number, end: number): number {
  while (start < end && spaceAt(text, start)) start++;
  return start;
}

/** trimSpan's end, by character code for ASCII. */
function contentEnd(text: string, start: number, end: number): number {
  while (end > start && spaceAt(text, end - 1)) end--;
  return end;
}

function spaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? isAsciiSpace(c) : isSpace(text[i]);
}

/**
 * A closing double mark with no opener, after a quote that closed earlier in the paragraph, is
 * usually a continuation whose opening mark the writer left out ("…,” they said. More words.”):
 * recover the words from the next sentence start to that mark.
 */
function recoverMissingOpeners(text: string, para: Paragraph, quotes: RawQuote[], closers: number[]): void {
  if (!closers.length) return;
  const doubles = quotes.filter((q) => q.family === 'double' && q.closeMark !== undefined).sort((a, b) => (a.closeMark as number) - (b.closeMark as number));
  let k = -1;
  for (const close of closers) {
    while (k + 1 < doubles.length && (doubles[k + 1].closeMark as number) < close) k++;
    const previous = doubles[k];
    if (!previous || previous.closeMark === undefined || close - previous.closeMark > 2000) continue;
    const between = text.slice(previous.closeMark + 1, close);
    const boundary = /[.!?]\s+(?=\p{Lu})/gu;
    let m: RegExpExecArray | null;
    let sentenceStart = -1;
    while ((m = boundary.exec(between))) {
      sentenceStart = previous.closeMark + 1 + m.index + m[0].length;
      break;
    }
    if (sentenceStart < 0 || sentenceStart >= close) continue;
    // the words before the boundary must be a short attribution ("they declared"), not prose
    const gap = text.slice(previous.closeMark + 1, sentenceStart);
    if (gap.split(/\s+/).filter(Boolean).length > 6) continue;
    const span = trimSpan(text, sentenceStart, close);
    quotes.push({ openMark: sentenceStart, closeMark: close, start: span.start, end: span.end, paragraph: para.index, family: 'double', continues: false, recovered: true });
  }
  quotes.sort((a, b) => a.openMark - b.openMark);
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

/**
 * For each quote (in scanner order), the quote it sits inside, if any: one pass with a stack of
 * the quotes still open at that point.
 */
export function enclosingQuotes(quotes: RawQuote[]): (RawQuote | undefined)[] {
  const parents: (RawQuote | undefined)[] = [];
  const open: RawQuote[] = [];
  for (const q of quotes) {
    closeBefore(open, q);
    parents.push(open[open.length - 1]);
    if (q.closeMark !== undefined) open.push(q);
  }
  return parents;
}

/** How deep each quote sits: 0 for one in the article's own voice. */
export function nestingDepths(quotes: RawQuote[]): number[] {
  const depths: number[] = [];
  const open: RawQuote[] = [];
  for (const q of quotes) {
    closeBefore(open, q);
    depths.push(open.length);
    if (q.closeMark !== undefined) open.push(q);
  }
  return depths;
}

/** Pops the quotes still open that closed before q opens. */
function closeBefore(open: RawQuote[], q: RawQuote): void {
  while (open.length && (open[open.length - 1].closeMark as number) < q.openMark) open.pop();
}
