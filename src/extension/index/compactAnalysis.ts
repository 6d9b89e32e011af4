import type { ArticleAnalysis, ArticleMeta, Claim, ClaimKind, Paragraph, Quote, QuoteKind, Speaker, SpeakerKind, Span } from '../../core';

/**
 * An article's analysis packed into two typed arrays and a table of shared strings, for the many
 * articles no editor shows: about a tenth of the objects the engine returns, and no substring of
 * the article text (V8 keeps a whole text alive for any longer piece cut from it). `expand` gives
 * back an equal ArticleAnalysis, given the text it was made from.
 */
export interface CompactAnalysis {
  readonly meta: ArticleMeta;
  /** Speaker names, kinds, rules and signals this article uses; shared with other articles. */
  readonly strings: readonly string[];
  /**
   * One buffer: the quote confidences and claim scores (8 bytes each), then, as variable-length
   * integers (most fit in one or two bytes): the counts and where the speakers' part ends, the
   * speakers and their lists, then the quotes, claims, paragraphs and the claims' signal lists
   * (see `compact`; lists are referred to by absolute position).
   */
  readonly data: Uint8Array;
  /** How many numbers open `data`, and how many integers follow them. */
  readonly reals: number;
  readonly ints: number;
  /** Quote or claim texts that are not the plain slice of the article (Markdown masks link targets). */
  readonly quoteTexts?: ReadonlyMap<number, string>;
  readonly claimTexts?: ReadonlyMap<number, string>;
  readonly coSpeakers?: ReadonlyMap<number, readonly string[]>;
}

/** Fields per record in `ints`. */
const QUOTE = 12;
const CLAIM = 6;
const SPEAKER = 11;
const PARAGRAPH = 3;
const HEADER = 6;
const NONE = -1;

/** Bytes of one value in `data`: seven bits per byte, from -1 up to 2^31 - 2 (offsets, counts, indices). */
function varintSize(value: number): number {
  let v = (value + 1) >>> 7;
  let size = 1;
  for (; v !== 0; v >>>= 7) size++;
  return size;
}

/** `parts` in order, as one run of integers after `reals` (packed from the parts: joining them first would copy every integer once more). */
function pack(parts: readonly (readonly number[])[], reals: Float64Array): Uint8Array {
  let size = reals.byteLength;
  for (const ints of parts) for (const v of ints) size += varintSize(v);
  const data = new Uint8Array(size);
  data.set(new Uint8Array(reals.buffer, reals.byteOffset, reals.byteLength), 0);
  let at = reals.byteLength;
  for (const ints of parts) {
    for (const value of ints) {
      let v = (value + 1) >>> 0;
      for (; v >= 0x80; v >>>= 7) data[at++] = (v & 0x7f) | 0x80;
      data[at++] = v;
    }
  }
  return data;
}

/** The integers of `data`, `limit` of them at most. */
function unpackInts(c: CompactAnalysis, limit = c.ints): Int32Array {
  const { data } = c;
  const out = new Int32Array(Math.min(limit, c.ints));
  for (let i = 0, at = c.reals * 8; i < out.length; i++) {
    let byte = data[at++];
    let v = byte & 0x7f;
    for (let scale = 0x80; byte & 0x80; scale *= 0x80) {
      byte = data[at++];
      v += (byte & 0x7f) * scale;
    }
    out[i] = v - 1;
  }
  return out;
}

function unpackReals(c: CompactAnalysis): Float64Array {
  // Copied out: `data` holds them at offset 0 of its own buffer, but a copy needs no alignment.
  return new Float64Array(c.data.slice(0, c.reals * 8).buffer);
}

/**
 * A copy of the string that shares no memory with a text it may have been cut from. V8 copies
 * pieces shorter than 13 characters anyway; a longer slice would keep its whole parent alive,
 * while a slice of a fresh concatenation keeps only that (the concatenation is flattened first).
 */
function detached(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/** One copy of each speaker name, role, kind, rule and signal for all articles. */
export class StringPool {
  private readonly pool = new Map<string, string>();

  intern(s: string): string {
    let kept = this.pool.get(s);
    if (kept === undefined) {
      kept = detached(s);
      this.pool.set(kept, kept);
    }
    return kept;
  }

  get size(): number {
    return this.pool.size;
  }
}

/** Builds the per-article string table while packing. */
class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly pool: StringPool) {}

  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(this.pool.intern(s));
      this.index.set(s, i);
    }
    return i;
  }

  optional(s: string | null | undefined): number {
    return s === null || s === undefined ? NONE : this.id(s);
  }
}

