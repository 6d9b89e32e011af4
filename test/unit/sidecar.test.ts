import * as assert from 'node:assert/strict';
import { formatSidecarError, parseSidecar } from '../../src/core/annotations/sidecar';
import { addAnnotation, createSidecarDocument, deleteAnnotation, serializeSidecar, setAnnotations, updateAnnotation } from '../../src/core/annotations/sidecarEdit';
import { articlePathFor, checkArticleReference, sidecarPathFor } from '../../src/core/annotations/paths';
import { newAnnotationId, utcTimestamp } from '../../src/core/annotations/ids';
import type { Annotation } from '../../src/core/annotations/types';
import { readSpeakerCorrections, setSpeakerCorrection } from '../../src/core/speakerCorrections';
import { SAMPLE } from './sidecarSample';

function annotation(id: string, start: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    target: { exact: 'some text', prefix: 'before ', suffix: ' after', start, end: start + 9 },
    verdict: 'accurate',
    note: '',
    tags: [],
    reviewer: 'Bo Lind',
    created: '2026-11-22T11:00:00Z',
    modified: '2026-11-22T11:00:00Z',
    ...extra,
  };
}

const ID_A = '11111111-2222-4333-8444-555555555555';
const ID_B = '99999999-2222-4333-8444-555555555555';

function parsed(text: string) {
  const r = parseSidecar(text);
  if (!r.ok) assert.fail(r.errors.map((e) => formatSidecarError('sample', e)).join('\n'));
  return r;
}

function errorsOf(text: string) {
  const r = parseSidecar(text);
  assert.ok(!r.ok, 'expected the file to be rejected');
  return r.errors;
}

