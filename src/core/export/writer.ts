/**
 * Output written as many small parts and joined a chunk at a time. An export of 100,000
 * annotations is some hundred million characters in millions of pieces; kept until the end, every
 * piece survives garbage collections and is copied by them, which cost more than rendering did.
 * Joined every few thousand parts, the pieces die young and only the chunks live on; the last
 * join copies the text once more, into one flat string that writes to a file without more copies.
 */

/** Parts per chunk: enough that joining costs little per part, few enough to die young. */
const PARTS_PER_CHUNK = 4096;

export class TextWriter {
  private parts: string[] = [];
  /** Characters in `parts`. */
  private partsLength = 0;
  private readonly chunks: string[] = [];
  /** Where each chunk starts in the whole output. */
  private readonly chunkStarts: number[] = [];
  private chunksLength = 0;

  write(text: string): void {
    if (this.parts.length >= PARTS_PER_CHUNK) this.flush();
    this.parts.push(text);
    this.partsLength += text.length;
  }

  /** `text` and a line break. */
  line(text: string): void {
    this.write(text);
    this.write('\n');
  }

  /** Characters written so far: a position for `repeat`. */
  get offset(): number {
    return this.chunksLength + this.partsLength;
  }

  /**
   * Writes again what was written between two offsets. The reports print every annotation twice
   * (by article, by speaker): repeating its text costs a slice of a chunk, which shares the
   * chunk's characters, where rendering it again cost as much as the first time. The slices are
   * chunks themselves: joined into a new chunk, their text would be copied, into memory the
   * process must first be given, once more than needed.
   */
  repeat(from: number, to: number): void {
    this.flush();
    let i = chunkAt(this.chunkStarts, from);
    while (from < to) {
      const start = this.chunkStarts[i];
      const chunk = this.chunks[i];
      const end = Math.min(to, start + chunk.length);
      this.addChunk(chunk.slice(from - start, end - start));
      from = end;
      i++;
    }
  }

  private addChunk(chunk: string): void {
    if (chunk.length === 0) return;
    this.chunkStarts.push(this.chunksLength);
    this.chunks.push(chunk);
    this.chunksLength += chunk.length;
  }

  private flush(): void {
    const { parts } = this;
    if (parts.length === 1) this.addChunk(parts[0]);
    else if (parts.length > 1) this.addChunk(parts.join(''));
    this.parts = [];
    this.partsLength = 0;
  }

  toString(): string {
    this.flush();
    return this.chunks.length === 1 ? this.chunks[0] : this.chunks.join('');
  }
}

/** The index of the chunk holding `offset`: the last that starts at or before it. */
function chunkAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * `make` run once per key: an export prints the same verdict, speaker, reviewer or article on
 * thousands of items, and escaping or building it once per export rather than once per item is a
 * good part of the work.
 */
export function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

/**
 * Like `memo`, for keys that may all differ (notes): once `limit` keys are kept, values are made
 * each time instead of kept, so a large export of unique notes does not hold a second copy of each.
 */
export function memoSome<K, V>(make: (key: K) => V, limit: number): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      if (made.size < limit) made.set(key, value);
    }
    return value;
  };
}
