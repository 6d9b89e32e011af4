/** Character classes shared by the scanner and the sentence splitter; all work on UTF-16 code units. */

// A combining mark (\p{M}) belongs to the letter before it: text in decomposed form (NFD, as some
// systems save it) spells "José" as "Jose" and an accent, and the name must not break there.
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const WHITESPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/u;

// ASCII answers come from the character code; only other characters need the Unicode tables.

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITESPACE.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  // Capitals outside the BMP (mathematical bold and script letters pasted from social media,
  // Deseret) mostly have no lowercase to compare with: their category says it.
  if (ch.length === 2) return UPPERCASE_LETTER.test(ch);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const UPPERCASE_LETTER = /^\p{Lu}$/u;

/** The character at i: both halves of a surrogate pair, else one code unit ('' past the end). */
export function characterAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return text.slice(i, i + 2);
  }
  return text.charAt(i);
}

// Letters and digits (\p{L}\p{N}, with combining marks) outside ASCII, decided once per UTF-16 unit: 0 unknown, 1 yes, 2 no.
const ONE_LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;
const bmpClass = new Uint8Array(0x10000);

/** Width (1 or 2 units) of the letter or digit at i, or 0 when there is none before `stop`. */
export function letterOrDigitAt(text: string, i: number, stop: number): number {
  if (i >= stop) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    // a surrogate pair is one character, when both halves lie inside the range
    if (i + 1 >= stop) return 0;
    const low = text.charCodeAt(i + 1);
    if (low < 0xdc00 || low > 0xdfff) return 0;
    return ONE_LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = bmpClass[c];
  if (known === 0) {
    known = c >= 0xdc00 && c <= 0xdfff ? 2 : ONE_LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    bmpClass[c] = known;
  }
  return known === 1 ? 1 : 0;
}

/**
 * Copies text[from, to) into codes at the same indexes. Four characters a step: each charCodeAt
 * costs more than the copy, and the unrolled loop measured a fifth faster on the bench articles.
 * The odd characters are copied first, and each loop is the last thing its function does (see
 * loadRangeCodes in tokens.ts: a loop compiled while a long first text runs would otherwise
 * leave the code after it to bail out).
 */
export function copyCharCodes(text: string, codes: Uint16Array, from: number, to: number): void {
  const fours = from + ((to - from) & 3);
  copyOneByOne(text, codes, from, fours);
  copyFourByFour(text, codes, fours, to);
}

function copyOneByOne(text: string, codes: Uint16Array, from: number, to: number): void {
  for (let i = from; i < to; i++) codes[i] = text.charCodeAt(i);
}

/** to - from is a multiple of four. */
function copyFourByFour(text: string, codes: Uint16Array, from: number, to: number): void {
  for (let i = from; i < to; i += 4) {
    codes[i] = text.charCodeAt(i);
    codes[i + 1] = text.charCodeAt(i + 1);
    codes[i + 2] = text.charCodeAt(i + 2);
    codes[i + 3] = text.charCodeAt(i + 3);
  }
}

/** White space as `\s` means in a regular expression (with or without the u flag), by code unit. */
export function isRegexSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The character before index i, treating a low surrogate pair as one character. */
export function charBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const code = text.charCodeAt(i - 1);
  if (code >= 0xdc00 && code <= 0xdfff && i >= 2) return text.slice(i - 2, i);
  return text[i - 1];
}

export function charAfter(text: string, i: number): string | undefined {
  if (i + 1 >= text.length) return undefined;
  const code = text.charCodeAt(i + 1);
  if (code >= 0xd800 && code <= 0xdbff) return text.slice(i + 1, i + 3);
  return text[i + 1];
}

/** Strips accents for matching while the display form keeps them. */
export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
