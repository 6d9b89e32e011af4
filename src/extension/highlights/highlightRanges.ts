import { speakerPaletteIndex } from '../../core/speakerColor';
import type { ArticleAnalysis, Claim, Quote, Span } from '../../core';
import type { Article, ArticleIndex } from '../index/articleIndex';
import { ALL_KINDS, PALETTE_SIZE, type HighlightKind } from './decorationStyles';

/**
 * The spans of one highlight kind, in the order of the quotes (claims) they come from, with
 * their offsets as they were when listed: the engine may later move the span objects themselves
 * (see core's analyzeEdit).
 */
export interface KindSpans {
  readonly spans: Span[];
  readonly starts: number[];
  readonly ends: number[];
  /** The index of the quote (for claims: the claim) each span comes from. */
  readonly sources: number[];
}

/** The spans of every kind in one analysis, and what they were listed from. */
export interface SpanLists {
  /** In the order of ALL_KINDS. */
  readonly kinds: KindSpans[];
  readonly analysis: ArticleAnalysis;
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
  /** How many quotes and claims there were (an edit in place changes the lists themselves). */
  readonly quoteCount: number;
  readonly claimCount: number;
  /** The kind (index in ALL_KINDS) each credited speaker's quotes were given. */
  readonly kindOf: Map<string, number>;
}

const UNATTRIBUTED = ALL_KINDS.indexOf('unattributed');
const SOFT_QUOTE = ALL_KINDS.indexOf('softQuote');
const CUE = ALL_KINDS.indexOf('cue');
export const CLAIM = ALL_KINDS.indexOf('claim');

export function emptyKinds(): KindSpans[] {
  return ALL_KINDS.map(() => ({ spans: [], starts: [], ends: [], sources: [] }));
}

/** Palette kinds by corpus-wide name: every repaint checks its speakers' kinds again. */
const paletteKinds = new Map<string, number>();
const MAX_REMEMBERED_NAMES = 4096;

/** The kind of a speaker's quotes: its palette slot, from its corpus-wide name. */
export function speakerKind(index: ArticleIndex, article: Article, speaker: string): number {
  const name = index.speakerOf(article, { speaker });
  if (name === null) return UNATTRIBUTED;
  let kind = paletteKinds.get(name);
  if (kind === undefined) {
    if (paletteKinds.size >= MAX_REMEMBERED_NAMES) paletteKinds.clear();
    kind = ALL_KINDS.indexOf(`speaker${speakerPaletteIndex(name, PALETTE_SIZE) + 1}` as HighlightKind);
    paletteKinds.set(name, kind);
  }
  return kind;
}

function add(kinds: KindSpans[], kind: number, span: Span, source: number): void {
  const { start, end } = span;
  if (end <= start) return;
  const list = kinds[kind];
  list.spans.push(span);
  list.starts.push(start);
  list.ends.push(end);
  list.sources.push(source);
}

/** Lists quotes[from..to) and claims[claimsFrom..claimsTo) in `kinds`, naming new speakers' kinds in `kindOf`. */
export function listSpans(index: ArticleIndex, article: Article, kinds: KindSpans[], kindOf: Map<string, number>, quotes: { from: number; to: number }, claims: { from: number; to: number }): void {
  listQuoteSpans(index, article, kinds, kindOf, quotes.from, quotes.to);
  listClaimSpans(article.analysis.claims, kinds, claims.from, claims.to);
}

/**
 * The quotes' loop and the claims' have a function each: V8 compiles a long article's first loop
 * while it runs (on-stack replacement), before the code after it ever ran, and a second loop in
 * the same function then found no type feedback and threw that code away, again and again: about
 * 80 deoptimisations in 200 keystrokes of a 2 MB article, each compiled anew beside the typing.
 */
function listQuoteSpans(index: ArticleIndex, article: Article, kinds: KindSpans[], kindOf: Map<string, number>, from: number, to: number): void {
  const { quotes } = article.analysis;
  for (let i = from; i < to; i++) {
    const quote = quotes[i];
    if (quote.kind !== 'speech') {
      add(kinds, SOFT_QUOTE, quote, i);
      continue;
    }
    let kind = quote.speaker === null ? UNATTRIBUTED : kindOf.get(quote.speaker);
    if (kind === undefined) {
      kind = speakerKind(index, article, quote.speaker as string);
      kindOf.set(quote.speaker as string, kind);
    }
    add(kinds, kind, quote, i);
    if (quote.cue) add(kinds, CUE, quote.cue, i);
  }
}

function listClaimSpans(claims: readonly Claim[], kinds: KindSpans[], from: number, to: number): void {
  for (let i = from; i < to; i++) add(kinds, CLAIM, claims[i], i);
}

/** The spans of every highlight kind in one article; speakers get their slot from their corpus-wide name. */
export function highlightSpans(index: ArticleIndex, article: Article): SpanLists {
  // The quotes and claims themselves are the spans: a long article has tens of thousands, listed
  // after every keystroke, so the lists are found by number rather than by name.
  const kinds = emptyKinds();
  // an article has a few dozen speakers and thousands of quotes: name each speaker's colour once
  const kindOf = new Map<string, number>();
  const { quotes, claims } = article.analysis;
  listSpans(index, article, kinds, kindOf, { from: 0, to: quotes.length }, { from: 0, to: claims.length });
  return { kinds, analysis: article.analysis, quotes, claims, quoteCount: quotes.length, claimCount: claims.length, kindOf };
}
