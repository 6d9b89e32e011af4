import { copyCharCodes, letterOrDigitAt } from './chars';
import type { WordInfo } from './wordInfo';
import { HASH_SEED, MONTH_GIVEN_NAMES, SCAN_LOWER_REPORTING, givenNameFacts, hashStep, internWord, quoteFacts, separatedNumber } from './wordTable';
import type { TokenKind, WordFacts } from './wordTable';

/**
 * A word, a punctuation mark, or a whole quote standing as one token inside a sentence. A token
 * holds its position and the interned facts of its spelling, nothing more: an article has about
 * as many tokens as words, and reading text, lower, kind or info through the facts keeps each
 * token small (fewer bytes allocated and collected per article).
 */
export class Token {
  constructor(
    readonly facts: WordFacts,
    readonly start: number,
  ) {}

  /** For kind 'quote': index of the quote in the analysis. */
  get quote(): number | undefined {
    return this.facts.quote;
  }

  get text(): string {
    return this.facts.text;
  }

  get lower(): string {
    return this.facts.lower;
  }

  get end(): number {
    return this.start + this.facts.text.length;
  }

  get kind(): TokenKind {
    return this.facts.kind;
  }

  get capitalized(): boolean {
    return this.facts.capitalized;
  }

  /** US, TASS: capitals only (dotted initials such as J.K. are not acronyms). */
  get acronym(): boolean {
    return this.facts.acronym;
  }

  get info(): WordInfo {
    return this.facts.info;
  }
}

/** A quote collapsed into one token: its index in the analysis and the span of its marks. */
export interface QuoteSpan {
  index: number;
  openMark: number;
  closeMark: number;
}

/**
 * Tokenizes text[start, end) with the given quotes (sorted by opening mark) (content spans with their marks) collapsed
 * into single tokens, so patterns like `Q , Name said` can be matched over tokens.
 */
export function tokenize(text: string, start: number, end: number, quotes: QuoteSpan[]): Token[] {
  // during an analysis the text's characters are loaded already (loadTextCodes): read, never written
  return tokenizeCodes(text, rangeCodesOf(text, start, end) ?? loadCodes(text, start, end), start, end, quotes);
}

/** tokenize for each range (a sentence), the text's characters read once for all of them. */
export function tokenizeRanges(text: string, ranges: readonly { start: number; end: number }[], quotes: QuoteSpan[]): Token[][] {
  const loaded = loadRangeCodes(text, ranges);
  return ranges.map((r) => tokenizeCodes(text, loaded, r.start, r.end, quotes));
}

/**
 * The characters of all `ranges` as codes at their indexes: the array the analysis loaded for the
 * whole text (loadTextCodes) when it covers them, else loaded into rangeCodes here. Each loop is
 * the last thing its function does: a long first text compiles a loop while it runs, before the
 * code after it ever ran, and V8 then left that code to bail out on every later call (twice per
 * edit, measured) rather than compile it again.
 */
function loadRangeCodes(text: string, ranges: readonly { start: number; end: number }[]): Uint16Array {
  measureExtent(text.length, ranges);
  return rangeCodesOf(text, extentFrom, extentTo) ?? loadRange(text, extentFrom, extentTo);
}

/** The extent of the ranges measureExtent() last measured: from the first start to the last end. */
let extentFrom = 0;
let extentTo = 0;

function measureExtent(length: number, ranges: readonly { start: number; end: number }[]): void {
  extentFrom = length;
  extentTo = 0;
  for (const r of ranges) {
    if (r.start < extentFrom) extentFrom = r.start;
    if (r.end > extentTo) extentTo = r.end;
  }
}

/**
 * Loads all of the text's characters for the scans of one analysis, the quote scanner first (see
 * rangeCodesOf): the text is copied once, and the tokenizer and the claims read the same array.
 */
export function loadTextCodes(text: string): Uint16Array {
  return loadRange(text, 0, text.length);
}

function loadRange(text: string, from: number, to: number): Uint16Array {
  if (rangeCodes.length < to) rangeCodes = new Uint16Array(Math.max(to, rangeCodes.length * 2));
  rangeText = text;
  rangeFrom = from;
  rangeTo = to;
  copyCharCodes(text, rangeCodes, from, to);
  return rangeCodes;
}

/**
 * The characters loadTextCodes() or tokenizeRanges() last loaded, for the scans of the same
 * text: text[from, to) as codes at the same indexes, or undefined when that call was for
 * another text or did not cover the range. Its own array, which tokenize() never writes: what
 * tokenize() is given between the two calls does not matter.
 */
export function rangeCodesOf(text: string, from: number, to: number): Uint16Array | undefined {
  // the same string object is compared at once; an equal copy would hold the same characters
  return text === rangeText && from >= rangeFrom && to <= rangeTo ? rangeCodes : undefined;
}

