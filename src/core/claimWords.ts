import { isRegexSpace } from './chars';

/**
 * The word signals of claims read in one pass over a sentence, instead of one regular
 * expression each. A word is a maximal run of ASCII word characters ([A-Za-z0-9_]), which is
 * exactly what `\b…\b` delimits in a regular expression without the `u` flag; words are
 * compared case-insensitively and never built as strings.
 */

export const COMPARISON = 1;
export const SUPERLATIVE = 2;
export const DATE = 4;
export const CAUSAL = 8;
export const MODAL = 16;
/** "I think", "we hope": an opinion. */
export const OPINION = 32;
/** An ASCII digit anywhere (every digit stands in a word run). */
export const DIGIT = 1024;
/** Words that only count as the first or second word of a two-word cue. */
const LED = 64;
const TO = 128;
const OPINION_SUBJECT = 256;
const OPINION_VERB = 512;

const LISTS: [number, string][] = [
  [COMPARISON, 'more less fewer higher lower larger smaller bigger increase increases increased decrease decreases decreased rose fell doubled tripled surged dropped grew declined'],
  [SUPERLATIVE, 'most least biggest largest smallest highest lowest first only never record best worst'],
  [DATE, 'january february march april may june july august september october november december'],
  [CAUSAL, 'caused resulted killed injured arrested approved signed voted banned imposed invaded won lost'],
  [MODAL, 'will would could might may should'],
  [LED, 'led'],
  [TO, 'to'],
  [OPINION_SUBJECT, 'i we'],
  [OPINION_VERB, 'think believe feel hope'],
];

interface Entry {
  word: string;
  mask: number;
}

const SEED = 0x811c9dc5 >>> 1;

function step(hash: number, code: number): number {
  return (Math.imul(hash ^ code, 16777619) >>> 1) | 0;
}

