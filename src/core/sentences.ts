import { isSpace, isUpper } from './chars';
import type { Paragraph, Span } from './types';

export interface Sentence extends Span {
  paragraph: number;
}

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof st jr sr gen col lt sgt rep sen gov no nos vs etc inc ltd co corp jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec mt ft capt cmdr adm rev hon dept est approx fig vol op cf al ave blvd rd supt insp det ' +
    'pc dc gp mme messrs univ assn bros govt pp').split(' '),
);

/** Words that, after "U.S.", show the period also ended the sentence. */
const SENTENCE_STARTERS = new Set(
  'the a an he she it they we i this that these those but and in on at however meanwhile there his her their its our'.split(' '),
);

const OPENERS = /["'\u201c\u2018\u201e\u201a\u00ab\u2039(\[]/u;
const CLOSERS = /["'\u201d\u2019\u00bb\u203a)\]]/u;

/**
 * Splits a paragraph into sentences. Quote spans are opaque: a full stop inside a quote ends the
 * sentence only when the quote itself ends there (“… gone.” Next sentence).
 */
export function splitSentences(text: string, paragraphs: Paragraph[], quoteSpans: { openMark: number; closeMark?: number }[]): Sentence[] {
  const sentences: Sentence[] = [];
  const sorted = quoteSpans.filter((q) => q.closeMark !== undefined).sort((a, b) => a.openMark - b.openMark);
  const closeMarks = new Set(sorted.map((q) => q.closeMark as number));
  let qi = 0;
  for (const para of paragraphs) {
    let start = para.start;
    let i = para.start;
    while (i < para.end) {
      while (qi < sorted.length && (sorted[qi].closeMark as number) < i) qi++;
      const q = sorted[qi];
      if (q && q.openMark === i && (q.closeMark as number) < para.end) {
        const close = q.closeMark as number;
        const inner = text[close - 1];
        if (/[.!?\u2026]/u.test(inner) && endsHere(text, close + 1, para.end)) {
          pushSentence(sentences, text, start, close + 1, para.index);
          start = close + 1;
        }
        i = close + 1;
        continue;
      }
      const ch = text[i];
      if ((ch === '.' || ch === '!' || ch === '?' || ch === '\u2026') && !isAbbreviation(text, i, para.end)) {
        let end = i + 1;
        while (end < para.end && (text[end] === '.' || text[end] === '!' || text[end] === '?' || CLOSERS.test(text[end]))) {
          // a closing mark that opened a quote span is handled above; only take stray ones here
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

/** True when a sentence may end before `pos`: end of paragraph, or space then a capital, digit or opening mark. */
function endsHere(text: string, pos: number, paraEnd: number): boolean {
  if (pos >= paraEnd) return true;
  if (!isSpace(text[pos])) return false;
  let k = pos;
  while (k < paraEnd && isSpace(text[k])) k++;
  if (k >= paraEnd) return true;
  const next = text[k];
  // a dash after a closed sentence starts its credit (“….” — Name), not a new sentence
  return isUpper(next) || /\d/.test(next) || OPENERS.test(next);
}

function isAbbreviation(text: string, dot: number, paraEnd: number): boolean {
  if (text[dot] !== '.') return false;
  let k = dot - 1;
  const floor = Math.max(0, dot - 24);
  while (k >= floor && /[\p{L}.]/u.test(text[k])) k--;
  const word = text.slice(k + 1, dot);
  if (word === '') return false;
  const nextWord = /^\s+([\p{L}]+)/u.exec(text.slice(dot + 1, Math.min(paraEnd, dot + 30)));
  const startsSentence = nextWord !== null && SENTENCE_STARTERS.has(nextWord[1].toLowerCase());
  // U.S., U.N., e.g.: dotted initials end a sentence only before a typical sentence opener
  if (word.includes('.')) return !startsSentence;
  if (ABBREVIATIONS.has(word.toLowerCase())) return !(startsSentence && !/^(mr|mrs|ms|dr|prof|st|gen|col|lt|sgt|rep|sen|gov|capt|rev|det|supt|insp)$/i.test(word));
  // a lone capital is an initial (J. Smith), unless a sentence plainly starts after it
  if (word.length === 1 && isUpper(word)) return !startsSentence;
  return false;
}

function pushSentence(sentences: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) sentences.push({ start, end, paragraph });
}
