import { isUpper, isWordChar } from './chars';
import { NO_INFO, wordInfo } from './wordInfo';
import type { WordInfo } from './wordInfo';

/** A word, a punctuation mark, or a whole quote standing as one token inside a sentence. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
  /** For kind 'quote': index of the quote in the analysis. */
  quote?: number;
  capitalized: boolean;
  /** US, TASS: capitals only (dotted initials such as J.K. are not acronyms). */
  acronym: boolean;
  info: WordInfo;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019.\-][\p{L}\p{N}]+)*\.?|[,;:()\u2014\u2013]|-{1,2}|[.!?]/gu;

/** Words ending in a dot that are abbreviations keep it (Dr., U.S.); others give it back as punctuation. */
const DOTTED = /^(?:\p{L}\.)+\p{L}?\.?$|^(mr|mrs|ms|dr|prof|st|jr|sr|gen|col|lt|sgt|rep|sen|gov|capt|rev|det|supt|insp|no|vs|inc|ltd|co|corp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/iu;

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
  const spans: typeof quotes = [];
  for (let k = lo; k < quotes.length && quotes[k].openMark < end; k++) spans.push(quotes[k]);
  for (const q of [...spans, undefined]) {
    const stop = q ? q.openMark : end;
    if (stop > pos) words(text, pos, stop, tokens);
    if (!q) break;
    tokens.push({ text: text.slice(q.openMark, q.closeMark + 1), lower: '', start: q.openMark, end: q.closeMark + 1, kind: 'quote', quote: q.index, capitalized: false, acronym: false, info: NO_INFO });
    pos = Math.max(pos, q.closeMark + 1);
  }
  return tokens;
}

function words(text: string, start: number, end: number, out: Token[]): void {
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice))) {
    let word = m[0];
    const at = start + m.index;
    if (word.length > 1 && word.charCodeAt(word.length - 1) === 46 && !DOTTED.test(word)) {
      word = word.slice(0, -1);
      pushWord(out, word, at);
      out.push({ text: '.', lower: '.', start: at + word.length, end: at + word.length + 1, kind: 'punct', quote: undefined, capitalized: false, acronym: false, info: NO_INFO });
      continue;
    }
    pushWord(out, word, at);
  }
}

function pushWord(out: Token[], word: string, at: number): void {
  // the pattern only yields words (letter or digit first) or punctuation
  const isWord = isWordChar(word[0]);
  const lower = word.toLowerCase();
  const capitalized = isWord && isUpper(word[0]);
  // only a capitalised word can be an acronym: the cheap test first
  const acronym = capitalized && word.length >= 2 && isUpper(word[1]) && word === word.toUpperCase() && !/^(\p{Lu}\.)+$/u.test(word);
  out.push({ text: word, lower, start: at, end: at + word.length, kind: isWord ? 'word' : 'punct', quote: undefined, capitalized, acronym, info: isWord ? wordInfo(lower) : NO_INFO });
}
