import * as vscode from 'vscode';
import type { Span } from '../../core';
import { CONFIG_SECTION, Settings } from '../constants';
import type { ArticleEdit } from '../index/articleEdits';
import type { Article, ArticleIndex } from '../index/articleIndex';
import { ALL_KINDS, createDecorationTypes, createRulerTypes, inTextOrder, marksRuler, type HighlightKind } from './decorationStyles';
import { repaintAround, type PaintedSource } from './editedRanges';
import { highlightSpans } from './highlightRanges';
import { currentRanges, paintedRanges, rangesOnLines, type PaintedRanges } from './paintedRanges';

/** What one document was last painted with. */
export interface Painted {
  version: number;
  source: PaintedSource;
  /** In the order of ALL_KINDS. */
  kinds: PaintedRanges[];
  ranges: Map<HighlightKind, PaintedRanges>;
  /**
   * After a keystroke repainted around itself: which kinds (in the order of ALL_KINDS) have a
   * range that is not the one painted before. Undefined when all were painted anew.
   */
  changed?: readonly boolean[];
}

/** Lines of an editor whose ranges were last sent to it (a long article's, see WINDOWED_ABOVE). */
export interface LineWindow {
  first: number;
  last: number;
}

/** What the editor of a long article was last sent: the lines whose ranges it got, and per kind (in the order of ALL_KINDS) the ruler marks, as the first line of each. */
export interface Sent {
  window: LineWindow;
  marks: readonly (readonly number[] | undefined)[];
}

/** What an editor shows: for a long article's, which lines, and how many it has. */
export interface View {
  shown: LineWindow;
  lineCount: number;
}

/**
 * Past this many ranges in one article, an editor is sent only those near the lines it shows: each
 * setDecorations call hands over every range it is given, and VS Code converts them all and sends
 * them to the window (a 2 MB report has over 20,000). The overview ruler then marks that stretch.
 */
const WINDOWED_ABOVE = 5000;
/** Lines beyond those shown, each way, whose ranges are sent too: scrolling within them sends nothing. */
const WINDOW_MARGIN = 300;
/** At most this many ruler marks per kind: the ruler is a few hundred pixels high. */
const RULER_MARKS = 300;

/**
 * Paints quotes, cues and claims in every visible article editor. Decoration types live as long
 * as the configuration; each refresh replaces all ranges of a type in one call, so nothing flickers.
 */
export class Highlighter implements vscode.Disposable {
  private types = createDecorationTypes();
  private rulerTypes = createRulerTypes();
  /** What was last applied per document: for the test accessor, to skip clearing untouched editors, and to reuse ranges. */
  private readonly applied = new Map<string, Painted>();
  /** Per editor of a long article, what it was last sent (absent: all ranges were). */
  private sent = new WeakMap<vscode.TextEditor, Sent>();

  constructor(private readonly index: ArticleIndex) {}

