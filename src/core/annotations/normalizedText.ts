/**
 * A view of an article in which line breaks are `\n` and characters are in Unicode NFC, with maps
 * back to the offsets of the text as stored. Annotations are captured and matched in this view so
 * that a file re-saved with CRLF, or by a tool that decomposes accents, still matches; the offsets
 * handed back to callers are always those of the stored text (UTF-16 code units).
 */

export interface NormalizedText {
  /** The text as stored. */
  readonly raw: string;
  /** The same text with `\r\n`/`\r` as `\n` and in NFC. */
  readonly text: string;
  /** Stored offset of a view offset, moved back to the start of the character it falls in. */
  rawStart(offset: number): number;
  /** Stored offset of a view offset, moved forward to the end of the character it falls in. */
  rawEnd(offset: number): number;
  /** View offset of a stored offset (the start of the character it falls in). */
  fromRaw(offset: number): number;
}

/** The normalisation used for every stored piece of text (exact, prefix, suffix). */
export function normalizeFragment(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Moves an offset out of a surrogate pair or a CRLF pair (both are one character in the view):
 * backwards for a start, forwards for an end.
 */
export function snapToCodePoint(text: string, offset: number, forward: boolean): number {
  if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length));
  const c = text.charCodeAt(offset);
  const before = text.charCodeAt(offset - 1);
  if ((isLow(c) && isHigh(before)) || (c === 10 && before === 13)) return forward ? offset + 1 : offset - 1;
  return offset;
}

const MARK = /^\p{M}$/u;

/**
 * Characters that NFC can combine with what precedes them: combining marks and the Hangul vowel
 * and final-consonant jamo. Everything below U+0300 is excluded up front, which keeps the scan of
 * a Latin-script megabyte cheap.
 */
function joinsPrevious(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x300) return false;
  if ((c >= 0x1160 && c <= 0x11ff) || (c >= 0xd7b0 && c <= 0xd7ff)) return true;
  return MARK.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/**
 * Widens [start, end) to whole characters as the view sees them: not inside a surrogate pair or a
 * CRLF, not between a letter and its combining accents. Captured spans are snapped this way so that
 * what is stored can be found again in the view.
 */
export function snapSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = snapToCodePoint(text, start, false);
  let e = snapToCodePoint(text, Math.max(start, end), true);
  while (s > 0 && s < text.length && joinsPrevious(text, s)) s = snapToCodePoint(text, s - 1, false);
  while (e > 0 && e < text.length && joinsPrevious(text, e)) e = snapToCodePoint(text, e + 1, true);
  return { start: s, end: Math.max(s, e) };
}

function identityView(raw: string): NormalizedText {
  return {
    raw,
    text: raw,
    rawStart: (o) => snapToCodePoint(raw, o, false),
    rawEnd: (o) => snapToCodePoint(raw, o, true),
    fromRaw: (o) => snapToCodePoint(raw, o, false),
  };
}

/** Growable view-offset → stored-offset table. */
class OffsetTable {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

const plain = (c: number): boolean => c < 0x300 && c !== 13;

/**
 * Builds the view. Text that is already NFC with LF line breaks (the usual case) costs one
 * `normalize` call; otherwise the text is cut before every character that cannot combine with
 * its predecessor, each piece is normalised on its own, and offsets inside a piece snap to its
 * edges (a span never starts between a letter and its accent). Runs of characters below U+0300
 * are copied as they are, so a Latin-script megabyte with CRLF line breaks stays fast.
 */
export function normalizedView(raw: string): NormalizedText {
  if (!raw.includes('\r') && raw.normalize('NFC') === raw) return identityView(raw);
  const parts: string[] = [];
  // For each view offset: the stored offset of the piece it starts or falls in, and that piece's end.
  const starts = new OffsetTable(raw.length + 1);
  const ends = new OffsetTable(raw.length + 1);
  const toView = new Int32Array(raw.length + 1);
  let viewLength = 0;
  let i = 0;
  while (i < raw.length) {
    if (plain(raw.charCodeAt(i))) {
      let j = i + 1;
      while (j < raw.length && plain(raw.charCodeAt(j))) j++;
      // The run's last letter may take an accent that follows; leave it to the piece-wise path.
      if (j < raw.length && joinsPrevious(raw, j)) j--;
      if (j > i) {
        for (let k = i; k < j; k++) {
          toView[k] = viewLength + k - i;
          starts.push(k);
          ends.push(k);
        }
        parts.push(raw.slice(i, j));
        viewLength += j - i;
        i = j;
        continue;
      }
    }
    let j: number;
    let piece: string;
    if (raw.charCodeAt(i) === 13) {
      j = raw.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      piece = '\n';
    } else {
      j = i + (isHigh(raw.charCodeAt(i)) && isLow(raw.charCodeAt(i + 1)) ? 2 : 1);
      while (j < raw.length && joinsPrevious(raw, j)) j += isHigh(raw.charCodeAt(j)) && isLow(raw.charCodeAt(j + 1)) ? 2 : 1;
      piece = raw.slice(i, j).normalize('NFC');
    }
    for (let k = i; k < j; k++) toView[k] = viewLength;
    for (let k = 0; k < piece.length; k++) {
      starts.push(i);
      ends.push(k === 0 ? i : j);
    }
    parts.push(piece);
    viewLength += piece.length;
    i = j;
  }
  toView[raw.length] = viewLength;
  starts.push(raw.length);
  ends.push(raw.length);
  const clamp = (o: number): number => Math.max(0, Math.min(o, viewLength));
  return {
    raw,
    text: parts.join(''),
    rawStart: (o) => starts.data[clamp(o)],
    rawEnd: (o) => ends.data[clamp(o)],
    fromRaw: (o) => toView[Math.max(0, Math.min(o, raw.length))],
  };
}
