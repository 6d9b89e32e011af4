import type * as vscode from 'vscode';
import type { Annotation, SidecarError } from '../../core/annotations';
import { orphanAnchor, type Anchor } from './anchors';
import { TextPositions } from './textPositions';

/** Why a sidecar cannot be written: it does not parse or validate, or a newer version wrote it. */
export type SidecarProblem = { kind: 'invalid'; errors: SidecarError[] } | { kind: 'newer'; version: number };

/** One annotation with where it is now. */
export interface PlacedAnnotation {
  readonly record: Annotation;
  readonly anchor: Anchor;
}

/**
 * What is known about one article's sidecar: the annotations held here (the truth while a write
 * is pending), the copy last read from or written to the file (to tell who changed what), and
 * where each annotation sits in the article's current text.
 */
export class SidecarEntry {
  records = new Map<string, Annotation>();
  /** The file's annotations as last read or written here. */
  base = new Map<string, Annotation>();
  /** Deleted here, not yet gone from the file. */
  readonly deleted = new Set<string>();
  anchors = new Map<string, Anchor>();
  /** SHA-256 of the sidecar text last read or written here; undefined while there is no file. */
  diskHash: string | undefined;
  problem: SidecarProblem | undefined;
  /** Why the sidecar file may not be replaced (a symbolic link), as found when it was last read. */
  refusal: string | undefined;
  /** Changes held here that could not be written yet (a refused write): retried with the next change. */
  unsaved = false;
  /** The open editor document of the article: its change events shift the anchors. */
  live: vscode.TextDocument | undefined;
  /** The article text the anchors refer to while it is not open; undefined when the article is missing. */
  snapshot: string | undefined;
  private positions: { text: string; map: TextPositions } | undefined;

  constructor(
    public article: vscode.Uri,
    public sidecar: vscode.Uri,
  ) {}

  get key(): string {
    return this.article.toString();
  }

  /** The text the anchors refer to right now. */
  currentText(): string | undefined {
    if (this.live && !this.live.isClosed) this.snapshot = this.live.getText();
    return this.snapshot;
  }

  anchorOf(id: string): Anchor {
    const record = this.records.get(id);
    return this.anchors.get(id) ?? (record ? orphanAnchor(record) : { status: 'orphan', start: 0, end: 0, score: 0 });
  }

  /** Annotations in text order (orphans by their stored offsets). */
  annotations(): PlacedAnnotation[] {
    return [...this.records.values()]
      .map((record) => ({ record, anchor: this.anchorOf(record.id) }))
      .sort((a, b) => a.anchor.start - b.anchor.start || (a.record.id < b.record.id ? -1 : 1));
  }

  /** Line/character of an offset in the current text, for ranges outside an open editor. */
  position(offset: number): { line: number; character: number } {
    if (this.live && !this.live.isClosed) return this.live.positionAt(offset);
    const text = this.snapshot ?? '';
    if (this.positions?.text !== text) this.positions = { text, map: new TextPositions(text) };
    return this.positions.map.positionAt(offset);
  }

  /** Why nothing may be written, in words for the reviewer; undefined when writing is fine. */
  readOnlyReason(): string | undefined {
    const name = this.sidecar.path.slice(this.sidecar.path.lastIndexOf('/') + 1);
    if (this.refusal) return `${this.refusal}. Its annotations are read-only here.`;
    if (this.problem?.kind === 'invalid') return `${name} has errors (see the Problems panel); its annotations are read-only until they are fixed, so that nothing in it is overwritten.`;
    if (this.problem?.kind === 'newer') return `${name} was written by a newer version of Claim Annotator (format ${this.problem.version}); it is shown read-only. Update the extension to change it.`;
    return undefined;
  }
}
