import type { ArticleAnalysis, SpeakerKind, Span } from './types';

export interface CorpusArticle {
  /** Stable id of the article: a workspace-relative path or a URI string. */
  id: string;
  analysis: ArticleAnalysis;
}

/** One speaker across the corpus, with every quote and claim attributed to them. */
export interface CorpusSpeaker {
  /** Canonical name across the corpus. */
  name: string;
  aliases: string[];
  role: string | null;
  kind: SpeakerKind;
  /** Per article: the article's local speaker name and the indices of its quotes and claims. */
  occurrences: { article: string; localName: string; quotes: number[]; claims: number[] }[];
  quoteCount: number;
  claimCount: number;
}

export interface CorpusIndex {
  speakers: CorpusSpeaker[];
  /** (article id, local speaker name) -> corpus speaker name */
  canonicalName(article: string, localName: string): string | undefined;
  /** Every quote of one corpus speaker, articles in the given order, quotes in text order. */
  quotesOf(name: string): { article: string; quote: number; span: Span }[];
}

/** Placeholder until the engine lands. */
export function canonicalizeCorpus(articles: CorpusArticle[]): CorpusIndex {
  void articles;
  return { speakers: [], canonicalName: () => undefined, quotesOf: () => [] };
}
