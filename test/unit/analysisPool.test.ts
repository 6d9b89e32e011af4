import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { generateCorpus } from '../../bench/corpus';
import { analyzeArticle } from '../../src/core';
import { AnalysisPool, AnalysisUnfinished, startAnalysisPool } from '../../src/extension/index/analysisPool';
import { StringPool, expand } from '../../src/extension/index/compactAnalysis';
import { adoptPacked, analysisOptions, analyzeClosedArticle, type ClosedArticleJob } from '../../src/extension/index/indexAnalysis';

/** The worker entry as tsc compiled it next to this test (the extension ships it bundled). */
const WORKER = path.join(__dirname, '..', '..', 'src', 'extension', 'index', 'analysisWorker.js');

const utf8 = new TextEncoder();

function jobs(): ClosedArticleJob[] {
  const generated = generateCorpus(7, 40).map(({ path: p, text }) => ({ bytes: utf8.encode(text), fileName: p.slice(p.lastIndexOf('/') + 1), directory: [], corrections: [] }));
  const first = analyzeArticle(new TextDecoder().decode(generated[0].bytes), analysisOptions(generated[0].fileName, []));
  const quote = first.quotes.find((q) => q.kind === 'speech' && q.speaker !== 'Someone Else');
  assert.ok(quote, 'the generator wrote no speech quote');
  return [
    ...generated,
    // Reviewer knowledge crosses to the worker and is applied there.
    {
      ...generated[0],
      directory: [{ name: 'Ana Ruiz Vell', aliases: ['Ruiz'], role: 'minister' }],
      corrections: [{ quote: { start: quote.start, end: quote.end, exact: quote.text }, speaker: 'Someone Else' }],
    },
    { bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.encode('A BOM, then "a quote," she said.')]), fileName: 'bom.md', directory: [], corrections: [] },
    { bytes: new Uint8Array([0x22, 0xc3, 0x28, 0x22]), fileName: 'latin1.txt', directory: [], corrections: [] },
    { bytes: new Uint8Array(0), fileName: 'empty.txt', directory: [], corrections: [] },
  ];
}

/** Folders of the stand-in worker scripts, removed when the suite ends. */
const tempFolders: string[] = [];

function tempScript(source: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-worker-'));
  tempFolders.push(folder);
  const file = path.join(folder, 'worker.js');
  fs.writeFileSync(file, source);
  return file;
}

