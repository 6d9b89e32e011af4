import { analyzeArticle, analyzeWithEntities, lineBreaksRead, linesReadAs, readLinesAs } from '../analyze';
import { countLineBreaks, readsWrapped, type LineBreaks } from '../paragraphs';
import { articleFormat } from '../articleGlobs';
import type { Entity } from '../entities';
import { extractMeta } from '../metadata';
import { speaksAsPerson, unchangingHints } from '../speakerList';
import { isQuoteMark } from '../quotes/scanner';
import type { AnalyzeOptions, ArticleAnalysis, ArticleMeta, Claim, Quote, Speaker, SpeakerHints } from '../types';
import { firstParagraphEndingAtOrAfter, lastParagraphStartingAtOrBefore, wholeUtterances } from './region';
import { itemsBetween, itemsIn, mergeRegion, placed, same, sameReadings, windowGroups, type Move } from './regionReadings';
import { ownCopy, prepareForSplicing, splice } from './splice';
import { EditedText, type ReadableText } from './editedText';
import { edgesOnly } from '../edgeLines';
import { applyTextChange, type TextChange } from './textChange';

export { applyTextChange, type TextChange } from './textChange';

export interface AnalyzedText {
  /** A string, or an EditedText (read in pieces: an edited 2 MB string would be copied whole when read). */
  text: ReadableText;
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

/**
 * Results of `analyzeEditDetailed`, `analyzeForEditing` and `editableCopy` that no edit was
 * analysed from yet. Every quote, cue, claim, paragraph and mention in one is its own object, so
 * the next edit may move them where they are.
 */
const unedited = new WeakSet<ArticleAnalysis>();

/**
 * `analyzeArticle` of a text about to be typed in: the first edit analysed from the result moves
 * its objects in place, as later edits do, instead of copying them all (a 2 MB article's first
 * keystroke copied tens of thousands of objects, 15–40 ms). The result is handed over to that
 * edit: afterwards it no longer matches its text. (A full analysis makes every object anew, so no
 * object stands in two lists; a unit test checks it.)
 */
export function analyzeForEditing(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const analysis = analyzeArticle(text, options);
  prepareForSplicing(analysis);
  unedited.add(analysis);
  return analysis;
}

/**
 * A copy of an analysis others still read, that the first edit analysed from it may move in
 * place: made when an article is opened, so that its first keystroke does not make it.
 */
export function editableCopy(analysis: ArticleAnalysis): ArticleAnalysis {
  const copy = ownCopy(analysis);
  const lines = linesReadAs(analysis);
  if (lines) readLinesAs(copy, lines, lineBreaksRead(analysis));
  prepareForSplicing(copy);
  unedited.add(copy);
  return copy;
}
/** Results an edit was analysed from: their objects past that edit were moved with it. */
const editedFrom = new WeakSet<ArticleAnalysis>();

/** Whether an edit was analysed from this result in place, moving its objects (else it copied them). */
export function handedOver(analysis: ArticleAnalysis): boolean {
  return editedFrom.has(analysis);
}

/**
 * The analysis of an article after one edit, re-analysing only the paragraphs the edit touches
 * (with a few paragraphs of context before them and one after) and shifting everything else.
 *
 * When `previous.analysis` is itself a result of this function, it is handed over: the objects
 * past the edit are moved in place and shared with the new result, so the earlier result no
 * longer matches its text (analysing another edit from it again costs a full analysis).
 */
export function analyzeEdit(previous: AnalyzedText, change: TextChange, options: AnalyzeOptions = {}): ArticleAnalysis {
  return analyzeEditDetailed(previous, change, options).analysis;
}

export function analyzeEditDetailed(previous: AnalyzedText, change: TextChange, options: AnalyzeOptions = {}): EditAnalysis {
  const full = (): EditAnalysis => ({ analysis: analyzeArticle(applyTextChange(previous.text.toString(), change), options), settled: true, path: 'full' });
  if (editedFrom.has(previous.analysis)) return full();
  const inPlace = unedited.has(previous.analysis);
  const format = options.format ?? (options.fileName ? articleFormat(options.fileName) : 'text');
  const paragraphs = previous.analysis.paragraphs;
  // Markdown's masking (front matter, code fences) reaches across paragraphs; only plain typing
  // in its prose is safe to analyse in pieces.
  if (format === 'markdown' && !isPlainProseEdit(previous.text, change)) return full();
  if (paragraphs.length === 0 || change.start < 0 || change.end > previous.text.length || change.start > change.end) return full();
  // Plain text read as hard-wrapped or not is read so in every window too. Only an edit at the
  // edge of a line can change which (see isHardWrapped), and only through the lines around it:
  // the counts are updated from those, and the whole text is read again when the reading flips.
  const decided = format === 'text' && options.lines === undefined;
  const breaksBefore = decided ? (lineBreaksRead(previous.analysis) ?? countLineBreaks(previous.text.toString())) : undefined;
  const lines = format === 'markdown' ? 'paragraphs' : (options.lines ?? linesReadAs(previous.analysis) ?? (breaksBefore && readsWrapped(breaksBefore) ? 'wrapped' : 'paragraphs'));
  const breaks = breaksBefore && atLineEdge(previous.text, change) ? breaksAfter(previous.text, change, breaksBefore) : breaksBefore;
  if (breaks && readsWrapped(breaks) !== (lines === 'wrapped')) return full();

  const last = paragraphs.length - 1;
  let first = lastParagraphStartingAtOrBefore(paragraphs, change.start);
  let end = firstParagraphEndingAtOrAfter(paragraphs, change.end);
  [first, end] = wholeUtterances(previous.analysis.quotes, first, end);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const step = readWindow({ previous, change, options, format, lines, first, end, inPlace });
    if (step.kind === 'done') {
      readLinesAs(step.analysis, lines, breaks);
      if (inPlace) {
        unedited.delete(previous.analysis);
        editedFrom.add(previous.analysis);
      }
      unedited.add(step.analysis);
      return { analysis: step.analysis, settled: step.settled, path: 'window' };
    }
    if (step.kind === 'give-up') break;
    // The paragraph before or after the region reads differently now (a cue on the next line, a
    // speaker carried into it, a quote continued): it joins the region.
    if (step.kind === 'grow-before') [first, end] = wholeUtterances(previous.analysis.quotes, Math.max(0, first - 1), end);
    else [first, end] = wholeUtterances(previous.analysis.quotes, first, Math.min(last, end + 1));
  }
  return full();
}

