import { analyzeArticle, analyzeWithEntities } from './analyze';
import type { Entity } from './entities';
import { articleFormat } from './articleGlobs';
import { extractMeta } from './metadata';
import type { AnalyzeOptions, ArticleAnalysis, Claim, Paragraph, Quote, Speaker, SpeakerHints, Span } from './types';

/** One change as an editor reports it: `text` replaces [start, end) of the previous text. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

export interface AnalyzedText {
  text: string;
  analysis: ArticleAnalysis;
}

export interface EditAnalysis {
  analysis: ArticleAnalysis;
  /**
   * False when the edit changed something the rest of the article may lean on (a name, who
   * speaks, the paragraph structure), so paragraphs far from the edit might read differently: a
   * full `analyzeArticle` should follow when the user pauses. True results equal a full analysis.
   */
  settled: boolean;
  /** 'window' when only the paragraphs around the edit were analysed again, else why not. */
  path: 'window' | 'full';
}

/**
 * Paragraphs of context before the edited ones (and the one checked before them): antecedents of
 * pronouns, titles, surnames. Where the window lacks context, the article's own reading stands.
 */
const CONTEXT = 2;
/** Past this much text around an edit, a windowed analysis saves too little to be worth its checks. */
const MAX_WINDOW_CHARS = 64 * 1024;
const MAX_ATTEMPTS = 6;

/** The text after a change. */
export function applyTextChange(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}

/**
 * The analysis of an article after one edit, re-analysing only the paragraphs the edit touches
 * (with a few paragraphs of context before them and one after) and shifting everything else.
 */
export function analyzeEdit(previous: AnalyzedText, change: TextChange, options: AnalyzeOptions = {}): ArticleAnalysis {
  return analyzeEditDetailed(previous, change, options).analysis;
}

export function analyzeEditDetailed(previous: AnalyzedText, change: TextChange, options: AnalyzeOptions = {}): EditAnalysis {
  const full = (): EditAnalysis => ({ analysis: analyzeArticle(applyTextChange(previous.text, change), options), settled: true, path: 'full' });
  const format = options.format ?? (options.fileName ? articleFormat(options.fileName) : 'text');
  const paragraphs = previous.analysis.paragraphs;
  // Markdown's masking (front matter, code fences) reaches across paragraphs; only plain typing
  // in its prose is safe to analyse in pieces.
  if (format === 'markdown' && !isPlainProseEdit(previous.text, change)) return full();
  if (paragraphs.length === 0 || change.start < 0 || change.end > previous.text.length || change.start > change.end) return full();

  const last = paragraphs.length - 1;
  let first = lastParagraphStartingAtOrBefore(paragraphs, change.start);
  let end = firstParagraphEndingAtOrAfter(paragraphs, change.end);
  [first, end] = wholeUtterances(previous.analysis.quotes, first, end);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const step = readWindow({ previous, change, options, format, first, end });
    if (step.kind === 'done') return { analysis: step.analysis, settled: step.settled, path: 'window' };
    if (step.kind === 'give-up') break;
    // The paragraph before or after the region reads differently now (a cue on the next line, a
    // speaker carried into it, a quote continued): it joins the region.
    if (step.kind === 'grow-before') [first, end] = wholeUtterances(previous.analysis.quotes, Math.max(0, first - 1), end);
    else [first, end] = wholeUtterances(previous.analysis.quotes, first, Math.min(last, end + 1));
  }
  return full();
}

type Step = { kind: 'done'; analysis: ArticleAnalysis; settled: boolean } | { kind: 'grow-before' | 'grow-after' | 'give-up' };

interface WindowRequest {
  previous: AnalyzedText;
  change: TextChange;
  options: AnalyzeOptions;
  format: 'text' | 'markdown';
  /** Old paragraphs first..end form the region that is read again. */
  first: number;
  end: number;
}

/**
 * Reads the region with CONTEXT paragraphs before it and one after, in the old text and in the
 * new. Where the edit did not change the window's reading of a quote or claim, the article's
 * reading of it stands (the window may lack context the article had: an echo of words quoted far
 * above, a name given long before); where it did, the new reading is taken.
 */
