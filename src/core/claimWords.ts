import { copyCharCodes, isRegexSpace } from './chars';

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

/** Set by scanSentence() when two capitalised ASCII words stand in a row (see hasCapitalisedPair). */
export const CAPITAL_PAIR = 2048;
/**
 * Set by scanSentence() when the sentence has a letter of either case or a white-space character
 * outside ASCII: only then may it hold a capitalised pair the scan does not see.
 */
export const NON_ASCII = 4096;

/**
 * The listed words as a trie over case-folded letters: node n's child for a letter sits at
 * TRIE[n + (code & 31)], one slot for both cases of the letter. Slot 0 of every node and all of
 * node 0 hold 0, a dead end. Before a word run is walked, its first letter and length must be
 * those of a listed word (SHAPES): most runs are ruled out by these two alone.
 */
const NODE = 32;
const ROOT = NODE;
const MAX_LENGTH = 16;
const SHAPES = new Uint8Array(26 * MAX_LENGTH);
const trieBuild: number[] = new Array<number>(2 * NODE).fill(0);
const maskBuild: number[] = [0, 0];
for (const [mask, words] of LISTS) {
  for (const word of words.split(' ')) {
    SHAPES[(word.charCodeAt(0) - 97) * MAX_LENGTH + word.length] = 1;
    let node = ROOT;
    for (let k = 0; k < word.length; k++) {
      const slot = node + (word.charCodeAt(k) & 31);
      if (trieBuild[slot] === 0) {
        trieBuild[slot] = trieBuild.length;
        for (let n = 0; n < NODE; n++) trieBuild.push(0);
        maskBuild.push(0);
      }
      node = trieBuild[slot];
    }
    maskBuild[node / NODE] |= mask;
  }
}
const TRIE = Uint16Array.from(trieBuild);
const NODE_MASK = Uint16Array.from(maskBuild);

/** The mask of the listed word s[i, j) (a run of ASCII letters, digits and _) whose first character is `c`, or 0. */
function maskOf(s: Uint16Array, i: number, j: number, c: number): number {
  const first = c | 32;
  if (first < 97 || first > 122 || j - i > MAX_LENGTH || SHAPES[(first - 97) * MAX_LENGTH + j - i] === 0) return 0;
  let node = ROOT;
  for (let k = i; k < j && node !== 0; k++) {
    const c = s[k];
    // a digit or _ has no slot of its own: it ends the walk
    node = c >= 65 ? TRIE[node + (c & 31)] : 0;
  }
  return NODE_MASK[node / NODE];
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** 1800–2099 as a word of its own. */
function isYear(s: Uint16Array, i: number): boolean {
  const a = s[i];
  const b = s[i + 1];
  if (!isDigit(s[i + 2]) || !isDigit(s[i + 3])) return false;
  return (a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48);
}

/** What one pass over a sentence found. */
export interface SentenceScan {
  /** COMPARISON, SUPERLATIVE, DATE, CAUSAL, MODAL, OPINION, DIGIT, CAPITAL_PAIR and NON_ASCII bits. */
  signals: number;
  /** Words separated by white space (space, tab, line breaks, no-break space). */
  words: number;
  /** With a DIGIT: the start of the first word run with a digit and the end of the last one. */
  digitsFrom: number;
  digitsTo: number;
}

// The class of each code unit for the sentence scan, in one table for all of them, so that reading
// a character needs no test of its range. Units outside ASCII are classified when first seen.
const WORD_CHAR = 1;
const DIGIT_CHAR = 2;
/** Separates words in the word count (ASCII white space and the no-break space). */
const BLANK_CHAR = 4;
const UPPER_CHAR = 8;
/** A word character other than a lowercase letter. */
const NOT_LOWER_CHAR = 16;
/** Outside ASCII, an upper- or lowercase letter or white space (a surrogate counts, being half of a character that may be one). */
const CASED_OR_SPACE_CHAR = 32;
/** Set for every unit already classified. */
const KNOWN = 64;
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const word = isAsciiWordChar(c);
  CLASS[c] =
    KNOWN |
    (word ? WORD_CHAR : 0) |
    (isDigit(c) ? DIGIT_CHAR : 0) |
    (isAsciiBlank(c) ? BLANK_CHAR : 0) |
    (c >= 65 && c <= 90 ? UPPER_CHAR : 0) |
    (word && !(c >= 97 && c <= 122) ? NOT_LOWER_CHAR : 0);
}

function isAsciiBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

const CASED_OR_SPACE = /^[\p{Lu}\p{Ll}\s]$/u;

function classify(c: number): number {
  const kind = KNOWN | (c === 0xa0 ? BLANK_CHAR : 0) | ((c >= 0xd800 && c <= 0xdfff) || CASED_OR_SPACE.test(String.fromCharCode(c)) ? CASED_OR_SPACE_CHAR : 0);
  CLASS[c] = kind;
  return kind;
}

