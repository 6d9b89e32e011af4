import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { buildModel, EXPORT_FORMATS, exportAnnotations, type ExportFormat } from '../../src/core/export';
import { bundle, type Bundle } from './helpers/bundle';
import { cli, copyWorkspace, EXPORT_WORKSPACE, fixtureInputs } from './helpers/exportFixture';

/** What the core makes of the fixture with today's engine: the CLI must print exactly that. */
const expected = (format: ExportFormat): string => exportAnnotations(fixtureInputs(), format);

describe('claim-annotator export', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-export-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  describe('each format', () => {
    for (const format of EXPORT_FORMATS) {
      it(`--format ${format} prints the core export of the folder`, async () => {
        const run = await cli('export', '--format', format, '--root', EXPORT_WORKSPACE, EXPORT_WORKSPACE);
        assert.equal(run.stderr, '');
        assert.equal(run.code, 0);
        assert.equal(run.stdout, expected(format));
      });

      it(`--format ${format} --out FILE writes the same bytes and prints nothing`, async () => {
        const out = path.join(tmp, 'sub', `export.${format}`);
        const run = await cli('export', `--format=${format}`, '--out', out, '--root', EXPORT_WORKSPACE, EXPORT_WORKSPACE);
        assert.equal(run.code, 0, run.stderr);
        assert.equal(run.stdout, '');
        assert.ok(fs.readFileSync(out).equals(Buffer.from(expected(format), 'utf8')));
        assert.deepEqual(fs.readdirSync(path.dirname(out)), [`export.${format}`], 'no temporary file left');
      });
    }
  });

  it('paths are relative to the current folder by default, as with --root .', async () => {
    const cwd = process.cwd();
    process.chdir(EXPORT_WORKSPACE);
    try {
      const run = await cli('export', '--format', 'csv', 'news');
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /\r\nnews\/harbour-vote\.txt,/);
      assert.ok(!run.stdout.includes('desk/'));
    } finally {
      process.chdir(cwd);
    }
  });

  it('an article named directly exports its own sidecar', async () => {
    const run = await cli('export', '--format', 'json', '--root', EXPORT_WORKSPACE, path.join(EXPORT_WORKSPACE, 'desk', 'crlf-memo.txt'));
    assert.equal(run.code, 0, run.stderr);
    const doc = JSON.parse(run.stdout) as { total: number; articles: { path: string }[] };
    assert.deepEqual(doc.articles.map((a) => a.path), ['desk/crlf-memo.txt']);
    assert.equal(doc.total, 2);
  });

  describe('filters', () => {
    const ids = async (...flags: string[]): Promise<string[]> => {
      const run = await cli('export', '--format', 'json', ...flags, '--root', EXPORT_WORKSPACE, EXPORT_WORKSPACE);
      assert.equal(run.code, 0, run.stderr);
      return (JSON.parse(run.stdout) as { articles: { annotations: { id: string }[] }[] }).articles.flatMap((a) => a.annotations.map((x) => x.id.slice(-2)));
    };

    it('--speaker keeps the statements of one speaker, stored or found by the engine', async () => {
      // Which quotes the engine gives Whitfield may change with the engine; the filter must follow it.
      const whitfield = buildModel(fixtureInputs()).articles.flatMap((a) => a.entries.filter((e) => e.speaker === 'Dana Whitfield').map((e) => e.annotation.id.slice(-2)));
      assert.ok(whitfield.includes('07') && !whitfield.includes('06'), 'engine-found speaker in, a stored other speaker out');
      assert.deepEqual(await ids('--speaker', 'Dana Whitfield'), whitfield);
      assert.deepEqual(await ids('--speaker', '+CMD'), ['06']);
      assert.deepEqual(await ids('--speaker', 'olga brandt'), ['01']);
    });

    it('--verdict and --tag take repeated flags or commas', async () => {
      assert.deepEqual(await ids('--verdict', 'false,misleading'), await ids('--verdict', 'misleading', '--verdict', 'false'));
      assert.deepEqual(await ids('--verdict', 'false'), ['04', '06']);
      assert.deepEqual(await ids('--tag', 'ferries', '--verdict', 'misleading'), ['10']);
    });

    it('an empty result is still a valid document', async () => {
      const run = await cli('export', '--format', 'w3c', '--speaker', 'Nobody', '--root', EXPORT_WORKSPACE, EXPORT_WORKSPACE);
      assert.equal(run.code, 0);
      assert.equal((JSON.parse(run.stdout) as { total: number }).total, 0);
    });
  });

  describe('errors', () => {
    it('an invalid sidecar: exit 2, file:line:column: on stderr, nothing written (an existing file is untouched)', async () => {
      const ws = copyWorkspace(tmp);
      const sidecar = path.join(ws, 'news', 'hostile.md.annotations.yaml');
      fs.writeFileSync(sidecar, fs.readFileSync(sidecar, 'utf8').replace('verdict: opinion', 'verdict: [opinion'));
      const out = path.join(tmp, 'report.html');
      fs.writeFileSync(out, 'previous export');
      const run = await cli('export', '--format', 'html', '--out', out, '--root', ws, ws);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /news\/hostile\.md\.annotations\.yaml:\d+:\d+: /);
      assert.equal(fs.readFileSync(out, 'utf8'), 'previous export');
      assert.deepEqual(fs.readdirSync(tmp).sort(), ['report.html', 'workspace']);
    });

    it('a sidecar whose article leaves its folder is invalid, and the file outside is never read', async () => {
      const ws = copyWorkspace(tmp);
      fs.writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
      const sidecar = path.join(ws, 'news', 'harbour-vote.txt.annotations.yaml');
      fs.writeFileSync(sidecar, fs.readFileSync(sidecar, 'utf8').replace('article: harbour-vote.txt', 'article: ../../secret.txt'));
      const run = await cli('export', '--format', 'json', '--root', ws, ws);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /news\/harbour-vote\.txt\.annotations\.yaml:2:10: `article` must stay inside/);
    });

    it('a missing article: its annotations are left out with a message, the rest exported, exit 1', async () => {
      const ws = copyWorkspace(tmp);
      fs.rmSync(path.join(ws, 'desk', 'crlf-memo.txt'));
      const run = await cli('export', '--format', 'csv', '--root', ws, ws);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /crlf-memo\.txt\.annotations\.yaml: article crlf-memo\.txt: no such file or directory/);
      assert.ok(!run.stdout.includes('desk/') && run.stdout.includes('news/hostile.md'));
    });

    it('a missing or unknown --format, a repeated --out or a missing PATH is a usage error', async () => {
      for (const argv of [['export', EXPORT_WORKSPACE], ['export', '--format', 'pdf', EXPORT_WORKSPACE], ['export', '--format', 'csv', '--out', 'a', '--out', 'b', EXPORT_WORKSPACE], ['export', '--format', 'csv'], ['export', '--format'], ['export', '--format', 'csv', path.join(tmp, 'nothing-here')]]) {
        const run = await cli(...argv);
        assert.equal(run.code, 2, argv.join(' '));
        assert.equal(run.stdout, '');
        assert.ok(run.stderr.length > 0);
      }
    });
  });

  it('the argument parser takes values as `--flag VALUE` or `--flag=VALUE`, in order, and refuses a value on a boolean flag', () => {
    const specs = [{ name: 'out', value: 'FILE', description: '' }, { name: 'tag', value: 'T', description: '' }, { name: 'json', description: '' }];
    const parsed = parseArgs(['--out', 'a.csv', 'p1', '--tag=x', '--tag', '--json', '--json', '--', '--out'], specs);
    assert.deepEqual([...parsed.values], [['out', ['a.csv']], ['tag', ['x', '--json']]]);
    assert.deepEqual([...parsed.flags].sort(), ['json', 'out', 'tag']);
    assert.deepEqual(parsed.positionals, ['p1', '--out']);
    assert.throws(() => parseArgs(['--json=1'], specs), /takes no value/);
    assert.throws(() => parseArgs(['--out'], specs), /needs a value \(FILE\)/);
  });

  it('--help documents the command, its formats and options', async () => {
    const run = await cli('export', '--help');
    assert.equal(run.code, 0);
    for (const s of ['--format F', '--out FILE', '--speaker NAME', '--verdict V', '--tag T', '--root DIR', 'claimreview', 'formula', 'Exit codes']) assert.ok(run.stdout.includes(s), s);
    assert.match((await cli('--help')).stdout, /claim-annotator export --format/);
  });

  describe('the bundled binary', () => {
    let bin: Bundle;
    before(async () => {
      bin = await bundle('src/cli/main.ts');
    });
    after(() => bin.dispose());

    it('writes the CSV with its BOM to stdout, byte for byte', () => {
      const r = bin.run(['export', '--format', 'csv', '--root', EXPORT_WORKSPACE, EXPORT_WORKSPACE]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, expected('csv'));
    });

    for (const format of ['json', 'md', 'html', 'w3c', 'claimreview'] as const) {
      it(`writes ${format} to stdout, byte for byte`, () => {
        const r = bin.run(['export', '--format', format, '--root', EXPORT_WORKSPACE, EXPORT_WORKSPACE]);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stdout, expected(format));
      });
    }

    it('exits 2 on an invalid sidecar', () => {
      const ws = copyWorkspace(tmp);
      fs.writeFileSync(path.join(ws, 'bad.txt.annotations.yaml'), 'version: 1\narticle: bad.txt\nannotations:\n  - id: not-a-uuid\n');
      const r = bin.run(['export', '--format', 'json', '--root', ws, ws]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /\/bad\.txt\.annotations\.yaml:4:\d+: `id` must be a UUID$/m);
    });
  });
});
