import type { ArticleAnalysis, Claim, Paragraph, Quote, Speaker, Span } from '../types';
import { lowerBound } from './lowerBound';
import type { MergedRegion, Taken } from './regionReadings';
import { firstStartingAt, moveClaimsInPlace, moveMentionInPlace, moveParagraphsInPlace, moveQuoteInPlace, shiftClaim, shiftParagraph, shiftQuote } from './shift';
import type { TextChange } from './textChange';

export interface Splice {
  change: TextChange;
  delta: number;
  regionStart: number;
  regionEndOld: number;
  first: number;
  oldParagraphCount: number;
  /**
   * Whether the objects of `analysis` may be moved where they are: it is a result of this module
   * (no object in it appears twice, none is shared with another analysis) that nothing reads any
   * more. Otherwise every object is copied, and the result owns all of its objects.
   */
  inPlace: boolean;
}

export function splice(analysis: ArticleAnalysis, region: MergedRegion, regionParagraphs: Paragraph[], windowGroup: Map<number, number>, windowSpeakers: readonly Speaker[], s: Splice): ArticleAnalysis {
  const { delta, regionStart, regionEndOld } = s;
  const paragraphShift = regionParagraphs.length - s.oldParagraphCount;
  const windowParagraphBase = s.first - (regionParagraphs[0]?.index ?? 0);

  // In place, each list of the handed-over analysis has its region replaced where it is (tens of
  // thousands of items in a long report: a copy per keystroke was two fifths of what an edit made
  // for the collector to clear). Otherwise its objects are copied first and the copies moved the
  // same way: with one path, the first edit of an article (never in place) has V8 compile the
  // loops the next keystrokes run, which else ran them uncompiled (9 ms for a 2 MB article).
  const source = s.inPlace ? analysis : ownCopy(analysis);
  const oldQuoteCount = source.quotes.length;
  const oldClaimCount = source.claims.length;
  const paragraphs = source.paragraphs;
  paragraphs.splice(s.first, s.oldParagraphCount, ...regionParagraphs.map((p, i) => ({ start: p.start, end: p.end, index: s.first + i })));
  moveParagraphsInPlace(paragraphs, s.first + regionParagraphs.length, delta, paragraphShift);

  // Quotes: the region's replaced, the later ones moved, groups numbered on (see GroupNumbering).
  const quotes = source.quotes;
  const firstRegionQuote = firstStartingAt(quotes, regionStart);
  const afterRegionQuote = firstStartingAt(quotes, regionEndOld);
  const maximaBefore = firstRegionQuote === 0 ? undefined : (groupMaxima.get(quotes) ?? maximaOf(quotes));
  const numbering = new GroupNumbering(oldQuoteCount, maximaBefore ? maximaBefore[firstRegionQuote - 1] + 1 : 0);
  const groupKey = (t: Taken<Quote>): number => {
    // Where the window, lacking context, groups otherwise than the article, the article's grouping stands.
    if (!t.seen || (!region.windowGroupsLikeArticle && t.articleGroup !== undefined)) return t.articleGroup ?? t.item.group;
    return windowGroup.get(t.seen.group) ?? -1 - t.seen.group;
  };
  const regionQuotes = region.quotes.map((t): Quote => {
    const paragraph = t.seen ? t.seen.paragraph + windowParagraphBase : t.item.paragraph + (t.item.start >= s.change.end ? paragraphShift : 0);
    return shiftQuote(t.item, 0, numbering.number(groupKey(t)), paragraph);
  });
  const regionQuoteCount = regionQuotes.length;
  const sameQuoteCredits = sameCredits(quotes, firstRegionQuote, afterRegionQuote, regionQuotes);
  quotes.splice(firstRegionQuote, afterRegionQuote - firstRegionQuote, ...regionQuotes);
  const maxima = maximaFor(quotes, maximaBefore, firstRegionQuote, quotes.length);
  let highest = maximaBefore ? maximaBefore[firstRegionQuote - 1] : -1;
  for (let q = firstRegionQuote; q < firstRegionQuote + regionQuoteCount; q++) maxima[q] = highest = Math.max(highest, quotes[q].group);
  moveLaterQuotes(quotes, firstRegionQuote + regionQuoteCount, { by: delta, paragraphShift, numbering, maxima, highest });
  groupMaxima.set(quotes, maxima);

  const claims = source.claims;
  const firstRegionClaim = firstStartingAt(claims, regionStart);
  const afterRegionClaim = firstStartingAt(claims, regionEndOld);
  const regionClaimCount = region.claims.length;
  const regionClaims = region.claims.map((t) => t.item);
  const sameClaimCredits = sameCredits(claims, firstRegionClaim, afterRegionClaim, regionClaims);
  claims.splice(firstRegionClaim, afterRegionClaim - firstRegionClaim, ...regionClaims);
  moveClaimsInPlace(claims, firstRegionClaim + regionClaimCount, delta);

  const speakers = spliceSpeakers(source.speakers, windowSpeakers, quotes, claims, {
    ...s,
    firstRegionQuote,
    oldRegionQuotes: afterRegionQuote - firstRegionQuote,
    regionQuoteCount,
    firstRegionClaim,
    oldRegionClaims: afterRegionClaim - firstRegionClaim,
    regionClaimCount,
    sameQuoteCredits,
    sameClaimCredits,
  });
  const out: ArticleAnalysis = { meta: analysis.meta, quotes, claims, speakers, paragraphs };
  // Copies (not in place) share no object with the lists they were made from. The record is kept
  // under the new analysis and names the one spliced from by number only: a record under the old
  // one holding the new would chain every result of a run of keystrokes together, and V8's young
  // collections, which take a weak map's entry under an older object for live, would then copy
  // and promote each keystroke's results (megabytes per collection) until the next full one.
  if (s.inPlace)
    keptBySplice.set(out, {
      from: analysisId(analysis),
      quotesBefore: oldQuoteCount,
      claimsBefore: oldClaimCount,
      quotes: { head: firstRegionQuote, tail: quotes.length - firstRegionQuote - regionQuoteCount },
      claims: { head: firstRegionClaim, tail: claims.length - firstRegionClaim - regionClaimCount },
    });
  return out;
}

