/** Reviewer annotations: the sidecar format, anchoring to changing text, merging. Pure; no I/O. */
export * from './types';
export { captureTarget, reanchor, reanchorAll, prepareText, candidateScore, CONTEXT_LENGTH, MIN_FUZZY_QUALITY, MIN_FUZZY_SCORE, MIN_MOVED_CONTEXT, DISTINCTIVE_LENGTH } from './anchoring';
export type { AnchorText } from './anchoring';
export { applyEdit, applyEdits } from './liveEdit';
export { normalizeFragment, snapSpan } from './normalizedText';
export type { TextEdit } from './liveEdit';
export { parseSidecar, formatSidecarError, isUuid, isUtcTimestamp, MAX_ALIAS_COUNT, MAX_REPORTED_ERRORS, MAX_SIDECAR_CHARS } from './sidecar';
export type { SidecarParse } from './sidecar';
export { createSidecarDocument, addAnnotation, updateAnnotation, deleteAnnotation, setAnnotations, serializeSidecar } from './sidecarEdit';
export { sidecarPathFor, articlePathFor, isSidecarPath, checkArticleReference, SIDECAR_SUFFIX } from './paths';
export { mergeAnnotations } from './merge';
export type { MergeResult } from './merge';
export { newAnnotationId, utcTimestamp } from './ids';
export type { UuidGenerator } from './ids';