function readWindow(r: WindowRequest): Step {
  const { analysis, text } = r.previous;
  const { change, first, end } = r;
  const paragraphs = analysis.paragraphs;
  const delta = change.text.length - (change.end - change.start);
  const after = end + 1 < paragraphs.length ? end + 1 : -1;
  // The region runs from just after the last paragraph kept before it to the start of the next one.
  const regionStart = first === 0 ? 0 : paragraphs[first - 1].end;
  const regionEndOld = after >= 0 ? paragraphs[after].start : text.length;
  if (change.start < regionStart || change.end > regionEndOld) return { kind: 'give-up' };
  const windowFirst = Math.max(0, first - 1 - CONTEXT);
  // From the article's very start when the window reaches it, so a leading BOM or title reads the same.
  const windowStart = windowFirst === 0 ? 0 : paragraphs[windowFirst].start;
  const windowEndOld = after >= 0 ? paragraphs[after].end : text.length;
  if (windowEndOld - windowStart > MAX_WINDOW_CHARS) return { kind: 'give-up' };
  const regionEndNew = regionEndOld + delta;
  const windowEndNew = windowEndOld + delta;
  const windowOptions: AnalyzeOptions = { format: r.format, speakerHints: hintsFrom(analysis.speakers, r.options.speakerHints) };
  const oldRead = analyzeWithEntities(text.slice(windowStart, windowEndOld), windowOptions);
  // The new text is only ever needed around the edit: building all of it would copy the article.
  const newWindowText = text.slice(windowStart, change.start) + change.text + text.slice(change.end, windowEndOld);
  const newRead = analyzeWithEntities(newWindowText, windowOptions);
  const oldWindow = placed(oldRead.analysis, windowStart);
  const newWindow = placed(newRead.analysis, windowStart);
  // The paragraphs on either side must read as they did, or the edit reached into them.
  if (first > 0) {
    const beforeStart = paragraphs[first - 1].start;
    if (!sameReadings(itemsIn(oldWindow, beforeStart, regionStart), itemsIn(newWindow, beforeStart, regionStart), same)) return { kind: 'grow-before' };
  }
  if (after >= 0) {
    const oldAfter = itemsIn(oldWindow, regionEndOld, windowEndOld + 1);
    const newAfter = itemsIn(newWindow, regionEndNew, windowEndNew + 1);
    if (!sameReadings(oldAfter, newAfter, (x) => x + delta)) return { kind: 'grow-after' };
  }
  // An offset at the very place of an edit is ambiguous (before or after the new text?): it maps
  // nowhere, so whatever stands there is read anew.
  const toNew: Move = (x) => (x < change.start ? x : x > change.end || (x === change.end && change.end > change.start) ? x + delta : undefined);
  const previousRegion = itemsBetween(analysis, regionStart, regionEndOld);
  const merged = mergeRegion(previousRegion, itemsIn(oldWindow, regionStart, regionEndOld), itemsIn(newWindow, regionStart, regionEndNew), toNew);
  const groupOf = windowGroups(analysis.quotes, newWindow, regionStart, regionEndNew, delta);
  const newParagraphs = itemsIn(newWindow, regionStart, regionEndNew).paragraphs;
  const spliced = splice(analysis, merged, newParagraphs, groupOf, newRead.analysis.speakers, { change, delta, regionStart, regionEndOld, first, oldParagraphCount: end - first + 1 });
  const meta = metaMayChange(text, change, r.format) ? extractMeta(applyTextChange(text, change), r.format) : analysis.meta;
  const settled =
    merged.settled &&
    merged.windowGroupsLikeArticle &&
    capitalisedWords(text, regionStart, regionEndOld) === capitalisedWords(newWindowText, regionStart - windowStart, regionEndNew - windowStart) &&
    newParagraphs.length === end - first + 1 &&
    mentionsIn(oldRead.entities, regionStart - windowStart, regionEndOld - windowStart) === mentionsIn(newRead.entities, regionStart - windowStart, regionEndNew - windowStart) &&
    speakerNames(previousRegion.quotes, previousRegion.claims) === speakerNames(merged.quotes.map((m) => m.item), merged.claims.map((m) => m.item));
  return { kind: 'done', analysis: { ...spliced, meta }, settled };
}

// ---------------------------------------------------------------------------------------------
// Finding the region

function lastParagraphStartingAtOrBefore(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function firstParagraphEndingAtOrAfter(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].end >= offset) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

