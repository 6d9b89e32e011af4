import { isRegexSpace } from './chars';

/**
 * The numeric claim signals, read around the digits of a sentence instead of by four regular
 * expressions over a copy of it. Each bit is set exactly when its expression (given beside it)
 * matches the sentence s[start, end) on its own: `\b` and `\s` as without the `u` flag, letters
 * compared as with the `i` flag (ASCII only).
 */

/** /\d\s?(%|per ?cent\b|percent\b)/i */
export const PERCENTAGE = 1;
/** /[$€£¥]\s?\d|\d\s?(dollars|euros|pounds|yuan|rubles|roubles)\b/i */
export const MONEY = 2;
/** /\b\d[\d,.]*\s?(thousand|million|billion|trillion|bn|m)\b/i */
export const LARGE_NUMBER = 4;
/** /\b\d[\d,.]*\b/ */
export const NUMBER = 8;

const CURRENCY_WORDS = ['dollars', 'euros', 'pounds', 'yuan', 'rubles', 'roubles'];
const MAGNITUDES = ['thousand', 'million', 'billion', 'trillion', 'bn', 'm'];
/** The first letters of those words, and of "per": what must follow a digit before any is compared. */
const CURRENCY_OR_PER = [...new Set([...CURRENCY_WORDS, 'per'].map((w) => w.charCodeAt(0)))];
const MAGNITUDE_FIRST = [...new Set(MAGNITUDES.map((w) => w.charCodeAt(0)))];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function isCurrencySign(c: number): boolean {
  return c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;
}

/** A word boundary at i: the slice's ends count as non-word characters. */
function boundaryAt(s: Uint16Array, i: number, start: number, end: number): boolean {
  const before = i > start && isWordChar(s[i - 1]);
  const after = i < end && isWordChar(s[i]);
  return before !== after;
}

/** Whether s[i, end) begins with the lowercase `word`, in any case. */
function startsWithWord(s: Uint16Array, i: number, end: number, word: string): boolean {
  if (end - i < word.length) return false;
  for (let k = 0; k < word.length; k++) {
    // | 32 maps exactly A–Z onto a–z among the codes that can land on a lowercase letter
    if ((s[i + k] | 32) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** One of `words` at i, with a word boundary right after it. */
function anyWordAt(s: Uint16Array, i: number, start: number, end: number, words: string[]): boolean {
  for (const word of words) if (startsWithWord(s, i, end, word) && boundaryAt(s, i + word.length, start, end)) return true;
  return false;
}

/** "per cent" or "percent", then a boundary. */
function perCentAt(s: Uint16Array, i: number, start: number, end: number): boolean {
  if (!startsWithWord(s, i, end, 'per')) return false;
  let k = i + 3;
  if (k < end && s[k] === 32) k++;
  return startsWithWord(s, k, end, 'cent') && boundaryAt(s, k + 4, start, end);
}

/** Where a match may go on after an optional white-space character at i. */
function afterOptionalSpace(s: Uint16Array, i: number, end: number): number {
  return i < end && isRegexSpace(s[i]) ? i + 1 : i;
}

/**
 * The numeric signals of s[start, end), whose digits all lie in s[from, to): only that stretch,
 * and the currency sign that may stand two characters before it, is read.
 */
export function numericSignals(s: string, start: number, end: number, from = start, to = end): number {
  // a one-off read (the analysis has the codes already): an array of its own
  const codes = new Uint16Array(end);
  for (let i = start; i < end; i++) codes[i] = s.charCodeAt(i);
  return numericSignalsCodes(codes, start, end, from, to);
}

/**
 * numericSignals() over the text's characters as codes at the same indexes (codes[i] is
 * s.charCodeAt(i) from start to end): the claims have them from the tokenizer, and a typed array
 * is read faster than a string. Nothing outside [start, end) is read.
 */
export function numericSignalsCodes(s: Uint16Array, start: number, end: number, from: number, to: number): number {
  let found = 0;
  for (let p = Math.max(start, from - 2); p < to; p++) {
    const c = s[p];
    if (isCurrencySign(c)) {
      // the digit may also come straight after a white-space character
      const next = p + 1 < end ? s[p + 1] : -1;
      if (isDigit(next) || (isRegexSpace(next) && p + 2 < end && isDigit(s[p + 2]))) found |= MONEY;
      continue;
    }
    if (!isDigit(c)) continue;
    // inside a number (a digit on either side) nothing starts or ends
    if (p > start && p + 1 < end && isDigit(s[p + 1]) && isWordChar(s[p - 1])) continue;
    const at = afterOptionalSpace(s, p + 1, end);
    // only "%" or a letter starts what is looked for after a digit
    const after = at < end ? s[at] : 0;
    if (after === 37) found |= PERCENTAGE;
    else if (CURRENCY_OR_PER.includes(after | 32)) {
      if (perCentAt(s, at, start, end)) found |= PERCENTAGE;
      if (anyWordAt(s, at, start, end, CURRENCY_WORDS)) found |= MONEY;
    }
    // what follows needs a word boundary before the digit, and has been found already once both are
    if ((found & (LARGE_NUMBER | NUMBER)) === (LARGE_NUMBER | NUMBER) || !boundaryAt(s, p, start, end)) continue;
    // [\d,.]* runs on as far as it can: a shorter run would leave a digit, comma or dot where
    // a space or a letter has to come
    let run = p + 1;
    while (run < end && isNumberChar(s[run])) run++;
    const magnitude = afterOptionalSpace(s, run, end);
    if (magnitude < end && MAGNITUDE_FIRST.includes(s[magnitude] | 32) && anyWordAt(s, magnitude, start, end, MAGNITUDES)) found |= LARGE_NUMBER;
    // \b\d[\d,.]*\b: the run may stop early wherever there is a boundary
    for (let q = p + 1; q <= run && (found & NUMBER) === 0; q++) if (boundaryAt(s, q, start, end)) found |= NUMBER;
  }
  return found;
}

function isNumberChar(c: number): boolean {
  return isDigit(c) || c === 44 || c === 46;
}
