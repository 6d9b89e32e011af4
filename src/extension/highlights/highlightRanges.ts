import { speakerPaletteIndex } from '../../core/speakerColor';
import type { Span } from '../../core';
import type { Article, ArticleIndex } from '../index/articleIndex';
import { ALL_KINDS, PALETTE_SIZE, type HighlightKind } from './decorationStyles';

/**
 * The spans of one highlight kind, in text order, with their offsets as they were when listed:
 * the engine may later move the span objects themselves (see core's analyzeEdit).
 */
export interface KindSpans {
  readonly spans: Span[];
  readonly starts: number[];
  readonly ends: number[];
}

/** The spans of every highlight kind in one article; speakers get their slot from their corpus-wide name. */
export function highlightSpans(index: ArticleIndex, article: Article): Map<HighlightKind, KindSpans> {
  // The quotes and claims themselves are the spans: a long article has tens of thousands, listed
  // after every keystroke, so the lists are found by number rather than by name.
  const lists: KindSpans[] = ALL_KINDS.map(() => ({ spans: [], starts: [], ends: [] }));
  const add = (kind: number, span: Span): void => {
    const { start, end } = span;
    if (end <= start) return;
    const list = lists[kind];
    list.spans.push(span);
    list.starts.push(start);
    list.ends.push(end);
  };
  const unattributed = ALL_KINDS.indexOf('unattributed');
  const softQuote = ALL_KINDS.indexOf('softQuote');
  const cue = ALL_KINDS.indexOf('cue');
  const claim = ALL_KINDS.indexOf('claim');
  // an article has a few dozen speakers and thousands of quotes: name each speaker's colour once
  const kindOf = new Map<string, number>();
  for (const quote of article.analysis.quotes) {
    if (quote.kind !== 'speech') {
      add(softQuote, quote);
      continue;
    }
    let kind: number | undefined = quote.speaker === null ? unattributed : kindOf.get(quote.speaker);
    if (kind === undefined) {
      const speaker = index.speakerOf(article, quote);
      kind = speaker === null ? unattributed : ALL_KINDS.indexOf(`speaker${speakerPaletteIndex(speaker, PALETTE_SIZE) + 1}` as HighlightKind);
      if (quote.speaker !== null) kindOf.set(quote.speaker, kind);
    }
    add(kind, quote);
    if (quote.cue) add(cue, quote.cue);
  }
  for (const c of article.analysis.claims) add(claim, c);
  return new Map(ALL_KINDS.map((kind, i) => [kind, lists[i]]));
}
