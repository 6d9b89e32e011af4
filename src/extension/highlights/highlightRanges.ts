import { speakerPaletteIndex } from '../../core/speakerColor';
import type { Span } from '../../core';
import type { Article, ArticleIndex } from '../index/articleIndex';
import { ALL_KINDS, PALETTE_SIZE, type HighlightKind } from './decorationStyles';

/** The spans of every highlight kind in one article; speakers get their slot from their corpus-wide name. */
export function highlightSpans(index: ArticleIndex, article: Article): Map<HighlightKind, Span[]> {
  const spans = new Map<HighlightKind, Span[]>(ALL_KINDS.map((k) => [k, []]));
  // The quotes and claims themselves are the spans: a long article has tens of thousands.
  const add = (kind: HighlightKind, span: Span): void => {
    if (span.end > span.start) spans.get(kind)?.push(span);
  };
  // an article has a few dozen speakers and thousands of quotes: name each speaker's colour once
  const kindOf = new Map<string, HighlightKind>();
  for (const quote of article.analysis.quotes) {
    if (quote.kind !== 'speech') {
      add('softQuote', quote);
      continue;
    }
    let kind: HighlightKind | undefined = quote.speaker === null ? 'unattributed' : kindOf.get(quote.speaker);
    if (kind === undefined) {
      const speaker = index.speakerOf(article, quote);
      kind = speaker === null ? 'unattributed' : (`speaker${speakerPaletteIndex(speaker, PALETTE_SIZE) + 1}` as HighlightKind);
      if (quote.speaker !== null) kindOf.set(quote.speaker, kind);
    }
    add(kind, quote);
    if (quote.cue) add('cue', quote.cue);
  }
  for (const claim of article.analysis.claims) add('claim', claim);
  return spans;
}
