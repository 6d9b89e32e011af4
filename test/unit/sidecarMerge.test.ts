import * as assert from 'node:assert/strict';
import { mergeAnnotations } from '../../src/core/annotations/merge';
import type { Annotation } from '../../src/core/annotations/types';

function note(id: string, start: number, modified: string, verdict = 'accurate'): Annotation {
  return {
    id,
    target: { exact: 'text', prefix: '', suffix: '', start, end: start + 4 },
    verdict,
    note: '',
    tags: [],
    reviewer: 'Ana Ortiz',
    created: '2026-11-22T09:00:00Z',
    modified,
  };
}

const A = 'aaaaaaaa-0000-4000-8000-000000000000';
const B = 'bbbbbbbb-0000-4000-8000-000000000000';
const C = 'cccccccc-0000-4000-8000-000000000000';

describe('merging annotations with the file on disk', () => {
  it('keeps the later edit of each id, from either side', () => {
    const local = [note(A, 10, '2026-11-22T10:00:00Z', 'false'), note(B, 20, '2026-11-22T09:00:00Z')];
    const disk = [note(A, 10, '2026-11-22T09:30:00Z', 'accurate'), note(B, 20, '2026-11-22T11:00:00Z', 'misleading')];
    const { annotations, fromDisk } = mergeAnnotations(local, disk);
    assert.deepEqual(annotations.map((a) => [a.id, a.verdict]), [[A, 'false'], [B, 'misleading']]);
    assert.deepEqual(fromDisk, [B]);
  });

  it('keeps annotations new on either side and drops only tombstoned ids', () => {
    const local = [note(A, 30, '2026-11-22T10:00:00Z')];
    const disk = [note(B, 5, '2026-11-22T10:00:00Z'), note(C, 50, '2026-11-22T10:00:00Z')];
    const { annotations } = mergeAnnotations(local, disk, new Set([C]));
    assert.deepEqual(annotations.map((a) => a.id), [B, A]);
  });

  it('prefers the disk copy on a tie and returns text order', () => {
    const local = [note(A, 40, '2026-11-22T10:00:00Z', 'false')];
    const disk = [note(A, 40, '2026-11-22T10:00:00Z', 'opinion'), note(B, 40, '2026-11-22T10:00:00Z')];
    const { annotations } = mergeAnnotations(local, disk);
    assert.deepEqual(annotations.map((a) => [a.id, a.verdict]), [[A, 'opinion'], [B, 'accurate']]);
  });

  it('does not change its inputs', () => {
    const local = [note(A, 1, '2026-11-22T10:00:00Z')];
    const disk = [note(A, 1, '2026-11-22T12:00:00Z', 'false')];
    const copy = JSON.stringify([local, disk]);
    mergeAnnotations(local, disk);
    assert.equal(JSON.stringify([local, disk]), copy);
  });
});
