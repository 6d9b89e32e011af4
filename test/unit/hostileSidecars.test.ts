import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/cli';
import { captureTarget } from '../../src/core/annotations/anchoring';
import { parseSidecar } from '../../src/core/annotations/sidecar';
import { addAnnotation, createSidecarDocument, serializeSidecar } from '../../src/core/annotations/sidecarEdit';
import { analyzeArticle } from '../../src/core';
import { readSpeakerCorrections, readSpeakerDirectory } from '../../src/core/speakerCorrections';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const ARTICLE = 'Ferry crews walked out on Tuesday.\n"We are not going back until the roster is fixed," said Ines Calder.\nTalks resume on Friday.\n';
/** The same article after an editor added a line on top: every annotation has moved, so --fix would want to write. */
const MOVED = `UPDATE: the operator has responded.\n${ARTICLE}`;
const PHRASE = 'We are not going back until the roster is fixed';
const ID = '20000000-0000-4000-8000-000000000002';

function sidecarText(article: string, id = ID, note = 'check the roster'): string {
  const doc = createSidecarDocument(article);
  const at = ARTICLE.indexOf(PHRASE);
  addAnnotation(doc, {
    id,
    target: captureTarget(ARTICLE, at, at + PHRASE.length),
    verdict: 'unverified',
    note,
    tags: [],
    reviewer: 'Ana Ortiz',
    created: '2026-11-22T10:00:00Z',
    modified: '2026-11-22T10:00:00Z',
  });
  return serializeSidecar(doc);
}

/** An alias bomb: each level repeats the one before ten times (10^7 leaves if expanded). */
function aliasBomb(): string {
  const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  const names = 'abcdefgh';
  for (let i = 1; i < names.length; i++) levels.push(`${names[i]}: &${names[i]} [${Array(10).fill(`*${names[i - 1]}`).join(', ')}]`);
  return `version: 1\narticle: bomb.txt\n${levels.join('\n')}\nannotations: []\n`;
}

/** Junk that is still text: unclosed flow collections, stray tabs and colons. */
function junk(article: string, megabytes: number): string {
  const line = '- {x: [1, 2, "unterminated\t: : ]]] }}} &anchor *nowhere\n';
  return `version: 1\narticle: ${article}\n` + line.repeat(Math.ceil((megabytes * 1024 * 1024) / line.length));
}

interface Case {
  /** The sidecar's name; its article is the name without `.annotations.yaml`. */
  name: string;
  content: string;
  /** What stderr must say about this file; a line and column is required for every parse error. */
  stderr: RegExp;
}

const ok = sidecarText('good.txt');
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const CASES: Case[] = [
  { name: 'invalid-yaml.txt.annotations.yaml', content: ok.replace('note: check the roster', 'note: [check the roster'), stderr: /invalid-yaml\.txt\.annotations\.yaml:\d+:\d+: / },
  { name: 'bomb.txt.annotations.yaml', content: aliasBomb(), stderr: /bomb\.txt\.annotations\.yaml:\d+:\d+: .*alias/i },
  // 20 MB: refused by its size before any parsing
  { name: 'huge.txt.annotations.yaml', content: junk('huge.txt', 20), stderr: /huge\.txt\.annotations\.yaml:1:1: file too large to be a sidecar/ },
  // small enough to parse, junk enough for thousands of errors: at most MAX_REPORTED_ERRORS are shown
  { name: 'junk.txt.annotations.yaml', content: junk('junk.txt', 0.25), stderr: /junk\.txt\.annotations\.yaml:\d+:\d+: / },
  {
    name: 'types.txt.annotations.yaml',
    content: sidecarText('types.txt').replace(/start: \d+/, 'start: soon').replace('verdict: unverified', 'verdict: [1, 2]'),
    stderr: new RegExp(`types\\.txt\\.annotations\\.yaml:${lineOf(sidecarText('types.txt'), 'start:')}:\\d+: \`target\\.start\` must be a whole number`),
  },
  { name: 'missing.txt.annotations.yaml', content: sidecarText('missing.txt').replace(/^ {4}reviewer: .*\n/m, '').replace(/^version: 1\n/m, ''), stderr: /missing\.txt\.annotations\.yaml:\d+:\d+: missing `version`/ },
  {
    name: 'duplicate.txt.annotations.yaml',
    content: sidecarText('duplicate.txt') + sidecarText('duplicate.txt', ID.toUpperCase(), 'the copy').split('annotations:\n')[1],
    stderr: /duplicate\.txt\.annotations\.yaml:\d+:\d+: duplicate id/,
  },
  {
    name: 'passwd.txt.annotations.yaml',
    content: sidecarText('../../outside/passwd'),
    stderr: /passwd\.txt\.annotations\.yaml:\d+:\d+: `article` must stay inside the sidecar's folder/,
  },
];

