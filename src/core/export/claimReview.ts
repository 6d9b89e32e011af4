/**
 * schema.org ClaimReview (JSON-LD), one per annotation, as a JSON array. The numeric rating
 * follows VERDICT_RATINGS (1 false … 5 accurate); verdicts off that scale carry only their
 * words in `alternateName`.
 *
 * `url` should be the page that publishes the fact check, which an export cannot know: it is the
 * article's URL with `#claim-review-<id>` when the article gives one, else `urn:uuid:<id>`.
 * A desk publishing the markup replaces it with its own page.
 */
import { flatten } from './text';
import type { ExportArticle, ExportEntry, ExportModel } from './types';
import { RATING_SCALE, verdictRating, verdictWords } from './verdicts';
import { inGroups, JsonGroups, writeJson } from './jsonWriter';
import { memo, TextWriter } from './writer';

function rating(verdict: string): object {
  const value = verdictRating(verdict);
  const words = { '@type': 'Rating', alternateName: verdictWords(verdict) };
  return value === undefined ? words : { ...words, ratingValue: value, bestRating: RATING_SCALE.best, worstRating: RATING_SCALE.worst };
}

function appearance(article: ExportArticle): object {
  const { meta } = article;
  return {
    '@type': 'NewsArticle',
    headline: meta.title.trim() || article.path,
    url: meta.url,
    datePublished: meta.date,
    author: meta.author === undefined ? undefined : { '@type': 'Person', name: meta.author },
    publisher: meta.outlet === undefined ? undefined : { '@type': 'Organization', name: meta.outlet },
  };
}

function claimAuthor(e: ExportEntry): object | undefined {
  if (e.speaker === null) return undefined;
  // Organisations and groups speak as organisations; people and unknown kinds as persons.
  const type = e.speakerKind === 'organisation' || e.speakerKind === 'group' ? 'Organization' : 'Person';
  return { '@type': type, name: e.speaker };
}

/** `url` up to the annotation's id (see the top of this file). */
function reviewUrlPrefix(article: ExportArticle): string {
  return article.meta.url ? `${article.meta.url.replace(/#.*$/, '')}#claim-review-` : 'urn:uuid:';
}

/**
 * The parts that repeat, made once: per export for verdicts and reviewers, per article for where
 * it appeared. JSON.stringify writes a shared object wherever it is used, as if it were copies.
 */
interface Shared {
  rating: (verdict: string) => object;
  reviewer: (name: string) => object;
}

function claimReview(article: ExportArticle, urlPrefix: string, appeared: object, shared: Shared, e: ExportEntry): object {
  const a = e.annotation;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: urlPrefix + a.id.toLowerCase(),
    claimReviewed: flatten(e.text).trim(),
    reviewRating: shared.rating(a.verdict),
    itemReviewed: {
      '@type': 'Claim',
      author: claimAuthor(e),
      datePublished: article.meta.date,
      appearance: appeared,
    },
    author: shared.reviewer(a.reviewer),
    datePublished: a.modified,
    reviewBody: a.note === '' ? undefined : a.note,
    keywords: a.tags.length > 0 ? a.tags.join(', ') : undefined,
  };
}

/** Reviews in groups of at most this many: their objects exist only while a group is rendered. */
const GROUP_SIZE = 500;

function* reviewGroups(model: ExportModel): Iterable<unknown[]> {
  const shared: Shared = { rating: memo(rating), reviewer: memo((name: string) => ({ '@type': 'Person', name })) };
  for (const article of model.articles) {
    const urlPrefix = reviewUrlPrefix(article);
    const appeared = appearance(article);
    yield* inGroups(article.entries, GROUP_SIZE, (e) => claimReview(article, urlPrefix, appeared, shared, e));
  }
}

export function exportClaimReview(model: ExportModel): TextWriter {
  const w = new TextWriter();
  writeJson(w, new JsonGroups(reviewGroups(model)));
  w.write('\n');
  return w;
}