/**
 * The characters being tokenized, as codes at the same indexes as in the text: reading a typed
 * array is cheaper than charCodeAt, which must first find out how the string is stored (every
 * character is read two or three times: scanned, hashed, compared with the interned word).
 * Only the range last loaded is current; the array grows to the longest text seen.
 */
let codes = new Uint16Array(1 << 14);
/** loadTextCodes()' and tokenizeRanges()' characters: the text and range last loaded (see rangeCodesOf). */
let rangeCodes = new Uint16Array(1 << 14);
let rangeText: string | undefined;
let rangeFrom = 0;
let rangeTo = 0;

/**
 * Past this many characters the arrays are given back once an analysis is done: one long report
 * analysed should not hold megabytes (and the report's text) for the rest of the session.
 */
const KEEP_CODES = 1 << 20;

/** Called when an analysis is done: rangeCodesOf() answers only during one. */
export function releaseTokenCodes(): void {
  if (codes.length > KEEP_CODES) codes = new Uint16Array(1 << 14);
  if (rangeCodes.length > KEEP_CODES) rangeCodes = new Uint16Array(1 << 14);
  rangeText = undefined;
  rangeFrom = 0;
  rangeTo = 0;
}

/** How many characters the larger of the arrays can hold now (for tests: each may keep up to KEEP_CODES). */
export function tokenCodesCapacity(): number {
  return Math.max(codes.length, rangeCodes.length);
}

function loadCodes(text: string, start: number, end: number): Uint16Array {
  if (codes.length < end) codes = new Uint16Array(Math.max(end, codes.length * 2));
  const into = codes;
  copyCharCodes(text, into, start, end);
  return into;
}

function tokenizeCodes(text: string, codes: Uint16Array, start: number, end: number, quotes: QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  let pos = start;
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].openMark < start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < quotes.length && quotes[k].openMark < end; k++) {
    const q = quotes[k];
    if (q.openMark > pos) words(text, codes, pos, q.openMark, tokens);
    tokens.push(new Token(quoteFacts(text.slice(q.openMark, q.closeMark + 1), q.index), q.openMark));
    pos = Math.max(pos, q.closeMark + 1);
  }
  if (end > pos) words(text, codes, pos, end, tokens);
  // (one pass finds the modals and months that may be given names; most sentences have neither)
  let months = false;
  for (let k = 0; k < tokens.length; k++) {
    const facts = tokens[k].facts;
    if (!facts.givenNameToo) continue;
    if (facts.lower !== 'will') months = true;
    else if (k >= 1 && k < tokens.length - 1 && namesSomeone(tokens, k)) tokens[k] = new Token(givenNameFacts(facts), tokens[k].start);
  }
  if (months) for (let k = 0; k < tokens.length - 3; k++) if (tokens[k].capitalized && MONTH_GIVEN_NAMES.has(tokens[k].lower) && monthNamesSomeone(tokens, k)) tokens[k] = new Token(givenNameFacts(tokens[k].facts), tokens[k].start);
  return tokens;
}

/** Words after a surname's comma that describe a person: "June Vik, a nurse", "June Vik, who …", "June Vik, 64,". */
const PERSON_APPOSITION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'who', 'whose']);

/**
 * "June Vik, a nurse, said", "April Holt said": a month that is a given name too, opening a
 * sentence (or after a comma or "and"), before one capitalised name word and then a comma with a
 * description, a clause of "who" or an age, or a verb of saying: a woman's name, not a date ("In
 * June Tarn Council said" has its preposition before the month).
 */
function monthNamesSomeone(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before !== undefined && before.text !== ',' && before.lower !== 'and') return false;
  const name = tokens[k + 1];
  if (name.kind !== 'word' || !name.facts.nameStart || name.info.org || name.info.stop || name.info.title || name.acronym) return false;
  const after = tokens[k + 2];
  if (after.text === ',') {
    const next = tokens[k + 3];
    return next.kind === 'word' && (PERSON_APPOSITION_OPENERS.has(next.lower) || (next.info.digits && next.text.length <= 3));
  }
  return after.kind === 'word' && (after.facts.scan & SCAN_LOWER_REPORTING) !== 0;
}

/**
 * A capitalised modal inside a sentence, before a capitalised word, is a given name ("captain Will
 * Ashby"): a modal is capitalised only where a sentence or a question opens.
 */
function namesSomeone(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const next = tokens[k + 1];
  return (before.kind === 'word' || before.text === ',') && next.kind === 'word' && next.facts.nameStart;
}

/** Marks that stand as tokens of their own: , ; : ( ) — – */
function isSinglePunct(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether the comma at i is followed by exactly three digits, then no letter or digit: "2,000", "1,300,000". */
function thousandsAfter(codes: Uint16Array, i: number, stop: number): boolean {
  if (i + 3 >= stop) return false;
  for (let k = i + 1; k <= i + 3; k++) if (!isDigit(codes[k])) return false;
  const next = i + 4 < stop ? codes[i + 4] : -1;
  return next < 0 || !(isDigit(next) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122));
}

