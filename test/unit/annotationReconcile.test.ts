import * as assert from 'node:assert/strict';
import { betterAnchor, reconcileWithDisk, sameAnnotation } from '../../src/core/annotations/reconcile';
import type { Annotation } from '../../src/core/annotations/types';

const FIELDS = { note: 'a note', tags: ['t'], reviewer: 'Ana Ortiz', created: '2026-11-22T09:00:00Z' };

function make(id: string, start: number, modified: string, verdict = 'accurate'): Annotation {
  return { ...FIELDS, id, verdict, modified, target: { exact: 'words', prefix: 'before ', suffix: ' after', start, end: start + 5 } };
}

const A = 'aaaaaaaa-0000-4000-8000-000000000000';
const B = 'bbbbbbbb-0000-4000-8000-000000000000';
const C = 'cccccccc-0000-4000-8000-000000000000';
const T0 = '2026-11-22T09:00:00Z';
const T1 = '2026-11-22T10:00:00Z';

describe('reconciling held annotations with the sidecar on disk', () => {
  it('drops a note deleted on disk when it was not changed here since it was read', () => {
    const base = new Map([[A, make(A, 0, T0)], [B, make(B, 10, T0)]]);
    const result = reconcileWithDisk([make(A, 0, T0), make(B, 10, T0)], base, [make(A, 0, T0)]);
    assert.deepEqual(result.annotations.map((a) => a.id), [A]);
    assert.deepEqual(result.removedOnDisk, [B]);
  });

  it('keeps a note deleted on disk that was changed here since: the change is newer than the deletion knew', () => {
    const base = new Map([[B, make(B, 10, T0)]]);
    const result = reconcileWithDisk([make(B, 10, T1, 'false')], base, []);
    assert.deepEqual(result.annotations.map((a) => [a.id, a.verdict]), [[B, 'false']]);
    assert.deepEqual(result.removedOnDisk, []);
  });

  it('adds notes new on disk, keeps notes new here, and leaves out ids deleted here', () => {
    const base = new Map([[A, make(A, 0, T0)]]);
    const result = reconcileWithDisk([make(A, 0, T0), make(C, 30, T1)], base, [make(A, 0, T0), make(B, 10, T0)], new Set([A]));
    assert.deepEqual(result.annotations.map((a) => a.id), [B, C]);
    assert.deepEqual(result.fromDisk, [B]);
  });

  it('compares annotations field by field, whatever the key order', () => {
    const a = make(A, 0, T0);
    const { modified, ...rest } = a;
    const reordered: Annotation = { modified, ...rest };
    assert.ok(sameAnnotation(a, reordered));
    assert.ok(!sameAnnotation(a, { ...a, tags: ['u'] }));
    assert.ok(!sameAnnotation(a, { ...a, target: { ...a.target, start: 1 } }));
  });

  it('prefers the more trustworthy anchoring: status first, then score', () => {
    const exact = { status: 'exact', start: 0, end: 5, score: 1 } as const;
    const fuzzy = { status: 'fuzzy', start: 1, end: 6, score: 0.9 } as const;
    const better = { status: 'fuzzy', start: 2, end: 7, score: 0.95 } as const;
    assert.equal(betterAnchor(fuzzy, exact), exact);
    assert.equal(betterAnchor(fuzzy, better), better);
    assert.equal(betterAnchor({ status: 'orphan', start: 0, end: 5, score: 0 }, fuzzy), fuzzy);
  });
});