describe('hostile sidecars (claim-annotator check --fix)', function () {
  this.timeout(120_000);
  let root: string;
  let ws: string;
  let outside: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-sidecars-'));
    ws = path.join(root, 'ws', 'news');
    outside = path.join(root, 'outside');
    fs.mkdirSync(ws, { recursive: true });
    fs.mkdirSync(outside);
    // Outside the folder that is checked, holding exactly the annotated text: if it were read,
    // the annotation would be found there and no error reported.
    fs.writeFileSync(path.join(outside, 'passwd'), ARTICLE);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const snapshot = (file: string): { bytes: Buffer; mtime: number; link: boolean } => ({ bytes: fs.readFileSync(file), mtime: fs.lstatSync(file).mtimeMs, link: fs.lstatSync(file).isSymbolicLink() });

  it('every hostile sidecar: a diagnostic with line and column, exit 2, never rewritten; a good sidecar beside them is still fixed', async () => {
    const before = new Map<string, ReturnType<typeof snapshot>>();
    for (const c of CASES) {
      fs.writeFileSync(path.join(ws, c.name.replace('.annotations.yaml', '')), MOVED);
      fs.writeFileSync(path.join(ws, c.name), c.content);
      before.set(c.name, snapshot(path.join(ws, c.name)));
    }
    fs.writeFileSync(path.join(ws, 'good.txt'), MOVED);
    fs.writeFileSync(path.join(ws, 'good.txt.annotations.yaml'), ok);

    const started = Date.now();
    const run = await cli('check', '--fix', '--json', path.join(root, 'ws'));
    assert.ok(Date.now() - started < 60_000, 'bounded time');
    assert.equal(run.code, 2);
    for (const c of CASES) {
      assert.match(run.stderr, c.stderr, `${c.name}:\n${run.stderr.slice(0, 2000)}`);
      const now = snapshot(path.join(ws, c.name));
      assert.ok(now.bytes.equals(before.get(c.name)!.bytes), `${c.name} byte for byte`);
      assert.equal(now.mtime, before.get(c.name)!.mtime, `${c.name} mtime`);
    }
    // At most MAX_REPORTED_ERRORS lines per file, not one per byte of junk.
    assert.ok(run.stderr.split('\n').length < 1000, `stderr has ${run.stderr.split('\n').length} lines`);
    assert.match(run.stderr, /junk\.txt\.annotations\.yaml:\d+:\d+: \d+ more errors not shown/);
    assert.ok(!/\n\s+at /.test(run.stderr), 'no stack trace');
    assert.doesNotMatch(run.stderr, /roster/, 'the outside file was not read');
    const fixed = parseSidecar(fs.readFileSync(path.join(ws, 'good.txt.annotations.yaml'), 'utf8'));
    assert.ok(fixed.ok);
    assert.equal(fixed.sidecar.annotations[0].target.start, MOVED.indexOf(PHRASE), 'the good sidecar was fixed');
    assert.equal(fixed.sidecar.annotations[0].note, 'check the roster', 'nothing lost');
    assert.deepEqual(fs.readdirSync(ws).filter((n) => n.endsWith('.tmp')), [], 'no temporary file left');
  });

  it('a newer version is read, reported, and not fixed', async () => {
    const file = path.join(ws, 'newer.txt.annotations.yaml');
    fs.writeFileSync(path.join(ws, 'newer.txt'), MOVED);
    fs.writeFileSync(file, ok.replace('version: 1', 'version: 7').replace('article: good.txt', 'article: newer.txt'));
    const before = snapshot(file);
    const run = await cli('check', '--fix', '--json', ws);
    assert.match(run.stderr, /newer\.txt\.annotations\.yaml: written by a newer version \(7\); not fixed/);
    const out = JSON.parse(run.stdout) as { sidecars: { annotations: { id: string; status: string }[] }[] };
    assert.deepEqual(out.sidecars[0].annotations.map((a) => [a.id, a.status]), [[ID, 'moved']]);
    assert.ok(snapshot(file).bytes.equals(before.bytes));
    assert.equal(snapshot(file).mtime, before.mtime);
  });

  it('offsets outside the text: the annotation is kept as an orphan and the file is not written', async () => {
    const file = path.join(ws, 'short.txt.annotations.yaml');
    fs.writeFileSync(path.join(ws, 'short.txt'), 'Short.\n');
    fs.writeFileSync(file, sidecarText('short.txt').replace(/start: \d+/, 'start: 900000').replace(/end: \d+/, 'end: 900048'));
    const before = snapshot(file);
    const run = await cli('check', '--fix', '--json', ws);
    assert.equal(run.code, 1, run.stderr);
    const out = JSON.parse(run.stdout) as { sidecars: { annotations: { id: string; status: string; start: number | null }[] }[] };
    assert.deepEqual(out.sidecars[0].annotations, [{ id: ID, status: 'orphan', start: null, end: null }]);
    assert.ok(snapshot(file).bytes.equals(before.bytes));
    assert.equal(snapshot(file).mtime, before.mtime);
  });

  it('`article: ../../etc/passwd` style references are refused before any read, even of a file that exists', async () => {
    // Two levels up from ws/news is the temporary root, where outside/passwd holds the annotated text.
    const file = path.join(ws, 'passwd.txt.annotations.yaml');
    fs.writeFileSync(file, sidecarText('../../outside/passwd'));
    const moved = fs.readFileSync(path.join(outside, 'passwd'));
    const run = await cli('check', '--fix', '--json', file);
    assert.equal(run.code, 2);
    const out = JSON.parse(run.stdout) as { sidecars: { article: string | null; annotations: unknown[] }[] };
    assert.equal(out.sidecars[0].article, null, 'no article path resolved');
    assert.deepEqual(out.sidecars[0].annotations, [], 'nothing anchored in the outside file');
    assert.ok(fs.readFileSync(path.join(outside, 'passwd')).equals(moved));
  });

  it('a sidecar that is a symbolic link is not replaced by a file, and its target is not rewritten', async function () {
    const target = path.join(outside, 'shared.txt.annotations.yaml');
    fs.writeFileSync(target, sidecarText('linked.txt'));
    fs.writeFileSync(path.join(ws, 'linked.txt'), MOVED);
    const link = path.join(ws, 'linked.txt.annotations.yaml');
    try {
      fs.symlinkSync(target, link);
    } catch {
      this.skip();
    }
    const before = snapshot(target);
    const run = await cli('check', '--fix', '--json', ws);
    assert.ok(fs.lstatSync(link).isSymbolicLink(), `still a link (stderr: ${run.stderr})`);
    assert.ok(snapshot(target).bytes.equals(before.bytes));
  });

  it('a read-only sidecar is not fixed: the reviewer is told, and the file stays as it was (a rename would replace it)', async () => {
    const file = path.join(ws, 'locked.txt.annotations.yaml');
    fs.writeFileSync(path.join(ws, 'locked.txt'), MOVED);
    fs.writeFileSync(file, sidecarText('locked.txt'));
    fs.chmodSync(file, 0o444);
    const before = { ...snapshot(file), inode: fs.statSync(file).ino };
    const run = await cli('check', '--fix', file);
    assert.match(run.stderr, /locked\.txt\.annotations\.yaml: read-only; not fixed/);
    assert.doesNotMatch(run.stdout, /fixed 1/);
    assert.ok(snapshot(file).bytes.equals(before.bytes), 'byte for byte');
    assert.equal(fs.statSync(file).ino, before.inode, 'not replaced');
    assert.equal(fs.statSync(file).mode & 0o777, 0o444);
    // Writable again: the same command fixes it.
    fs.chmodSync(file, 0o644);
    const again = await cli('check', '--fix', file);
    assert.match(again.stdout, /fixed 1/, again.stderr);
  });

  it('a full disk during check --fix: the error is shown, the sidecar is unchanged and no partial file is left', async () => {
    const file = path.join(ws, 'full.txt.annotations.yaml');
    fs.writeFileSync(path.join(ws, 'full.txt'), MOVED);
    fs.writeFileSync(file, sidecarText('full.txt'));
    const before = snapshot(file);
    // The disk fills up part way through the temporary file, as ENOSPC does: the first bytes land, then the error.
    const promises = fs.promises as { writeFile: typeof fs.promises.writeFile };
    const realWriteFile = promises.writeFile;
    let attempts = 0;
    promises.writeFile = async (target, data) => {
      attempts++;
      await realWriteFile(target, String(data).slice(0, 40));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    };
    let run;
    try {
      run = await cli('check', '--fix', file);
    } finally {
      promises.writeFile = realWriteFile;
    }
    assert.equal(attempts, 1, 'the fix was attempted');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /full\.txt\.annotations\.yaml.*no space left on device/);
    assert.ok(snapshot(file).bytes.equals(before.bytes), 'the sidecar is byte for byte as it was');
    assert.deepEqual(fs.readdirSync(ws).filter((n) => n.endsWith('.tmp')), [], 'no partial temporary file is left');
    // Space again: the same command fixes it.
    assert.match((await cli('check', '--fix', file)).stdout, /fixed 1/);
  });

  it('check --fix waits for a window holding the sidecar lock, then leaves the window\'s save alone', async () => {
    const file = path.join(ws, 'shared.txt.annotations.yaml');
    const lock = path.join(ws, '.shared.txt.annotations.yaml.lock');
    fs.writeFileSync(path.join(ws, 'shared.txt'), MOVED);
    fs.writeFileSync(file, sidecarText('shared.txt'));
    // A window is mid-write: it holds the lock, saves its note, then lets go.
    fs.writeFileSync(lock, '');
    const windowSave = sidecarText('shared.txt', ID, 'the window saved this note');
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        fs.writeFileSync(file, windowSave);
        fs.unlinkSync(lock);
        resolve();
      }, 300),
    );
    const run = await cli('check', '--fix', file);
    await released;
    assert.match(run.stderr, /shared\.txt\.annotations\.yaml: changed on disk while checking; left unchanged/);
    assert.equal(fs.readFileSync(file, 'utf8'), windowSave, "the window's save is kept");
    assert.ok(!fs.existsSync(lock));
    // Run again on the window's version: it is fixed, and the lock is let go.
    assert.match((await cli('check', '--fix', file)).stdout, /fixed 1/);
    assert.match(fs.readFileSync(file, 'utf8'), /the window saved this note/);
    assert.ok(!fs.existsSync(lock), 'the CLI removes its lock');
  });

  it('a lock left behind by a window that died is taken over after a while', async () => {
    const file = path.join(ws, 'stale.txt.annotations.yaml');
    const lock = path.join(ws, '.stale.txt.annotations.yaml.lock');
    fs.writeFileSync(path.join(ws, 'stale.txt'), MOVED);
    fs.writeFileSync(file, sidecarText('stale.txt'));
    fs.writeFileSync(lock, '');
    const minuteAgo = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, minuteAgo, minuteAgo);
    const run = await cli('check', '--fix', file);
    assert.match(run.stdout, /fixed 1/, run.stderr);
    assert.ok(!fs.existsSync(lock));
  });

  it('a directory with a sidecar name is not read as one, and stays as it is', async () => {
    fs.writeFileSync(path.join(ws, 'folder.txt'), ARTICLE);
    fs.mkdirSync(path.join(ws, 'folder.txt.annotations.yaml'));
    fs.writeFileSync(path.join(ws, 'folder.txt.annotations.yaml', 'inside.txt'), 'x');
    const named = await cli('check', '--fix', path.join(ws, 'folder.txt'));
    assert.equal(named.code, 2);
    assert.match(named.stderr, /folder\.txt: not a sidecar file/);
    const walked = await cli('check', '--fix', '--json', ws);
    assert.equal(walked.code, 0, walked.stderr);
    assert.deepEqual(JSON.parse(walked.stdout), { sidecars: [] });
    assert.ok(fs.statSync(path.join(ws, 'folder.txt.annotations.yaml')).isDirectory());
    assert.deepEqual(fs.readdirSync(path.join(ws, 'folder.txt.annotations.yaml')), ['inside.txt']);
  });
});

