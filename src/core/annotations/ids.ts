/**
 * Annotation ids are random UUIDs (not counters) so that two reviewers adding notes to the same
 * file never collide in a merge. Core cannot import node's crypto, so the generator is injected or
 * taken from the Web Crypto global that both node ≥ 19 and the extension host provide.
 */

export type UuidGenerator = () => string;

interface CryptoLike {
  randomUUID?: () => string;
}

export function newAnnotationId(generate?: UuidGenerator): string {
  if (generate) return generate();
  const crypto = (globalThis as { crypto?: CryptoLike }).crypto;
  if (typeof crypto?.randomUUID !== 'function') throw new Error('no UUID generator: pass one to newAnnotationId');
  return crypto.randomUUID();
}

/** `2026-11-22T10:05:00Z`: UTC, to the second, as the sidecar format stores times. */
export function utcTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
