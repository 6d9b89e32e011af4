import type { AttributedQuote } from '../attributeQuotes';
import { letterOrDigitAt } from '../chars';
import { rangeCodesOf } from '../tokens';

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

  /** The probe at this index has its source: no quote need be read for it any more. */
  drop(probe: number): void {
    // no quote holds every bit: at most MAX_PROBE_WORDS of the 32 are ever set
    this.masks[probe] = -1;
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
    const codes = new Uint16Array(end);
    for (let i = start; i < end; i++) codes[i] = text.charCodeAt(i);
    return this.mayHoldProbeCodes(text, codes, start, end);
  }

  /**
   * mayHoldProbe() reading the characters from codes, which holds text's codes at the same
   * indexes from start to end (the tokenizer's, during an analysis): a typed array is read
   * faster than a string, and every attributed quote may be read.
   */
  mayHoldProbeCodes(text: string, codes: Uint16Array, start: number, end: number): boolean {
    let present = 0;
    let i = start;
    while (i < end) {
      let c = codes[i];
      let lower = c < 128 ? ASCII_WORD_LOWER[c] : 0;
      if (lower === 0) {
        if (c >= 128 && letterOrDigitAt(text, i, end) > 0) return true;
        i++;
        continue;
      }
      let hash = 0;
      do {
        hash = (Math.imul(hash, 31) + lower) | 0;
        c = ++i < end ? codes[i] : 0;
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
 * Words repeated from an attributed quote belong to the same speaker: an unattributed quote whose
 * opening words (its probe) stand in an attributed one takes the speaker of the first such quote.
 * The attributed quotes are read in order until every probe has its source.
 */
export function attributeEchoes(text: string, quotes: AttributedQuote[], guessed: ReadonlySet<AttributedQuote> = new Set()): void {
  // Quotes with the same opening words share one probe: a report repeating a line a thousand
  // times looks its source up once, not once per repeat against every attributed quote.
  const echoes: AttributedQuote[][] = [];
  const probes: string[][] = [];
  const probeOf = new Map<string, number>();
  for (const q of quotes) {
    // a quote credited only by a guess is credited anew when its words echo another's
    if ((q.entity && !guessed.has(q)) || q.kind !== 'speech') continue;
    const w = words(q.text);
    if (w.length < 3) continue;
    const probe = w.slice(0, Math.min(4, w.length));
    const key = probe.join(' ');
    let p = probeOf.get(key);
    if (p === undefined) {
      p = probes.length;
      probeOf.set(key, p);
      probes.push(probe);
      echoes.push([]);
    }
    echoes[p].push(q);
  }
  if (!probes.length) return;
  const sources = new Array<AttributedQuote | undefined>(probes.length).fill(undefined);
  let unsourced = probes.length;
  const filter = ProbeFilter.of(probes);
  const codes = filter ? quoteCodes(text, quotes) : undefined;
  for (const o of quotes) {
    if (!o.entity || o.kind !== 'speech' || o.rule === 'echo' || guessed.has(o)) continue;
    if (filter && codes && !filter.mayHoldProbeCodes(text, codes, o.start, o.end)) continue;
    const w = words(o.text);
    for (let p = 0; p < probes.length; p++) {
      if (sources[p] || !holdsRun(w, probes[p])) continue;
      sources[p] = o;
      filter?.drop(p);
      unsourced--;
    }
    if (!unsourced) break;
  }
  sources.forEach((source, p) => {
    if (!source) return;
    for (const q of echoes[p]) Object.assign(q, { entity: source.entity, members: source.members, speaker: source.speaker, confidence: 0.5, rule: 'echo' });
  });
}

/** The characters of the quotes as codes at their indexes: the tokenizer's when it has loaded them, else loaded here. */
function quoteCodes(text: string, quotes: AttributedQuote[]): Uint16Array {
  let from = text.length;
  let to = 0;
  for (const q of quotes) {
    if (q.start < from) from = q.start;
    if (q.end > to) to = q.end;
  }
  const loaded = rangeCodesOf(text, from, to);
  if (loaded) return loaded;
  const codes = new Uint16Array(to);
  for (let i = from; i < to; i++) codes[i] = text.charCodeAt(i);
  return codes;
}

/** Whether run stands in words, word for word. */
function holdsRun(words: string[], run: string[]): boolean {
  for (let at = 0; at + run.length <= words.length; at++) {
    let k = 0;
    while (k < run.length && words[at + k] === run[k]) k++;
    if (k === run.length) return true;
  }
  return false;
}
