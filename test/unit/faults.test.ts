import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeAtomically } from '../../src/cli/checkCommand';
import { parseSidecar } from '../../src/core/annotations/sidecar';
import { reconcileWithDisk } from '../../src/core/annotations/reconcile';
import { createSidecarDocument, serializeSidecar, setAnnotations } from '../../src/core/annotations/sidecarEdit';
import type { Annotation } from '../../src/core/annotations/types';

/** The compiled module that holds the CLI's write helper, for the child process to load. */
const CHECK_COMMAND = path.join(__dirname, '../../src/cli/checkCommand.js');

/** Version `k` of the file: its number at both ends, so a cut anywhere shows. */
const versionText = (k: number, size: number): string => `# version ${k}\n${'annotations: []\n'.repeat(Math.ceil(size / 16))}# end of version ${k}\n`;

function isComplete(text: string, size: number): boolean {
  const m = /^# version (\d+)\n/.exec(text);
  return m !== null && text === versionText(Number(m[1]), size);
}

/** A child that rewrites the file again and again through the CLI's helper, saying when it starts. */
const CHILD = `
const { writeAtomically } = require(process.argv[1]);
const [file, size] = [process.argv[2], Number(process.argv[3])];
const versionText = ${versionText.toString()};
(async () => {
  for (let k = 1; ; k++) {
    if (k === 1) process.stdout.write('writing\\n');
    await writeAtomically(file, versionText(k, size));
  }
})();
`;

function killMidWrite(file: string, size: number, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CHILD, CHECK_COMMAND, file, String(size)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended without being killed: ${stderr}`))));
  });
}

const uuid = (n: number): string => `${n.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const ARTICLE = 'Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon.\n';

function annotation(n: number, note: string, modified: string): Annotation {
  const start = (n * 7) % 80;
  return {
    id: uuid(n),
    target: { exact: ARTICLE.slice(start, start + 10), prefix: '', suffix: '', start, end: start + 10 },
    verdict: 'unverified',
    note,
    tags: [],
    reviewer: 'R',
    created: '2026-11-22T10:00:00Z',
    modified,
  };
}

describe('faults', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-faults-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a process killed in the middle of a write leaves the old file or a complete new one, never a partial one', async () => {
    const size = 24 * 1024 * 1024;
    const file = path.join(dir, 'a.txt.annotations.yaml');
    fs.writeFileSync(file, versionText(0, size));
    const seen = new Set<number>();
    // Random moments, each run starting from what the last one left.
    for (const delay of [0, 3, 17, 40, 75, 120, 190, 260]) {
      await killMidWrite(file, size, delay + Math.floor(Math.random() * 25));
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(isComplete(text, size), `after a kill at ~${delay} ms the file is partial (${text.length} characters, starts ${JSON.stringify(text.slice(0, 20))}, ends ${JSON.stringify(text.slice(-24))})`);
      seen.add(Number(/^# version (\d+)/.exec(text)![1]));
    }
    // Temporary files may be left behind by a kill; the sidecar itself never is one.
    assert.ok(fs.readdirSync(dir).includes('a.txt.annotations.yaml'));
  });

  it('the write helper replaces the file in one step: a reader never sees a partial file while writes run', async () => {
    const size = 4 * 1024 * 1024;
    const file = path.join(dir, 'b.txt.annotations.yaml');
    await writeAtomically(file, versionText(0, size));
    let stop = false;
    let reads = 0;
    const reader = (async () => {
      while (!stop) {
        const text = await fs.promises.readFile(file, 'utf8');
        assert.ok(isComplete(text, size), `a reader saw ${text.length} characters`);
        reads++;
      }
    })();
    for (let k = 1; k <= 15; k++) await writeAtomically(file, versionText(k, size));
    stop = true;
    await reader;
    assert.ok(reads > 0);
    assert.equal(fs.readFileSync(file, 'utf8'), versionText(15, size));
  });

  it('two writers on one sidecar, each merging with the disk before writing: no annotation and no edit is lost', () => {
    const file = path.join(dir, 'c.txt.annotations.yaml');
    fs.writeFileSync(file, serializeSidecar(createSidecarDocument('c.txt')));
    interface Writer {
      local: Map<string, Annotation>;
      base: Map<string, Annotation>;
    }
    const writers: Writer[] = [
      { local: new Map(), base: new Map() },
      { local: new Map(), base: new Map() },
    ];
    /** The newest note each id should end up with. */
    const expected = new Map<string, string>();
    let clock = Date.parse('2026-11-22T11:00:00Z');
    const write = (w: Writer): void => {
      const parsed = parseSidecar(fs.readFileSync(file, 'utf8'));
      assert.ok(parsed.ok);
      const merged = reconcileWithDisk([...w.local.values()], w.base, parsed.sidecar.annotations).annotations;
      setAnnotations(parsed.doc, merged);
      fs.writeFileSync(file, serializeSidecar(parsed.doc));
      w.local = new Map(merged.map((a) => [a.id, a]));
      w.base = new Map(w.local);
    };
    let n = 1;
    for (let round = 0; round < 60; round++) {
      const w = writers[round % 3 === 0 ? 1 : 0];
      const stamp = new Date((clock += 1000)).toISOString().replace('.000Z', 'Z');
      const ids = [...w.local.keys()];
      if (ids.length === 0 || round % 2 === 0) {
        const a = annotation(n++, `note ${round}`, stamp);
        w.local.set(a.id, a);
        expected.set(a.id, a.note);
      } else {
        // Edit a note that may have come from the other writer.
        const id = ids[round % ids.length];
        const edited = { ...w.local.get(id)!, note: `edited in round ${round}`, modified: stamp };
        w.local.set(id, edited);
        expected.set(id, edited.note);
      }
      // Both writers change things before either writes, as two windows do.
      if (round % 4 !== 3) write(w);
    }
    writers.forEach(write);
    const final = parseSidecar(fs.readFileSync(file, 'utf8'));
    assert.ok(final.ok);
    assert.deepEqual(new Map(final.sidecar.annotations.map((a) => [a.id, a.note])), expected);
  });
});