/** An uppercase ASCII letter then only lowercase ones (at least one) in s[i, j), a run of ASCII word characters. */
function capitalised(s: Uint16Array, i: number, j: number): boolean {
  if (j - i < 2 || (CLASS[s[i]] & UPPER_CHAR) === 0) return false;
  for (let k = i + 1; k < j; k++) if (CLASS[s[k]] & NOT_LOWER_CHAR) return false;
  return true;
}

/** For scans of a string (claimCodes): its characters as codes, at the same indexes. */
let scratch = new Uint16Array(256);

/** Gives back a scratch array grown past a megabyte of text once an analysis is done (see releaseTokenCodes). */
export function releaseClaimScratch(): void {
  if (scratch.length > 1 << 20) scratch = new Uint16Array(256);
}

/**
 * Reads s[start, end) once for its word signals and its word count; `out` is filled and returned.
 * CAPITAL_PAIR is set when hasCapitalisedPair(s, start + 1, end) finds a pair of ASCII words; a
 * sentence with letters or spaces outside ASCII (NON_ASCII) may have a pair this scan does not see.
 */
export function scanSentence(s: string, start: number, end: number, out: SentenceScan): SentenceScan {
  return scanSentenceCodes(claimCodes(s, start, end), start, end, out);
}

/** s[from, to) as codes at the same indexes, in a scratch array the next call overwrites. */
export function claimCodes(s: string, from: number, to: number): Uint16Array {
  if (scratch.length < to) scratch = new Uint16Array(Math.max(to, scratch.length * 2));
  copyCharCodes(s, scratch, from, to);
  return scratch;
}

/**
 * scanSentence() over the text's characters as codes at the same indexes (codes[i] is
 * s.charCodeAt(i) from start to end): the tokenizer has loaded them already, and a typed array
 * is read faster than a string.
 */
export function scanSentenceCodes(s: Uint16Array, start: number, end: number, out: SentenceScan): SentenceScan {
  let found = 0;
  let words = 0;
  let inWord = false;
  let previous = 0;
  let previousEnd = -2;
  // where the last capitalised word ended, when it could be the first of a pair
  let capitalEnd = -2;
  let digitsFrom = -1;
  let digitsTo = -1;
  let i = start;
  while (i < end) {
    const c = s[i];
    let kind = CLASS[c];
    if (kind === 0) kind = classify(c);
    if ((kind & WORD_CHAR) === 0) {
      if (kind & CASED_OR_SPACE_CHAR) found |= NON_ASCII;
      const blank = (kind & BLANK_CHAR) !== 0;
      if (!blank && !inWord) words++;
      inWord = !blank;
      i++;
      continue;
    }
    if (!inWord) words++;
    inWord = true;
    // the classes of the run's characters after the first, ORed
    let rest = 0;
    let j = i + 1;
    for (; j < end; j++) {
      const k = CLASS[s[j]];
      if ((k & WORD_CHAR) === 0) break;
      rest |= k;
    }
    if ((kind | rest) & DIGIT_CHAR) {
      if (digitsFrom < 0) digitsFrom = i;
      digitsTo = j;
    }
    let mask = maskOf(s, i, j, c);
    if (j - i === 4 && kind & DIGIT_CHAR && isYear(s, i)) mask |= DATE;
    found |= mask;
    // "led to", "I think": two words with exactly one space between them
    if (previous & (LED | OPINION_SUBJECT) && previousEnd === i - 1 && s[previousEnd] === 32) {
      if (previous & LED && mask & TO) found |= CAUSAL;
      if (previous & OPINION_SUBJECT && mask & OPINION_VERB) found |= OPINION;
    }
    previous = mask;
    previousEnd = j;
    // "Ann Holt": a capitalised word, one white-space character, a capital and a lowercase letter
    if ((kind | rest) & UPPER_CHAR) {
      if (capitalEnd === i - 1 && isAsciiBlank(s[capitalEnd]) && j - i >= 2 && capitalised(s, i, i + 2)) found |= CAPITAL_PAIR;
      // the pair is looked for from the sentence's second character on, even inside its first word
      if (i > start) capitalEnd = kind & UPPER_CHAR && j - i >= 2 && (rest & NOT_LOWER_CHAR) === 0 ? j : -2;
      else capitalEnd = capitalised(s, start + 1, j) ? j : -2;
    } else capitalEnd = -2;
    i = j;
  }
  if (digitsFrom >= 0) found |= DIGIT;
  out.signals = found;
  out.words = words;
  out.digitsFrom = digitsFrom;
  out.digitsTo = digitsTo;
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
