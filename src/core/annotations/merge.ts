/**
 * Reconciling the annotations held in memory with the sidecar as it is now on disk (another
 * reviewer pulled, another window saved). Nothing is ever dropped silently: an annotation is
 * removed only if the caller deleted it here (a tombstone); otherwise the newer edit of each id
 * wins, and annotations new on either side are kept.
 */
import type { Annotation } from './types';

function time(a: Annotation): number {
  const t = Date.parse(a.modified);
  return Number.isNaN(t) ? -Infinity : t;
}

export interface MergeResult {
  annotations: Annotation[];
  /** Ids whose disk version replaced the in-memory one or was added from disk. */
  fromDisk: string[];
}

/**
 * Merges by id. When both sides have an id, the later `modified` wins; on a tie the disk copy
 * wins, since it is what other people already see. Ids in `deleted` are left out on both sides.
 * The result is in text order (start offset, then id).
 */
export function mergeAnnotations(local: readonly Annotation[], disk: readonly Annotation[], deleted: ReadonlySet<string> = new Set()): MergeResult {
  const byId = new Map<string, Annotation>();
  const fromDisk: string[] = [];
  for (const a of local) if (!deleted.has(a.id)) byId.set(a.id, a);
  for (const d of disk) {
    if (deleted.has(d.id)) continue;
    const mine = byId.get(d.id);
    if (!mine || time(d) >= time(mine)) {
      if (!mine || JSON.stringify(mine) !== JSON.stringify(d)) fromDisk.push(d.id);
      byId.set(d.id, d);
    }
  }
  const annotations = [...byId.values()].sort((a, b) => a.target.start - b.target.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { annotations, fromDisk };
}
