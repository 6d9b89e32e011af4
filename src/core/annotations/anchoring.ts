/**
 * Capturing where an annotation sits and finding it again after the article changed outside the
 * editor. The order is fixed: the stored position, then the same text elsewhere (context and
 * nearness decide between copies), then similar text above a minimum score, then orphan. The
 * minimum score is the point: a note on the wrong sentence is worse than a note that asks to be
 * re-attached.
 */
import { approximateMatches, editDistance } from './approximateSearch';
import { normalizedView, normalizeFragment, snapSpan, type NormalizedText } from './normalizedText';
import type { AnchorResult, TextTarget } from './types';

export const CONTEXT_LENGTH = 32;
/** Fuzzy matches need the text itself at least this similar (1 − edits/length)... */
export const MIN_FUZZY_QUALITY = 0.75;
/** ...and the weighted score (text, prefix, suffix, position) at least this high. */
export const MIN_FUZZY_SCORE = 0.8;
/** The same text elsewhere counts as moved when its context is this similar on average... */
export const MIN_MOVED_CONTEXT = 0.5;
/** ...or when the text is long enough to be telling by itself. */
export const DISTINCTIVE_LENGTH = 32;
/** How far around the old position (beyond four lengths of the text) the first fuzzy search looks. */
const LOCAL_REACH = 4096;
/** More copies of the exact text than this are scored only nearest the old position first. */
const MAX_SCORED_COPIES = 500;

export type AnchorText = NormalizedText;

/** Prepares an article once for re-anchoring many annotations against it. */
export function prepareText(text: string): AnchorText {
  return normalizedView(text);
}

/**
 * The target for the UTF-16 span [start, end) of `text`, with its context. Offsets inside a
 * character (surrogate pair, CRLF, letter with its accents) widen to the whole of it.
 * Throws a RangeError for a span with no text.
 */
export function captureTarget(text: string, start: number, end: number): TextTarget {
  const { start: s, end: e } = snapSpan(text, Math.min(start, end), Math.max(start, end));
  if (e <= s) throw new RangeError(`cannot annotate an empty span (${start}-${end} of ${text.length})`);
  // A wider stored window than needed, so that CRLF pairs or decomposed accents still leave 32 units.
  let prefix = normalizeFragment(text.slice(Math.max(0, s - CONTEXT_LENGTH * 3), s)).slice(-CONTEXT_LENGTH);
  let suffix = normalizeFragment(text.slice(e, e + CONTEXT_LENGTH * 3)).slice(0, CONTEXT_LENGTH);
  if (isLowSurrogate(prefix.charCodeAt(0))) prefix = prefix.slice(1);
  if (isHighSurrogate(suffix.charCodeAt(suffix.length - 1))) suffix = suffix.slice(0, -1);
  return { exact: normalizeFragment(text.slice(s, e)), prefix, suffix, start: s, end: e };
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/**
 * 1 − edits/length. A stored context shorter than 32 characters means the article's edge was
 * there, so it is compared with a full 32 characters of the candidate's surroundings: text
 * that has gained material before it no longer looks like the start of the article.
 */
function similarity(stored: string, actual: string): number {
  const length = Math.max(stored.length, actual.length);
  return length === 0 ? 1 : Math.max(0, 1 - editDistance(stored, actual) / length);
}

interface Candidate {
  start: number;
  end: number;
  /** Similarity of the text itself. */
  quality: number;
  prefix: number;
  suffix: number;
  nearness: number;
}

function candidate(view: AnchorText, target: TextTarget, hint: number, start: number, end: number, errors: number): Candidate {
  const text = view.text;
  return {
    start,
    end,
    quality: Math.max(0, 1 - errors / target.exact.length),
    prefix: similarity(target.prefix, text.slice(Math.max(0, start - CONTEXT_LENGTH), start)),
    suffix: similarity(target.suffix, text.slice(end, end + CONTEXT_LENGTH)),
    nearness: text.length === 0 ? 1 : 1 - Math.abs(start - hint) / text.length,
  };
}

/** The weighting of the design note: the text counts most, then its context, then closeness. */
export function candidateScore(c: Pick<Candidate, 'quality' | 'prefix' | 'suffix' | 'nearness'>): number {
  return (50 * c.quality + 20 * c.prefix + 20 * c.suffix + 2 * c.nearness) / 92;
}

function best(cands: readonly Candidate[]): Candidate | undefined {
  let top: Candidate | undefined;
  let topScore = -1;
  for (const c of cands) {
    const s = candidateScore(c);
    if (s > topScore || (s === topScore && top && c.nearness > top.nearness)) {
      top = c;
      topScore = s;
    }
  }
  return top;
}

function exactCopies(view: AnchorText, target: TextTarget, hint: number): Candidate[] {
  const positions: number[] = [];
  for (let i = view.text.indexOf(target.exact); i >= 0; i = view.text.indexOf(target.exact, i + 1)) positions.push(i);
  if (positions.length > MAX_SCORED_COPIES) positions.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).length = MAX_SCORED_COPIES;
  return positions.map((p) => candidate(view, target, hint, p, p + target.exact.length, 0));
}

