import { characterAt, isRegexSpace, isUpper } from './chars';
import type { Paragraph, Span } from './types';

export interface Sentence extends Span {
  paragraph: number;
}

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof st jr sr gen col lt sgt rep sen gov no nos vs etc inc ltd co corp jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec mt ft capt cmdr adm rev hon dept est approx fig vol op cf al ave blvd rd supt insp det ' +
    'pc dc gp mme messrs univ assn bros govt pp').split(' '),
);

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * The abbreviations as a trie over case-folded ASCII letters, so a word is looked up where it
 * stands: node n's child for a letter is at ABBREVIATION_TRIE[n + (code & 31)]; 0 is a dead end.
 */
const ABBREVIATION_TRIE: number[] = new Array<number>(64).fill(0);
const ABBREVIATION_END = new Set<number>();
for (const word of ABBREVIATIONS) {
  let node = 32;
  for (let k = 0; k < word.length; k++) {
    const slot = node + (word.charCodeAt(k) & 31);
    if (ABBREVIATION_TRIE[slot] === 0) {
      ABBREVIATION_TRIE[slot] = ABBREVIATION_TRIE.length;
      for (let n = 0; n < 32; n++) ABBREVIATION_TRIE.push(0);
    }
    node = ABBREVIATION_TRIE[slot];
  }
  ABBREVIATION_END.add(node);
}

/**
 * Whether text[from, to) is a listed abbreviation in any case. No letter outside ASCII lowercases
 * to a letter any abbreviation has, so a word with one is never listed.
 */
function isListedAbbreviation(text: string, from: number, to: number): boolean {
  let node = 32;
  for (let k = from; k < to && node !== 0; k++) {
    const c = text.charCodeAt(k);
    node = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? ABBREVIATION_TRIE[node + (c & 31)] : 0;
  }
  return ABBREVIATION_END.has(node);
}

/** Words that, after "U.S.", show the period also ended the sentence. */
const SENTENCE_STARTERS = new Set(
  'the a an he she it they we i this that these those but and in on at however meanwhile there his her their its our'.split(' '),
);

const STOP = /[.!?\u2026]/g;

/** . ! ? and, unless told otherwise, the ellipsis … */
function isStop(c: number, ellipsis = true): boolean {
  return c === 46 || c === 33 || c === 63 || (ellipsis && c === 0x2026);
}

/** Closing marks that may follow a full stop: " ' ” ’ » › ) ] */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a || c === 41 || c === 93;
}

/** \p{L} or a dot, by code unit (a surrogate half is neither, as a lone unit tested by /u). */
function isLetterOrDot(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[k]);
}

const LETTER = /\p{L}/u;

/**
 * Splits a paragraph into sentences. Quote spans are opaque: a full stop inside a quote ends the
 * sentence only when the quote itself ends there (“… gone.” Next sentence).
 */
export function splitSentences(text: string, paragraphs: Paragraph[], quoteSpans: { openMark: number; closeMark?: number }[]): Sentence[] {
  const sentences: Sentence[] = [];
  const sorted = closedInOrder(quoteSpans);
  // built when a stray closing mark first needs it
  let closeMarks: Set<number> | undefined;
  let qi = 0;
  // the next quote to open: nothing happens between a full stop or quote and the next one
  let oi = 0;
  let nextStop = -1;
  for (const para of paragraphs) {
    let start = para.start;
    let i = para.start;
    while (i < para.end) {
      while (oi < sorted.length && sorted[oi].openMark < i) oi++;
      const nextEvent = oi < sorted.length ? Math.min(para.end, sorted[oi].openMark) : para.end;
      if (nextStop < i) {
        // the regular expression engine finds the next stop faster than a loop over characters;
        // the position is kept until passed, so no stretch of text is searched twice
        STOP.lastIndex = i;
        // test() builds no match: the stop is the one character before lastIndex
        nextStop = STOP.test(text) ? STOP.lastIndex - 1 : text.length;
      }
      i = Math.min(nextStop, nextEvent);
      if (i >= para.end) break;
      while (qi < sorted.length && (sorted[qi].closeMark as number) < i) qi++;
      const q = sorted[qi];
      if (q && q.openMark === i && (q.closeMark as number) < para.end) {
        const close = q.closeMark as number;
        if (isStop(text.charCodeAt(close - 1)) && endsHere(text, close + 1, para.end)) {
          pushSentence(sentences, text, start, close + 1, para.index);
          start = close + 1;
        }
        i = close + 1;
        continue;
      }
      if (isStop(text.charCodeAt(i)) && !isAbbreviation(text, i, para.end)) {
        let end = i + 1;
        while (end < para.end && (isStop(text.charCodeAt(end), false) || isCloser(text.charCodeAt(end)))) {
          // a closing mark that opened a quote span is handled above; only take stray ones here
          closeMarks ??= new Set(sorted.map((q) => q.closeMark as number));
          if (closeMarks.has(end)) break;
          end++;
        }
        if (endsHere(text, end, para.end)) {
          pushSentence(sentences, text, start, end, para.index);
          start = end;
        }
        i = end;
        continue;
      }
      i++;
    }
    pushSentence(sentences, text, start, para.end, para.index);
  }
  return sentences;
}

