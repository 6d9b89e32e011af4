/**
 * The `--json` shape. Fields are picked explicitly rather than dumping the engine's objects, so the
 * CLI's contract stays put while the engine's internals (mentions, paragraphs) change.
 */
import type { ArticleAnalysis, ArticleMeta, Claim, Quote } from '../core';

export interface JsonArticle {
  file: string;
  title: string;
  meta: ArticleMeta;
  quotes: Quote[];
  claims: Pick<Claim, 'start' | 'end' | 'text' | 'speaker' | 'kind' | 'score' | 'signals'>[];
  speakers: { name: string; aliases: string[]; role: string | null; kind: string; quotes: number[]; claims: number[] }[];
}

export function toJsonArticle(file: string, analysis: ArticleAnalysis): JsonArticle {
  return {
    file,
    title: analysis.meta.title,
    meta: analysis.meta,
    // Quotes go out whole: their extra fields (marks, cue, rule, group) are what a reviewer needs to debug attribution.
    quotes: analysis.quotes,
    claims: analysis.claims.map(({ start, end, text, speaker, kind, score, signals }) => ({ start, end, text, speaker, kind, score, signals })),
    speakers: analysis.speakers.map(({ name, aliases, role, kind, quotes, claims }) => ({ name, aliases, role, kind, quotes, claims })),
  };
}
