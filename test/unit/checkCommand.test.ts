import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/cli';
import { captureTarget } from '../../src/core/annotations/anchoring';
import { parseSidecar } from '../../src/core/annotations/sidecar';
import { addAnnotation, createSidecarDocument, serializeSidecar } from '../../src/core/annotations/sidecarEdit';

/** Runs the CLI in-process and keeps what it printed. */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const printed = { stdout: [] as string[], stderr: [] as string[] };
  const code = await runCli(argv, { stdout: (t) => printed.stdout.push(t), stderr: (t) => printed.stderr.push(t) });
  return { code, stdout: printed.stdout.join(''), stderr: printed.stderr.join('') };
}

const ORIGINAL = [
  'Ferry crews walked out on Tuesday.',
  'The union said 40 percent of sailings were cancelled.',
  '"We are not going back until the roster is fixed," said Ines Calder.',
  'The operator called the strike unlawful and costly.',
  'Talks resume on Friday.',
  '',
].join('\n');

const IDS = {
  exact: '10000000-0000-4000-8000-000000000001',
  moved: '20000000-0000-4000-8000-000000000002',
  fuzzy: '30000000-0000-4000-8000-000000000003',
  orphan: '40000000-0000-4000-8000-000000000004',
};

const PHRASES: [keyof typeof IDS, string][] = [
  ['exact', 'Ferry crews walked out'],
  ['moved', 'We are not going back until the roster is fixed'],
  ['fuzzy', '40 percent of sailings were cancelled'],
  ['orphan', 'called the strike unlawful and costly'],
];

/** The sidecar as the extension would write it, with a reviewer's comment on top. */
function sidecarFor(text: string): string {
  const doc = createSidecarDocument('strike.txt');
  for (const [kind, phrase] of PHRASES) {
    const at = text.indexOf(phrase);
    addAnnotation(doc, {
      id: IDS[kind],
      target: captureTarget(text, at, at + phrase.length),
      verdict: 'unverified',
      note: `note on ${kind}`,
      tags: [kind],
      reviewer: 'Ana Ortiz',
      created: '2026-11-22T10:00:00Z',
      modified: '2026-11-22T10:00:00Z',
    });
  }
  return '# desk review, do not remove\n' + serializeSidecar(doc);
}

/** The article edited outside the editor: a line inserted after the first, a figure corrected, a sentence cut. */
const EDITED = ORIGINAL.replace('Tuesday.\n', 'Tuesday.\nUPDATE: the operator has responded.\n')
  .replace('40 percent of sailings were cancelled', '40 per cent of sailings were cancelled')
  .replace('The operator called the strike unlawful and costly.\n', '');