/** Widens first..end so that no utterance (a multi-paragraph or split quote) is cut by its edges. */
function wholeUtterances(quotes: readonly Quote[], first: number, end: number): [number, number] {
  // Quotes run in text order, so an utterance's parts are neighbours (nested quotes aside).
  let lo = firstInParagraph(quotes, first);
  let hi = firstInParagraph(quotes, end + 1);
  const groups = new Set<number>();
  for (let i = lo; i < hi; i++) groups.add(quotes[i].group);
  for (; lo > 0 && (groups.has(quotes[lo - 1].group) || quotes[lo - 1].depth > 0); lo--) groups.add(quotes[lo - 1].group);
  for (; hi < quotes.length && (groups.has(quotes[hi].group) || quotes[hi].depth > 0); hi++) groups.add(quotes[hi].group);
  for (let i = lo; i < hi; i++) {
    if (!groups.has(quotes[i].group)) continue;
    first = Math.min(first, quotes[i].paragraph);
    end = Math.max(end, quotes[i].paragraph);
  }
  return [first, end];
}

function firstInParagraph(quotes: readonly Quote[], paragraph: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].paragraph < paragraph) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Readings of a region

interface Items {
  quotes: Quote[];
  claims: Claim[];
  paragraphs: Paragraph[];
}

/** A window's analysis with its offsets moved to the article's. */
function placed(window: ArticleAnalysis, by: number): Items {
  return {
    quotes: window.quotes.map((q) => shiftQuote(q, by, q.group, q.paragraph)),
    claims: window.claims.map((c) => ({ ...c, start: c.start + by, end: c.end + by })),
    paragraphs: window.paragraphs.map((p) => ({ start: p.start + by, end: p.end + by, index: p.index })),
  };
}

/** The article's items starting in [from, to), found by their order. */
function itemsBetween(analysis: ArticleAnalysis, from: number, to: number): Items {
  const part = <T extends Span>(list: readonly T[]): T[] => list.slice(firstStartingAt(list, from), firstStartingAt(list, to));
  return { quotes: part(analysis.quotes), claims: part(analysis.claims), paragraphs: part(analysis.paragraphs) };
}

/** Items starting in [from, to), in order. */
function itemsIn(items: Items, from: number, to: number): Items {
  const inside = (s: Span): boolean => s.start >= from && s.start < to;
  return { quotes: items.quotes.filter(inside), claims: items.claims.filter(inside), paragraphs: items.paragraphs.filter(inside) };
}

type Move = (offset: number) => number | undefined;
const same: Move = (x) => x;

/** What a reader sees of a quote, offsets moved by `move`; undefined when one of them was edited away. */
function quoteReading(q: Quote, move: Move): string | undefined {
  const at = [q.start, q.end, q.openMark, q.closeMark ?? q.end, q.cue?.start ?? q.start, q.cue?.end ?? q.start].map(move);
  if (at.includes(undefined)) return undefined;
  return [...at, q.closeMark === undefined, q.cue === undefined, q.text, q.kind, q.speaker, q.confidence, q.rule, q.depth, q.coSpeakers?.join('|') ?? ''].join('\u0001');
}

function claimReading(c: Claim, move: Move): string | undefined {
  const start = move(c.start);
  const end = move(c.end);
  if (start === undefined || end === undefined) return undefined;
  return [start, end, c.text, c.kind, c.speaker, c.score, c.signals.join('|')].join('\u0001');
}

const positionKey = (s: Span, move: Move): string | undefined => {
  const start = move(s.start);
  const end = move(s.end);
  return start === undefined || end === undefined ? undefined : `${start}:${end}`;
};

/** Whether two readings of a paragraph agree, `b` in offsets moved by `move` from `a`'s. */
function sameReadings(a: Items, b: Items, move: Move): boolean {
  if (a.quotes.length !== b.quotes.length || a.claims.length !== b.claims.length) return false;
  for (let i = 0; i < a.quotes.length; i++) if (quoteReading(a.quotes[i], move) !== quoteReading(b.quotes[i], same)) return false;
  for (let i = 0; i < a.claims.length; i++) if (claimReading(a.claims[i], move) !== claimReading(b.claims[i], same)) return false;
  return a.quotes.every((q, i) => sameGrouping(a.quotes, b.quotes, q.group, b.quotes[i].group));
}

