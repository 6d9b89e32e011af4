import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { build } from 'esbuild';
import { generateCorpus } from '../../bench/corpus';
import { analyzeArticle, type ArticleAnalysis } from '../../src/core';
import { analysisOptions } from '../../src/extension/index/indexAnalysis';
import { repoRoot } from './helpers/bundle';

interface Snapshot {
  articles: { id: string; text: string; analysis: ArticleAnalysis }[];
  corpus: unknown[];
}

/**
 * The extension's ArticleIndex over the bench's stub `vscode`, with its analyses made by worker
 * threads, by workers that crash part-way, by a worker that never finishes one article, and in its own thread: the articles, their order,
 * analyses and corpus speakers must not tell which.
 */
describe('article index with analysis workers', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-index-workers-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('indexes a workspace exactly as it does in its own thread, falls back when workers fail, and leaves out an article whose analysis never ends', async () => {
    const out = path.join(dir, 'bundle');
    await build({
      entryPoints: { indexSnapshot: path.join(repoRoot, 'test/unit/helpers/indexSnapshot.ts'), analysisWorker: path.join(repoRoot, 'src/extension/index/analysisWorker.ts') },
      outdir: out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      alias: { vscode: path.join(repoRoot, 'bench/vscodeStub.ts') },
      logLevel: 'silent',
    });
    // Exits on its third batch: the articles of that batch (and after it, all) are analysed in the host's thread.
    fs.writeFileSync(
      path.join(out, 'crashingWorker.js'),
      "const { parentPort } = require('worker_threads');\nlet n = 0;\nparentPort.on('message', () => { if (++n === 3) process.exit(3); });\nrequire('./analysisWorker.js');\n",
    );

    // Never finishes the article never-ends.txt, as a worker caught in an engine loop that never ends would not.
    fs.writeFileSync(
      path.join(out, 'loopingWorker.js'),
      "const { parentPort } = require('worker_threads');\nconst on = parentPort.on.bind(parentPort);\nparentPort.on = (event, listener) => on(event, (m) => { if (m.jobs.some((j) => j.fileName === 'never-ends.txt')) for (;;); listener(m); });\nrequire('./analysisWorker.js');\n",
    );

    const workspace = path.join(dir, 'workspace');
    const articles = generateCorpus(11, 120);
    for (const a of articles) {
      fs.mkdirSync(path.dirname(path.join(workspace, a.path)), { recursive: true });
      fs.writeFileSync(path.join(workspace, a.path), a.text);
    }
    fs.writeFileSync(path.join(workspace, '000', 'not-utf8.txt'), Buffer.from([0x22, 0xc3, 0x28, 0x22, 0x0a]));
    fs.writeFileSync(path.join(workspace, '000', 'never-ends.txt'), 'A note with no quote in it.\n');
    fs.mkdirSync(path.join(workspace, '.claim-annotator'));
    fs.writeFileSync(path.join(workspace, '.claim-annotator', 'speakers.yaml'), 'speakers:\n  - name: Sunniva Lindqvist\n    aliases: [S. Lindqvist]\n    role: spokeswoman\n');
    // A reviewer's correction in one article's sidecar (the quote found the way the index will find it).
    const corrected = articles[0];
    const quote = analyzeArticle(corrected.text, analysisOptions(path.basename(corrected.path), [])).quotes.find((q) => q.kind === 'speech');
    assert.ok(quote);
    const sidecar = `version: 1\narticle: ${path.basename(corrected.path)}\nspeakers:\n  - quote: { start: ${quote.start}, end: ${quote.end}, exact: ${JSON.stringify(quote.text)} }\n    speaker: Someone Else\n`;
    fs.writeFileSync(path.join(workspace, `${corrected.path}.annotations.yaml`), sidecar);

    const workers = ['analysisWorker.js', 'crashingWorker.js', 'missingWorker.js', 'loopingWorker.js'].map((f) => path.join(out, f));
    const run = spawnSync(process.execPath, [path.join(out, 'indexSnapshot.js'), workspace, ...workers], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 100_000 });
    assert.strictEqual(run.status, 0, run.signal ? `the index did not complete: stopped by ${run.signal}` : run.stderr);
    const result = JSON.parse(run.stdout) as Record<string, Snapshot | { snapshot: Snapshot; batches: number }>;
    const inThread = result.inThread as Snapshot;
    assert.strictEqual(inThread.articles.length, articles.length + 1, 'the file that is not UTF-8 is left out, the others (and never-ends.txt) are in');
    assert.ok(inThread.corpus.length > 0);
    const correctedArticle = inThread.articles.find((a) => a.id.endsWith(corrected.path));
    assert.ok(correctedArticle?.analysis.quotes.some((q) => q.speaker === 'Someone Else'), 'the sidecar correction was not applied');
    assert.ok(inThread.articles.some((a) => a.analysis.speakers.some((s) => s.role === 'spokeswoman')), 'the speaker directory was not applied');

    const pooled = result['analysisWorker.js'] as { snapshot: Snapshot; batches: number };
    assert.ok(pooled.batches > 1, `the workers were sent ${pooled.batches} batches`);
    assert.deepStrictEqual(pooled.snapshot, inThread);

    const crashing = result['crashingWorker.js'] as { snapshot: Snapshot; batches: number };
    assert.ok(crashing.batches >= 3, `the crashing workers were sent ${crashing.batches} batches`);
    assert.deepStrictEqual(crashing.snapshot, inThread);

    const missing = result['missingWorker.js'] as { snapshot: Snapshot; batches: number };
    assert.deepStrictEqual(missing.snapshot, inThread);

    // The index completes without the article whose analysis never ended; every other one is as in the host's thread.
    const looping = result['loopingWorker.js'] as { snapshot: Snapshot; batches: number; notices: string[] };
    const lacking = { ...inThread, articles: inThread.articles.filter((a) => !a.id.endsWith('never-ends.txt')) };
    assert.strictEqual(lacking.articles.length, inThread.articles.length - 1);
    assert.deepStrictEqual(looping.snapshot, lacking);
    // and the user is told which one
    assert.deepStrictEqual(looping.notices, ['Claim Annotator skipped 2 file(s): 1 not UTF-8 text, 1 whose analysis did not finish (000/never-ends.txt).']);
  });
});