function detachedMeta(meta: ArticleMeta): ArticleMeta {
  const copy: ArticleMeta = { title: detached(meta.title) };
  if (meta.outlet !== undefined) copy.outlet = detached(meta.outlet);
  if (meta.author !== undefined) copy.author = detached(meta.author);
  if (meta.date !== undefined) copy.date = detached(meta.date);
  if (meta.url !== undefined) copy.url = detached(meta.url);
  return copy;
}

/** Packs an analysis of `text`; nothing in the result refers to `text` or to the analysis. */
export function compact(analysis: ArticleAnalysis, text: string, pool: StringPool): CompactAnalysis {
  const { quotes, claims, speakers, paragraphs } = analysis;
  const table = new StringTable(pool);
  const reals = new Float64Array(quotes.length + claims.length);
  let quoteTexts: Map<number, string> | undefined;
  let claimTexts: Map<number, string> | undefined;
  let coSpeakers: Map<number, readonly string[]> | undefined;

  // The speakers and their lists come first: the corpus index unpacks only them.
  const speakerPart: number[] = [];
  const speakerLists: number[] = [];
  const speakerListStart = HEADER + speakers.length * SPEAKER;
  const speakerList = (values: readonly number[]): void => {
    speakerPart.push(speakerListStart + speakerLists.length);
    for (const v of values) speakerLists.push(v);
    speakerPart.push(speakerListStart + speakerLists.length);
  };
  // a list of spans as one of numbers, start then end (a flatMap here took a fifth of the packing's time)
  const spanList = (spans: readonly Span[]): void => {
    speakerPart.push(speakerListStart + speakerLists.length);
    for (const m of spans) speakerLists.push(m.start, m.end);
    speakerPart.push(speakerListStart + speakerLists.length);
  };
  for (const s of speakers) {
    speakerPart.push(table.id(s.name), table.optional(s.role), table.id(s.kind));
    speakerList(s.aliases.map((a) => table.id(a)));
    speakerList(s.quotes);
    speakerList(s.claims);
    spanList(s.mentions);
  }
  const speakersEnd = speakerListStart + speakerLists.length;

  const rest: number[] = [];
  quotes.forEach((q, i) => {
    rest.push(q.start, q.end, q.openMark, q.closeMark ?? NONE, q.cue?.start ?? NONE, q.cue?.end ?? NONE, q.group, q.paragraph, q.depth);
    rest.push(table.id(q.kind), table.optional(q.speaker), table.optional(q.rule));
    reals[i] = q.confidence;
    if (q.text !== text.slice(q.start, q.end)) (quoteTexts ??= new Map()).set(i, detached(q.text));
    if (q.coSpeakers) (coSpeakers ??= new Map()).set(i, q.coSpeakers.map((s) => pool.intern(s)));
  });
  const signals: number[] = [];
  const signalStart = speakersEnd + quotes.length * QUOTE + claims.length * CLAIM + paragraphs.length * PARAGRAPH;
  claims.forEach((c, i) => {
    rest.push(c.start, c.end, table.id(c.kind), table.optional(c.speaker), signalStart + signals.length);
    for (const signal of c.signals) signals.push(table.id(signal));
    rest.push(signalStart + signals.length);
    reals[quotes.length + i] = c.score;
    if (c.text !== text.slice(c.start, c.end)) (claimTexts ??= new Map()).set(i, detached(c.text));
  });
  for (const p of paragraphs) rest.push(p.start, p.end, p.index);

  const speech = quotes.filter((q) => q.kind === 'speech').length;
  const parts = [[quotes.length, claims.length, speakers.length, paragraphs.length, speech, speakersEnd], speakerPart, speakerLists, rest, signals];
  const packed: { -readonly [K in keyof CompactAnalysis]: CompactAnalysis[K] } = {
    meta: detachedMeta(analysis.meta),
    strings: table.strings,
    data: pack(parts, reals),
    reals: reals.length,
    ints: parts.reduce((n, part) => n + part.length, 0),
  };
  if (quoteTexts) packed.quoteTexts = quoteTexts;
  if (claimTexts) packed.claimTexts = claimTexts;
  if (coSpeakers) packed.coSpeakers = coSpeakers;
  return packed;
}