/** The same members in both groups (by position in their lists). */
function sameGrouping(a: Quote[], b: Quote[], ga: number, gb: number): boolean {
  for (let i = 0; i < a.length; i++) if ((a[i].group === ga) !== (b[i].group === gb)) return false;
  return true;
}

interface Taken<T> {
  /** In the new text's offsets. */
  item: T;
  /** The same item as the new window reads it, when it has it. */
  seen?: T;
  /** The item's group in the article, when the article's reading of it was kept. */
  articleGroup?: number;
}

interface MergedRegion {
  quotes: Taken<Quote>[];
  claims: Taken<Claim>[];
  settled: boolean;
  /** False when the window, lacking the article's context, joins or splits utterances otherwise. */
  windowGroupsLikeArticle: boolean;
}

/** Who a quote is credited to and how: what context far away can change, unlike its words. */
function quoteCredit(q: Quote, move: Move): string | undefined {
  const cue = q.cue ? [move(q.cue.start), move(q.cue.end)] : [];
  if (cue.includes(undefined)) return undefined;
  return [q.kind, q.speaker, q.confidence, q.rule, q.depth, q.coSpeakers?.join('|') ?? '', ...cue].join('\u0001');
}

/** A claim's kind, score and signals follow its speaker ("attribution"), so they are credit too. */
const claimCredit = (c: Claim): string => [c.speaker, c.kind, c.score, c.signals.join('|')].join('\u0001');

/**
 * Three readings of the region: the article's before the edit, the window's before the edit and
 * the window's after it. Where the edit left the window's credit of an item alone, the article's
 * credit stands (the window may lack what the article knew: words quoted far above, a name given
 * long before); where it changed it, the new window's is taken.
 */
function mergeRegion(article: Items, oldWindow: Items, newWindow: Items, toNew: Move): MergedRegion {
  let settled = true;
  const pick = <T extends Span>(
    articleItems: T[],
    oldItems: T[],
    newItems: T[],
    credit: (item: T, move: Move) => string | undefined,
    keep: (articleItem: T, now: T) => T,
    moved: (articleItem: T) => T | undefined,
  ): Taken<T>[] => {
    const oldCredits = new Map<string, string | undefined>();
    for (const o of oldItems) {
      const key = positionKey(o, toNew);
      if (key !== undefined) oldCredits.set(key, credit(o, toNew));
    }
    const articleByKey = new Map<string, T>();
    for (const a of articleItems) {
      const key = positionKey(a, toNew);
      if (key !== undefined) articleByKey.set(key, a);
    }
    const out: Taken<T>[] = [];
    const seen = new Set<string>();
    for (const n of newItems) {
      const key = positionKey(n, same) ?? '';
      seen.add(key);
      const was = articleByKey.get(key);
      if (oldCredits.has(key) && oldCredits.get(key) === credit(n, same)) {
        // the window credits it alike before and after; the article may not have counted it at all
        if (was) out.push({ item: keep(was, n), seen: n, articleGroup: (was as Partial<Quote>).group });
        continue;
      }
      out.push({ item: n, seen: n });
      // The edit changed the window's credit, and the window already credited it otherwise than the article.
      if (was && oldCredits.get(key) !== credit(was, toNew)) settled = false;
    }
    for (const [key, a] of articleByKey) {
      if (seen.has(key)) continue;
      if (oldCredits.has(key)) {
        // Gone from the window after the edit. If the window did not read it as the article did,
        // its going may be the missing context's doing, not the edit's.
        if (oldCredits.get(key) !== credit(a, toNew)) settled = false;
        continue;
      }
      // What the window never saw, before or after the edit, the article keeps.
      const item = moved(a);
      if (item) out.push({ item, articleGroup: (a as Partial<Quote>).group });
    }
    return out.sort((x, y) => x.item.start - y.item.start || x.item.end - y.item.end);
  };
  const moveQuote = (q: Quote): Quote | undefined => (quoteCredit(q, toNew) === undefined ? undefined : shiftQuote(q, 0, q.group, q.paragraph, (x) => toNew(x) ?? x));
  const windowGroupsLikeArticle = groupsAlike(article.quotes, oldWindow.quotes, toNew);
  const quotes = pick(article.quotes, oldWindow.quotes, newWindow.quotes, quoteCredit, (was, now) => ({ ...(moveQuote(was) ?? now), text: now.text }), moveQuote);
  const claims = pick(
    article.claims,
    oldWindow.claims,
    newWindow.claims,
    claimCredit,
    (was, now) => ({ ...now, speaker: was.speaker, kind: was.kind, score: was.score, signals: was.signals }),
    (c) => ({ ...c, start: toNew(c.start) ?? c.start, end: toNew(c.end) ?? c.end }),
  );
  return { quotes, claims, settled, windowGroupsLikeArticle };
}

