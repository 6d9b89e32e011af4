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
  private readonly chunks: string[] = [];

  write(text: string): void {
    if (this.parts.length >= PARTS_PER_CHUNK) this.flush();
    this.parts.push(text);
  }

  /** `text` and a line break. */
  line(text: string): void {
    this.write(text);
    this.write('\n');
  }

  private flush(): void {
    this.chunks.push(this.parts.join(''));
    this.parts = [];
  }

  toString(): string {
    this.flush();
    return this.chunks.length === 1 ? this.chunks[0] : this.chunks.join('');
  }
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
