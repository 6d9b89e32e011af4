/** The engine's public surface: everything the CLI and the extension need from core. */
export * from './types';
export { analyzeArticle } from './analyze';
export { canonicalizeCorpus } from './corpus';
export type { CorpusSpeaker, CorpusArticle, CorpusIndex } from './corpus';
export { extractMeta } from './metadata';
export { maskMarkdown } from './markdown';
export { DEFAULT_ARTICLE_INCLUDE, DEFAULT_ARTICLE_EXCLUDE, articleFormat } from './articleGlobs';
export { globMatcher, type PathMatcher } from './glob';
export type { ArticleFormat } from './articleGlobs';
export { analyzeEdit, analyzeEditDetailed, analyzeForEditing, applyTextChange, editableCopy, handedOver } from './edits/analyzeEdit';
export { keptByEdit, type KeptBySplice, type KeptEnds } from './edits/splice';
export { EditedText, type ReadableText } from './edits/editedText';
export type { TextChange, AnalyzedText, EditAnalysis } from './edits/analyzeEdit';
