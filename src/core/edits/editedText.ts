import { lastStartAtOrBefore } from '../lines';
import type { TextChange } from './textChange';

/** What incremental analysis reads of an article's text: a string is one, and so is an EditedText. */
export interface ReadableText {
  readonly length: number;
  slice(start: number, end?: number): string;
  indexOf(search: string, position?: number): number;
  lastIndexOf(search: string, position?: number): number;
  toString(): string;
}

/** A range of a string that is stored in one piece (the text first read, or what a change typed). */
interface Piece {
  text: string;
  start: number;
  end: number;
}

/**
 * Past this many pieces the text is joined into one string again: reads find their first piece by
 * halving, so a few hundred pieces cost little, and typing joins the text about once every two
 * hundred keystrokes (a text once joined, by this or by any reader of the whole, starts anew
 * from one piece).
 */
const MAX_PIECES = 400;
/**
 * Text typed just after a piece of text typed before, both shorter than this, joins that piece
 * instead of starting one of its own: typing in one place keeps a handful of pieces, where each
 * letter used to add one (and every two hundred letters joined a long article anew).
 */
const TYPED_RUN = 256;

/**
 * An article's text after edits, kept as the pieces it was made of. A string built by joining
 * the text before a keystroke, the letter and the text after it is copied into one piece the
 * first time anything reads it: for a 2 MB article 4 MB of memory per keystroke, about 2 ms
 * (measured), whatever is read. Here a read takes only the pieces it covers.
 */
export class EditedText implements ReadableText {
  private joined: string | undefined;
  /** Where each piece starts in the text. */
  private readonly starts: number[];

  private constructor(
    private readonly pieces: readonly Piece[],
    readonly length: number,
  ) {
    this.starts = new Array<number>(pieces.length);
    let at = 0;
    for (let i = 0; i < pieces.length; i++) {
      this.starts[i] = at;
      at += pieces[i].end - pieces[i].start;
    }
  }

  /** The index of the piece holding `offset` (the last one for the end of the text). */
  private pieceAt(offset: number): number {
    return lastStartAtOrBefore(this.starts, offset);
  }

  static of(text: string): EditedText {
    const edited = new EditedText([{ text, start: 0, end: text.length }], text.length);
    edited.joined = text;
    return edited;
  }

  /** The text after `change` (this one is left as it is). */
  apply(change: TextChange): EditedText {
    const pieces: Piece[] = [];
    let at = 0;
    const from = this.joined !== undefined ? [{ text: this.joined, start: 0, end: this.joined.length }] : this.pieces;
    for (const p of from) {
      const length = p.end - p.start;
      // the part of this piece before the change, then the change's text where it starts, then the part after it
      // (a piece the change does not reach is kept as it is: typing allocates a few pieces, not hundreds)
      if (at < change.start) pieces.push(at + length <= change.start ? p : { text: p.text, start: p.start, end: p.start + (change.start - at) });
      if (at <= change.start && change.start < at + length && change.text) pushTyped(pieces, change.text);
      if (at + length > change.end) pieces.push(at >= change.end ? p : { text: p.text, start: p.start + (change.end - at), end: p.end });
      at += length;
    }
    // at the very end of the text
    if (change.start >= at && change.text) pushTyped(pieces, change.text);
    const length = this.length + change.text.length - (change.end - change.start);
    if (pieces.length > MAX_PIECES) return EditedText.of(pieces.map((p) => p.text.slice(p.start, p.end)).join(''));
    return new EditedText(pieces, length);
  }

  slice(start = 0, end = this.length): string {
    if (this.joined !== undefined) return this.joined.slice(start, end);
    const from = clamp(start, this.length);
    const to = clamp(end, this.length);
    if (to <= from) return '';
    let out = '';
    for (let i = this.pieceAt(from); i < this.pieces.length && this.starts[i] < to; i++) {
      const p = this.pieces[i];
      const at = this.starts[i];
      out += p.text.slice(p.start + Math.max(0, from - at), p.start + Math.min(p.end - p.start, to - at));
    }
    return out;
  }

  indexOf(search: string, position = 0): number {
    if (this.joined !== undefined || search.length !== 1) return this.toString().indexOf(search, position);
    for (let i = this.pieceAt(Math.max(0, position)); i < this.pieces.length; i++) {
      const p = this.pieces[i];
      const at = this.starts[i];
      const found = p.text.indexOf(search, p.start + Math.max(0, position - at));
      if (found >= 0 && found < p.end) return at + found - p.start;
    }
    return -1;
  }

  lastIndexOf(search: string, position = Infinity): number {
    if (this.joined !== undefined || search.length !== 1) return this.toString().lastIndexOf(search, position);
    // as a string's: a place before the start looks at the first character
    position = Math.max(0, position);
    // (a text all deleted has no piece at all)
    for (let i = Math.min(this.pieceAt(position), this.pieces.length - 1); i >= 0; i--) {
      const p = this.pieces[i];
      const at = this.starts[i];
      const found = p.text.lastIndexOf(search, p.start + Math.min(p.end - p.start - 1, position - at));
      if (found >= p.start) return at + found - p.start;
    }
    return -1;
  }

  /** How many pieces the text is kept in (one once joined). */
  get pieceCount(): number {
    return this.joined !== undefined ? 1 : this.pieces.length;
  }

  /** The whole text as one string (joined once, then kept). */
  toString(): string {
    this.joined ??= this.pieces.map((p) => p.text.slice(p.start, p.end)).join('');
    return this.joined;
  }
}

/** Appends typed text, to the piece before it when that is short typed text too (see TYPED_RUN). */
function pushTyped(pieces: Piece[], typed: string): void {
  const last = pieces[pieces.length - 1];
  if (last !== undefined && last.text.length < TYPED_RUN && typed.length < TYPED_RUN) {
    const text = last.text.slice(last.start, last.end) + typed;
    pieces[pieces.length - 1] = { text, start: 0, end: text.length };
  } else pieces.push({ text: typed, start: 0, end: typed.length });
}

function clamp(offset: number, length: number): number {
  if (offset < 0) return Math.max(0, length + offset);
  return Math.min(offset, length);
}