function result(view: AnchorText, status: 'moved' | 'fuzzy', c: Candidate): AnchorResult {
  return { status, start: view.rawStart(c.start), end: view.rawEnd(c.end), score: candidateScore(c) };
}

const EXACT = (target: TextTarget): AnchorResult => ({ status: 'exact', start: target.start, end: target.end, score: 1 });

/**
 * Whether the annotated text is still at the stored offsets, in its context. The context matters
 * for short texts: a one-word note must not stay "exact" on the same word that edits around it
 * happened to bring to the same offset.
 */
function stillThere(text: string, target: TextTarget): boolean {
  if (target.start < 0 || target.end > text.length || target.start >= target.end) return false;
  const here = text.slice(target.start, target.end);
  if (here !== target.exact && normalizeFragment(here) !== target.exact) return false;
  if (target.exact.length >= DISTINCTIVE_LENGTH) return true;
  const now = captureTarget(text, target.start, target.end);
  return (similarity(target.prefix, now.prefix) + similarity(target.suffix, now.suffix)) / 2 >= MIN_MOVED_CONTEXT;
}

/**
 * Finds `target` in the current article text. Pass a prepared text when anchoring many
 * annotations to one article. Offsets in the result are UTF-16 offsets of the stored text.
 */
export function reanchor(target: TextTarget, article: string | AnchorText): AnchorResult {
  const raw = typeof article === 'string' ? article : article.raw;
  if (stillThere(raw, target)) return EXACT(target);
  const orphan: AnchorResult = { status: 'orphan', start: target.start, end: target.end, score: 0 };
  if (target.exact.length === 0) return orphan;
  const view = typeof article === 'string' ? prepareText(article) : article;
  const hint = view.fromRaw(target.start);

  const copies = exactCopies(view, target, hint);
  const copy = best(copies);
  if (copy && ((copy.prefix + copy.suffix) / 2 >= MIN_MOVED_CONTEXT || target.exact.length >= DISTINCTIVE_LENGTH)) return result(view, 'moved', copy);

  const maxErrors = Math.floor(target.exact.length * (1 - MIN_FUZZY_QUALITY));
  const acceptable = (c: Candidate | undefined): c is Candidate => c !== undefined && c.quality >= MIN_FUZZY_QUALITY && candidateScore(c) >= MIN_FUZZY_SCORE;
  const similarIn = (lo: number, hi: number): Candidate[] => {
    if (maxErrors === 0) return [];
    const found = approximateMatches(target.exact, view.text.slice(lo, hi), maxErrors, hint - lo);
    return found.map((m) => candidate(view, target, hint, m.start + lo, m.end + lo, m.errors));
  };
  // Text edited where it stands is the common case: look near the old place before scanning it all.
  const reach = 4 * target.exact.length + LOCAL_REACH;
  const lo = Math.max(0, hint - reach);
  const hi = Math.min(view.text.length, hint + reach);
  const near = best([...copies, ...similarIn(lo, hi)]);
  if (acceptable(near)) return result(view, 'fuzzy', near);
  if (lo === 0 && hi === view.text.length) return orphan;
  const anywhere = best([...copies, ...similarIn(0, view.text.length)]);
  return acceptable(anywhere) ? result(view, 'fuzzy', anywhere) : orphan;
}

/** Re-anchors many targets against one article, preparing it once. */
export function reanchorAll(targets: readonly TextTarget[], article: string): AnchorResult[] {
  let view: AnchorText | undefined;
  return targets.map((t) => (stillThere(article, t) ? EXACT(t) : reanchor(t, (view ??= prepareText(article)))));
}