/** Whether the window splits the region's quotes into utterances as the article does. */
function groupsAlike(article: readonly Quote[], window: readonly Quote[], toNew: Move): boolean {
  const articleByKey = new Map<string, number>();
  for (const q of article) {
    const key = positionKey(q, toNew);
    if (key !== undefined) articleByKey.set(key, q.group);
  }
  const forward = new Map<number, number>();
  const backward = new Map<number, number>();
  for (const w of window) {
    const key = positionKey(w, toNew);
    const group = key === undefined ? undefined : articleByKey.get(key);
    if (group === undefined) continue;
    if ((forward.get(w.group) ?? group) !== group || (backward.get(group) ?? w.group) !== w.group) return false;
    forward.set(w.group, group);
    backward.set(group, w.group);
  }
  return true;
}

/**
 * For a window quote's group, the article group it belongs to when the utterance reaches outside
 * the region (a multi-paragraph quote begun in a context paragraph).
 */
function windowGroups(articleQuotes: readonly Quote[], newWindow: Items, regionStart: number, regionEndNew: number, delta: number): Map<number, number> {
  const joined = new Map<number, number>();
  for (const w of newWindow.quotes) {
    if ((w.start >= regionStart && w.start < regionEndNew) || joined.has(w.group)) continue;
    const start = w.start < regionStart ? w.start : w.start - delta;
    const outside = articleQuotes[firstStartingAt(articleQuotes, start)];
    if (outside?.start === start) joined.set(w.group, outside.group);
  }
  return joined;
}

// ---------------------------------------------------------------------------------------------
// Putting the analysis back together

interface Splice {
  change: TextChange;
  delta: number;
  regionStart: number;
  regionEndOld: number;
  first: number;
  oldParagraphCount: number;
}

function splice(analysis: ArticleAnalysis, region: MergedRegion, regionParagraphs: Paragraph[], windowGroup: Map<number, number>, windowSpeakers: readonly Speaker[], s: Splice): ArticleAnalysis {
  const { delta, regionStart, regionEndOld } = s;
  const paragraphShift = regionParagraphs.length - s.oldParagraphCount;
  const windowParagraphBase = s.first - (regionParagraphs[0]?.index ?? 0);

  const paragraphs: Paragraph[] = analysis.paragraphs.slice(0, s.first);
  for (const p of regionParagraphs) paragraphs.push({ start: p.start, end: p.end, index: paragraphs.length });
  for (let i = s.first + s.oldParagraphCount; i < analysis.paragraphs.length; i++) {
    const p = analysis.paragraphs[i];
    paragraphs.push({ start: p.start + delta, end: p.end + delta, index: p.index + paragraphShift });
  }

  // Groups are numbered in order of appearance, as a full analysis numbers them: the quotes before
  // the region keep theirs, the region's and the later ones are numbered on from there.
  const firstRegionQuote = firstStartingAt(analysis.quotes, regionStart);
  const quotes: Quote[] = analysis.quotes.slice(0, firstRegionQuote);
  let counter = 0;
  for (const quote of quotes) counter = Math.max(counter, quote.group + 1);
  const numbered = new Map<number, number>();
  // article groups are keyed by their number, the window's by -1 - number
  const number = (key: number): number => {
    if (key >= 0 && key < counter && !numbered.has(key)) return key;
    let n = numbered.get(key);
    if (n === undefined) numbered.set(key, (n = counter++));
    return n;
  };
  const groupKey = (t: Taken<Quote>): number => {
    // Where the window, lacking context, groups otherwise than the article, the article's grouping stands.
    if (!t.seen || (!region.windowGroupsLikeArticle && t.articleGroup !== undefined)) return t.articleGroup ?? t.item.group;
    return windowGroup.get(t.seen.group) ?? -1 - t.seen.group;
  };
  for (const t of region.quotes) {
    const paragraph = t.seen ? t.seen.paragraph + windowParagraphBase : t.item.paragraph + (t.item.start >= s.change.end ? paragraphShift : 0);
    quotes.push({ ...t.item, group: number(groupKey(t)), paragraph });
  }
  const regionQuoteCount = quotes.length - firstRegionQuote;
  const afterRegionQuote = firstStartingAt(analysis.quotes, regionEndOld);
  for (let q = afterRegionQuote; q < analysis.quotes.length; q++) {
    const quote = analysis.quotes[q];
    quotes.push(shiftQuote(quote, delta, number(quote.group), quote.paragraph + paragraphShift));
  }

  const firstRegionClaim = firstStartingAt(analysis.claims, regionStart);
  const claims: Claim[] = analysis.claims.slice(0, firstRegionClaim);
  for (const { item } of region.claims) claims.push(item);
  const regionClaimCount = claims.length - firstRegionClaim;
  const afterRegionClaim = firstStartingAt(analysis.claims, regionEndOld);
  for (let c = afterRegionClaim; c < analysis.claims.length; c++) claims.push(shiftClaim(analysis.claims[c], delta));

  const speakers = spliceSpeakers(analysis.speakers, windowSpeakers, quotes, claims, {
    ...s,
    firstRegionQuote,
    oldRegionQuotes: afterRegionQuote - firstRegionQuote,
    regionQuoteCount,
    firstRegionClaim,
    oldRegionClaims: afterRegionClaim - firstRegionClaim,
    regionClaimCount,
  });
  return { meta: analysis.meta, quotes, claims, speakers, paragraphs };
}

