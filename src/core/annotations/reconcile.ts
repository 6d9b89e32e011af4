/**
 * Bringing an editor's copy of one sidecar up to date with the file as it now is on disk, and
 * choosing between two anchorings of the same note. `mergeAnnotations` alone cannot tell "deleted
 * on disk by someone else" from "new here": that needs the copy last read (the base).
 */
import { mergeAnnotations } from './merge';
import type { Annotation, AnchorResult, AnchorStatus } from './types';

export interface Reconciled {
  /** In text order. */
  annotations: Annotation[];
  /** Ids whose copy on disk was taken (changed or added elsewhere). */
  fromDisk: string[];
  /** Ids removed from the file elsewhere and dropped here because they were not changed here since. */
  removedOnDisk: string[];
}

/** Field-by-field equality of two annotations (key order in the file does not matter). */
export function sameAnnotation(a: Annotation, b: Annotation): boolean {
  const t = a.target;
  const u = b.target;
  return (
    a.id === b.id &&
    t.exact === u.exact &&
    t.prefix === u.prefix &&
    t.suffix === u.suffix &&
    t.start === u.start &&
    t.end === u.end &&
    a.verdict === b.verdict &&
    a.note === b.note &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i]) &&
    a.speaker === b.speaker &&
    a.reviewer === b.reviewer &&
    a.created === b.created &&
    a.modified === b.modified
  );
}

/**
 * `local`: what is held here (including changes not yet written); `base`: the file's annotations
 * as last read or written here; `disk`: the file's annotations now; `deleted`: ids deleted here
 * and not yet written. A note removed on disk survives only if it was changed here since the
 * base: then the change is newer than the deletion could know about.
 */
export function reconcileWithDisk(
  local: readonly Annotation[],
  base: ReadonlyMap<string, Annotation>,
  disk: readonly Annotation[],
  deleted: ReadonlySet<string> = new Set(),
): Reconciled {
  const onDisk = new Set(disk.map((a) => a.id));
  const removedOnDisk: string[] = [];
  const kept = local.filter((a) => {
    const before = base.get(a.id);
    if (!before || onDisk.has(a.id) || !sameAnnotation(before, a)) return true;
    removedOnDisk.push(a.id);
    return false;
  });
  const merged = mergeAnnotations(kept, disk, deleted);
  return { annotations: merged.annotations, fromDisk: merged.fromDisk, removedOnDisk };
}

const RANK: Record<AnchorStatus, number> = { exact: 0, moved: 1, fuzzy: 2, orphan: 3 };

/** The more trustworthy of two anchorings: by status first, then by score. */
export function betterAnchor(a: AnchorResult, b: AnchorResult): AnchorResult {
  if (RANK[a.status] !== RANK[b.status]) return RANK[a.status] < RANK[b.status] ? a : b;
  return b.score > a.score ? b : a;
}
