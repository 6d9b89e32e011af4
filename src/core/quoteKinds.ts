import type { Attribution } from './attribution';
import { TITLE_CUES, WORK_NOUNS } from './lexicon';
import type { RawQuote } from './quotes/scanner';
import type { Token } from './tokens';
import type { QuoteKind } from './types';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'as', 'but', 'nor', 'vs', 'from']);

function isTitleCase(words: string[]): boolean {
  const significant = words.filter((w, i) => i === 0 || !SMALL_WORDS.has(w.toLowerCase()));
  return words.length >= 2 && significant.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * speech, scare or title. A cue such as "entitled" or "the book" makes a title; a short phrase
 * with nobody saying it is held at a distance (a scare quote); anything a reporting verb
 * attributes, or a full sentence, is speech.
 */
export function classifyQuote(text: string, q: RawQuote, tokens: Token[], qi: number, a: Attribution): QuoteKind {
  const content = text.slice(q.start, q.end);
  const words = content.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) ?? [];
  const before = tokens.slice(Math.max(0, qi - 3), qi).filter((t) => t.kind === 'word').map((t) => t.lower);
  // the cue stands right before the title ("an essay entitled “…”", "the book “…”"), not
  // before an object ("called the delay “unacceptable”")
  // "a cover of ‘Harbour Lights’": the work noun stands before "of"
  const last = before[before.length - 1] === 'of' ? before[before.length - 2] : before[before.length - 1];
  // "entitled" names whatever follows; "the plan" only a capitalised name ("the plan “a fantasy”" is no title)
  const namedBy = last !== undefined && TITLE_CUES.has(last);
  const workNoun = last !== undefined && WORK_NOUNS.has(last);
  const sentenceLike = /[.!?,;\u2026]$/.test(content) || words.length >= 6;
  if (namedBy && !sentenceLike && (isTitleCase(words) || words.length <= 8)) return 'title';
  if ((namedBy || workNoun) && isTitleCase(words) && words.length <= 10) return 'title';
  if (before[before.length - 1] === 'so-called') return 'scare';
  const strong = a.entity !== null && !a.weak;
  if (strong && (sentenceLike || a.rule !== 'verb-sentence' || words.length >= 2)) return 'speech';
  if (sentenceLike) return 'speech';
  if (isTitleCase(words) && words.length >= 3 && !strong) return 'title';
  return 'scare';
}