/** Index of the first item starting at or after `offset` (items in text order). */
function firstStartingAt(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function shiftClaim(c: Claim, by: number): Claim {
  return { start: c.start + by, end: c.end + by, text: c.text, kind: c.kind, speaker: c.speaker, score: c.score, signals: c.signals };
}

function shiftQuote(q: Quote, by: number, group: number, paragraph: number, move: (x: number) => number = (x) => x + by): Quote {
  const out: Quote = {
    start: move(q.start),
    end: move(q.end),
    text: q.text,
    kind: q.kind,
    speaker: q.speaker,
    confidence: q.confidence,
    openMark: move(q.openMark),
    closeMark: q.closeMark === undefined ? undefined : move(q.closeMark),
    cue: q.cue ? { start: move(q.cue.start), end: move(q.cue.end) } : undefined,
    rule: q.rule,
    group,
    paragraph,
    depth: q.depth,
  };
  // the same keys as a full analysis gives, so results compare and serialise alike
  if (out.closeMark === undefined) delete out.closeMark;
  if (out.cue === undefined) delete out.cue;
  if (q.coSpeakers) out.coSpeakers = q.coSpeakers;
  return out;
}

interface SpeakerSplice extends Splice {
  firstRegionQuote: number;
  oldRegionQuotes: number;
  regionQuoteCount: number;
  firstRegionClaim: number;
  oldRegionClaims: number;
  regionClaimCount: number;
}

/** The speaker list after a splice: indices moved past the region, the region's credits added by name. */
function spliceSpeakers(speakers: readonly Speaker[], windowSpeakers: readonly Speaker[], quotes: readonly Quote[], claims: readonly Claim[], s: SpeakerSplice): Speaker[] {
  const moveIndex = (list: readonly number[], firstRegion: number, oldCount: number, newCount: number): number[] => {
    const out: number[] = [];
    for (const i of list) {
      if (i < firstRegion) out.push(i);
      else if (i >= firstRegion + oldCount) out.push(i + newCount - oldCount);
    }
    return out;
  };
  // Mentions are kept where the text is unchanged: the window's own reading of who is meant by a
  // name can differ from the whole article's, and a changed name leaves the result unsettled anyway.
  const moveMentions = (list: readonly Span[]): Span[] => {
    const out: Span[] = [];
    for (const m of list) {
      if (m.end <= s.change.start) out.push(m);
      else if (m.start >= s.change.end) out.push({ start: m.start + s.delta, end: m.end + s.delta });
    }
    return out;
  };
  const byName = new Map<string, Speaker>();
  const result: Speaker[] = [];
  for (const sp of speakers) {
    const moved: Speaker = {
      ...sp,
      quotes: moveIndex(sp.quotes, s.firstRegionQuote, s.oldRegionQuotes, s.regionQuoteCount),
      claims: moveIndex(sp.claims, s.firstRegionClaim, s.oldRegionClaims, s.regionClaimCount),
      mentions: moveMentions(sp.mentions),
    };
    byName.set(sp.name, moved);
    result.push(moved);
  }
  const speakerNamed = (name: string): Speaker => {
    let target = byName.get(name);
    if (!target) {
      // someone the article did not credit before: as the window knows them
      const w = windowSpeakers.find((x) => x.name === name);
      target = { name, aliases: w ? [...w.aliases] : [], role: w?.role ?? null, kind: w?.kind ?? 'person', quotes: [], claims: [], mentions: [] };
      byName.set(name, target);
      result.push(target);
    }
    return target;
  };
  const regionQuotes: [string, number][] = [];
  for (let i = s.firstRegionQuote; i < s.firstRegionQuote + s.regionQuoteCount; i++) {
    const name = quotes[i].speaker;
    if (name !== null) regionQuotes.push([name, i]);
  }
  const regionClaims: [string, number][] = [];
  for (let i = s.firstRegionClaim; i < s.firstRegionClaim + s.regionClaimCount; i++) {
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


// ---------------------------------------------------------------------------------------------
// Small predicates

/** The full analysis' speakers as hints, so a surname in the window finds the full name given far above. */
function hintsFrom(speakers: readonly Speaker[], user?: SpeakerHints): SpeakerHints {
  const aliases: Record<string, string[]> = { ...(user?.aliases ?? {}) };
  for (const s of speakers) if (!(s.name in aliases)) aliases[s.name] = s.aliases;
  return { aliases, roles: user?.roles };
}

/** Characters that cannot open or close any Markdown construct the masker knows. */
function isPlainProseEdit(text: string, change: TextChange): boolean {
  const touched = change.text + text.slice(change.start, change.end);
  return !/[\n\r`~\-<>[\]()*_#|!:=+\\{}]/.test(touched);
}

/**
 * Metadata is read from an article's first and last lines (metadata.ts: 40 lines each way, the
 * end from its last 8,000 characters) and, in Markdown, from its first heading.
 */
function metaMayChange(text: string, change: TextChange, format: 'text' | 'markdown'): boolean {
  let headEnd = -1;
  for (let lines = 0; lines < 41; lines++) {
    headEnd = text.indexOf('\n', headEnd + 1);
    if (headEnd < 0) return true;
  }
  if (change.start <= headEnd || change.end >= text.length - 8192) return true;
  if (format !== 'markdown') return false;
  const lineStart = text.lastIndexOf('\n', change.start - 1) + 1;
  const nextLine = text.indexOf('\n', change.end) + 1;
  return /^\s{0,3}#/.test(text.slice(lineStart, lineStart + 8)) || (nextLine > 0 && /^\s{0,3}[=-]{2,}\s*$/m.test(text.slice(nextLine, text.indexOf('\n', nextLine) >>> 0)));
}

/**
 * Who the region mentions, in order, as the rest of the article sees them: a changed name, role
 * or kind can change how a paragraph far below reads a surname, a title or a pronoun.
 */
function mentionsIn(entities: readonly Entity[], from: number, to: number): string {
  const seen: { at: number; what: string }[] = [];
  for (const e of entities) {
    for (const m of e.mentions) if (m.start >= from && m.start < to) seen.push({ at: m.start, what: `${e.name}\u0001${e.role ?? ''}\u0001${e.kind}\u0001${e.gender ?? ''}` });
  }
  return seen.sort((a, b) => a.at - b.at).map((s) => s.what).join('\u0002');
}

/** Names the engine may not have registered as mentions still change how pronouns and surnames resolve. */
function capitalisedWords(text: string, from: number, to: number): string {
  return (text.slice(from, to).match(/\p{Lu}[\p{L}\p{M}'\u2019.-]*/gu) ?? []).join(' ');
}

function speakerNames(quotes: readonly Quote[], claims: readonly Claim[]): string {
  return [...new Set([...quotes.map((q) => q.speaker), ...claims.map((c) => c.speaker)])].sort().join('|');
}