/**
 * Readies an analysis a splice may move in place: the highest group up to each quote, the longest
 * mention of each speaker's list, and one pass of each loop that moves what lies after an edit,
 * moving nothing. The first keystrokes in a long report otherwise ran these loops over tens of
 * thousands of objects before V8 had compiled them: the splice took 4–11 ms on each of the first
 * ten keystrokes of a 2 MB article, and after this pass the quotes' mover takes 0.1–0.4 ms from
 * the second keystroke on (measured).
 */
export function prepareForSplicing(analysis: ArticleAnalysis): void {
  const { quotes, claims, paragraphs } = analysis;
  let highestGroup = -1;
  for (const q of quotes) highestGroup = Math.max(highestGroup, q.group);
  const maxima = new Int32Array(quotes.length);
  moveLaterQuotes(quotes, 0, { by: 0, paragraphShift: 0, numbering: new GroupNumbering(quotes.length, highestGroup + 1), maxima, highest: -1 });
  groupMaxima.set(quotes, maxima);
  moveClaimsInPlace(claims, 0, 0);
  moveParagraphsInPlace(paragraphs, 0, 0, 0);
  for (const sp of analysis.speakers) {
    if (longestMention(sp.mentions) === Infinity) continue;
    for (let i = 0; i < sp.mentions.length; i++) moveMentionInPlace(sp.mentions[i], 0);
  }
}

/** The analysis with every object a splice moves made anew (its lists too), for a splice that may not move the given ones. */
export function ownCopy(analysis: ArticleAnalysis): ArticleAnalysis {
  return {
    meta: analysis.meta,
    quotes: analysis.quotes.map((q) => shiftQuote(q, 0, q.group, q.paragraph)),
    claims: analysis.claims.map((c) => shiftClaim(c, 0)),
    speakers: analysis.speakers.map((sp) => ({ ...sp, mentions: sp.mentions.map((m) => ({ start: m.start, end: m.end })) })),
    paragraphs: analysis.paragraphs.map((p) => shiftParagraph(p, 0, p.index)),
  };
}

