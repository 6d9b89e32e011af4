import type { Quote } from '../../core';
import type { Article, ArticleIndex } from '../index/articleIndex';
import type { QuoteRef } from './quoteTarget';

export interface SpeakerQuote extends QuoteRef {
  quote: Quote;
}

/**
 * Every speech quote of one corpus speaker, articles in the index's stable order, quotes in text
 * order. Built from the same speakerOf() the highlights and trees use, so all views agree.
 */
export function quotesBySpeaker(index: ArticleIndex, name: string): SpeakerQuote[] {
  const result: SpeakerQuote[] = [];
  // Every attributed quote has its speaker in its article's list, so the corpus index knows each
  // article the speaker is quoted in; the others are not unpacked.
  const quotedIn = new Set(index.corpus().speakers.find((s) => s.name === name)?.occurrences.map((o) => o.article));
  for (const article of index.articles()) {
    if (!quotedIn.has(article.id)) continue;
    const quotes = article.analysis.quotes
      .map((quote, i) => ({ article, index: i, quote }))
      .filter(({ quote }) => quote.kind === 'speech' && index.speakerOf(article, quote) === name)
      .sort((a, b) => a.quote.start - b.quote.start);
    result.push(...quotes);
  }
  return result;
}

export interface Neighbours {
  /** 0-based position of the quote in the speaker's list (-1 when not in it). */
  position: number;
  previous: SpeakerQuote | undefined;
  next: SpeakerQuote | undefined;
}

/** The quotes before and after one quote in the list, wrapping around at both ends. */
export function neighboursOf(list: readonly SpeakerQuote[], article: Article, quoteIndex: number): Neighbours {
  const position = list.findIndex((q) => q.article.id === article.id && q.index === quoteIndex);
  if (position < 0 || list.length < 2) return { position, previous: undefined, next: undefined };
  return { position, previous: list[(position - 1 + list.length) % list.length], next: list[(position + 1) % list.length] };
}
