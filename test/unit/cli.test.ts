import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/cli';
import { bundle, repoRoot, type Bundle } from './helpers/bundle';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** A throw-away folder of articles, with things the walker must skip. */
function makeWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-cli-'));
  const write = (rel: string, content: string | Uint8Array): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  };
  write('b.txt', 'Second article\n\n"We will see," she said.\n');
  write('a.txt', 'First article\nBy Jane Doe\nPublished: March 3, 2024\n\nBody.\n');
  write('sub/c.md', '---\ntitle: Markdown article\noutlet: The Ledger\n---\n\n# Heading\n\nText with `"code"`.\n');
  write('node_modules/pkg/readme.md', '# not an article\n');
  write('.git/notes.txt', 'not an article\n');
  write('a.annotations.yaml', 'annotations: []\n');
  write('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  return dir;
}

function parseJson(run: Run): { articles: Record<string, unknown>[] } {
  return JSON.parse(run.stdout) as { articles: Record<string, unknown>[] };
}

describe('claim-annotator CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeWorkspace();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('analyze --json', () => {
    it('walks a folder: article globs, sorted, paths joined with forward slashes', async () => {
      const run = await cli('analyze', '--json', dir);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, '');
      const files = parseJson(run).articles.map((a) => a.file);
      assert.deepEqual(files, [`${dir}/a.txt`, `${dir}/b.txt`, `${dir}/sub/c.md`]);
    });

    it('keeps a file path exactly as given', async () => {
      const given = path.join(dir, 'sub', 'c.md');
      const run = await cli('analyze', given, '--json');
      assert.deepEqual(parseJson(run).articles.map((a) => a.file), [given]);
    });

    it('prints one JSON object of the documented shape', async () => {
      const run = await cli('analyze', '--json', dir);
      const { articles } = parseJson(run);
      for (const a of articles) {
        assert.deepEqual(Object.keys(a), ['file', 'title', 'meta', 'quotes', 'claims', 'speakers']);
        assert.equal(typeof a.title, 'string');
        for (const list of ['quotes', 'claims', 'speakers']) assert.ok(Array.isArray(a[list]), list);
      }
      assert.deepEqual(articles[0].meta, { title: 'First article', author: 'Jane Doe', date: '2024-03-03' });
      assert.deepEqual(articles[2].meta, { title: 'Markdown article', outlet: 'The Ledger' });
      assert.equal(articles[2].title, 'Markdown article');
    });

    it('gives every quote, claim and speaker the documented fields', async () => {
      const run = await cli('analyze', '--json', path.join(repoRoot, 'samples'));
      for (const a of parseJson(run).articles) {
        for (const q of a.quotes as Record<string, unknown>[]) {
          for (const k of ['start', 'end', 'text', 'speaker', 'kind', 'confidence']) assert.ok(k in q, `quote.${k}`);
          // Only the documented Quote fields: engine working state must not leak into the contract.
          const documented = ['start', 'end', 'text', 'speaker', 'kind', 'confidence', 'openMark', 'closeMark', 'cue', 'rule', 'group', 'paragraph', 'depth'];
          assert.deepEqual(Object.keys(q).filter((k) => !documented.includes(k)), []);
        }
        for (const c of a.claims as Record<string, unknown>[]) {
          assert.deepEqual(Object.keys(c).sort(), ['end', 'kind', 'score', 'signals', 'speaker', 'start', 'text']);
        }
        for (const s of a.speakers as Record<string, unknown>[]) {
          assert.deepEqual(Object.keys(s).sort(), ['aliases', 'claims', 'kind', 'name', 'quotes', 'role']);
        }
      }
    });
  });

  describe('bad input files', () => {
    it('reports a missing file on stderr, exits 1 and still processes the others', async () => {
      const missing = path.join(dir, 'missing.txt');
      const run = await cli('analyze', '--json', missing, path.join(dir, 'a.txt'));
      assert.equal(run.code, 1);
      assert.equal(run.stderr.trim().split('\n').length, 1);
      assert.match(run.stderr, /missing\.txt: no such file or directory/);
      assert.deepEqual(parseJson(run).articles.map((a) => a.file), [path.join(dir, 'a.txt')]);
    });

    it('skips a binary file (NUL bytes) with one stderr line', async () => {
      fs.writeFileSync(path.join(dir, 'binary.txt'), new Uint8Array([0x41, 0x00, 0x42]));
      const run = await cli('analyze', '--json', dir);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /binary\.txt: binary file/);
      assert.equal(parseJson(run).articles.length, 3);
    });

    it('skips a file that is not UTF-8', async () => {
      fs.writeFileSync(path.join(dir, 'latin1.txt'), new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
      const run = await cli('analyze', path.join(dir, 'latin1.txt'));
      assert.equal(run.code, 1);
      assert.match(run.stderr, /latin1\.txt: not valid UTF-8/);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    });

    it('keeps a BOM so offsets match the file as stored', async () => {
      fs.writeFileSync(path.join(dir, 'bom.txt'), '\uFEFFTitle\n');
      const run = await cli('analyze', '--json', path.join(dir, 'bom.txt'));
      assert.equal(parseJson(run).articles[0].title, 'Title');
    });
  });

  describe('text report', () => {
    it('prints a section per article with title and metadata', async () => {
      const run = await cli('analyze', dir);
      assert.equal(run.code, 0);
      assert.match(run.stdout, new RegExp(`^== ${escapeRegExp(dir)}/a\\.txt\\nTitle: First article\\nAuthor: Jane Doe\\nDate: 2024-03-03\\n`));
      assert.match(run.stdout, /== .*sub\/c\.md\nTitle: Markdown article\nOutlet: The Ledger\n/);
    });
  });

  describe('usage', () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      it(`${argv.join(' ')} documents every command and option`, async () => {
        const run = await cli(...argv);
        assert.equal(run.code, 0);
        for (const word of ['analyze', '--json', '--help', '--version', 'help [COMMAND]', 'Exit codes']) assert.ok(run.stdout.includes(word), word);
      });
    }

    it('analyze --help and help analyze describe the command', async () => {
      for (const argv of [['analyze', '--help'], ['help', 'analyze']]) {
        const run = await cli(...argv);
        assert.equal(run.code, 0);
        assert.match(run.stdout, /analyze \[--json\] PATH/);
      }
    });

    it('--version prints the package version', async () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
      assert.deepEqual(await cli('--version'), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    });

    const bad: [string, string[], RegExp][] = [
      ['an unknown option', ['analyze', '--frobnicate', 'x.txt'], /unknown option '--frobnicate'/],
      ['an unknown top-level option', ['--frobnicate'], /unknown option/],
      ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
      ['no command', [], /no command/],
      ['analyze without a path', ['analyze', '--json'], /no PATH/],
      ['help for an unknown command', ['help', 'nope'], /unknown command 'nope'/],
    ];
    for (const [what, argv, message] of bad) {
      it(`exits 2 with a usage message for ${what}`, async () => {
        const run = await cli(...argv);
        assert.equal(run.code, 2);
        assert.equal(run.stdout, '');
        assert.match(run.stderr, message);
        assert.match(run.stderr, /usage: claim-annotator/);
      });
    }
  });

  describe('the bundled binary', function () {
    this.timeout(60000);
    let binary: Bundle;
    before(async () => {
      binary = await bundle('src/cli/main.ts');
    });
    after(() => binary.dispose());

    it('sets the exit code and writes JSON to stdout, errors to stderr', () => {
      const result = binary.run(['analyze', '--json', 'missing.txt', 'a.txt'], dir);
      assert.equal(result.status, 1);
      assert.equal(result.stderr, 'claim-annotator: missing.txt: no such file or directory\n');
      assert.deepEqual((JSON.parse(result.stdout) as { articles: { file: string }[] }).articles.map((a) => a.file), ['a.txt']);
    });

    it('exits 2 on an unknown option', () => {
      assert.equal(binary.run(['analyze', '--nope'], dir).status, 2);
    });
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