const ENTRIES = new Map<number, Entry[]>();
let longest = 0;
/** Which first letters (a–z) and lengths any listed word has: most words are ruled out by these two alone. */
const MAX_LENGTH = 16;
const SHAPES = new Uint8Array(26 * MAX_LENGTH);
for (const [mask, words] of LISTS) {
  for (const word of words.split(' ')) {
    SHAPES[(word.charCodeAt(0) - 97) * MAX_LENGTH + word.length] = 1;
    let hash = SEED;
    for (let k = 0; k < word.length; k++) hash = step(hash, word.charCodeAt(k));
    const list = ENTRIES.get(hash) ?? [];
    const same = list.find((e) => e.word === word);
    if (same) same.mask |= mask;
    else list.push({ word, mask });
    ENTRIES.set(hash, list);
    longest = Math.max(longest, word.length);
  }
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** 1800–2099 as a word of its own. */
function isYear(s: string, i: number): boolean {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  if (!isDigit(s.charCodeAt(i + 2)) || !isDigit(s.charCodeAt(i + 3))) return false;
  return (a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48);
}

/** The mask of the word s[i, j) when it is one of the listed words. */
function maskOf(s: string, i: number, j: number): number {
  const length = j - i;
  if (length > longest) return 0;
  // lowercase for letters; digits and _ fall outside a–z
  const first = s.charCodeAt(i) | 32;
  if (first < 97 || first > 122 || SHAPES[(first - 97) * MAX_LENGTH + length] === 0) return 0;
  let hash = SEED;
  for (let k = i; k < j; k++) {
    const c = s.charCodeAt(k);
    hash = step(hash, c >= 65 && c <= 90 ? c | 32 : c);
  }
  const list = ENTRIES.get(hash);
  if (!list) return 0;
  for (const e of list) {
    if (e.word.length !== length) continue;
    let k = 0;
    for (; k < length; k++) {
      const c = s.charCodeAt(i + k);
      if ((c >= 65 && c <= 90 ? c | 32 : c) !== e.word.charCodeAt(k)) break;
    }
    if (k === length) return e.mask;
  }
  return 0;
}

/** What one pass over a sentence found. */
export interface SentenceScan {
  /** COMPARISON, SUPERLATIVE, DATE, CAUSAL, MODAL, OPINION and DIGIT bits. */
  signals: number;
  /** Words separated by white space (space, tab, line breaks, no-break space). */
  words: number;
}

// The class of each ASCII character for the sentence scan; other characters are neither, but the no-break space is blank.
const WORD_CHAR = 1;
const DIGIT_CHAR = 2;
const BLANK_CHAR = 4;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = (isAsciiWordChar(c) ? WORD_CHAR : 0) | (isDigit(c) ? DIGIT_CHAR : 0) | (c === 32 || (c >= 9 && c <= 13) ? BLANK_CHAR : 0);

function classOf(c: number): number {
  return c < 128 ? ASCII_CLASS[c] : c === 0xa0 ? BLANK_CHAR : 0;
}

/** Reads s[start, end) once for its word signals and its word count; `out` is filled and returned. */
export function scanSentence(s: string, start: number, end: number, out: SentenceScan): SentenceScan {
  let found = 0;
  let words = 0;
  let inWord = false;
  let previous = 0;
  let previousEnd = -2;
  let i = start;
  while (i < end) {
    const kind = classOf(s.charCodeAt(i));
    if ((kind & WORD_CHAR) === 0) {
      const blank = (kind & BLANK_CHAR) !== 0;
      if (!blank && !inWord) words++;
      inWord = !blank;
      i++;
      continue;
    }
    if (!inWord) words++;
    inWord = true;
    let j = i;
    for (; j < end; j++) {
      const d = classOf(s.charCodeAt(j));
      if ((d & WORD_CHAR) === 0) break;
      if (d & DIGIT_CHAR) found |= DIGIT;
    }
    let mask = maskOf(s, i, j);
    if (j - i === 4 && isYear(s, i)) mask |= DATE;
    found |= mask;
    // "led to", "I think": two words with exactly one space between them
    if (previousEnd === i - 1 && s.charCodeAt(previousEnd) === 32) {
      if (previous & LED && mask & TO) found |= CAUSAL;
      if (previous & OPINION_SUBJECT && mask & OPINION_VERB) found |= OPINION;
    }
    previous = mask;
    previousEnd = j;
    i = j;
  }
  out.signals = found;
  out.words = words;
  return out;
}

/** A question mark ending s[start, end), maybe followed by white space and one closing mark. */
export function endsWithQuestion(s: string, start: number, end: number): boolean {
  let e = end;
  const last = s.charCodeAt(e - 1);
  if (last === 34 || last === 39 || last === 0x201d || last === 0x2019) e--;
  while (e > start && isRegexSpace(s.charCodeAt(e - 1))) e--;
  return e > start && s.charCodeAt(e - 1) === 63;
}

// Upper- and lowercase letters outside ASCII, decided once per UTF-16 unit: 0 unknown, 1 yes, 2 no.
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const upperClass = new Uint8Array(0x10000);
const lowerClass = new Uint8Array(0x10000);

/** Width (1 or 2 units) of the character at i when it belongs to the class, else 0; nothing at or past `end`. */
function letterOfCaseAt(s: string, i: number, end: number, upper: boolean): number {
  if (i >= end) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (upper ? c >= 65 && c <= 90 : c >= 97 && c <= 122) ? 1 : 0;
  const pattern = upper ? UPPER : LOWER;
  if (c >= 0xd800 && c <= 0xdbff) {
    if (i + 1 >= end) return 0;
    const low = s.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff && pattern.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  const cache = upper ? upperClass : lowerClass;
  let known = cache[c];
  if (known === 0) {
    known = c >= 0xdc00 && c <= 0xdfff ? 2 : pattern.test(String.fromCharCode(c)) ? 1 : 2;
    cache[c] = known;
  }
  return known === 1 ? 1 : 0;
}

/**
 * Two capitalised words in a row ("Ann Holt") in s[start, end), as
 * /\b\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+/u finds them in that slice: \b counts only ASCII letters,
 * digits and _ as word characters.
 */
export function hasCapitalisedPair(s: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const c = s.charCodeAt(p);
    // most characters are ASCII and not capitals
    if (c < 65 || (c > 90 && c < 128)) continue;
    const capital = letterOfCaseAt(s, p, end, true);
    if (capital === 0) continue;
    const before = p > start && isAsciiWordChar(s.charCodeAt(p - 1));
    if (before === isAsciiWordChar(s.charCodeAt(p))) continue;
    let q = p + capital;
    const firstLower = q;
    for (let w = letterOfCaseAt(s, q, end, false); w > 0; w = letterOfCaseAt(s, q, end, false)) q += w;
    if (q === firstLower || q >= end || !isRegexSpace(s.charCodeAt(q))) continue;
    const second = letterOfCaseAt(s, q + 1, end, true);
    if (second > 0 && letterOfCaseAt(s, q + 1 + second, end, false) > 0) return true;
  }
  return false;
}
