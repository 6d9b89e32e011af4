/**
 * (a) Core analysis throughput and (f) the same texts through a peer library, compromise's
 * quotations(), in the same process and the same way: a warm-up pass, then the median of timed passes.
 */
import nlp from 'compromise';
import { analyzeArticle, type ArticleAnalysis } from '../src/core';
import type { GeneratedArticle } from './corpus';
import { MB, median, now } from './stats';

export interface Throughput {
  mbPerSecond: number;
  passesMs: number[];
  bytes: number;
  /** Quotes found per pass, to show both sides did the work. */
  quotes: number;
}

function utf8Bytes(articles: readonly GeneratedArticle[]): number {
  return articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
}

/** `warmUp` articles (all by default) are run once untimed first, so the JIT has seen the code paths. */
function measure(articles: readonly GeneratedArticle[], passes: number, run: (a: GeneratedArticle) => number, warmUp = articles.length): Throughput {
  const bytes = utf8Bytes(articles);
  let quotes = 0;
  for (const a of articles.slice(0, warmUp)) run(a);
  const passesMs: number[] = [];
  for (let p = 0; p < passes; p++) {
    quotes = 0;
    const t0 = now();
    for (const a of articles) quotes += run(a);
    passesMs.push(now() - t0);
  }
  return { mbPerSecond: bytes / MB / (median(passesMs) / 1000), passesMs, bytes, quotes };
}

/** Our engine: analyzeArticle with the options the extension passes (format from the file name). */
export function measureEngine(articles: readonly GeneratedArticle[], passes: number, keep?: Map<string, ArticleAnalysis>): Throughput {
  return measure(articles, passes, (a) => {
    const fileName = a.path.slice(a.path.lastIndexOf('/') + 1);
    const analysis = analyzeArticle(a.text, { fileName });
    keep?.set(a.path, analysis);
    return analysis.quotes.length;
  });
}

/**
 * The peer: compromise parses the whole text, then picks its quotations, with their offsets. It
 * is slow enough that a full warm-up pass would double the bench's run time: it warms up on the
 * first `warmUp` articles.
 */
export function measurePeer(articles: readonly GeneratedArticle[], passes: number, warmUp: number): Throughput {
  return measure(articles, passes, (a) => nlp(a.text).quotations().json({ offset: true }).length, warmUp);
}
