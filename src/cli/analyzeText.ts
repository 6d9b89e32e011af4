/**
 * One article text in, one analysis out, the same way for the CLI and the evaluation script:
 * Markdown is masked before the engine sees it, and metadata comes from the text as written.
 */
import { analyzeArticle, articleFormat, extractMeta, maskMarkdown } from '../core';
import type { ArticleAnalysis, ArticleMeta } from '../core';

export function analyzeText(text: string, fileName: string): ArticleAnalysis {
  const format = articleFormat(fileName);
  // Masking keeps the length, so offsets from the masked text are offsets into `text`.
  const source = format === 'markdown' ? maskMarkdown(text) : text;
  const analysis = analyzeArticle(source, { format, fileName });
  return { ...analysis, meta: mergeMeta(extractMeta(text, format), analysis.meta) };
}

/**
 * The engine saw masked Markdown (front matter blanked), so what extractMeta reads from the original
 * wins; the engine's values fill in what it did not find.
 */
function mergeMeta(fromText: ArticleMeta, fromEngine: ArticleMeta): ArticleMeta {
  const merged: ArticleMeta = { ...fromEngine, ...fromText };
  if (!fromText.title && fromEngine.title) merged.title = fromEngine.title;
  return merged;
}
