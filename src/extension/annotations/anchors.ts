/**
 * Where each annotation of one article is right now, and how that follows the text: shifted by
 * editor edits, re-anchored when the text changed elsewhere, written back as fresh targets.
 * No `vscode` here: these are the rules, the store applies them.
 */
import {
  applyEdits,
  captureTarget,
  prepareText,
  reanchor,
  type AnchorStatus,
  type AnchorText,
  type Annotation,
  type TextEdit,
  type TextTarget,
} from '../../core/annotations';
import { betterAnchor } from '../../core/annotations/reconcile';

export interface Anchor {
  status: AnchorStatus;
  /** UTF-16 offsets in the article text the anchors currently refer to; for an orphan, the stored ones. */
  start: number;
  end: number;
  score: number;
}

/** Exact and moved annotations sit on their own text; fuzzy ones wait for confirmation, orphans for a new place. */
export const isPlaced = (a: Anchor | undefined): a is Anchor => a !== undefined && (a.status === 'exact' || a.status === 'moved');

export function orphanAnchor(record: Annotation): Anchor {
  return { status: 'orphan', start: record.target.start, end: record.target.end, score: 0 };
}

function capture(text: string, start: number, end: number): TextTarget | undefined {
  try {
    return captureTarget(text, start, end);
  } catch {
    return undefined;
  }
}

export function sameTarget(a: TextTarget, b: TextTarget): boolean {
  return a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end;
}

/**
 * Anchors a stored annotation in `text`. When it was placed in an earlier version of the text
 * (`previous`), what it covered there is tried too: text typed inside it in the editor belongs
 * to it even though the file has not been rewritten yet. A fuzzy or orphaned annotation is
 * never promoted this way — only the reviewer confirms those.
 */
export function anchorIn(record: Annotation, text: string | undefined, prepared?: AnchorText, previous?: { anchor: Anchor; text: string }): Anchor {
  if (text === undefined) return orphanAnchor(record);
  const view = prepared ?? prepareText(text);
  let result = reanchor(record.target, view);
  const live = previous && isPlaced(previous.anchor) ? capture(previous.text, previous.anchor.start, previous.anchor.end) : undefined;
  if (live && !sameTarget(live, record.target) && (result.status === 'fuzzy' || result.status === 'orphan')) {
    const fromLive = reanchor(live, view);
    if (fromLive.status === 'exact' || fromLive.status === 'moved') result = betterAnchor(result, { ...fromLive, status: 'moved' });
  }
  return { status: result.status, start: result.start, end: result.end, score: result.score };
}

/** Anchors every record against `text`, reusing one prepared view of it. */
export function anchorAll(records: Iterable<Annotation>, text: string | undefined, previous?: { anchors: ReadonlyMap<string, Anchor>; text: string | undefined }): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  const view = text === undefined ? undefined : prepareText(text);
  for (const record of records) {
    const before = previous?.anchors.get(record.id);
    const prior = before && previous?.text !== undefined ? { anchor: before, text: previous.text } : undefined;
    anchors.set(record.id, anchorIn(record, text, view, prior));
  }
  return anchors;
}

/**
 * Shifts the placed and fuzzy anchors through one editor change event. Returns the ids whose
 * text was deleted entirely: they become orphans until re-anchored against the new text.
 */
export function shiftAnchors(anchors: Map<string, Anchor>, records: ReadonlyMap<string, Annotation>, edits: readonly TextEdit[]): string[] {
  const lost: string[] = [];
  for (const [id, anchor] of anchors) {
    if (anchor.status === 'orphan') continue;
    const span = applyEdits(anchor, edits);
    if (span) anchors.set(id, { ...anchor, start: span.start, end: span.end });
    else {
      const record = records.get(id);
      if (record) anchors.set(id, orphanAnchor(record));
      lost.push(id);
    }
  }
  return lost;
}

/**
 * The annotations as they should be written: placed ones get a target captured from the current
 * text (new offsets and context, and the text itself if it was edited in the editor); fuzzy and
 * orphaned ones keep what is stored until the reviewer decides. `modified` is not touched: moving
 * with the text is not a change of the reviewer's note.
 */
export function recordsToWrite(records: Iterable<Annotation>, anchors: ReadonlyMap<string, Anchor>, text: string | undefined): Annotation[] {
  const out: Annotation[] = [];
  for (const record of records) {
    const anchor = anchors.get(record.id);
    const target = text !== undefined && isPlaced(anchor) ? capture(text, anchor.start, anchor.end) : undefined;
    out.push(target && !sameTarget(target, record.target) ? { ...record, target } : record);
  }
  return out;
}
