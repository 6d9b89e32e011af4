import { articleFormat } from './articleGlobs';
import { attributeQuotes } from './attributeQuotes';
import { findClaims } from './claims';
import { releaseClaimScratch } from './claimWords';
import { EntityRegistry, type Entity } from './entities';
import { maskMarkdown } from './markdown';
import { extractMeta } from './metadata';
import { registerNames, tokenizeSentences } from './nameMentions';
import { countLineBreaks, readsWrapped, splitParagraphs, type LineBreaks } from './paragraphs';
import { enclosingQuotes, scanQuotes } from './quotes/scanner';
import { splitSentences } from './sentences';
import { loadTextCodes, releaseTokenCodes } from './tokens';
import { buildSpeakers } from './speakerList';
import type { AttributedQuote } from './attributeQuotes';
import { claimRecord, quoteRecord } from './records';
import type { AnalyzeOptions, ArticleAnalysis, Quote } from './types';

/**
 * Analyses one article: quotes and their speakers, check-worthy claims, metadata. Markdown is
 * analysed as prose (front matter, code and link targets blanked out, offsets unchanged).
 */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  return analyzeWithEntities(text, options).analysis;
}

/**
 * The analysis and everyone the text mentions (speakers or not): incremental analysis compares them.
 * `withMeta: false` leaves the metadata out (an empty title): a window of an article, read again
 * around an edit, has no title, byline or date of its own, and reading them costs as much as a
 * window's quotes.
 */
export function analyzeWithEntities(text: string, options: AnalyzeOptions = {}, withMeta = true): { analysis: ArticleAnalysis; entities: readonly Entity[] } {
  const format = options.format ?? (options.fileName ? articleFormat(options.fileName) : 'text');
  const source = format === 'markdown' ? maskMarkdown(text) : text;
  const breaks = format === 'text' && options.lines === undefined ? countLineBreaks(source) : undefined;
  const wrapped = format === 'text' && (breaks ? readsWrapped(breaks) : options.lines === 'wrapped');
  const paragraphs = splitParagraphs(source, format, wrapped);
  // the text's characters are copied once, for the quote scanner, the tokenizer and the claims
  const raw = scanQuotes(source, paragraphs, loadTextCodes(source));
  const parents = enclosingQuotes(raw);
  const topLevel = raw.filter((_, i) => parents[i] === undefined);
  const sentences = splitSentences(source, paragraphs, topLevel);
  const registry = new EntityRegistry();
  const sentenceTokens = tokenizeSentences(source, sentences, topLevel);
  registerNames(sentenceTokens, registry);
  const { quotes, reported } = attributeQuotes(source, raw, parents, topLevel, sentences, sentenceTokens, registry);
  const claims = findClaims(source, sentences, quotes, reported);
  // The scans above are done with the text's characters: a long text's arrays are given back.
  releaseTokenCodes();
  releaseClaimScratch();
  const speakers = buildSpeakers(quotes, claims, options.speakerHints);
  // hand out plain data: the engine's entity graph stays here, so results are small and serialisable
  const analysis: ArticleAnalysis = {
    meta: withMeta ? extractMeta(text, format, format === 'markdown' ? source : undefined) : { title: '' },
    quotes: quotes.map(plainQuote),
    claims: claims.map((c) => claimRecord(c, c.text, c.start, c.end)),
    speakers,
    paragraphs,
  };
  linesRead.set(analysis, { lines: wrapped ? 'wrapped' : 'paragraphs', breaks });
  return { analysis, entities: registry.entities };
}

/**
 * How each analysis made here read its text's line breaks, and, where the text decided it, the
 * counts it was decided by (an edit updates them from the lines it touches).
 */
const linesRead = new WeakMap<ArticleAnalysis, { lines: 'paragraphs' | 'wrapped'; breaks: LineBreaks | undefined }>();

/**
 * How the analysis read its text's line breaks, for an analysis of part of the text that must
 * read them alike; undefined for one not made here (packed by a worker, copied).
 */
export function linesReadAs(analysis: ArticleAnalysis): 'paragraphs' | 'wrapped' | undefined {
  return linesRead.get(analysis)?.lines;
}

/** The counts of isHardWrapped over the analysed text, when they decided how its lines read. */
export function lineBreaksRead(analysis: ArticleAnalysis): LineBreaks | undefined {
  return linesRead.get(analysis)?.breaks;
}

/** Records how an analysis made from another's parts (an edit's, a copy) reads its lines. */
export function readLinesAs(analysis: ArticleAnalysis, lines: 'paragraphs' | 'wrapped', breaks?: LineBreaks): void {
  linesRead.set(analysis, { lines, breaks });
}

function plainQuote(q: AttributedQuote): Quote {
  const cue = q.cue && { start: q.cue.start, end: q.cue.end };
  return quoteRecord(q, q.start, q.end, q.openMark, q.closeMark, cue, q.group, q.paragraph, q.members.length > 1 ? q.members.map((e) => e.name) : undefined);
}