/** Inside a word, these join two runs of letters or digits: ' ’ . - */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

// What an ASCII character starts: nothing, a word (letter or digit), a mark of its own, a hyphen.
const SKIP = 0;
const WORD = 1;
const MARK = 2;
const HYPHEN = 3;
const ASCII_START = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  ASCII_START[c] = alnum ? WORD : c === 45 ? HYPHEN : isSinglePunct(c) || c === 46 || c === 33 || c === 63 ? MARK : SKIP;
}

/** The width of the letter or digit at i (2 for a surrogate pair), 0 for anything else or at stop. */
function wordCharAt(text: string, codes: Uint16Array, i: number, stop: number): number {
  if (i >= stop) return 0;
  const c = codes[i];
  if (c < 128) return ASCII_START[c] === WORD ? 1 : 0;
  return letterOrDigitAt(text, i, stop);
}

/**
 * The interned facts of each one-character mark, by code: they are looked up without hashing.
 * ASCII marks (most of them: commas and full stops) are read from an array, the others from a map.
 */
const asciiMarkFacts: (WordFacts | undefined)[] = new Array<WordFacts | undefined>(128).fill(undefined);
const markFacts = new Map<number, WordFacts>();

function pushMark(text: string, codes: Uint16Array, i: number, out: Token[]): void {
  const c = codes[i];
  let facts = c < 128 ? asciiMarkFacts[c] : markFacts.get(c);
  if (!facts) {
    facts = internWord(text, codes, i, i + 1, hashStep(HASH_SEED, c));
    if (c < 128) asciiMarkFacts[c] = facts;
    else markFacts.set(c, facts);
  }
  out.push(new Token(facts, i));
}

/**
 * Words (letters or digits, joined by apostrophes, dots and hyphens, with an optional final dot),
 * the marks , ; : ( ) — –, one or two hyphens, and . ! ?; anything else is skipped. A final dot
 * stays on abbreviations (Dr., U.S.) and is given back as punctuation after other words.
 */
function words(text: string, codes: Uint16Array, start: number, stop: number, out: Token[]): void {
  let i = start;
  while (i < stop) {
    const c = codes[i];
    let width = 1;
    if (c < 128) {
      const kind = ASCII_START[c];
      if (kind === SKIP) {
        i++;
        continue;
      }
      if (kind === MARK) {
        pushMark(text, codes, i, out);
        i++;
        continue;
      }
      if (kind === HYPHEN) {
        const length = i + 1 < stop && codes[i + 1] === 45 ? 2 : 1;
        if (length === 1) pushMark(text, codes, i, out);
        else out.push(new Token(internWord(text, codes, i, i + 2, hashStep(hashStep(HASH_SEED, 45), 45)), i));
        i += length;
        continue;
      }
    } else {
      width = letterOrDigitAt(text, i, stop);
      if (width === 0) {
        if (isSinglePunct(c)) pushMark(text, codes, i, out);
        i++;
        continue;
      }
    }
    const at = i;
    let hash = HASH_SEED;
    let separated = false;
    for (;;) {
      while (width > 0) {
        // ASCII letters and digits, the usual case, by table
        let d = codes[i];
        while (d < 128 && ASCII_START[d] === WORD) {
          hash = hashStep(hash, d);
          if (++i >= stop) break;
          d = codes[i];
        }
        width = wordCharAt(text, codes, i, stop);
        for (let u = 0; u < width; u++) hash = hashStep(hash, codes[i + u]);
        i += width;
      }
      if (i < stop && isJoiner(codes[i]) && wordCharAt(text, codes, i + 1, stop) > 0) {
        hash = hashStep(hash, codes[i]);
        i++;
        width = wordCharAt(text, codes, i, stop);
        continue;
      }
      // ("about 2,000 satellites": a thousands separator in a number is no clause's comma)
      if (i < stop && codes[i] === 44 && isDigit(codes[at]) && isDigit(codes[i - 1]) && thousandsAfter(codes, i, stop)) {
        hash = hashStep(hash, 44);
        i++;
        width = 1;
        separated = true;
        continue;
      }
      break;
    }
    if (separated) {
      out.push(new Token(separatedNumber(text, at, i), at));
      // (a number keeps no dot after it, as an abbreviation would: the dot is a mark of its own)
      if (i < stop && codes[i] === 46) pushMark(text, codes, i++, out);
      continue;
    }
    if (i < stop && codes[i] === 46) {
      const dotted = internWord(text, codes, at, i + 1, hashStep(hash, 46));
      if (dotted.keepsDot) {
        out.push(new Token(dotted, at));
      } else {
        out.push(new Token(internWord(text, codes, at, i, hash), at));
        pushMark(text, codes, i, out);
      }
      i++;
      continue;
    }
    out.push(new Token(internWord(text, codes, at, i, hash), at));
  }
}
