/**
 * Changing a sidecar file through its `yaml` Document, so that a rewrite touches only what
 * changed: a scalar that is set keeps its comment and quoting, entries that are not edited are not
 * re-emitted differently, and `speakers:` and unknown keys are carried along. Output is
 * deterministic (known keys in a fixed order, annotations in text order, no line wrapping) so
 * that two reviewers' files diff and merge line by line.
 */
import { Document, isMap, isScalar, isSeq, Scalar, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Annotation, TextTarget } from './types';
import { SIDECAR_VERSION } from './types';

const TOP_KEYS = ['version', 'article', 'annotations', 'speakers'];
const ANNOTATION_KEYS = ['id', 'target', 'verdict', 'note', 'tags', 'speaker', 'reviewer', 'created', 'modified'];
const TARGET_KEYS = ['exact', 'prefix', 'suffix', 'start', 'end'];
/** Strings that must round-trip exactly, whitespace and line breaks included, are written double-quoted. */
const QUOTED_TARGET_KEYS = ['exact', 'prefix', 'suffix'];

/** A new sidecar document for the article (its file name relative to the sidecar's folder). */
export function createSidecarDocument(article: string): Document {
  return new Document({ version: SIDECAR_VERSION, article, annotations: [] });
}

/** The annotations list, created when the file has none. */
function annotationList(doc: Document): YAMLSeq {
  const node = doc.get('annotations', true);
  if (isSeq(node)) return node;
  const seq = doc.createNode([]) as YAMLSeq;
  doc.set('annotations', seq);
  return seq;
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

function indexOfId(seq: YAMLSeq, id: string): number {
  return seq.items.findIndex((item) => isMap(item) && item.get('id') === id);
}

function targetNode(doc: Document, target: TextTarget): YAMLMap {
  const node = doc.createNode({ exact: target.exact, prefix: target.prefix, suffix: target.suffix, start: target.start, end: target.end }) as YAMLMap;
  for (const key of QUOTED_TARGET_KEYS) {
    const scalar = node.get(key, true);
    if (isScalar(scalar)) scalar.type = Scalar.QUOTE_DOUBLE;
  }
  return node;
}

function tagsNode(doc: Document, tags: readonly string[]): YAMLSeq {
  const node = doc.createNode([...tags]) as YAMLSeq;
  node.flow = true;
  return node;
}

function annotationNode(doc: Document, a: Annotation): YAMLMap {
  const map = doc.createNode({}) as YAMLMap;
  map.set('id', a.id);
  map.set('target', targetNode(doc, a.target));
  map.set('verdict', a.verdict);
  map.set('note', a.note);
  map.set('tags', tagsNode(doc, a.tags));
  if (a.speaker !== undefined) map.set('speaker', a.speaker);
  map.set('reviewer', a.reviewer);
  map.set('created', a.created);
  map.set('modified', a.modified);
  return map;
}

/** Adds an annotation (its place in text order is fixed when the document is serialised). */
export function addAnnotation(doc: Document, annotation: Annotation): void {
  annotationList(doc).add(annotationNode(doc, annotation));
}

const sameTags = (a: unknown, b: readonly string[]): boolean => Array.isArray(a) && a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * Updates the annotation with the same id field by field, leaving untouched fields (and their
 * comments) alone. Returns false when the document has no annotation with that id.
 */
export function updateAnnotation(doc: Document, annotation: Annotation): boolean {
  const seq = annotationList(doc);
  const index = indexOfId(seq, annotation.id);
  if (index < 0) return false;
  const map = seq.items[index] as YAMLMap;
  const current = map.toJSON() as Record<string, unknown>;
  const target = map.get('target', true);
  if (isMap(target)) {
    for (const key of TARGET_KEYS) {
      const value = annotation.target[key as keyof TextTarget];
      if (target.get(key) !== value) target.set(key, value);
    }
  } else map.set('target', targetNode(doc, annotation.target));
  // An absent note or tags list reads as empty, so it is not written out unless it gets content.
  const currentNote = current.note ?? '';
  const currentTags = current.tags ?? [];
  for (const key of ['verdict', 'reviewer', 'created', 'modified'] as const) {
    if (current[key] !== annotation[key]) map.set(key, annotation[key]);
  }
  if (currentNote !== annotation.note) map.set('note', annotation.note);
  if (!sameTags(currentTags, annotation.tags)) map.set('tags', tagsNode(doc, annotation.tags));
  if (annotation.speaker === undefined) map.delete('speaker');
  else if (current.speaker !== annotation.speaker) map.set('speaker', annotation.speaker);
  return true;
}

/** Removes the annotation with this id; false when there is none. */
export function deleteAnnotation(doc: Document, id: string): boolean {
  const seq = annotationList(doc);
  const index = indexOfId(seq, id);
  if (index < 0) return false;
  seq.delete(index);
  return true;
}

/**
 * Makes the document's annotations equal to `annotations` (by id: added, updated, deleted), e.g.
 * after merging with a copy reloaded from disk. Untouched entries keep their exact text.
 */
export function setAnnotations(doc: Document, annotations: readonly Annotation[]): void {
  const wanted = new Set(annotations.map((a) => a.id));
  const seq = annotationList(doc);
  for (let i = seq.items.length - 1; i >= 0; i--) {
    const item = seq.items[i];
    const id = isMap(item) ? item.get('id') : undefined;
    if (typeof id === 'string' && !wanted.has(id)) seq.delete(i);
  }
  for (const a of annotations) if (!updateAnnotation(doc, a)) addAnnotation(doc, a);
}

/** Known keys first in the documented order, then the others as they were. */
function orderKeys(map: YAMLMap, known: readonly string[]): void {
  const rank = (p: Pair): number => {
    const i = known.indexOf(String(keyOf(p)));
    return i < 0 ? known.length : i;
  };
  const first = map.items[0];
  // Array.prototype.sort is stable, so unknown keys keep their relative order.
  map.items.sort((a, b) => rank(a) - rank(b));
  // A comment above the first key reads as the heading of the whole block: it stays on top.
  if (first && map.items[0] !== first && isScalar(first.key) && first.key.commentBefore && isScalar(map.items[0].key)) {
    const head = map.items[0].key;
    head.commentBefore = head.commentBefore ? `${first.key.commentBefore}\n${head.commentBefore}` : first.key.commentBefore;
    first.key.commentBefore = undefined;
  }
}

function sortKey(item: unknown): [number, string] {
  if (!isMap(item)) return [Number.MAX_SAFE_INTEGER, ''];
  const start = item.getIn(['target', 'start']);
  const id = item.get('id');
  return [typeof start === 'number' ? start : Number.MAX_SAFE_INTEGER, typeof id === 'string' ? id : ''];
}

/**
 * The file's text. Orders keys and annotations first (start offset, then id), so the same
 * content always gives the same bytes; long strings are never folded.
 */
export function serializeSidecar(doc: Document): string {
  if (isMap(doc.contents)) {
    orderKeys(doc.contents, TOP_KEYS);
    const seq = doc.get('annotations', true);
    if (isSeq(seq)) {
      // yaml hangs a comment above the first entry on the list itself; give it to the entry so it moves with it.
      const firstItem = seq.items[0];
      if (seq.commentBefore && isMap(firstItem) && !firstItem.commentBefore) {
        firstItem.commentBefore = seq.commentBefore;
        seq.commentBefore = undefined;
      }
      seq.items.sort((a, b) => {
        const [sa, ia] = sortKey(a);
        const [sb, ib] = sortKey(b);
        return sa - sb || (ia < ib ? -1 : ia > ib ? 1 : 0);
      });
      for (const item of seq.items) {
        if (!isMap(item)) continue;
        orderKeys(item, ANNOTATION_KEYS);
        const target = item.get('target', true);
        if (isMap(target)) orderKeys(target, TARGET_KEYS);
      }
    }
  }
  // Flow collections keep yaml's default padding (`[ a, b ]`), as speakerCorrections writes them,
  // so the two writers of one file never reformat each other's lines.
  return doc.toString({ lineWidth: 0 });
}