/** The spans with a closing mark, by opening mark (the scanner hands them over in that order already). */
function closedInOrder<T extends { openMark: number; closeMark?: number }>(spans: T[]): T[] {
  const closed: T[] = [];
  let ordered = true;
  for (const q of spans) {
    if (q.closeMark === undefined) continue;
    if (closed.length > 0 && closed[closed.length - 1].openMark > q.openMark) ordered = false;
    closed.push(q);
  }
  return ordered ? closed : closed.sort((a, b) => a.openMark - b.openMark);
}

/** True when a sentence may end before `pos`: end of paragraph, or space then a capital, digit or opening mark. */
function endsHere(text: string, pos: number, paraEnd: number): boolean {
  if (pos >= paraEnd) return true;
  if (!isSpaceCode(text.charCodeAt(pos))) return false;
  let k = pos;
  while (k < paraEnd && isSpaceCode(text.charCodeAt(k))) k++;
  // (the ">" that opens a block quote's next line: the sentence after it starts past it)
  if (k < paraEnd && text.charCodeAt(k) === 62 && text.lastIndexOf('\n', k) >= pos) {
    k++;
    while (k < paraEnd && isSpaceCode(text.charCodeAt(k))) k++;
  }
  if (k >= paraEnd) return true;
  const next = text.charCodeAt(k);
  // a dash after a closed sentence starts its credit (“….” — Name), not a new sentence
  if (next < 128) return (next >= 65 && next <= 90) || (next >= 48 && next <= 57) || next === 34 || next === 39 || next === 40 || next === 91;
  return isOpener(next) || isUpper(characterAt(text, k));
}

/** The opening marks that may start a sentence outside ASCII: “ ‘ „ ‚ « ‹ */
function isOpener(c: number): boolean {
  return c === 0x201c || c === 0x2018 || c === 0x201e || c === 0x201a || c === 0xab || c === 0x2039;
}

/** isSpace() by code unit: white space as \s, and the zero-width space. */
function isSpaceCode(c: number): boolean {
  return isRegexSpace(c) || c === 0x200b;
}

function isAbbreviation(text: string, dot: number, paraEnd: number): boolean {
  if (text.charCodeAt(dot) !== 46) return false;
  let k = dot - 1;
  const floor = Math.max(0, dot - 24);
  let dotted = false;
  for (; k >= floor && isLetterOrDot(text, k); k--) if (text.charCodeAt(k) === 46) dotted = true;
  if (k + 1 === dot) return false;
  // most words before a full stop are longer than any listed abbreviation and have no dot
  if (!dotted && dot - (k + 1) > LONGEST_ABBREVIATION) return false;
  const word = text.slice(k + 1, dot);
  // looked at only when the word could be an abbreviation
  const startsSentence = (): boolean => {
    const nextWord = /^\s+([\p{L}]+)/u.exec(text.slice(dot + 1, Math.min(paraEnd, dot + 30)));
    return nextWord !== null && SENTENCE_STARTERS.has(nextWord[1].toLowerCase());
  };
  // U.S., U.N., e.g.: dotted initials end a sentence only before a typical sentence opener
  if (word.includes('.')) return !startsSentence();
  if (isListedAbbreviation(text, k + 1, dot)) return !(startsSentence() && !/^(mr|mrs|ms|dr|prof|st|gen|col|lt|sgt|rep|sen|gov|capt|rev|det|supt|insp)$/i.test(word));
  // a lone capital is an initial (J. Smith), unless a sentence plainly starts after it
  if (word.length === 1 && isUpper(word)) return !startsSentence();
  return false;
}

function pushSentence(sentences: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) sentences.push({ start, end, paragraph });
}