describe('sidecar files', () => {
  describe('reading', () => {
    it('reads the documented format', () => {
      const { sidecar } = parsed(SAMPLE);
      assert.equal(sidecar.version, 1);
      assert.equal(sidecar.article, 'lavrov.txt');
      assert.equal(sidecar.readOnly, false);
      assert.deepEqual(sidecar.annotations[0], {
        id: '0b6f3c0e-5d1a-4f0e-9a57-3f1e2c9d4a10',
        target: { exact: 'the annotated text', prefix: 'up to 32 characters before ', suffix: ' and up to 32 after', start: 1234, end: 1252 },
        verdict: 'misleading',
        note: 'Markdown text',
        tags: ['sanctions'],
        speaker: 'Sergey Lavrov',
        reviewer: 'Ana Ortiz',
        created: '2026-11-22T10:00:00Z',
        modified: '2026-11-22T10:05:00Z',
      });
      assert.equal(sidecar.annotations[1].verdict, 'false');
    });

    it('accepts a file with no annotations yet (as Set Speaker creates it)', () => {
      assert.deepEqual(parsed('version: 1\narticle: a.txt\n').sidecar.annotations, []);
      assert.deepEqual(parsed('version: 1\narticle: a.txt\nannotations:\n').sidecar.annotations, []);
    });

    it('reports a YAML syntax error at its line and column', () => {
      const [e] = errorsOf('version: 1\narticle: a.txt\nannotations:\n  - id: "x"y\n');
      assert.deepEqual([e.line, e.column], [4, 12]);
    });

    it('reports wrong types, bad ids, bad times and bad offsets where they are', () => {
      const text = SAMPLE.replace('start: 1234', 'start: "1234"').replace('id: 7d2a1f44-0c3b-4b8e-8f61-2a9e5b7c3d21', 'id: 42').replace('created: 2026-11-22T10:00:00Z\n    modified: 2026-11-22T10:00:00Z', 'created: yesterday\n    modified: 2026-11-22T10:00:00Z');
      const errors = errorsOf(text);
      const lines = text.split('\n');
      const lineOf = (needle: string): number => lines.findIndex((l) => l.includes(needle)) + 1;
      assert.deepEqual(
        errors.map((e) => [e.line, e.message.split(' ')[0]]),
        [
          [lineOf('start: "1234"'), '`target.start`'],
          [lineOf('id: 42'), '`id`'],
          [lineOf('created: yesterday'), '`created`'],
        ],
      );
      assert.equal(errors[0].column, 14);
      assert.match(formatSidecarError('x.annotations.yaml', errors[0]), /^x\.annotations\.yaml:12:14: `target\.start` must be a whole number/);
    });

    it('rejects negative offsets and an end before the start', () => {
      assert.match(errorsOf(SAMPLE.replace('start: 1234', 'start: -3'))[0].message, /whole number/);
      const [e] = errorsOf(SAMPLE.replace('end: 1252', 'end: 1200'));
      assert.match(e.message, /greater than/);
      assert.equal(e.line, 13);
    });

    it('rejects a duplicate id at the second occurrence', () => {
      const text = SAMPLE.replace('7d2a1f44-0c3b-4b8e-8f61-2a9e5b7c3d21', '0B6F3C0E-5d1a-4f0e-9a57-3f1e2c9d4a10');
      const [e] = errorsOf(text);
      assert.match(e.message, /duplicate id/);
      assert.equal(e.line, text.split('\n').findIndex((l) => l.includes('0B6F3C0E')) + 1);
    });

    it('rejects missing version, missing fields and a top level that is not a mapping', () => {
      assert.match(errorsOf('article: a.txt\n')[0].message, /version/);
      assert.match(errorsOf('- 1\n- 2\n')[0].message, /mapping/);
      assert.match(errorsOf(SAMPLE.replace('    verdict: misleading # from the code book\n', ''))[0].message, /needs `verdict`/);
      assert.match(errorsOf(SAMPLE.replace('annotations:\n  # the main claim', 'annotations: 3\nx:\n  # the main claim'))[0].message, /./);
    });

    it('refuses an alias bomb instead of expanding it', () => {
      const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
      for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g']]) levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
      const errors = errorsOf(`version: 1\narticle: a.txt\n${levels.join('\n')}\n`);
      assert.match(errors[0].message, /alias/i);
    });

    it('reads a newer version read-only, skipping entries it does not understand', () => {
      const text = SAMPLE.replace('version: 1', 'version: 2').replace('verdict: misleading # from the code book', 'verdict: { scale: 3 }');
      const r = parsed(text);
      assert.equal(r.sidecar.readOnly, true);
      assert.equal(r.sidecar.annotations.length, 1);
      assert.equal(r.warnings.length, 1);
    });
  });

  describe('writing', () => {
    it('rewrites an unchanged file byte for byte', () => {
      const once = serializeSidecar(parsed(SAMPLE).doc);
      assert.equal(once, SAMPLE.replace('desk: politics # unknown key, kept\n', '') + 'desk: politics # unknown key, kept\n');
      assert.equal(serializeSidecar(parsed(once).doc), once);
    });

    it('keeps comments, unknown keys and speaker corrections across add, update and delete', () => {
      const { doc, sidecar } = parsed(SAMPLE);
      addAnnotation(doc, annotation(ID_A, 1500, { note: 'New note' }));
      updateAnnotation(doc, { ...sidecar.annotations[0], verdict: 'false', modified: '2026-11-22T12:00:00Z' });
      deleteAnnotation(doc, sidecar.annotations[1].id);
      const out = serializeSidecar(doc);
      for (const kept of ['# Reviewer notes for lavrov.txt', '# the main claim', '# UUID', 'start: 1234 # UTF-16 offsets', '# from the code book', 'x-custom: keep me', 'desk: politics # unknown key, kept', 'speaker: Maria Zakharova']) {
        assert.ok(out.includes(kept), `lost: ${kept}\n${out}`);
      }
      assert.ok(out.includes('verdict: "false" # from the code book'));
      assert.ok(!out.includes('a second claim'));
      const back = parsed(out).sidecar;
      assert.deepEqual(back.annotations.map((a) => a.id), ['0b6f3c0e-5d1a-4f0e-9a57-3f1e2c9d4a10', ID_A]);
      assert.equal(back.annotations[1].note, 'New note');
    });

    it('changes only the lines of what changed', () => {
      const { doc, sidecar } = parsed(SAMPLE);
      updateAnnotation(doc, { ...sidecar.annotations[1], note: 'Checked against the ministry figures.' });
      const before = serializeSidecar(parsed(SAMPLE).doc).split('\n');
      const after = serializeSidecar(doc).split('\n');
      assert.equal(after.length, before.length);
      const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]));
      // The scalar is updated in place, so it keeps its quoting (and would keep its comment).
      assert.deepEqual(changed, [['    note: ""', '    note: "Checked against the ministry figures."']]);
    });

    it('is deterministic: the same annotations in any order give the same bytes, in text order', () => {
      const a = annotation(ID_A, 500, { tags: ['x', 'y'], speaker: 'Lavrov' });
      const b = annotation(ID_B, 100);
      const c = annotation('55555555-2222-4333-8444-555555555555', 100);
      const docs = [[a, b, c], [c, a, b], [b, c, a]].map((list) => {
        const doc = createSidecarDocument('lavrov.txt');
        for (const x of list) addAnnotation(doc, x);
        return serializeSidecar(doc);
      });
      assert.equal(docs[1], docs[0]);
      assert.equal(docs[2], docs[0]);
      const ids = parsed(docs[0]).sidecar.annotations.map((x) => x.id);
      assert.deepEqual(ids, [c.id, ID_B, ID_A]);
      assert.match(docs[0], /^version: 1\narticle: lavrov\.txt\nannotations:\n {2}- id: 55555555/);
      assert.match(docs[0], /\n {4}tags: \[ x, y \]\n {4}speaker: Lavrov\n {4}reviewer: Bo Lind\n/);
    });

    it('never wraps long strings and keeps whitespace in the target exact', () => {
      const long = 'A very long sentence that goes on. '.repeat(20);
      const doc = createSidecarDocument('a.txt');
      addAnnotation(doc, annotation(ID_A, 0, { target: { exact: ' two\nlines ', prefix: '', suffix: ' "quoted"', start: 0, end: 11 }, note: long }));
      const out = serializeSidecar(doc);
      assert.ok(out.split('\n').some((l) => l.includes(long.trim())), 'the note is on one line');
      assert.ok(out.includes('exact: " two\\nlines "'));
      assert.deepEqual(parsed(out).sidecar.annotations[0].target.exact, ' two\nlines ');
    });

    it('syncs a whole set into the document: adds, updates and deletes by id', () => {
      const { doc, sidecar } = parsed(SAMPLE);
      setAnnotations(doc, [{ ...sidecar.annotations[0], tags: ['sanctions', 'energy'] }, annotation(ID_A, 10)]);
      const back = parsed(serializeSidecar(doc)).sidecar;
      assert.deepEqual(back.annotations.map((a) => a.id), [ID_A, sidecar.annotations[0].id]);
      assert.deepEqual(back.annotations[1].tags, ['sanctions', 'energy']);
    });

    it('updating a missing id or deleting one reports false', () => {
      const doc = createSidecarDocument('a.txt');
      assert.equal(updateAnnotation(doc, annotation(ID_A, 0)), false);
      assert.equal(deleteAnnotation(doc, ID_A), false);
    });
  });

  describe('the speakers section (speaker corrections)', () => {
    it('survives annotation edits, and annotations survive speaker corrections', () => {
      const { doc } = parsed(SAMPLE);
      addAnnotation(doc, annotation(ID_A, 10));
      const withAnnotation = serializeSidecar(doc);
      const corrections = readSpeakerCorrections(withAnnotation);
      assert.ok(corrections.ok);
      assert.deepEqual(corrections.value.map((c) => c.speaker), ['Maria Zakharova']);

      const corrected = setSpeakerCorrection(withAnnotation, 'lavrov.txt', { quote: { start: 1, end: 5, exact: 'hi' }, speaker: 'Dmitry Peskov' });
      assert.ok(corrected.ok);
      const back = parsed(corrected.text);
      assert.equal(back.sidecar.annotations.length, 3);
      assert.equal(serializeSidecar(back.doc), corrected.text, 'what Set Speaker writes is already in our order');
    });

    it('reads a file that Set Speaker created', () => {
      const created = setSpeakerCorrection(undefined, 'a.txt', { quote: { start: 1, end: 5, exact: 'hi' }, speaker: 'X' });
      assert.ok(created.ok);
      const { doc, sidecar } = parsed(created.text);
      assert.equal(sidecar.article, 'a.txt');
      addAnnotation(doc, annotation(ID_A, 1));
      assert.match(serializeSidecar(doc), /^version: 1\narticle: a\.txt\nannotations:\n[\s\S]*\nspeakers:\n {2}- quote: \{ start: 1, end: 5, exact: "?hi"? \}\n {4}speaker: X\n$/);
    });
  });

  describe('paths and ids', () => {
    it('names the sidecar after its article', () => {
      assert.equal(sidecarPathFor('news/lavrov.txt'), 'news/lavrov.txt.annotations.yaml');
      assert.equal(articlePathFor('news/lavrov.txt.annotations.yaml'), 'news/lavrov.txt');
      assert.equal(articlePathFor('news/lavrov.txt'), undefined);
    });

    it('keeps the article reference inside the sidecar folder', () => {
      assert.deepEqual(checkArticleReference('lavrov.txt'), { ok: true, path: 'lavrov.txt' });
      assert.deepEqual(checkArticleReference('./sub/../a.txt'), { ok: true, path: 'a.txt' });
      for (const bad of ['../secret.txt', 'sub/../../x', '/etc/passwd', 'C:/Windows/win.ini', '..\\x', '', '.']) {
        assert.equal(checkArticleReference(bad).ok, false, bad);
      }
    });

    it('makes UUIDs from the injected generator or Web Crypto, and UTC times to the second', () => {
      assert.equal(newAnnotationId(() => ID_A), ID_A);
      assert.match(newAnnotationId(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.equal(utcTimestamp(new Date(Date.UTC(2026, 10, 22, 10, 5, 0, 123))), '2026-11-22T10:05:00Z');
    });
  });
});
