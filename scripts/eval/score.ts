/** Per-article and overall counts and rates, from matched quotes. */
import { matchQuotes, OVERLAP_THRESHOLD, overlapRatio, speakerAccepted, type GoldQuote, type PredictedQuote } from './match';

export interface Ratio {
  correct: number;
  total: number;
  /** null when there was nothing to measure (0 of 0). */
  rate: number | null;
}

export interface Miss {
  start: number;
  end: number;
  text: string;
  kind: string;
  expected?: string | string[] | null;
  got?: string | null;
}

export interface Score {
  gold: number;
  predicted: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  exactSpan: Ratio;
  speaker: Ratio;
  kind: Ratio;
}

export interface ArticleScore extends Score {
  file: string;
  missed: Miss[];
  falsePositiveQuotes: Miss[];
  wrongSpeakers: Miss[];
  wrongKinds: Miss[];
}

export function scoreArticle(file: string, predicted: readonly PredictedQuote[], gold: readonly GoldQuote[]): ArticleScore {
  const pairs = matchQuotes(predicted, gold);
  const strictPairs = pairs.filter((p) => !gold[p.gold].lenient);
  const matchedGold = new Set(pairs.map((p) => p.gold));
  const matchedPredicted = new Set(pairs.map((p) => p.predicted));

  const missed = gold.filter((g, i) => !g.lenient && !matchedGold.has(i)).map((g) => miss(g, { expected: g.speaker }));
  // A prediction overlapping a lenient quote that another prediction already took is still no false positive.
  const lenientGold = gold.filter((g) => g.lenient);
  const falsePositiveQuotes = predicted
    .filter((p, i) => !matchedPredicted.has(i) && !lenientGold.some((g) => overlapsEnough(p, g)))
    .map((p) => miss(p, { got: p.speaker }));

  const speakerPairs = strictPairs.filter((p) => gold[p.gold].kind === 'speech' && gold[p.gold].speaker !== null);
  const wrongSpeakers = speakerPairs
    .filter((p) => !speakerAccepted(predicted[p.predicted].speaker, gold[p.gold].speaker))
    .map((p) => miss(gold[p.gold], { expected: gold[p.gold].speaker, got: predicted[p.predicted].speaker }));
  const wrongKinds = strictPairs
    .filter((p) => predicted[p.predicted].kind !== gold[p.gold].kind)
    .map((p) => ({ ...miss(gold[p.gold], {}), got: predicted[p.predicted].kind }));
  const exact = strictPairs.filter((p) => predicted[p.predicted].start === gold[p.gold].start && predicted[p.predicted].end === gold[p.gold].end);

  return {
    file,
    ...rates({
      gold: gold.filter((g) => !g.lenient).length,
      predicted: predicted.length,
      truePositives: strictPairs.length,
      falsePositives: falsePositiveQuotes.length,
      falseNegatives: missed.length,
      exactSpan: ratio(exact.length, strictPairs.length),
      speaker: ratio(speakerPairs.length - wrongSpeakers.length, speakerPairs.length),
      kind: ratio(strictPairs.length - wrongKinds.length, strictPairs.length),
    }),
    missed,
    falsePositiveQuotes,
    wrongSpeakers,
    wrongKinds,
  };
}

/** Micro-averaged: every quote of every article counts once. */
export function scoreOverall(articles: readonly Score[]): Score {
  const sum = (pick: (s: Score) => number): number => articles.reduce((n, s) => n + pick(s), 0);
  const sumRatio = (pick: (s: Score) => Ratio): Ratio => ratio(sum((s) => pick(s).correct), sum((s) => pick(s).total));
  return rates({
    gold: sum((s) => s.gold),
    predicted: sum((s) => s.predicted),
    truePositives: sum((s) => s.truePositives),
    falsePositives: sum((s) => s.falsePositives),
    falseNegatives: sum((s) => s.falseNegatives),
    exactSpan: sumRatio((s) => s.exactSpan),
    speaker: sumRatio((s) => s.speaker),
    kind: sumRatio((s) => s.kind),
  });
}

function rates(counts: Omit<Score, 'precision' | 'recall' | 'f1'>): Score {
  const precision = divide(counts.truePositives, counts.truePositives + counts.falsePositives);
  const recall = divide(counts.truePositives, counts.truePositives + counts.falseNegatives);
  // 2TP / (2TP + FP + FN): the harmonic mean of P and R, and still defined (0) when nothing was predicted.
  const f1 = divide(2 * counts.truePositives, 2 * counts.truePositives + counts.falsePositives + counts.falseNegatives);
  return { ...counts, precision, recall, f1 };
}

function overlapsEnough(p: PredictedQuote, g: GoldQuote): boolean {
  return overlapRatio(p, g) >= OVERLAP_THRESHOLD;
}

function ratio(correct: number, total: number): Ratio {
  return { correct, total, rate: divide(correct, total) };
}

function divide(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

function miss(q: { start: number; end: number; text: string; kind: string }, extra: Pick<Miss, 'expected' | 'got'>): Miss {
  return { start: q.start, end: q.end, text: q.text, kind: q.kind, ...extra };
}
