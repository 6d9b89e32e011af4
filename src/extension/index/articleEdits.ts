import type * as vscode from 'vscode';
import type { AnalyzeOptions, ArticleAnalysis, EditedText, TextChange } from '../../core';
import { engine } from '../engine/loadEngine';
import type { SpeakerCorrection, SpeakerDirectoryEntry } from '../../core/speakerCorrections';
import { withSpeakerKnowledge } from './indexAnalysis';

/** One change to an open article, with what it did to lines (for decorations that only move). */
export interface ArticleEdit {
  change: TextChange;
  /** Lines the change added (negative: removed). */
  lineDelta: number;
  /** The line, before the change, on which the replaced text ended. */
  endLine: number;
}

/** What an open article's analysis was made from: enough to analyse the next keystroke alone. */
export interface EditBasis {
  /** The document version the text is. */
  version: number;
  /** Kept in pieces: joining a long article's text anew on every keystroke would copy it each time. */
  text: EditedText;
  /** The engine's analysis, before the reviewer's corrections and the speaker directory. */
  raw: ArticleAnalysis;
  options: AnalyzeOptions;
  corrections: readonly SpeakerCorrection[];
  directory: readonly SpeakerDirectoryEntry[];
}

export interface EditOutcome {
  basis: EditBasis;
  analysis: ArticleAnalysis;
  /** False when paragraphs far from the edit may read differently: a full analysis should follow. */
  settled: boolean;
  edits: ArticleEdit[];
}

/** Past these, an event is a paste or a replace-all, which a full analysis handles as fast. */
const MAX_CHANGES = 8;
const MAX_CHANGED_CHARACTERS = 16 * 1024;

/**
 * The analysis after one document change event, paragraph by paragraph around each change;
 * undefined when the event does not follow the basis (a missed event) or is too large.
 */
export function analyzeDocumentChange(basis: EditBasis, event: vscode.TextDocumentChangeEvent): EditOutcome | undefined {
  if (basis.version !== event.document.version - 1 || event.contentChanges.length > MAX_CHANGES) return undefined;
  // Checked before the first change is analysed: that hands the basis' analysis over to the
  // engine (it moves its objects in place), so giving up half way would leave it wrong.
  if (event.contentChanges.some((c) => c.text.length + c.rangeLength > MAX_CHANGED_CHARACTERS)) return undefined;
  let { text, raw } = basis;
  let settled = true;
  const edits: ArticleEdit[] = [];
  // The changes of one event apply one after the other, each in the text the previous one left,
  // as the editor's own document applies them.
  for (const c of event.contentChanges) {
    const change: TextChange = { start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text };
    const result = engine().analyzeEditDetailed({ text, analysis: raw }, change, basis.options);
    raw = result.analysis;
    settled &&= result.settled;
    text = text.apply(change);
    edits.push({ change, lineDelta: lineBreaks(c.text) - (c.range.end.line - c.range.start.line), endLine: c.range.end.line });
  }
  const analysis = withSpeakerKnowledge(raw, basis.corrections, basis.directory);
  return { basis: { ...basis, version: event.document.version, text, raw }, analysis, settled, edits };
}

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Whether two analyses credit the same speakers, alike (the corpus index reads nothing else of an article but where their quotes are). */
export function sameSpeakerNames(a: Pick<ArticleAnalysis, 'speakers'>, b: Pick<ArticleAnalysis, 'speakers'>): boolean {
  // Read once: a packed article's view unpacks its speakers on every read.
  const as = a.speakers;
  const bs = b.speakers;
  if (as.length !== bs.length) return false;
  for (let i = 0; i < as.length; i++) {
    const x = as[i];
    const y = bs[i];
    if (x.name !== y.name || x.kind !== y.kind || x.role !== y.role || x.aliases.length !== y.aliases.length) return false;
    for (let k = 0; k < x.aliases.length; k++) if (x.aliases[k] !== y.aliases[k]) return false;
  }
  return true;
}
