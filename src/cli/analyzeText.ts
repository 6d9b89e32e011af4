/**
 * One article text in, one analysis out, the same way for the CLI and the evaluation script:
 * the engine masks Markdown itself and reads metadata from the text as written.
 */
import { analyzeArticle, articleFormat } from '../core';
import type { ArticleAnalysis } from '../core';

export function analyzeText(text: string, fileName: string): ArticleAnalysis {
  return analyzeArticle(text, { format: articleFormat(fileName), fileName });
}
