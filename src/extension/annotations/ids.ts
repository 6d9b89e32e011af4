/** Identifiers of the annotation feature shared with package.json; a typo would be a silent no-op. */

export const AnnotationCommands = {
  annotate: 'claimAnnotator.annotate',
  /** Comment thread reply box: adds the reply to the note (or creates the annotation on a new thread). */
  reply: 'claimAnnotator.annotation.reply',
  edit: 'claimAnnotator.annotation.edit',
  saveEdit: 'claimAnnotator.annotation.saveEdit',
  cancelEdit: 'claimAnnotator.annotation.cancelEdit',
  delete: 'claimAnnotator.annotation.delete',
  changeVerdict: 'claimAnnotator.annotation.changeVerdict',
  resolve: 'claimAnnotator.annotation.resolve',
  reopen: 'claimAnnotator.annotation.reopen',
  accept: 'claimAnnotator.annotation.accept',
  reattach: 'claimAnnotator.annotation.reattach',
  /** Internal: the Annotations view's items open their text (or, for orphans, their entry in the sidecar). */
  open: 'claimAnnotator.annotation.open',
  foldSidecars: 'claimAnnotator.foldSidecarFiles',
} as const;

export const ANNOTATIONS_VIEW = 'claimAnnotator.annotations';
export const COMMENT_CONTROLLER_ID = 'claimAnnotator';

export const AnnotationSettings = {
  verdicts: 'verdicts',
  reviewer: 'reviewer',
} as const;

export const DEFAULT_VERDICTS = ['unverified', 'accurate', 'mostly-accurate', 'misleading', 'false', 'unsupported', 'opinion'];

/**
 * Words of the `contextValue`s of threads, comments and view items; menus match them with
 * `=~ /\bword\b/` so that one item can carry several (writable, fuzzy, resolved...).
 */
export const ContextWords = {
  annotation: 'annotation',
  writable: 'writable',
  fuzzy: 'fuzzy',
  orphan: 'orphan',
  resolved: 'resolved',
  unresolved: 'unresolved',
  editing: 'editing',
  preview: 'preview',
} as const;
