/**
 * W3C Web Annotation (JSON-LD): one AnnotationCollection with its annotations inline on its first
 * page. Selectors are alternatives for one span: a TextQuoteSelector (the text as it is now, with
 * 32 characters either side) and a TextPositionSelector in Unicode code points, as the model
 * requires. An orphan has only its stored TextQuoteSelector: it has no position to give.
 */
import { CONTEXT_LENGTH } from '../annotations/anchoring';
import { codePointCounter } from './text';
import { inGroups, JsonGroups, writeJson } from './jsonWriter';
import type { ExportArticle, ExportEntry, ExportModel } from './types';
import { memo, TextWriter } from './writer';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * A reproducible id for the collection: the same annotations and filter give the same id. It is
 * the hash of `JSON.stringify([filter, [[path, [[id, modified], …]], …]])`, fed to the hash piece
 * by piece: built as one string, that text and its 100,000 small arrays cost more than hashing it.
 */
export function collectionId(model: ExportModel): string {
  const h = new NameHash();
  h.add(`[${JSON.stringify(model.filter)},[`);
  model.articles.forEach((article, i) => {
    h.add(i === 0 ? '[' : ',[');
    h.addJson(article.path);
    h.add(',[');
    article.entries.forEach((e, j) => {
      h.add(j === 0 ? '[' : ',[');
      h.addJson(e.annotation.id);
      h.add(',');
      h.addJson(e.annotation.modified);
      h.add(']');
    });
    h.add(']]');
  });
  h.add(']]');
  return `urn:uuid:${h.uuid()}`;
}

/** Characters JSON.stringify writes other than as themselves (lone surrogates are escaped too). */
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * Four 32-bit hashes of a text given in pieces, each with its own multiplier, and a final
 * avalanche, made into a UUID version 8 (RFC 9562, "custom"). Not cryptographic: it only has to be
 * stable and unlikely to collide between exports, and cheap over the ids of 100,000 annotations.
 */
class NameHash {
  private h0 = seed(1);
  private h1 = seed(2);
  private h2 = seed(3);
  private h3 = seed(4);

  add(text: string): void {
    let { h0, h1, h2, h3 } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h0 = Math.imul(h0 ^ c, 0x01000193);
      h1 = Math.imul(h1 ^ c, 0x5bd1e995);
      h2 = Math.imul(h2 ^ c, 0x85ebca6b);
      h3 = Math.imul(h3 ^ c, 0xc2b2ae35);
    }
    this.h0 = h0;
    this.h1 = h1;
    this.h2 = h2;
    this.h3 = h3;
  }

  /** A value as JSON.stringify writes it inside an array (`null` for what it leaves out). */
  addJson(value: unknown): void {
    if (typeof value === 'string' && !JSON_ESCAPED.test(value)) {
      this.add('"');
      this.add(value);
      this.add('"');
    } else this.add(JSON.stringify(value) ?? 'null');
  }

  uuid(): string {
    const lanes = [this.h0, this.h1, this.h2, this.h3].map((h) => {
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, '0');
    });
    const hex = lanes.join('').split('');
    hex[12] = '8';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

function seed(lane: number): number {
  return (0x811c9dc5 ^ Math.imul(lane, 0x9e3779b9)) >>> 0;
}

/** The UUID of a text: what collectionId computes for the text its pieces make up. */
export function nameBasedUuid(text: string): string {
  const h = new NameHash();
  h.add(text);
  return h.uuid();
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
  const pair = (i: number): boolean => isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1));
  let i = offset;
  if (count >= 0) {
    for (let n = 0; n < count && i < text.length; n++) i += pair(i) ? 2 : 1;
    return text.slice(offset, i);
  }
  for (let n = 0; n > count && i > 0; n--) i -= i >= 2 && pair(i - 2) ? 2 : 1;
  return text.slice(i, offset);
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * The parts that repeat, made once per export: bodies for verdicts and tags, creators. JSON.stringify
 * writes a shared object wherever it is used, as if it were copies.
 */
class Shared {
  readonly verdict = memo((value: string) => ({ type: 'TextualBody', purpose: 'assessing', value }));
  readonly tag = memo((value: string) => ({ type: 'TextualBody', purpose: 'tagging', value }));
  readonly creator = memo((name: string) => ({ type: 'Person', name }));
}

function bodies(e: ExportEntry, shared: Shared): object[] {
  const a = e.annotation;
  const out: object[] = [shared.verdict(a.verdict)];
  if (a.note !== '') out.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/markdown' });
  for (const tag of a.tags) out.push(shared.tag(tag));
  return out;
}

function annotationJson(article: ExportArticle, e: ExportEntry, codePoints: (utf16Offset: number) => number, shared: Shared): object {
  const a = e.annotation;
  return {
    id: `urn:uuid:${a.id.toLowerCase()}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: a.created,
    modified: a.modified,
    creator: shared.creator(a.reviewer),
    body: bodies(e, shared),
    target: { source: articleSource(article), selector: selectors(article, e, codePoints) },
  };
}

/** Annotations in groups of at most this many: their objects exist only while a group is rendered. */
const GROUP_SIZE = 500;

function* annotationGroups(model: ExportModel): Iterable<unknown[]> {
  const shared = new Shared();
  for (const article of model.articles) {
    const codePoints = codePointCounter(article.text);
    yield* inGroups(article.entries, GROUP_SIZE, (e) => annotationJson(article, e, codePoints, shared));
  }
}

export function exportW3c(model: ExportModel): TextWriter {
  const w = new TextWriter();
  writeJson(w, {
    '@context': ANNO_CONTEXT,
    id: collectionId(model),
    type: 'AnnotationCollection',
    label: 'Claim Annotator annotations',
    total: model.total,
    first: { type: 'AnnotationPage', startIndex: 0, items: new JsonGroups(annotationGroups(model)) },
  });
  w.write('\n');
  return w;
}
