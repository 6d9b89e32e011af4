import * as assert from 'node:assert/strict';
import { captureTarget } from '../../src/core/annotations/anchoring';
import type { Annotation } from '../../src/core/annotations/types';
import { anchorAll, anchorIn, recordsToWrite, shiftAnchors, type Anchor } from '../../src/extension/annotations/anchors';
import { TextPositions } from '../../src/extension/annotations/textPositions';

const TEXT = 'The mayor said the pier opens in May. The council disagreed about the cost.';
const ID = 'aaaaaaaa-0000-4000-8000-000000000000';

function annotation(text: string, exact: string): Annotation {
  const start = text.indexOf(exact);
  return { id: ID, target: captureTarget(text, start, start + exact.length), verdict: 'false', note: '', tags: [], reviewer: 'R', created: '2026-11-22T09:00:00Z', modified: '2026-11-22T09:00:00Z' };
}

describe('annotation anchors in the extension', () => {
  it('shifts with editor edits and loses a span whose text was deleted', () => {
    const record = annotation(TEXT, 'the pier opens in May');
    const anchors = new Map<string, Anchor>([[ID, { status: 'exact', start: record.target.start, end: record.target.end, score: 1 }]]);
    const records = new Map([[ID, record]]);
    assert.deepEqual(shiftAnchors(anchors, records, [{ start: 0, end: 0, newLength: 4 }]), []);
    assert.equal(anchors.get(ID)?.start, record.target.start + 4);
    const lost = shiftAnchors(anchors, records, [{ start: 0, end: TEXT.length + 4, newLength: 3 }]);
    assert.deepEqual(lost, [ID]);
    assert.equal(anchors.get(ID)?.status, 'orphan');
  });

  it('writes placed annotations with a target captured from the current text, and leaves fuzzy ones as stored', () => {
    const record = annotation(TEXT, 'the pier opens in May');
    const edited = `Breaking. ${TEXT}`;
    const placed: Anchor = { status: 'moved', start: record.target.start + 10, end: record.target.end + 10, score: 1 };
    const [written] = recordsToWrite([record], new Map([[ID, placed]]), edited);
    assert.equal(written.target.start, record.target.start + 10);
    assert.equal(written.target.exact, record.target.exact);
    assert.equal(written.modified, record.modified, 'moving with the text is not an edit of the note');
    const [kept] = recordsToWrite([record], new Map([[ID, { ...placed, status: 'fuzzy' }]]), edited);
    assert.equal(kept, record);
  });

  it('re-anchors with what the annotation covered in the editor when the stored text is gone', () => {
    const record = annotation(TEXT, 'the pier opens in May');
    // Rewritten inside the annotation in the editor and saved, with the sidecar not rewritten since.
    const saved = TEXT.replace('pier', 'jetty and its new marina');
    const covered = 'the jetty and its new marina opens in May';
    const live: Anchor = { status: 'exact', start: saved.indexOf(covered), end: saved.indexOf(covered) + covered.length, score: 1 };
    assert.equal(anchorIn(record, saved).status, 'orphan', 'the stored text alone is not found');
    const found = anchorIn(record, saved, undefined, { anchor: live, text: saved });
    assert.equal(found.status, 'moved');
    assert.equal(saved.slice(found.start, found.end), covered);
    // A fuzzy place is never promoted by what it covered: only the reviewer confirms it.
    assert.equal(anchorIn(record, saved, undefined, { anchor: { ...live, status: 'fuzzy' }, text: saved }).status, 'orphan');
    assert.equal(anchorAll([record], saved, { anchors: new Map([[ID, live]]), text: saved }).get(ID)?.status, 'moved');
    assert.equal(anchorIn(record, undefined).status, 'orphan');
  });

  it('finds line and character of offsets as VS Code counts lines', () => {
    const positions = new TextPositions('one\r\ntwo\nthree\rfour');
    assert.deepEqual(positions.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(positions.positionAt(5), { line: 1, character: 0 });
    assert.deepEqual(positions.positionAt(10), { line: 2, character: 1 });
    assert.deepEqual(positions.positionAt(15), { line: 3, character: 0 });
  });
});
