import type { Paragraph, Quote } from '../types';
import { lowerBound } from './lowerBound';

/** Finding the paragraphs an edit touches. */

export function lastParagraphStartingAtOrBefore(paragraphs: readonly Paragraph[], offset: number): number {
  return Math.max(0, lowerBound(paragraphs.length, (i) => paragraphs[i].start <= offset) - 1);
}

export function firstParagraphEndingAtOrAfter(paragraphs: readonly Paragraph[], offset: number): number {
  return Math.min(paragraphs.length - 1, lowerBound(paragraphs.length, (i) => paragraphs[i].end < offset));
}

/** Widens first..end so that no utterance (a multi-paragraph or split quote) is cut by its edges. */
export function wholeUtterances(quotes: readonly Quote[], first: number, end: number): [number, number] {
  // Quotes run in text order, so an utterance's parts are neighbours (nested quotes aside).
  let lo = firstInParagraph(quotes, first);
  let hi = firstInParagraph(quotes, end + 1);
  const groups = new Set<number>();
  for (let i = lo; i < hi; i++) groups.add(quotes[i].group);
  for (; lo > 0 && (groups.has(quotes[lo - 1].group) || quotes[lo - 1].depth > 0); lo--) groups.add(quotes[lo - 1].group);
  for (; hi < quotes.length && (groups.has(quotes[hi].group) || quotes[hi].depth > 0); hi++) groups.add(quotes[hi].group);
  for (let i = lo; i < hi; i++) {
    if (!groups.has(quotes[i].group)) continue;
    first = Math.min(first, quotes[i].paragraph);
    end = Math.max(end, quotes[i].paragraph);
  }
  return [first, end];
}

function firstInParagraph(quotes: readonly Quote[], paragraph: number): number {
  return lowerBound(quotes.length, (i) => quotes[i].paragraph < paragraph);
}
