/**
 * The shapes of reviewer annotations, as stored in an article's sidecar file
 * (`<article>.annotations.yaml`) and as handed to the CLI and the extension.
 */

/** Where an annotation sits: the text itself and its surroundings, plus the offsets it had. */
export interface TextTarget {
  /** The annotated text, with `\n` line breaks and in Unicode NFC. Never empty. */
  exact: string;
  /** Up to 32 characters before it (normalised the same way); shorter at the start of the article. */
  prefix: string;
  /** Up to 32 characters after it. */
  suffix: string;
  /** UTF-16 offsets into the article as it was stored when the target was captured or last fixed. */
  start: number;
  end: number;
}

/**
 * exact: the text is still at the stored offsets.
 * moved: the same text was found elsewhere with matching context; safe to rewrite the offsets.
 * fuzzy: similar text was found above the minimum score; a reviewer must confirm it.
 * orphan: nothing acceptable was found; the annotation is kept and listed, never deleted.
 */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphan';

export interface AnchorResult {
  status: AnchorStatus;
  /** Current UTF-16 offsets; for an orphan, the last stored ones (not to be highlighted). */
  start: number;
  end: number;
  /** 0..1: 1 for exact; the weighted similarity for moved and fuzzy; 0 for an orphan. */
  score: number;
}

export interface Annotation {
  /** A UUID, unique within the file. */
  id: string;
  target: TextTarget;
  /** A verdict from the code book (`claimAnnotator.verdicts`), e.g. `misleading`. */
  verdict: string;
  /** Markdown. */
  note: string;
  tags: string[];
  /** Who made the annotated claim or quote, when the reviewer says. */
  speaker?: string;
  reviewer: string;
  /** ISO 8601 UTC timestamps (`2026-11-22T10:00:00Z`). */
  created: string;
  modified: string;
}

/** A position in a sidecar file, 1-based, for diagnostics and `file:line:column` messages. */
export interface SidecarError {
  line: number;
  column: number;
  message: string;
}

export interface Sidecar {
  version: number;
  /** The article's path relative to the sidecar's folder, with forward slashes. */
  article: string;
  annotations: Annotation[];
  /** A file written by a newer version of the format: shown, never rewritten. */
  readOnly: boolean;
}

/** The sidecar format version this code writes. */
export const SIDECAR_VERSION = 1;
