/**
 * The `--json` shape. Fields are picked by name rather than dumping the engine's objects, so the
 * CLI's contract stays put while the engine's internals (mentions, working state) change.
 */
import type { ArticleAnalysis, ArticleMeta, Claim, Quote, Speaker } from '../core';

/** Quotes keep their marks, cue, rule and group: what a reviewer needs to debug an attribution. */
const QUOTE_FIELDS = ['start', 'end', 'text', 'speaker', 'kind', 'confidence', 'openMark', 'closeMark', 'cue', 'rule', 'group', 'paragraph', 'depth'] as const satisfies readonly (keyof Quote)[];
const CLAIM_FIELDS = ['start', 'end', 'text', 'speaker', 'kind', 'score', 'signals'] as const satisfies readonly (keyof Claim)[];
const SPEAKER_FIELDS = ['name', 'aliases', 'role', 'kind', 'quotes', 'claims'] as const satisfies readonly (keyof Speaker)[];

export interface JsonArticle {
  file: string;
  title: string;
  meta: ArticleMeta;
  quotes: Pick<Quote, (typeof QUOTE_FIELDS)[number]>[];
  claims: Pick<Claim, (typeof CLAIM_FIELDS)[number]>[];
  speakers: Pick<Speaker, (typeof SPEAKER_FIELDS)[number]>[];
}

export function toJsonArticle(file: string, analysis: ArticleAnalysis): JsonArticle {
  return {
    file,
    title: analysis.meta.title,
    meta: analysis.meta,
    quotes: analysis.quotes.map((q) => pick(q, QUOTE_FIELDS)),
    claims: analysis.claims.map((c) => pick(c, CLAIM_FIELDS)),
    speakers: analysis.speakers.map((s) => pick(s, SPEAKER_FIELDS)),
  };
}

/** The named fields that are present (optional ones such as closeMark may be absent). */
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
}