  get enabled(): boolean {
    return vscode.workspace.getConfiguration(CONFIG_SECTION).get<boolean>(Settings.highlightsEnabled, true);
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor);
  }

  /**
   * Paints one editor. After an edit of its article, the ranges of everything the edit did not
   * reach are reused rather than located again (a long article has tens of thousands of them).
   */
  refresh(editor: vscode.TextEditor, edited?: { version: number; edits: readonly ArticleEdit[] }): void {
    const document = editor.document;
    const key = document.uri.toString();
    const article = this.enabled ? this.index.get(document.uri) : undefined;
    if (!article) {
      if (this.applied.has(key)) {
        for (const type of this.types.values()) editor.setDecorations(type, []);
        if (this.sent.has(editor)) for (const type of this.rulerTypes.values()) editor.setDecorations(type, []);
        this.applied.delete(key);
      }
      this.sent.delete(editor);
      return;
    }
    // Offsets of an analysis made before the latest keystroke would land on the wrong text; the
    // editor shifts the current decorations itself until the new analysis arrives.
    if (!this.index.isCurrentFor(article, document)) return;
    const before = this.applied.get(key);
    const painted = paint(this.index, article, document, before, edited);
    const { sent, ranges, marks } = rangesToSend(painted, () => viewOf(editor), this.sent.get(editor));
    ALL_KINDS.forEach((kind, i) => {
      const type = this.types.get(kind);
      const list = ranges[i];
      if (type && list) editor.setDecorations(type, list);
      const ruler = this.rulerTypes.get(kind);
      if (ruler && marks[i]) editor.setDecorations(ruler, marks[i]);
    });
    if (sent) this.sent.set(editor, sent);
    else this.sent.delete(editor);
    this.applied.set(key, painted);
  }

  /** After an editor of a long article scrolled: sends the ranges near what it now shows, once it nears the edge of those sent. */
  scrolled(editor: vscode.TextEditor): void {
    const sent = this.sent.get(editor);
    const painted = this.applied.get(editor.document.uri.toString());
    // (a document painted for another version is painted again by the refresh its edit brings)
    if (!sent || !painted || painted.version !== editor.document.version) return;
    const window = windowAround(viewOf(editor).shown, sent.window);
    if (window.first === sent.window.first && window.last === sent.window.last) return;
    for (const kind of ALL_KINDS) {
      const type = this.types.get(kind);
      const ranges = painted.ranges.get(kind);
      if (type && ranges) editor.setDecorations(type, rangesOnLines(ranges, window.first, window.last, inTextOrder(kind)));
    }
    this.sent.set(editor, { ...sent, window });
  }

  /** Recreates the decoration types (after a configuration or theme change) and repaints. */
  restyle(): void {
    for (const type of [...this.types.values(), ...this.rulerTypes.values()]) type.dispose();
    this.types = createDecorationTypes();
    this.rulerTypes = createRulerTypes();
    // the new ruler types hold no marks yet: every editor is sent them again
    this.sent = new WeakMap();
    this.applied.clear();
    this.refreshAll();
  }

  /** The spans last painted in a document, per kind (empty kinds omitted). */
  appliedSpans(uri: vscode.Uri): Record<string, Span[]> {
    const painted = this.applied.get(uri.toString());
    const result: Record<string, Span[]> = {};
    for (const [kind, list] of painted?.ranges ?? []) if (list.spans.length) result[kind] = list.starts.map((start, i) => ({ start, end: list.ends[i] }));
    return result;
  }

  /** The ranges last painted in a document, per kind, in the order of `appliedSpans` (copies: the next repaint updates its lists in place). */
  appliedRanges(uri: vscode.Uri): Record<string, vscode.Range[]> {
    const painted = this.applied.get(uri.toString());
    const result: Record<string, vscode.Range[]> = {};
    for (const [kind, ranges] of painted?.ranges ?? []) if (ranges.ranges.length) result[kind] = currentRanges(ranges).slice();
    return result;
  }

  /** The lines whose ranges an editor of a long article was last sent; undefined when it was sent all of them. */
  sentLines(editor: vscode.TextEditor): Readonly<LineWindow> | undefined {
    return this.sent.get(editor)?.window;
  }

  forget(uri: vscode.Uri): void {
    this.applied.delete(uri.toString());
  }

  dispose(): void {
    for (const type of [...this.types.values(), ...this.rulerTypes.values()]) type.dispose();
  }
}

/** The lines an editor shows (the cursor's line while it shows none), and how many its document has. */
function viewOf(editor: vscode.TextEditor): View {
  const shown = editor.visibleRanges;
  const lineCount = editor.document.lineCount;
  if (!shown.length) return { shown: { first: editor.selection.active.line, last: editor.selection.active.line }, lineCount };
  return { shown: { first: Math.min(...shown.map((r) => r.start.line)), last: Math.max(...shown.map((r) => r.end.line)) }, lineCount };
}

/** The lines whose ranges an editor showing `shown` is sent: WINDOW_MARGIN each way, or those sent before while what it shows stays well inside them. */
function windowAround(shown: LineWindow, sent: LineWindow | undefined): LineWindow {
  if (sent && shown.first >= sent.first + (sent.first === 0 ? 0 : WINDOW_MARGIN / 2) && shown.last <= sent.last - WINDOW_MARGIN / 2) return sent;
  return { first: Math.max(0, shown.first - WINDOW_MARGIN), last: shown.last + WINDOW_MARGIN };
}

/**
 * What a refresh hands an editor for each kind, in the order of ALL_KINDS (undefined: nothing),
 * and what a long article's editor has then been sent (undefined: all ranges). `view` is asked only
 * of a long article's editor. A kind none of whose ranges changed is not sent again: its ranges lie
 * on lines the keystroke did not touch (and it added or removed none), where the editor holds them
 * as they were set. Each call hands the editor every range it is given, and a long article has
 * thousands of each kind. The editor of a long article also gets the ruler marks of each kind
 * (`marks`, for the ruler types), sent again only when they moved.
 */
