import type { ArticleAnalysis, Claim, Paragraph, Quote, Span } from '../types';
import { claimRecord } from '../records';
import { firstStartingAt, shiftClaim, shiftQuote } from './shift';


export interface Items {
  quotes: Quote[];
  claims: Claim[];
  paragraphs: Paragraph[];
}

/** A window's analysis with its offsets moved to the article's. */
export function placed(window: ArticleAnalysis, by: number): Items {
  return {
    quotes: window.quotes.map((q) => shiftQuote(q, by, q.group, q.paragraph)),
    claims: window.claims.map((c) => shiftClaim(c, by)),
    paragraphs: window.paragraphs.map((p) => ({ start: p.start + by, end: p.end + by, index: p.index })),
  };
}

/** The article's items starting in [from, to), found by their order. */
export function itemsBetween(analysis: ArticleAnalysis, from: number, to: number): Items {
  const part = <T extends Span>(list: readonly T[]): T[] => list.slice(firstStartingAt(list, from), firstStartingAt(list, to));
  return { quotes: part(analysis.quotes), claims: part(analysis.claims), paragraphs: part(analysis.paragraphs) };
}

/** Items starting in [from, to), in order. */
export function itemsIn(items: Items, from: number, to: number): Items {
  const inside = (s: Span): boolean => s.start >= from && s.start < to;
  return { quotes: items.quotes.filter(inside), claims: items.claims.filter(inside), paragraphs: items.paragraphs.filter(inside) };
}

export type Move = (offset: number) => number | undefined;
export const same: Move = (x) => x;

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
export function sameReadings(a: Items, b: Items, move: Move): boolean {
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

export interface Taken<T> {
  /** In the new text's offsets. */
  item: T;
  /** The same item as the new window reads it, when it has it. */
  seen?: T;
  /** The item's group in the article, when the article's reading of it was kept. */
  articleGroup?: number;
}

export interface MergedRegion {
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
export function mergeRegion(article: Items, oldWindow: Items, newWindow: Items, toNew: Move, edited: Span): MergedRegion {
  const overlapsEdit = (s: Span | undefined): boolean => s !== undefined && s.start <= edited.end && edited.start <= s.end;
  let settled = true;
  const pick = <T extends Span>(
    articleItems: T[],
    oldItems: T[],
    newItems: T[],
    credit: (item: T, move: Move) => string | undefined,
    keep: (articleItem: T, now: T) => T,
    moved: (articleItem: T) => T | undefined,
    touched: (articleItem: T) => boolean,
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
      // An edit of the words that credit it (its cue, its sentence) may change its credit in the
      // article even where the window, short of context, credits it alike before and after.
      if (oldCredits.has(key) && oldCredits.get(key) === credit(n, same) && !(was && touched(was))) {
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
  const quotes = pick(article.quotes, oldWindow.quotes, newWindow.quotes, quoteCredit, (was, now) => ({ ...(moveQuote(was) ?? now), text: now.text }), moveQuote, (q) => overlapsEdit(q.cue));
  const claims = pick(
    article.claims,
    oldWindow.claims,
    newWindow.claims,
    claimCredit,
    (was, now) => claimRecord(was, now.text, now.start, now.end),
    (c) => claimRecord(c, c.text, toNew(c.start) ?? c.start, toNew(c.end) ?? c.end),
    overlapsEdit,
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
export function windowGroups(articleQuotes: readonly Quote[], newWindow: Items, regionStart: number, regionEndNew: number, delta: number): Map<number, number> {
  const joined = new Map<number, number>();
  for (const w of newWindow.quotes) {
    if ((w.start >= regionStart && w.start < regionEndNew) || joined.has(w.group)) continue;
    const start = w.start < regionStart ? w.start : w.start - delta;
    const outside = articleQuotes[firstStartingAt(articleQuotes, start)];
    if (outside?.start === start) joined.set(w.group, outside.group);
  }
  return joined;
}