/**
 * Groups are numbered in order of appearance, as a full analysis numbers them: the quotes before
 * the region keep theirs, the region's and the later ones are numbered on from `counter`.
 * Article groups are keyed by their number, the window's by -1 - number. Groups are numbered
 * from 0 in order, so the article's are below its quote count: they are looked up in an array
 * (one lookup per quote after the region), plus one, zero for "not numbered yet".
 */
class GroupNumbering {
  readonly articleNumbered: Int32Array;
  private readonly otherNumbered = new Map<number, number>();

  constructor(
    articleQuotes: number,
    public counter: number,
  ) {
    this.articleNumbered = numberedBuffer(articleQuotes);
  }

  number(key: number): number {
    const inArray = key >= 0 && key < this.articleNumbered.length;
    if (inArray && this.articleNumbered[key] > 0) return this.articleNumbered[key] - 1;
    if (key >= 0 && key < this.counter && !this.otherNumbered.has(key)) return key;
    let n = this.otherNumbered.get(key);
    if (n !== undefined) return n;
    n = this.counter++;
    if (inArray) this.articleNumbered[key] = n + 1;
    else this.otherNumbered.set(key, n);
    return n;
  }
}

interface LaterQuotes {
  by: number;
  paragraphShift: number;
  numbering: GroupNumbering;
  /** The highest group up to each quote, filled on from `highest`. */
  maxima: Int32Array;
  highest: number;
}

/**
 * The quotes after the region, moved by the edit's length and numbered on. A function of its
 * own: the loop over thousands of quotes is compiled soon after the first edits, apart from the
 * rest of the splice.
 */
function moveLaterQuotes(quotes: Quote[], from: number, m: LaterQuotes): void {
  const { numbering, maxima } = m;
  let highest = m.highest;
  for (let q = from; q < quotes.length; q++) {
    const quote = quotes[q];
    // Most later groups keep their number: one the article numbered before and the region did not renumber.
    const g = quote.group;
    const group = g < numbering.counter && numbering.articleNumbered[g] === 0 ? g : numbering.number(g);
    moveQuoteInPlace(quote, m.by, group, quote.paragraph + m.paragraphShift);
    maxima[q] = highest = Math.max(highest, group);
  }
}

/** How many items at the start and at the end of a list are the very objects of the list it was made from. */
export interface KeptEnds {
  head: number;
  tail: number;
}

/**
 * What a splice in place kept of the analysis it was made from: the quotes and claims before the
 * region are the same objects, unmoved; those after it the same objects, moved by the edit's
 * length (with their cues); those between are new. The lists are the same arrays, changed where
 * they are: how long they were before is told here.
 */
export interface KeptBySplice {
  /** The analysis spliced from, by its number (see analysisId). */
  from: number;
  quotesBefore: number;
  claimsBefore: number;
  quotes: KeptEnds;
  claims: KeptEnds;
}

const keptBySplice = new WeakMap<ArticleAnalysis, KeptBySplice>();

/**
 * What the edit that made `now` from `before` in place kept of it, if one did: a painter need not
 * compare tens of thousands of objects to find the few the edit replaced.
 */
export function keptByEdit(before: ArticleAnalysis, now: ArticleAnalysis): KeptBySplice | undefined {
  const kept = keptBySplice.get(now);
  return kept !== undefined && kept.from === ids.get(before) ? kept : undefined;
}

const ids = new WeakMap<ArticleAnalysis, number>();
let lastId = 0;

/** A number for an analysis, told by no other: what a record of an edit names it by. */
function analysisId(analysis: ArticleAnalysis): number {
  let id = ids.get(analysis);
  if (id === undefined) ids.set(analysis, (id = ++lastId));
  return id;
}

