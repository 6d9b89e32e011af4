import type { AttributedQuote } from '../attributeQuotes';
import { letterOrDigitAt } from '../chars';

/** The runs of letters and digits of s lowercased, as /[\p{L}\p{N}]+/gu finds them, read by character code. */
export function words(s: string): string[] {
  const lower = s.toLowerCase();
  const out: string[] = [];
  const end = lower.length;
  let i = 0;
  while (i < end) {
    let width = letterOrDigitAt(lower, i, end);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    while (width > 0) {
      i += width;
      width = letterOrDigitAt(lower, i, end);
    }
    out.push(lower.slice(start, i));
  }
  return out;
}

function wordHash(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = (Math.imul(hash, 31) + word.charCodeAt(k)) | 0;
  return hash;
}

/** A probe word is one bit: this many distinct words at most, or no quote is passed over. */
const MAX_PROBE_WORDS = 31;
/** Slots of the probe words' hash table: at most half full. */
const SLOTS = 64;

/**
 * Which probe words a quote holds, read without building strings: each distinct probe word has a
 * bit, found by the hash of its characters. A probe is repeated only by a quote that holds all
 * its bits, so the others need not be split into words.
 */
export class ProbeFilter {
  /** Open addressing by hash: the bits of the probe words with that hash (0 for an empty slot). */
  private readonly hashes: number[] = new Array<number>(SLOTS).fill(0);
  private readonly bits: number[] = new Array<number>(SLOTS).fill(0);
  private readonly masks: number[] = [];

  private constructor() {}

  static of(probes: Iterable<string[]>): ProbeFilter | undefined {
    const filter = new ProbeFilter();
    const bitOf = new Map<string, number>();
    for (const probe of probes) {
      let mask = 0;
      for (const word of probe) {
        let bit = bitOf.get(word);
        if (bit === undefined) {
          if (bitOf.size >= MAX_PROBE_WORDS) return undefined;
          bit = 1 << bitOf.size;
          bitOf.set(word, bit);
          filter.add(wordHash(word), bit);
        }
        mask |= bit;
      }
      filter.masks.push(mask);
    }
    return filter;
  }

  private add(hash: number, bit: number): void {
    let slot = spread(hash);
    while (this.bits[slot] !== 0 && this.hashes[slot] !== hash) slot = (slot + 1) & (SLOTS - 1);
    this.hashes[slot] = hash;
    this.bits[slot] |= bit;
  }

  private bitsOf(hash: number): number {
    for (let slot = spread(hash); this.bits[slot] !== 0; slot = (slot + 1) & (SLOTS - 1)) if (this.hashes[slot] === hash) return this.bits[slot];
    return 0;
  }

  /**
   * False only when text[start, end) cannot hold every word of any probe. Words of ASCII letters
   * and digits are lowercased by code; a letter beyond ASCII may lowercase to anything, so it says true.
   */
  mayHoldProbe(text: string, start: number, end: number): boolean {
    let present = 0;
    let i = start;
    while (i < end) {
      let c = text.charCodeAt(i);
      let lower = c < 128 ? ASCII_WORD_LOWER[c] : 0;
      if (lower === 0) {
        if (c >= 128 && letterOrDigitAt(text, i, end) > 0) return true;
        i++;
        continue;
      }
      let hash = 0;
      do {
        hash = (Math.imul(hash, 31) + lower) | 0;
        c = ++i < end ? text.charCodeAt(i) : 0;
        lower = c < 128 ? ASCII_WORD_LOWER[c] : 0;
      } while (lower !== 0);
      if (c >= 128 && letterOrDigitAt(text, i, end) > 0) return true;
      const bits = this.bitsOf(hash);
      if ((present & bits) === bits) continue;
      present |= bits;
      for (const mask of this.masks) if ((present & mask) === mask) return true;
    }
    return false;
  }
}

function spread(hash: number): number {
  return (hash ^ (hash >>> 11) ^ (hash >>> 22)) & (SLOTS - 1);
}

/** For an ASCII letter or digit, its lowercase code; 0 for any other ASCII character. */
const ASCII_WORD_LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) ASCII_WORD_LOWER[c] = c;
  else if (c >= 65 && c <= 90) ASCII_WORD_LOWER[c] = c + 32;
}

/**
 * Words repeated from an attributed quote belong to the same speaker. Only the opening words of
 * the unattributed quotes are looked for, by their first word, so nothing is built per n-gram.
 */
export function attributeEchoes(text: string, quotes: AttributedQuote[]): void {
  const probes = new Map<AttributedQuote, string[]>();
  for (const q of quotes) {
    if (q.entity || q.kind !== 'speech') continue;
    const w = words(q.text);
    if (w.length >= 3) probes.set(q, w.slice(0, Math.min(4, w.length)));
  }
  if (!probes.size) return;
  const wanted = new Set<string>();
  for (const probe of probes.values()) wanted.add(probe[0]);
  const filter = ProbeFilter.of(probes.values());
  // first word → places in attributed quotes where it stands, in text order
  const places = new Map<string, { quote: AttributedQuote; words: string[]; at: number }[]>();
  for (const o of quotes) {
    if (!o.entity || o.kind !== 'speech' || o.rule === 'echo') continue;
    if (filter && !filter.mayHoldProbe(text, o.start, o.end)) continue;
    const w = words(o.text);
    w.forEach((word, at) => {
      if (!wanted.has(word)) return;
      const list = places.get(word);
      if (list) list.push({ quote: o, words: w, at });
      else places.set(word, [{ quote: o, words: w, at }]);
    });
  }
  for (const [q, probe] of probes) {
    const source = places.get(probe[0])?.find((p) => p.quote !== q && probe.every((word, k) => p.words[p.at + k] === word))?.quote;
    if (!source) continue;
    Object.assign(q, { entity: source.entity, members: source.members, speaker: source.speaker, confidence: 0.5, rule: 'echo' });
  }
}
