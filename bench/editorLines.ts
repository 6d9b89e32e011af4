import type { TextChange } from '../src/core';
import { lineAndColumn, lineStarts } from '../src/core/lines';
import type { ArticleEdit } from '../src/extension/index/articleEdits';

/**
 * The editor's own model of the document, as VS Code's extension host keeps one: its lines, each
 * a string of its own, and where each starts. The editor never holds the text as one string; the
 * extension does, building it from the previous one and the change (applyTextChange). So the
 * bench never reads that string itself: a 2 MB string made by joining pieces is copied into one
 * piece (4 MB for two-byte text) the first time anything reads it, and that is the extension's
 * time, not the editor's.
 */
export class EditorLines {
  private readonly lines: string[];
  readonly starts: number[];

  constructor(text: string) {
    this.lines = text.split('\n');
    this.starts = lineStarts(text);
  }

  /** 0-based line and character, as the editor's document model counts them. */
  positionAt(offset: number): { line: number; character: number } {
    const { line, column } = lineAndColumn(this.starts, offset);
    return { line: line - 1, character: column - 1 };
  }

  /** Applies a change; gives the edit as the extension's change handler reads it from the event. */
  apply(change: TextChange): ArticleEdit {
    const from = this.positionAt(change.start);
    const to = this.positionAt(change.end);
    const joined = this.lines[from.line].slice(0, from.character) + change.text + this.lines[to.line].slice(to.character);
    const replacement = joined.split('\n');
    this.lines.splice(from.line, to.line - from.line + 1, ...replacement);
    // in place, as the editor's own prefix sums are (no array per keystroke)
    const lineDelta = replacement.length - 1 - (to.line - from.line);
    if (lineDelta !== 0) this.starts.splice(from.line + 1, to.line - from.line, ...replacement.slice(1).map(() => 0));
    sumLengths(this.starts, this.lines, from.line + 1);
    return { change, lineDelta, endLine: to.line };
  }
}

/**
 * The line starts from line `from` on. A function of its own: V8 compiles the long loop while it
 * runs, before the code after it in the same function has ever run, and that code, reached with
 * no type feedback, then threw the compiled loop away: on every edit, in two runs of three (200
 * deoptimisations in 200 edits, each compiled again beside the edits the bench times).
 */
function sumLengths(starts: number[], lines: readonly string[], from: number): void {
  for (let i = from; i < lines.length; i++) starts[i] = starts[i - 1] + lines[i - 1].length + 1;
}