/**
 * The new window's reading behind each result. Typing runs in one place, so the next edit's old
 * window is often this one, read with the same hints: it need not be read again.
 */
const windowReadings = new WeakMap<ArticleAnalysis, { start: number; text: string; readWith: string; read: ReturnType<typeof analyzeWithEntities> }>();

type Step = { kind: 'done'; analysis: ArticleAnalysis; settled: boolean } | { kind: 'grow-before' | 'grow-after' | 'give-up' };

interface WindowRequest {
  previous: AnalyzedText;
  change: TextChange;
  options: AnalyzeOptions;
  format: 'text' | 'markdown';
  lines: 'paragraphs' | 'wrapped';
  /** Old paragraphs first..end form the region that is read again. */
  first: number;
  end: number;
  /** Whether the objects of the previous analysis may be moved in place (see `unedited`). */
  inPlace: boolean;
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
  const { hints, readWith } = windowHints(analysis.speakers, r.options.speakerHints, `${r.format}\u0001${r.lines}`);
  const windowOptions: AnalyzeOptions = { format: r.format, speakerHints: hints, lines: r.lines };
  const oldWindowText = text.slice(windowStart, windowEndOld);
  const known = windowReadings.get(analysis);
  const oldRead = known && known.start === windowStart && known.readWith === readWith && known.text === oldWindowText ? known.read : analyzeWithEntities(oldWindowText, windowOptions, false);
  // The new text is only ever needed around the edit: building all of it would copy the article.
  const newWindowText = text.slice(windowStart, change.start) + change.text + text.slice(change.end, windowEndOld);
  const newRead = analyzeWithEntities(newWindowText, windowOptions, false);
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
  const newRegion = itemsIn(newWindow, regionStart, regionEndNew);
  const merged = mergeRegion(previousRegion, itemsIn(oldWindow, regionStart, regionEndOld), newRegion, toNew, { start: change.start, end: change.end });
  const groupOf = windowGroups(analysis.quotes, newWindow, regionStart, regionEndNew, delta);
  const newParagraphs = newRegion.paragraphs;
  // Whether the article credited an echo anywhere, read before splicing changes its lists in place
  // (only needed when the region's quoted words changed, which few keystrokes do).
  const echoedWords = changesQuotedWords(previousRegion.quotes, merged.quotes) && analysis.quotes.some((q) => q.rule === ECHO_RULE);
  const spliced = splice(analysis, merged, newParagraphs, groupOf, newRead.analysis.speakers, { change, delta, regionStart, regionEndOld, first, oldParagraphCount: end - first + 1, inPlace: r.inPlace });
  const meta = metaMayChange(text, change, r.format) ? metaAfter(text, change, r.format) : analysis.meta;
  const settled =
    merged.settled &&
    !changesQuoteMarks(text, change) &&
    !echoedWords &&
    merged.windowGroupsLikeArticle &&
    capitalisedWords(text, regionStart, regionEndOld) === capitalisedWords(newWindowText, regionStart - windowStart, regionEndNew - windowStart) &&
    newParagraphs.length === end - first + 1 &&
    mentionsIn(oldRead.entities, regionStart - windowStart, regionEndOld - windowStart) === mentionsIn(newRead.entities, regionStart - windowStart, regionEndNew - windowStart) &&
    speakerNames(previousRegion.quotes, previousRegion.claims) === speakerNames(merged.quotes.map((m) => m.item), merged.claims.map((m) => m.item)) &&
    selfDescriptions(previousRegion.quotes) === selfDescriptions(merged.quotes.map((m) => m.item));
  // the splice's own object (what it kept is recorded against it)
  const result = spliced;
  result.meta = meta;
  windowReadings.set(result, { start: windowStart, text: newWindowText, readWith, read: newRead });
  return { kind: 'done', analysis: result, settled };
}