export function rangesToSend(painted: Painted, view: () => View, sent: Sent | undefined): { sent: Sent | undefined; ranges: (vscode.Range[] | undefined)[]; marks: (vscode.Range[] | undefined)[] } {
  const windowed = rangeCount(painted) > WINDOWED_ABOVE ? view() : undefined;
  const window = windowed && windowAround(windowed.shown, sent?.window);
  const sameWindow = window === undefined ? sent === undefined : sent !== undefined && sent.window.first === window.first && sent.window.last === window.last;
  const ranges = ALL_KINDS.map((kind, i) => {
    const list = painted.ranges.get(kind);
    if (!list || (painted.changed && !painted.changed[i] && sameWindow)) return undefined;
    return window ? rangesOnLines(list, window.first, window.last, inTextOrder(kind)) : currentRanges(list);
  });
  if (!windowed || !window) return { sent: undefined, ranges, marks: ALL_KINDS.map((kind) => (sent && marksRuler(kind) ? [] : undefined)) };
  const stretch = Math.max(1, Math.ceil(windowed.lineCount / RULER_MARKS));
  const marks: (vscode.Range[] | undefined)[] = [];
  const firstLines = ALL_KINDS.map((kind, i) => {
    const list = painted.ranges.get(kind);
    const before = sent?.marks[i];
    const lines = !list || !marksRuler(kind) ? [] : before && painted.changed && !painted.changed[i] ? before : markedLines(list.lines, stretch);
    marks.push(before && sameNumbers(before, lines) ? undefined : lines.map((line) => markOn(line, stretch)));
    return lines;
  });
  return { sent: { window, marks: firstLines }, ranges, marks };
}

/** Ruler marks made, by stretch length and first line: a line break sends most of them again. */
const markCache = new Map<number, Map<number, vscode.Range>>();

function markOn(line: number, stretch: number): vscode.Range {
  let made = markCache.get(stretch);
  if (!made) {
    // a document of another length: the marks of the last one are dropped
    if (markCache.size > 4) markCache.clear();
    made = new Map();
    markCache.set(stretch, made);
  }
  let mark = made.get(line);
  if (!mark) made.set(line, (mark = new vscode.Range(line, 0, line + stretch - 1, 0)));
  return mark;
}

/**
 * The first line of each stretch of `stretch` lines in which a range starts, in order. The ruler
 * kinds' lists (quotes, claims) run in text order, so each stretch comes up in one run.
 */
function markedLines(lines: readonly number[], stretch: number): number[] {
  const out: number[] = [];
  let last = -1;
  for (const line of lines) {
    const at = line - (line % stretch);
    if (at !== last) out.push((last = at));
  }
  return out;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function rangeCount(painted: Painted): number {
  let n = 0;
  for (const list of painted.kinds) n += list.ranges.length;
  return n;
}

/**
 * Spans and ranges of one article in one document. After one edit analysed around itself, only
 * what the engine read again is listed and located (`before` is updated in place then, and must
 * not be used again); otherwise ranges painted for the previous version are reused when exactly
 * one single-change edit lies between, or when the version is the same.
 */
export function paint(index: ArticleIndex, article: Article, document: vscode.TextDocument | { version: number; positionAt(offset: number): { line: number; character: number } }, before?: Painted, edited?: { version: number; edits: readonly ArticleEdit[] }): Painted {
  let edit: ArticleEdit | undefined;
  if (before && edited?.edits.length === 1 && before.version === edited.version - 1) {
    edit = edited.edits[0];
    const repainted = repaintAround(index, article, document, before.source, before.kinds, edit);
    if (repainted) return { version: document.version, source: repainted.source, kinds: repainted.kinds, changed: repainted.changed, ranges: new Map(ALL_KINDS.map((kind, i) => [kind, repainted.kinds[i]])) };
  }
  // Same text as painted: every range stands (an edit past the end moves nothing).
  else if (before && before.version === document.version) edit = { change: { start: Infinity, end: Infinity, text: '' }, lineDelta: 0, endLine: Infinity };
  const { kinds: lists, ...source } = highlightSpans(index, article);
  const kinds = lists.map((list, i) => paintedRanges(list, document, edit && before?.kinds[i], edit));
  return { version: document.version, source, kinds, ranges: new Map(ALL_KINDS.map((kind, i) => [kind, kinds[i]])) };
}