interface SpeakerSplice extends Splice {
  firstRegionQuote: number;
  oldRegionQuotes: number;
  regionQuoteCount: number;
  firstRegionClaim: number;
  oldRegionClaims: number;
  regionClaimCount: number;
  /** The region's quotes are credited as before, one for one: every speaker's list of them stands. */
  sameQuoteCredits: boolean;
  sameClaimCredits: boolean;
}

/**
 * Whether `replacement` credits the same speakers, one for one, as list[from, to) did. Typing in a
 * paragraph seldom changes who is credited: the speakers' lists of quote indices then stand as
 * they are, instead of being made again for each quote of the region (copies of a list of
 * thousands of indices, kept until that speaker's next change).
 */
function sameCredits(list: readonly { speaker: string | null }[], from: number, to: number, replacement: readonly { speaker: string | null }[]): boolean {
  if (replacement.length !== to - from) return false;
  for (let k = 0; k < replacement.length; k++) if (replacement[k].speaker !== list[from + k].speaker) return false;
  return true;
}

/** The speaker list after a splice: indices moved past the region, the region's credits added by name. */
function spliceSpeakers(speakers: readonly Speaker[], windowSpeakers: readonly Speaker[], quotes: readonly Quote[], claims: readonly Claim[], s: SpeakerSplice): Speaker[] {
  const moveIndex = (list: number[], firstRegion: number, oldCount: number, newCount: number): number[] => {
    // most edits leave the counts alone: a list with nothing in the region then stands as it is
    // (the lists run in quote order, as insertSorted relies on too)
    if (oldCount === newCount && !(list[lowerBound(list.length, (k) => list[k] < firstRegion)] < firstRegion + oldCount)) return list;
    const out: number[] = [];
    for (const i of list) {
      if (i < firstRegion) out.push(i);
      else if (i >= firstRegion + oldCount) out.push(i + newCount - oldCount);
    }
    return out;
  };
  // Mentions are kept where the text is unchanged: the window's own reading of who is meant by a
  // name can differ from the whole article's, and a changed name leaves the result unsettled anyway.
  const moveMentions = (list: Span[]): Span[] => {
    const longest = longestMention(list);
    if (longest !== Infinity) {
      // Found by their order: those starting past the edit move, and only those starting less
      // than the longest mention before it can reach into it. Usually none does, and the list
      // itself is kept.
      const past = firstStartingAt(list, s.change.end);
      let edited: Span[] | undefined;
      for (let i = past - 1; i >= 0 && list[i].start + longest > s.change.start; i--) if (list[i].end > s.change.start) (edited ??= []).push(list[i]);
      for (let i = past; i < list.length; i++) moveMentionInPlace(list[i], s.delta);
      return edited ? list.filter((m) => !edited.includes(m)) : list;
    }
    const out: Span[] = [];
    for (const m of list) {
      if (m.end <= s.change.start) out.push(m);
      else if (m.start < s.change.end) continue;
      else {
        moveMentionInPlace(m, s.delta);
        out.push(m);
      }
    }
    return out;
  };
  // Typing in a paragraph seldom changes who is credited or named: the speakers then stand, their
  // lists moved where they are (new ones for each keystroke were a tenth of what an edit made for
  // the collector in a long report).
  const mentions = speakers.map((sp) => moveMentions(sp.mentions));
  if (s.sameQuoteCredits && s.sameClaimCredits && mentions.every((list, i) => list === speakers[i].mentions)) return speakers as Speaker[];
  const result: Speaker[] = [];
  for (const [i, sp] of speakers.entries()) {
    // the keys of a full analysis' speaker, in its order
    result.push({
      name: sp.name,
      aliases: sp.aliases,
      role: sp.role,
      kind: sp.kind,
      quotes: s.sameQuoteCredits ? sp.quotes : moveIndex(sp.quotes, s.firstRegionQuote, s.oldRegionQuotes, s.regionQuoteCount),
      claims: s.sameClaimCredits ? sp.claims : moveIndex(sp.claims, s.firstRegionClaim, s.oldRegionClaims, s.regionClaimCount),
      mentions: mentions[i],
    });
  }
  // a region credits a few speakers of dozens: looked up where they are, with no index of all
  const speakerNamed = (name: string): Speaker => {
    let target = result.find((sp) => sp.name === name);
    if (!target) {
      // someone the article did not credit before: as the window knows them
      const w = windowSpeakers.find((x) => x.name === name);
      target = { name, aliases: w ? [...w.aliases] : [], role: w?.role ?? null, kind: w?.kind ?? 'person', quotes: [], claims: [], mentions: [] };
      result.push(target);
    }
    return target;
  };
  const regionQuotes: [string, number][] = [];
  for (let i = s.firstRegionQuote; !s.sameQuoteCredits && i < s.firstRegionQuote + s.regionQuoteCount; i++) {
    const name = quotes[i].speaker;
    if (name !== null) regionQuotes.push([name, i]);
  }
  const regionClaims: [string, number][] = [];
  for (let i = s.firstRegionClaim; !s.sameClaimCredits && i < s.firstRegionClaim + s.regionClaimCount; i++) {
    const name = claims[i].speaker;
    if (name !== null) regionClaims.push([name, i]);
  }
  for (const [name, i] of regionQuotes) {
    const target = speakerNamed(name);
    target.quotes = insertSorted(target.quotes, i);
  }
  for (const [name, i] of regionClaims) {
    const target = speakerNamed(name);
    target.claims = insertSorted(target.claims, i);
  }
  return result
    .filter((sp) => sp.quotes.length > 0 || sp.claims.length > 0)
    .sort((a, b) => (a.quotes[0] ?? Infinity) - (b.quotes[0] ?? Infinity) || a.name.localeCompare(b.name));
}

