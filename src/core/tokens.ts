import { letterOrDigitAt } from './chars';
import type { WordInfo } from './wordInfo';
import { HASH_SEED, hashStep, internWord, quoteFacts } from './wordTable';
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
    /** For kind 'quote': index of the quote in the analysis. */
    readonly quote?: number,
  ) {}

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

/**
 * Tokenizes text[start, end) with the given quotes (sorted by opening mark) (content spans with their marks) collapsed
 * into single tokens, so patterns like `Q , Name said` can be matched over tokens.
 */
export function tokenize(text: string, start: number, end: number, quotes: { index: number; openMark: number; closeMark: number }[]): Token[] {
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
    if (q.openMark > pos) words(text, pos, q.openMark, tokens);
    tokens.push(new Token(quoteFacts(text.slice(q.openMark, q.closeMark + 1)), q.openMark, q.index));
    pos = Math.max(pos, q.closeMark + 1);
  }
  if (end > pos) words(text, pos, end, tokens);
  return tokens;
}

/** Marks that stand as tokens of their own: , ; : ( ) — – */
function isSinglePunct(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013;
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

/** The interned facts of each one-character mark, by code: they are looked up without hashing. */
const markFacts = new Map<number, WordFacts>();

function pushMark(text: string, i: number, out: Token[]): void {
  const c = text.charCodeAt(i);
  let facts = markFacts.get(c);
  if (!facts) {
    facts = internWord(text, i, i + 1, hashStep(HASH_SEED, c));
    markFacts.set(c, facts);
  }
  pushFacts(out, facts, i);
}

/**
 * Words (letters or digits, joined by apostrophes, dots and hyphens, with an optional final dot),
 * the marks , ; : ( ) — –, one or two hyphens, and . ! ?; anything else is skipped. A final dot
 * stays on abbreviations (Dr., U.S.) and is given back as punctuation after other words.
 */
function words(text: string, start: number, stop: number, out: Token[]): void {
  let i = start;
  while (i < stop) {
    const c = text.charCodeAt(i);
    let width = 1;
    if (c < 128) {
      const kind = ASCII_START[c];
      if (kind === SKIP) {
        i++;
        continue;
      }
      if (kind === MARK) {
        pushMark(text, i, out);
        i++;
        continue;
      }
      if (kind === HYPHEN) {
        const length = i + 1 < stop && text.charCodeAt(i + 1) === 45 ? 2 : 1;
        if (length === 1) pushMark(text, i, out);
        else pushFacts(out, internWord(text, i, i + 2, hashStep(hashStep(HASH_SEED, 45), 45)), i);
        i += length;
        continue;
      }
    } else {
      width = letterOrDigitAt(text, i, stop);
      if (width === 0) {
        if (isSinglePunct(c)) pushMark(text, i, out);
        i++;
        continue;
      }
    }
    const at = i;
    let hash = HASH_SEED;
    for (;;) {
      while (width > 0) {
        // ASCII letters and digits, the usual case, by table
        let d = text.charCodeAt(i);
        while (d < 128 && ASCII_START[d] === WORD) {
          hash = hashStep(hash, d);
          if (++i >= stop) break;
          d = text.charCodeAt(i);
        }
        width = letterOrDigitAt(text, i, stop);
        for (let u = 0; u < width; u++) hash = hashStep(hash, text.charCodeAt(i + u));
        i += width;
      }
      if (i < stop && isJoiner(text.charCodeAt(i)) && letterOrDigitAt(text, i + 1, stop) > 0) {
        hash = hashStep(hash, text.charCodeAt(i));
        i++;
        width = letterOrDigitAt(text, i, stop);
        continue;
      }
      break;
    }
    if (i < stop && text.charCodeAt(i) === 46) {
      const dotted = internWord(text, at, i + 1, hashStep(hash, 46));
      if (dotted.keepsDot) {
        pushFacts(out, dotted, at);
      } else {
        pushFacts(out, internWord(text, at, i, hash), at);
        pushMark(text, i, out);
      }
      i++;
      continue;
    }
    pushFacts(out, internWord(text, at, i, hash), at);
  }
}

function pushFacts(out: Token[], f: WordFacts, at: number): void {
  out.push(new Token(f, at));
}
