import { lastStartAtOrBefore } from '../lines';

/**
 * Output written as many small parts and joined a chunk at a time. An export of 100,000
 * annotations is some hundred million characters in millions of pieces; kept until the end, every
 * piece survives garbage collections and is copied by them, which cost more than rendering did.
 * Joined every few thousand parts, the pieces die young and only the chunks live on; the last
 * join copies the text once more, into one flat string that writes to a file without more copies.
 */

/** Parts per chunk: enough that joining costs little per part, few enough to die young. */
const PARTS_PER_CHUNK = 4096;

/**
 * A part this long is a chunk by itself (a group of JSON rendered at once): joined with others it
 * would be copied for nothing.
 */
const CHUNK_BY_ITSELF = 1 << 16;

export class TextWriter {
  private parts: string[] = [];
  /** Characters in `parts`. */
  private partsLength = 0;
  private readonly chunks: string[] = [];
  /** Where each chunk starts in the whole output. */
  private readonly chunkStarts: number[] = [];
  private chunksLength = 0;

  write(text: string): void {
    if (text.length >= CHUNK_BY_ITSELF) {
      this.flush();
      this.addChunk(text);
      return;
    }
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
    let i = lastStartAtOrBefore(this.chunkStarts, from);
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

  /** Ends the output with exactly one line break, however many it ended with (none included). */
  endWithOneLineBreak(): void {
    this.flush();
    const { chunks, chunkStarts } = this;
    while (chunks.length > 0) {
      const last = chunks[chunks.length - 1];
      let end = last.length;
      while (end > 0 && last.charCodeAt(end - 1) === 10) end--;
      if (end > 0) {
        // A slice of the chunk, not a copy of it.
        if (end < last.length) chunks[chunks.length - 1] = last.slice(0, end);
        this.chunksLength = chunkStarts[chunks.length - 1] + end;
        break;
      }
      chunks.pop();
      chunkStarts.pop();
      this.chunksLength -= last.length;
    }
    this.write('\n');
  }

  toString(): string {
    this.flush();
    return this.chunks.length === 1 ? this.chunks[0] : this.chunks.join('');
  }

  /**
   * The output as UTF-8, encoded a chunk at a time: the chunks are never joined into one string,
   * which would copy all of the output once more only to be encoded.
   */
  toBytes(): Uint8Array {
    this.flush();
    return encodeChunks(this.chunks, this.chunksLength);
  }
}

const utf8 = new TextEncoder();

/** Characters encoded at once at least: each call to the encoder, and each view of the buffer, has a cost of its own. */
const CHARS_PER_ENCODING = 1 << 20;

/** UTF-8 of `chunks` (`chars` UTF-16 units in all) in one buffer, which grows only for text mostly outside ASCII. */
export function encodeChunks(chunks: readonly string[], chars: number): Uint8Array {
  let bytes = new Uint8Array(chars + (chars >> 3) + 16);
  let length = 0;
  const encode = (text: string): void => {
    let read = 0;
    while (read < text.length) {
      const done = utf8.encodeInto(read === 0 ? text : text.slice(read), bytes.subarray(length));
      read += done.read;
      length += done.written;
      if (read < text.length) {
        const grown = new Uint8Array(bytes.length * 2 + (text.length - read) * 3);
        grown.set(bytes.subarray(0, length));
        bytes = grown;
      }
    }
  };
  // The reports' repeated text is many short chunks: joined into runs before encoding, long ones alone.
  let run: string[] = [];
  let runLength = 0;
  // A pair split between two runs (parts may cut text anywhere) is encoded whole, as in the joined text.
  let carried = '';
  const flush = (last: boolean): void => {
    if (run.length === 0 && !last) return;
    let text = carried + (run.length === 1 ? run[0] : run.join(''));
    run = [];
    runLength = 0;
    carried = '';
    if (!last && isHighSurrogate(text.charCodeAt(text.length - 1))) {
      carried = text.slice(-1);
      text = text.slice(0, -1);
    }
    encode(text);
  };
  for (const chunk of chunks) {
    // A long chunk is encoded by itself, not copied into a run.
    if (chunk.length >= CHUNK_BY_ITSELF) flush(false);
    run.push(chunk);
    runLength += chunk.length;
    if (runLength >= CHARS_PER_ENCODING || chunk.length >= CHUNK_BY_ITSELF) flush(false);
  }
  flush(true);
  return bytes.subarray(0, length);
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;


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
