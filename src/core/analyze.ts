import type { AnalyzeOptions, ArticleAnalysis } from './types';

/** Placeholder until the engine lands: returns an empty analysis. */
export function analyzeArticle(text: string, _options: AnalyzeOptions = {}): ArticleAnalysis {
  return { meta: { title: text.split(/\r?\n/).find((l) => l.trim())?.trim() ?? '' }, quotes: [], claims: [], speakers: [], paragraphs: [] };
}
