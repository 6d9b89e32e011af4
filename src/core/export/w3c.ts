/**
 * W3C Web Annotation (JSON-LD): one AnnotationCollection with its annotations inline on its first
 * page. Selectors are alternatives for one span: a TextQuoteSelector (the text as it is now, with
 * 32 characters either side) and a TextPositionSelector in Unicode code points, as the model
 * requires. An orphan has only its stored TextQuoteSelector: it has no position to give.
 */
import { CONTEXT_LENGTH } from '../annotations/anchoring';
import { codePointCounter } from './text';
import type { ExportArticle, ExportEntry, ExportModel } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A reproducible id for the collection: the same annotations and filter give the same id. */
export function collectionId(model: ExportModel): string {
  const seed = JSON.stringify([model.filter, model.articles.map((a) => [a.path, a.entries.map((e) => [e.annotation.id, e.annotation.modified])])]);
  return `urn:uuid:${nameBasedUuid(seed)}`;
}

/**
 * A UUID version 8 (RFC 9562, "custom") from two 64-bit FNV-1a hashes of the text. Not
 * cryptographic; it only has to be stable and unlikely to collide between exports.
 */
export function nameBasedUuid(text: string): string {
  const fnv = (seed: bigint): bigint => {
    let h = seed;
    for (let i = 0; i < text.length; i++) h = ((h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
    return h;
  };
  const hex = (fnv(0xcbf29ce484222325n).toString(16).padStart(16, '0') + fnv(0x84222325cbf29ce4n).toString(16).padStart(16, '0')).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The article's URL when it gives one, else its path relative to the export's root. */
export function articleSource(article: ExportArticle): string {
  return article.meta.url ?? article.path;
}

function selectors(article: ExportArticle, e: ExportEntry, codePoints: (utf16Offset: number) => number): object[] {
  const t = e.annotation.target;
  if (e.status === 'orphan') return [{ type: 'TextQuoteSelector', exact: t.exact, prefix: t.prefix, suffix: t.suffix }];
  const text = article.text;
  return [
    {
      type: 'TextQuoteSelector',
      exact: e.text,
      prefix: sliceChars(text, e.start, -CONTEXT_LENGTH),
      suffix: sliceChars(text, e.end, CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start: codePoints(e.start), end: codePoints(e.end) },
  ];
}

/** Up to `count` code points after (or, negative, before) a UTF-16 offset, never half a pair. */
function sliceChars(text: string, offset: number, count: number): string {
  const chars = count >= 0 ? Array.from(text.slice(offset, offset + count * 2)).slice(0, count) : Array.from(text.slice(Math.max(0, offset + count * 2), offset)).slice(count);
  return chars.join('');
}

function bodies(e: ExportEntry): object[] {
  const a = e.annotation;
  const out: object[] = [{ type: 'TextualBody', purpose: 'assessing', value: a.verdict }];
  if (a.note !== '') out.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/markdown' });
  for (const tag of a.tags) out.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return out;
}

function annotationJson(article: ExportArticle, e: ExportEntry, codePoints: (utf16Offset: number) => number): object {
  const a = e.annotation;
  return {
    id: `urn:uuid:${a.id.toLowerCase()}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: a.created,
    modified: a.modified,
    creator: { type: 'Person', name: a.reviewer },
    body: bodies(e),
    target: { source: articleSource(article), selector: selectors(article, e, codePoints) },
  };
}

export function exportW3c(model: ExportModel): string {
  const items = model.articles.flatMap((article) => {
    const codePoints = codePointCounter(article.text);
    return article.entries.map((e) => annotationJson(article, e, codePoints));
  });
  const collection = {
    '@context': ANNO_CONTEXT,
    id: collectionId(model),
    type: 'AnnotationCollection',
    label: 'Claim Annotator annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}