describe('analysis worker pool (closed articles analysed off the extension host thread)', () => {
  let pool: AnalysisPool | undefined;
  afterEach(() => pool?.dispose());
  after(() => tempFolders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

  it('gives what the in-thread analysis gives, in order, for generated articles, reviewer knowledge, a BOM and non-UTF-8 bytes', async () => {
    pool = new AnalysisPool(Worker, WORKER, 2);
    const all = jobs();
    const fromPool = await Promise.all(all.map((job) => pool!.analyze(job)));
    const here = new StringPool();
    const adopted = new StringPool();
    assert.strictEqual(fromPool.length, all.length);
    all.forEach((job, i) => {
      const expected = analyzeClosedArticle(job, here);
      if (i === all.length - 4) assert.ok(expected.kind === 'ok' && expected.packed.strings.includes('Someone Else'), 'the correction was not applied');
      const actual = fromPool[i];
      assert.deepStrictEqual(actual, expected, job.fileName);
      if (actual.kind === 'ok' && expected.kind === 'ok') {
        const text = new TextDecoder().decode(job.bytes);
        assert.deepStrictEqual(expand(adoptPacked(actual.packed, adopted), text), expand(expected.packed, text), job.fileName);
      }
    });
    assert.deepStrictEqual(fromPool.at(-2), { kind: 'binary' });
    assert.strictEqual(pool.size, 2);
  });

  it('rejects a job the worker could not analyse and keeps working', async () => {
    pool = new AnalysisPool(Worker, WORKER, 1);
    const broken = { bytes: utf8.encode('text'), fileName: undefined as unknown as string, directory: [], corrections: [] };
    await assert.rejects(pool.analyze(broken));
    const job = jobs()[0];
    assert.deepStrictEqual(await pool.analyze(job), analyzeClosedArticle(job, new StringPool()));
    assert.strictEqual(pool.size, 1);
  });

  it('rejects the jobs of a worker that exits, then every job once no worker is left', async () => {
    const script = tempScript("require('worker_threads').parentPort.on('message', () => process.exit(3));");
    pool = new AnalysisPool(Worker, script, 1);
    const [job] = jobs();
    await assert.rejects(pool.analyze(job), /exited with code 3/);
    assert.strictEqual(pool.size, 0);
    await assert.rejects(pool.analyze(job), /no analysis worker left/);
  });

  it('gives the survivors the work of a worker that failed', async () => {
    // Of two workers, the one that gets the first batch throws; the other carries on.
    const script = tempScript(
      "const { parentPort } = require('worker_threads');\n" +
        'const on = parentPort.on.bind(parentPort);\n' +
        "parentPort.on = (event, listener) => on(event, (m) => { if (m.batch === 0) throw new Error('boom'); listener(m); });\n" +
        `require(${JSON.stringify(WORKER)});\n`,
    );
    pool = new AnalysisPool(Worker, script, 2);
    const all = jobs().slice(0, 12);
    const settled = await Promise.allSettled(all.map((job) => pool!.analyze(job)));
    assert.ok(settled.some((s) => s.status === 'rejected'), 'the failed worker\u2019s batch was not rejected');
    assert.strictEqual(pool.size, 1);
    const here = new StringPool();
    settled.forEach((s, i) => {
      if (s.status === 'fulfilled') assert.deepStrictEqual(s.value, analyzeClosedArticle(all[i], here));
    });
    assert.deepStrictEqual(await pool.analyze(all[0]), analyzeClosedArticle(all[0], here));
  });

  it('replaces a worker whose batch does not finish, analyses the batch\u2019s other jobs, and rejects the one that never ends as unfinished', async () => {
    // The real worker, except that it never finishes an article called stuck.txt (as an engine loop that never ends would not).
    const script = tempScript(
      "const { parentPort } = require('worker_threads');\n" +
        'const on = parentPort.on.bind(parentPort);\n' +
        "parentPort.on = (event, listener) => on(event, (m) => { if (m.jobs.some((j) => j.fileName === 'stuck.txt')) for (;;); listener(m); });\n" +
        `require(${JSON.stringify(WORKER)});\n`,
    );
    const started: number[] = [];
    const Counted = class extends Worker {
      constructor(file: string) {
        super(file);
        started.push(this.threadId);
      }
    };
    // A batch's deadline far above a healthy batch's time even on a loaded machine (a worker's start and
    // its first articles take a few hundred milliseconds there), so only the stuck one overruns it.
    pool = new AnalysisPool(Counted as typeof Worker, script, 1, 30_000, () => 2_000);
    const all = jobs().slice(0, 5);
    const stuck = { ...all[2], fileName: 'stuck.txt' };
    const submitted = [all[0], all[1], stuck, all[3], all[4]];
    const settled = await Promise.allSettled(submitted.map((job) => pool!.analyze(job)));
    const here = new StringPool();
    settled.forEach((s, i) => {
      if (i === 2) {
        assert.ok(s.status === 'rejected' && s.reason instanceof AnalysisUnfinished, 'the job that never ends is rejected as unfinished');
        assert.match((s.reason as Error).message, /stuck\.txt did not finish/);
      } else assert.deepStrictEqual(s.status === 'fulfilled' && s.value, analyzeClosedArticle(submitted[i], here), `job ${i} was analysed`);
    });
    // one worker at a time: the first took the whole batch, the second the lone stuck job, the third the rest
    assert.strictEqual(started.length, 3, `workers started: ${started.length}`);
    assert.strictEqual(pool.size, 1);
    assert.deepStrictEqual(await pool.analyze(all[0]), analyzeClosedArticle(all[0], here));
  });

  it('stops idle workers and starts them again for the next job', async () => {
    pool = new AnalysisPool(Worker, WORKER, 2, 50);
    const [job] = jobs();
    const expected = analyzeClosedArticle(job, new StringPool());
    assert.deepStrictEqual(await pool.analyze(job), expected);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.strictEqual(pool.size, 0);
    assert.deepStrictEqual(await pool.analyze(job), expected);
    assert.strictEqual(pool.size, 2);
  });

  it('reports no pool where the script cannot start, and stops its workers on dispose', async () => {
    const missing = await startAnalysisPool(path.join(os.tmpdir(), 'claim-annotator-no-such-worker.js'), 1);
    assert.ok(missing, 'worker threads exist here');
    await assert.rejects(missing.analyze(jobs()[0]));
    assert.strictEqual(missing.size, 0);

    pool = await startAnalysisPool(WORKER, 2);
    assert.ok(pool);
    const pending = pool.analyze(jobs()[0]);
    pool.dispose();
    await assert.rejects(pending, /disposed/);
    assert.strictEqual(pool.size, 0);
    await assert.rejects(pool.analyze(jobs()[0]), /disposed/);
  });
});