describe('claim-annotator check', () => {
  let dir: string;
  let sidecar: string;
  const write = (rel: string, content: string): string => {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
    return full;
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-check-'));
    write('news/strike.txt', EDITED);
    sidecar = write('news/strike.txt.annotations.yaml', sidecarFor(ORIGINAL));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports exact, moved, fuzzy and orphan in the documented JSON shape, exit 1', async () => {
    const run = await cli('check', '--json', dir);
    assert.equal(run.code, 1, run.stderr);
    const out = JSON.parse(run.stdout) as { sidecars: { file: string; article: string; errors: unknown[]; annotations: { id: string; status: string; start: number | null; end: number | null }[] }[] };
    assert.equal(out.sidecars.length, 1);
    const [s] = out.sidecars;
    assert.deepEqual(Object.keys(s), ['file', 'article', 'errors', 'annotations']);
    assert.equal(s.file, `${dir}/news/strike.txt.annotations.yaml`);
    assert.equal(s.article, `${dir}/news/strike.txt`);
    assert.deepEqual(s.errors, []);
    const byId = new Map(s.annotations.map((a) => [a.id, a]));
    for (const a of s.annotations) assert.deepEqual(Object.keys(a), ['id', 'status', 'start', 'end']);
    for (const [kind, phrase] of PHRASES) {
      const a = byId.get(IDS[kind]);
      assert.equal(a?.status, kind, phrase);
      if (kind === 'orphan') assert.deepEqual([a.start, a.end], [null, null]);
      else if (kind === 'fuzzy') assert.equal(EDITED.slice(a.start ?? 0, a.end ?? 0), '40 per cent of sailings were cancelled');
      else assert.equal(EDITED.slice(a.start ?? 0, a.end ?? 0), phrase);
    }
  });

  it('prints a readable report', async () => {
    const run = await cli('check', dir);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /strike\.txt\.annotations\.yaml \(.*news\/strike\.txt\): 4 annotations: 1 exact, 1 moved, 1 fuzzy, 1 orphan\n/);
    assert.match(run.stdout, /\n {2}orphan {2}40000000-0000-4000-8000-000000000004 {2}was \d+-\d+ {2}"called the strike unlawful and costly"/);
    assert.match(run.stdout, /fuzzy {3}30000000-\S+ {2}\d+-\d+ → \d+-\d+ score 0\.\d\d/);
  });

  it('exit 0 when every annotation is exact or moved; an article named directly stands for its sidecar', async () => {
    write('news/strike.txt', 'A new first line.\n' + ORIGINAL);
    const run = await cli('check', '--json', path.join(dir, 'news', 'strike.txt'));
    assert.equal(run.code, 0, run.stderr);
    const statuses = (JSON.parse(run.stdout) as { sidecars: { annotations: { status: string }[] }[] }).sidecars[0].annotations.map((a) => a.status);
    assert.deepEqual(statuses, ['moved', 'moved', 'moved', 'moved']);
  });

  it('--fix rewrites only the moved annotation, keeps comments, and leaves no temporary file', async () => {
    const before = fs.readFileSync(sidecar, 'utf8');
    const run = await cli('check', '--fix', dir);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /fixed 1/);
    const after = fs.readFileSync(sidecar, 'utf8');
    assert.ok(after.startsWith('# desk review, do not remove\n'));
    const parsedBefore = parseSidecar(before);
    const parsedAfter = parseSidecar(after);
    assert.ok(parsedBefore.ok && parsedAfter.ok);
    const old = new Map(parsedBefore.sidecar.annotations.map((a) => [a.id, a]));
    for (const a of parsedAfter.sidecar.annotations) {
      const was = old.get(a.id);
      if (a.id === IDS.moved) {
        assert.notEqual(a.target.start, was?.target.start);
        assert.equal(EDITED.slice(a.target.start, a.target.end), a.target.exact);
        assert.deepEqual({ ...a, target: undefined }, { ...was, target: undefined }, 'only the target changes');
        assert.ok(EDITED.slice(0, a.target.start).endsWith(a.target.prefix));
      } else assert.deepEqual(a, was, `${a.id} untouched`);
    }
    // Only the moved annotation's offset and context lines differ.
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    assert.ok(changed.length > 0 && changed.length <= 4, changed.join('\n'));
    assert.ok(changed.every((l) => /^ {6}(prefix|suffix|start|end): /.test(l)), changed.join('\n'));
    assert.deepEqual(fs.readdirSync(path.join(dir, 'news')).sort(), ['strike.txt', 'strike.txt.annotations.yaml']);

    const again = await cli('check', '--json', dir);
    const statuses = (JSON.parse(again.stdout) as { sidecars: { annotations: { id: string; status: string }[] }[] }).sidecars[0].annotations;
    assert.equal(statuses.find((a) => a.id === IDS.moved)?.status, 'exact');
  });

  it('exit 2 for an invalid sidecar: file:line:column on stderr, the file untouched byte for byte', async () => {
    const broken = fs.readFileSync(sidecar, 'utf8').replace(/start: \d+/, 'start: soon');
    const bytes = Buffer.from(broken.replace(/\n/g, '\r\n'), 'utf8');
    fs.writeFileSync(sidecar, bytes);
    const mtime = fs.statSync(sidecar).mtimeMs;
    const run = await cli('check', '--fix', '--json', dir);
    assert.equal(run.code, 2);
    const line = broken.split('\n').findIndex((l) => l.includes('start: soon')) + 1;
    assert.match(run.stderr, new RegExp(`^${sidecar.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:14: \`target\\.start\` must be a whole number`, 'm'));
    const out = JSON.parse(run.stdout) as { sidecars: { errors: { line: number; column: number; message: string }[]; annotations: unknown[]; article: unknown }[] };
    assert.equal(out.sidecars[0].errors[0].line, line);
    assert.deepEqual(out.sidecars[0].annotations, []);
    assert.ok(fs.readFileSync(sidecar).equals(bytes), 'byte for byte');
    assert.equal(fs.statSync(sidecar).mtimeMs, mtime);
  });

  it('exit 2 and no read for an article outside the sidecar folder', async () => {
    write('secret.txt', ORIGINAL);
    for (const article of ['../secret.txt', path.join(dir, 'secret.txt')]) {
      write('news/strike.txt.annotations.yaml', sidecarFor(ORIGINAL).replace('article: strike.txt', `article: ${article}`));
      const run = await cli('check', '--json', path.join(dir, 'news'));
      assert.equal(run.code, 2, article);
      assert.match(run.stderr, /:3:10: `article` must (stay inside|be relative)/, run.stderr);
      assert.deepEqual((JSON.parse(run.stdout) as { sidecars: { annotations: unknown[] }[] }).sidecars[0].annotations, []);
    }
  });

  it('exit 2 for an article reached through a symbolic link that leads outside', async function () {
    write('secret.txt', ORIGINAL);
    fs.rmSync(path.join(dir, 'news', 'strike.txt'));
    try {
      fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 'news', 'strike.txt'));
    } catch {
      this.skip();
    }
    const run = await cli('check', dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /leads outside/);
  });

  it('exit 2 for a missing article or path, naming them', async () => {
    fs.rmSync(path.join(dir, 'news', 'strike.txt'));
    const run = await cli('check', dir, path.join(dir, 'nowhere'));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /nowhere: no such file or directory/);
    assert.match(run.stderr, /strike\.txt\.annotations\.yaml:3:10: article strike\.txt: no such file or directory/);
  });

  it('is listed in --help with its flags', async () => {
    const run = await cli('check', '--help');
    assert.equal(run.code, 0);
    for (const word of ['check [--json] [--fix] PATH...', '--fix', 'exact', 'moved', 'fuzzy', 'orphan', 'atomically']) assert.ok(run.stdout.includes(word), word);
    assert.ok((await cli('--help')).stdout.includes('check [--json] [--fix] PATH...'));
  });
});