/**
 * The last window hints made, with what they were made from. Typing keeps the article's speakers:
 * the same names with the same alias lists (splice shares them), so the hints, their key and the
 * lookup built from them are made again only when a speaker comes, goes or is renamed.
 */
let lastHints: { speakers: readonly Speaker[]; user: SpeakerHints | undefined; format: string; hints: SpeakerHints; readWith: string } | undefined;

function windowHints(speakers: readonly Speaker[], user: SpeakerHints | undefined, format: string): { hints: SpeakerHints; readWith: string } {
  const last = lastHints;
  if (last && last.user === user && last.format === format && sameNamesAndAliases(last.speakers, speakers)) return last;
  const hints = unchangingHints(hintsFrom(speakers, user));
  lastHints = { speakers, user, format, hints, readWith: `${format}\u0001${JSON.stringify(hints)}` };
  return lastHints;
}

function sameNamesAndAliases(a: readonly Speaker[], b: readonly Speaker[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].name !== b[i].name || a[i].aliases !== b[i].aliases) return false;
  return true;
}

/** The full analysis' speakers as hints, so a surname in the window finds the full name given far above. */
function hintsFrom(speakers: readonly Speaker[], user?: SpeakerHints): SpeakerHints {
  const aliases: Record<string, string[]> = { ...(user?.aliases ?? {}) };
  // own keys only: a speaker may be called "constructor"
  for (const s of speakers) if (!Object.prototype.hasOwnProperty.call(aliases, s.name)) aliases[s.name] = s.aliases;
  return { aliases, roles: user?.roles };
}

/**
 * The counts of isHardWrapped after an edit, from those before: the pairs of lines from the one
 * before the edit's first line to the one after its last are counted again.
 */