describe('YAML with a collection as a key', () => {
  // yaml warns (console.warn in the build the extension bundles, process.emitWarning in node's)
  // when it turns such a key into a string: in the CLI that was a line on stderr the user could do
  // nothing about, and the files are checked by our own rules anyway.
  function warningsDuring(run: () => void): string[] {
    const warnings: string[] = [];
    const { warn } = console;
    const { emitWarning } = process;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    process.emitWarning = ((w: string | Error) => void warnings.push(String(w))) as typeof process.emitWarning;
    try {
      run();
    } finally {
      console.warn = warn;
      process.emitWarning = emitWarning;
    }
    return warnings;
  }
  const COLLECTION_KEY = '? [x, y]\n: 1\n';

  it('is read without a warning in a sidecar, a speaker directory, corrections and front matter', () => {
    const warnings = warningsDuring(() => {
      assert.ok(parseSidecar(`version: 1\narticle: a.txt\n${COLLECTION_KEY}annotations: []\n`).ok);
      assert.ok(readSpeakerDirectory(`speakers: []\n${COLLECTION_KEY}`).ok);
      assert.ok(readSpeakerCorrections(`speakers: []\n${COLLECTION_KEY}`).ok);
      assert.equal(analyzeArticle(`---\ntitle: Ferry strike\n${COLLECTION_KEY}---\n\n"We stay out," said Ines Calder.\n`, { fileName: 'a.md' }).meta.title, 'Ferry strike');
    });
    assert.deepEqual(warnings, []);
  });
});
