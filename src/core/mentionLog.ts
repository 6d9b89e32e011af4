import type { Entity } from './entities';

export interface LoggedMention {
  pos: number;
  entity: Entity;
  full: boolean;
}

/** Chunks are split past twice this size, so an insertion moves at most that many entries. */
const CHUNK = 256;

/** Index of the first entry at or after pos in a chunk sorted by position. */
function firstAtOrAfter(list: LoggedMention[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].pos < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Mentions sorted by position, an entry going after those at the same position. Mentions arrive
 * mostly but not only in text order (attribution names people before the names found earlier in
 * the text have all been logged), so the log is kept in chunks: an insertion in the middle moves
 * one chunk, never the whole log, and a long article stays linear.
 */
export class MentionLog {
  private readonly chunks: LoggedMention[][] = [];

  insert(m: LoggedMention): void {
    const chunks = this.chunks;
    if (!chunks.length) {
      chunks.push([m]);
      return;
    }
    const c = Math.max(0, this.lastChunkStartingBefore(m.pos + 1));
    const chunk = chunks[c];
    if (chunk[chunk.length - 1].pos <= m.pos) chunk.push(m);
    else chunk.splice(firstAtOrAfter(chunk, m.pos + 1), 0, m);
    if (chunk.length > 2 * CHUNK) chunks.splice(c + 1, 0, chunk.splice(CHUNK));
  }

  /** The mentions before pos, latest first, until `stop` says so: returns the mention it stopped at. */
  findBefore(pos: number, stop: (m: LoggedMention) => boolean): LoggedMention | undefined {
    let c = this.lastChunkStartingBefore(pos);
    if (c < 0) return undefined;
    for (let i = firstAtOrAfter(this.chunks[c], pos) - 1; c >= 0; c--, i = c >= 0 ? this.chunks[c].length - 1 : 0) {
      const chunk = this.chunks[c];
      for (; i >= 0; i--) if (stop(chunk[i])) return chunk[i];
    }
    return undefined;
  }

  /** The latest mention before pos, at most maxBack characters back, that `match` accepts. */
  latestWithin(pos: number, maxBack: number, match: (m: LoggedMention) => boolean): LoggedMention | undefined {
    const found = this.findBefore(pos, (m) => pos - m.pos > maxBack || match(m));
    return found && pos - found.pos <= maxBack ? found : undefined;
  }

  /** The last mention before pos. */
  lastBefore(pos: number): LoggedMention | undefined {
    const c = this.lastChunkStartingBefore(pos);
    if (c < 0) return undefined;
    // the chunk starts before pos, so it holds at least one mention before it
    const chunk = this.chunks[c];
    return chunk[firstAtOrAfter(chunk, pos) - 1];
  }

  /** The first mention at or after pos. */
  firstFrom(pos: number): LoggedMention | undefined {
    let c = Math.max(0, this.lastChunkStartingBefore(pos));
    for (let i = c < this.chunks.length ? firstAtOrAfter(this.chunks[c], pos) : 0; c < this.chunks.length; c++, i = 0) {
      if (i < this.chunks[c].length) return this.chunks[c][i];
    }
    return undefined;
  }

  /** Index of the last chunk whose first mention is before pos, or -1. */
  private lastChunkStartingBefore(pos: number): number {
    let lo = 0;
    let hi = this.chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.chunks[mid][0].pos < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