function breaksAfter(text: ReadableText, change: TextChange, before: LineBreaks): LineBreaks {
  const lineStart = text.lastIndexOf('\n', change.start - 1) + 1;
  const from = lineStart <= 1 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
  const lineEnd = text.indexOf('\n', change.end);
  const next = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1);
  const to = next < 0 ? text.length : next;
  const was = countLineBreaks(text.slice(from, to));
  const now = countLineBreaks(text.slice(from, change.start) + change.text + text.slice(change.end, to));
  return { adjacent: before.adjacent - was.adjacent + now.adjacent, continued: before.continued - was.continued + now.continued };
}

/** How far from an edit a line's edge is looked for: a longer stretch is no edge of a line. */
const LINE_EDGE_REACH = 256;

/**
 * Whether the edit breaks or joins lines, or changes the first or last character of one other
 * than white space: what isHardWrapped reads.
 */
function atLineEdge(text: ReadableText, change: TextChange): boolean {
  if (change.text.includes('\n') || text.slice(change.start, change.end).includes('\n')) return true;
  const before = text.slice(Math.max(0, change.start - LINE_EDGE_REACH), change.start);
  const after = text.slice(change.end, Math.min(text.length, change.end + LINE_EDGE_REACH));
  return /(?:^|\n)\s*$/.test(before) || /^\s*(?:\n|$)/.test(after);
}

/** Characters that cannot open or close any Markdown construct the masker knows. */
function isPlainProseEdit(text: ReadableText, change: TextChange): boolean {
  const touched = change.text + text.slice(change.start, change.end);
  return !/[\n\r`~\-<>[\]()*_#|!:=+\\{}]/.test(touched);
}

/**
 * Metadata is read from an article's first and last lines (metadata.ts: 40 lines each way, the
 * end from its last 8,000 characters) and, in Markdown, from its first heading.
 */
function metaMayChange(text: ReadableText, change: TextChange, format: 'text' | 'markdown'): boolean {
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
 * The metadata after an edit near an article's top or bottom. Plain text is read from its edges
 * alone: joining a long article anew for them would copy all of it (4 MB for a 2 MB article).
 */
function metaAfter(text: ReadableText, change: TextChange, format: 'text' | 'markdown'): ArticleMeta {
  if (format === 'text') {
    const edges = edgesOnly((text instanceof EditedText ? text : EditedText.of(text.toString())).apply(change));
    if (edges !== undefined) return extractMeta(edges, format);
  }
  return extractMeta(applyTextChange(text.toString(), change), format);
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
function capitalisedWords(text: ReadableText, from: number, to: number): string {
  return (text.slice(from, to).match(/\p{Lu}[\p{L}\p{M}'\u2019.-]*/gu) ?? []).join(' ');
}

function speakerNames(quotes: readonly Quote[], claims: readonly Claim[]): string {
  return [...new Set([...quotes.map((q) => q.speaker), ...claims.map((c) => c.speaker)])].sort().join('|');
}

/**
 * Who in the region speaks of themselves in the first person: that makes a lone name a person in
 * the speakers' list (see buildSpeakers), whichever of their quotes it is in.
 */
function selfDescriptions(quotes: readonly Quote[]): string {
  return quotes.map((q) => (q.speaker !== null && speaksAsPerson(q) ? q.speaker : '')).join('\u0001');
}

/** A mark typed or deleted can open or close a quote that runs on into the next paragraphs. */
function changesQuoteMarks(text: ReadableText, change: TextChange): boolean {
  const touched = change.text + text.slice(change.start, change.end);
  for (const ch of touched) if (isQuoteMark(ch)) return true;
  return false;
}

/** The rule that credits a quote repeating the words of an attributed one, anywhere in the article. */
const ECHO_RULE = 'echo';

/** Whether the words of a quote in the region changed (a repeat of them elsewhere may no longer be one). */
function changesQuotedWords(before: readonly Quote[], after: readonly { item: Quote }[]): boolean {
  if (before.length !== after.length) return true;
  return before.some((q, i) => q.text !== after[i].item.text);
}