function insertSorted(list: number[], value: number): number[] {
  let at = list.length;
  while (at > 0 && list[at - 1] > value) at--;
  return [...list.slice(0, at), value, ...list.slice(at)];
}

/**
 * For each quote list a splice made, the highest group number up to each quote: the groups after
 * an edit are numbered on from the highest before it, which otherwise means reading every quote
 * before the edit (half a long report's quotes, on average, for each keystroke).
 */
const groupMaxima = new WeakMap<readonly Quote[], Int32Array>();

/**
 * The array for a splice's maxima, its first `kept` entries those of the list it was made from.
 * In place, that list is handed over: its array is taken over too (a new one per keystroke would
 * be tens of kilobytes of memory outside the heap, costly to get and to give back).
 */
function maximaFor(from: readonly Quote[], before: Int32Array | undefined, kept: number, length: number): Int32Array {
  if (before && before.length >= length) {
    groupMaxima.delete(from);
    return before;
  }
  const maxima = new Int32Array(length + (length >> 3));
  if (before) maxima.set(before.subarray(0, kept));
  return maxima;
}

function maximaOf(quotes: readonly Quote[]): Int32Array {
  const maxima = new Int32Array(quotes.length);
  let highest = -1;
  for (let q = 0; q < quotes.length; q++) maxima[q] = highest = Math.max(highest, quotes[q].group);
  groupMaxima.set(quotes, maxima);
  return maxima;
}

/** The array `splice` numbers groups in, kept between edits: one per keystroke would be garbage at once. */
let numbered = new Int32Array(0);

function numberedBuffer(length: number): Int32Array {
  if (numbered.length < length) numbered = new Int32Array(Math.max(length, numbered.length * 2));
  const part = numbered.subarray(0, length);
  part.fill(0);
  return part;
}

/** The longest mention of each list moved in place (Infinity for one out of order): lists are kept from edit to edit. */
const longestMentions = new WeakMap<readonly Span[], number>();

function longestMention(list: readonly Span[]): number {
  let longest = longestMentions.get(list);
  if (longest === undefined) {
    longest = 0;
    for (let i = 0; i < list.length; i++) {
      if (i > 0 && list[i].start < list[i - 1].start) {
        longest = Infinity;
        break;
      }
      longest = Math.max(longest, list[i].end - list[i].start);
    }
    longestMentions.set(list, longest);
  }
  return longest;
}