/** How many quotes (speech ones apart), claims and speakers: what a tree row shows without expanding. */
export interface AnalysisCounts {
  quotes: number;
  speech: number;
  claims: number;
  speakers: number;
}

export function countsOf(c: CompactAnalysis): AnalysisCounts {
  const [quotes, claims, speakers, , speech] = unpackInts(c, HEADER);
  return { quotes, speech, claims, speakers };
}

function offsets(ints: Int32Array): { quotes: number; claims: number; speakers: number; paragraphs: number } {
  const speakers = HEADER;
  const quotes = ints[5];
  const claims = quotes + ints[0] * QUOTE;
  const paragraphs = claims + ints[1] * CLAIM;
  return { quotes, claims, speakers, paragraphs };
}

function range(ints: Int32Array, from: number, to: number): number[] {
  // A loop: Array.from over a subarray goes through the iterator, many times slower.
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(ints[i]);
  return out;
}

/** The speakers alone (what the corpus index reads), without the text. */
export function expandSpeakers(c: CompactAnalysis, ints = unpackInts(c, unpackInts(c, HEADER)[5])): Speaker[] {
  const { strings } = c;
  const speakers: Speaker[] = [];
  for (let i = 0, at = offsets(ints).speakers; i < ints[2]; i++, at += SPEAKER) {
    const role = ints[at + 1];
    const mentionOffsets = range(ints, ints[at + 9], ints[at + 10]);
    const mentions: Span[] = [];
    for (let m = 0; m < mentionOffsets.length; m += 2) mentions.push({ start: mentionOffsets[m], end: mentionOffsets[m + 1] });
    speakers.push({
      name: strings[ints[at]],
      aliases: range(ints, ints[at + 3], ints[at + 4]).map((s) => strings[s]),
      role: role === NONE ? null : strings[role],
      kind: strings[ints[at + 2]] as SpeakerKind,
      quotes: range(ints, ints[at + 5], ints[at + 6]),
      claims: range(ints, ints[at + 7], ints[at + 8]),
      mentions,
    });
  }
  return speakers;
}

/** The analysis `compact` packed, rebuilt; `text` must be the text it was made from. */
export function expand(c: CompactAnalysis, text: string): ArticleAnalysis {
  const { strings } = c;
  const ints = unpackInts(c);
  const reals = unpackReals(c);
  const at = offsets(ints);
  const optional = (i: number): string | null => (i === NONE ? null : strings[i]);

  const quotes: Quote[] = [];
  for (let i = 0, o = at.quotes; i < ints[0]; i++, o += QUOTE) {
    const start = ints[o];
    const end = ints[o + 1];
    const quote: Quote = {
      start,
      end,
      text: c.quoteTexts?.get(i) ?? text.slice(start, end),
      kind: strings[ints[o + 9]] as QuoteKind,
      speaker: optional(ints[o + 10]),
      confidence: reals[i],
      openMark: ints[o + 2],
      group: ints[o + 6],
      paragraph: ints[o + 7],
      depth: ints[o + 8],
    };
    if (ints[o + 3] !== NONE) quote.closeMark = ints[o + 3];
    if (ints[o + 4] !== NONE) quote.cue = { start: ints[o + 4], end: ints[o + 5] };
    if (ints[o + 11] !== NONE) quote.rule = strings[ints[o + 11]];
    const co = c.coSpeakers?.get(i);
    if (co) quote.coSpeakers = [...co];
    quotes.push(quote);
  }

  const claims: Claim[] = [];
  for (let i = 0, o = at.claims; i < ints[1]; i++, o += CLAIM) {
    const start = ints[o];
    const end = ints[o + 1];
    claims.push({
      start,
      end,
      text: c.claimTexts?.get(i) ?? text.slice(start, end),
      kind: strings[ints[o + 2]] as ClaimKind,
      speaker: optional(ints[o + 3]),
      score: reals[ints[0] + i],
      signals: range(ints, ints[o + 4], ints[o + 5]).map((s) => strings[s]),
    });
  }

  const paragraphs: Paragraph[] = [];
  for (let i = 0, o = at.paragraphs; i < ints[3]; i++, o += PARAGRAPH) paragraphs.push({ start: ints[o], end: ints[o + 1], index: ints[o + 2] });

  return { meta: { ...c.meta }, quotes, claims, speakers: expandSpeakers(c, ints), paragraphs };
}
