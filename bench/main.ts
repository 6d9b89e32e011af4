/**
 * `npm run bench [-- --json] [-- --quick]`: the performance benchmark of issue 6. It generates its
 * corpora, measures (a)–(f) in one run and prints one row per measurement with its budget. It
 * measures, it does not gate: the exit code is 0 whatever the results (2 for bad arguments).
 *
 *   --json            one JSON object (rows and run details) instead of the table
 *   --quick           small inputs for a smoke check; size-dependent budgets show n/a
 *   --only a,c        run only these measurements
 *   --edits N         edits for (c) (default 200); --edit-seconds S caps their total time (default 60)
 *   --fresh           regenerate the corpora even if the temp folder already has them
 *   --markdown        print the table as Markdown (for the README)
 *   --combine F...    no measuring: the per-row medians of earlier `--json` outputs (files F...)
 */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ArticleAnalysis } from '../src/core';
import { activationChild, buildProduction, runActivationChild } from './activation';
import { GENERATOR_VERSION, generateCorpus, generateLongArticle, writeCorpus } from './corpus';
import { measureCorpusRebuild, measureEdits } from './edits';
import { measureExport } from './exporting';
import { indexChild, runIndexChild, type IndexMode } from './indexing';
import { formatMarkdown, formatTable, MB, median, row, type Row } from './stats';
import { measureEngine, measurePeer } from './throughput';

const MEASUREMENTS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

interface Options {
  json: boolean;
  markdown: boolean;
  quick: boolean;
  fresh: boolean;
  only: Set<string>;
  edits: number;
  editSeconds: number;
}

const USAGE = `usage: npm run bench -- [--json | --markdown] [--quick] [--only a,b,c,d,e,f] [--edits N] [--edit-seconds S] [--fresh]
       npm run bench -- [--json | --markdown] --combine RUN.json...   (medians of earlier --json runs)`;

function parse(argv: string[]): Options | string {
  const o: Options = { json: false, markdown: false, quick: false, fresh: false, only: new Set(MEASUREMENTS), edits: 200, editSeconds: 60 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--json') o.json = true;
      else if (a === '--markdown') o.markdown = true;
      else if (a === '--quick') o.quick = true;
      else if (a === '--fresh') o.fresh = true;
      else if (a === '--only') o.only = new Set(value().split(',').map((s) => s.trim().toLowerCase()));
      else if (a === '--edits') o.edits = Number(value());
      else if (a === '--edit-seconds') o.editSeconds = Number(value());
      else return `unknown argument ${a}`;
    } catch (e) {
      return (e as Error).message;
    }
  }
  if ([...o.only].some((m) => !(MEASUREMENTS as readonly string[]).includes(m))) return `--only takes letters among ${MEASUREMENTS.join(',')}`;
  if (!(o.edits > 0) || !(o.editSeconds > 0)) return '--edits and --edit-seconds take positive numbers';
  return o;
}

/** Sizes of the full run and of --quick. */
function sizes(quick: boolean) {
  return quick
    ? { small: 100, large: 1000, longBytes: 200 * 1024, edits: 20, annotations: 10_000, peerPasses: 1, enginePasses: 1 }
    : { small: 1000, large: 10_000, longBytes: 2 * MB, edits: 200, annotations: 100_000, peerPasses: 1, enginePasses: 3 };
}

const SEED = 20261122;

/** A measurement that threw: no value, and a failure whatever its budget. */
function crashed(id: string, name: string, unit: string, error: string, budget?: Row['budget']): Row {
  return { ...row(id, name, null, unit, `crashed: ${error}`, budget), status: 'FAIL' };
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function fmtInt(n: number): string {
  return n.toLocaleString('en-US');
}

function git(repo: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** The 10,000-article folder takes a while to write: it is kept in the temp folder and reused. */
async function largeCorpusDir(root: string, count: number, fresh: boolean): Promise<string> {
  const dir = path.join(root, `corpus-${count}`);
  const manifest = path.join(root, `corpus-${count}.json`);
  const expected = JSON.stringify({ version: GENERATOR_VERSION, seed: SEED + 1, count });
  const have = await fs.readFile(manifest, 'utf8').catch(() => '');
  if (!fresh && have === expected) return dir;
  log(`writing ${fmtInt(count)} articles to ${dir}`);
  await fs.rm(manifest, { force: true });
  await writeCorpus(dir, generateCorpus(SEED + 1, count));
  await fs.writeFile(manifest, expected);
  return dir;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--child-index') {
    await indexChild(argv[1] as IndexMode, argv[2]);
    return 0;
  }
  if (argv[0] === '--child-activate') {
    await activationChild(argv[1], argv[2]);
    return 0;
  }
  if (argv.includes('--combine')) return combine(argv);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const parsed = parse(argv);
  if (typeof parsed === 'string') {
    process.stderr.write(`bench: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  const o = parsed;
  const size = sizes(o.quick);
  const edits = o.quick ? Math.min(o.edits, size.edits) : o.edits;
  const repo = path.resolve(__dirname, '..', '..');
  const root = path.join(os.tmpdir(), 'claim-annotator-bench');
  await fs.mkdir(root, { recursive: true });
  const rows: Row[] = [];
  const scaled = (r: Row): Row => (o.quick && r.budget ? { ...r, status: 'n/a', detail: `${r.detail}; quick run: budget is for the full size` } : r);
  const started = Date.now();
  const run = (m: string) => o.only.has(m);
  /** One measurement: if it throws, a FAIL row says so and the others still run. */
  const section = async (id: string, name: string, body: () => Promise<void> | void): Promise<void> => {
    try {
      await body();
    } catch (e) {
      log(`(${id}) ${name} failed: ${errorText(e)}`);
      rows.push(crashed(id, name, '', errorText(e)));
    }
  };

  log(`generating ${fmtInt(size.small)} articles and a ${Math.round(size.longBytes / 1024)} KB article (seed ${SEED})`);
  const small = generateCorpus(SEED, size.small);
  const smallBytes = small.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const analyses = new Map<string, ArticleAnalysis>();

  if (run('d')) await section('d', 'activation and bundle size', async () => {
    log('(d) building dist/extension.js with esbuild.js --production (in a temp folder) and activating it');
    const bundle = await buildProduction(repo, path.join(root, 'production-build'));
    const workspace = await largeCorpusDir(root, size.small, o.fresh);
    const act = await runActivationChild(bundle.file, workspace);
    const unmodelled = act.unmodelled.length ? `; stub did not model: ${act.unmodelled.join(', ')}` : '';
    rows.push(row('d', 'activate() of the production bundle', act.activateMs, 'ms', `stub vscode, workspace of ${fmtInt(size.small)} articles; ${act.subscriptions} subscriptions; +${(act.settledMs - act.activateMs).toFixed(1)} ms for the jobs it queued${unmodelled}`, { op: '<', limit: 50 }));
    rows.push(row('d', 'require() of the production bundle', act.requireMs, 'ms', 'loading and evaluating dist/extension.js before activate() (VS Code counts it in activation too)'));
    rows.push(row('d', 'dist/extension.js size (--production)', bundle.bytes / 1024, 'KB', `${fmtInt(bundle.bytes)} bytes, minified; loaded later, not at activation: ${Object.entries(bundle.deferred).map(([name, bytes]) => `dist/${name} ${fmtInt(Math.round(bytes / 1024))} KB`).join(', ')}`, { op: '<', limit: 400 }));
  });

  if (run('a') || run('e') || run('f')) await section('a', 'core analysis', () => {
    const passes = run('a') ? size.enginePasses : 1;
    log(`(a) analysing ${fmtInt(size.small)} articles (${(smallBytes / MB).toFixed(1)} MB): warm-up + ${passes} pass(es)`);
    const engine = measureEngine(small, passes, analyses);
    if (run('a')) {
      const list = engine.passesMs.map((ms) => (ms / 1000).toFixed(2)).join(', ');
      rows.push(row('a', 'core analysis throughput, one core', engine.mbPerSecond, 'MB/s', `${fmtInt(size.small)} articles, ${(smallBytes / MB).toFixed(1)} MB, ${fmtInt(engine.quotes)} quotes; median of ${passes} passes after a warm-up (s: ${list})`, { op: '>=', limit: 30 }));
    }
    if (run('f')) {
      log(`(f) the same ${fmtInt(size.small)} articles through compromise .quotations() (slow: about a minute per MB)`);
      const warmUp = Math.ceil(size.small / 20);
      const peer = measurePeer(small, size.peerPasses, warmUp);
      rows.push(row('f', 'peer: compromise .quotations() throughput', peer.mbPerSecond, 'MB/s', `same ${fmtInt(size.small)} articles, ${fmtInt(peer.quotes)} quotations; nlp(text).quotations().json({offset:true}); ${peer.passesMs.length} timed pass after a warm-up on ${warmUp} articles`));
      rows.push(row('f', 'ratio ours / peer (throughput)', engine.mbPerSecond / peer.mbPerSecond, '×', `${engine.mbPerSecond.toFixed(2)} / ${peer.mbPerSecond.toFixed(3)} MB/s; above 1 means ours is faster`));
    }
  });

  if (run('c')) await section('c', 'edit latency', () => {
    log(`(c) ${edits} one-character edits in a ${Math.round(size.longBytes / 1024)} KB article (at most ${o.editSeconds} s)`);
    const long = generateLongArticle(SEED + 2, size.longBytes);
    const r = measureEdits(long, edits, o.editSeconds * 1000, SEED + 3, undefined, edits * 4);
    const capped = r.edits < r.requested ? ` (stopped at the ${o.editSeconds} s cap; ${r.requested} requested)` : '';
    const detail = `${r.edits} edits${capped} in ${(r.bytes / MB).toFixed(2)} MB; ${r.analyzer}; analysis p50 ${r.analysisP50.toFixed(1)} ms + decorations p50 ${r.decorationP50.toFixed(1)} ms (${fmtInt(r.ranges)} ranges)`;
    rows.push(scaled(row('c', 'edit → analysis + decorations, p50', r.p50, 'ms', `first analysis of the article ${(r.initialMs / 1000).toFixed(2)} s`)));
    rows.push(scaled(row('c', 'edit → analysis + decorations, p95', r.p95, 'ms', detail, { op: '<', limit: 5 })));
    if (r.laterP95 !== undefined) rows.push(scaled(row('c', `the same, the ${fmtInt(r.laterEdits)} edits after those, p95`, r.laterP95, 'ms', 'typing on in the same article: the edit path compiled by V8 (not budgeted; the row above counts from the first keystroke)')));
    if (r.cpu) rows.push(row('c', `CPU of the process's other threads during the ${r.edits} edits`, r.cpu.others, 'ms', `mostly V8 compiling the edit path in the background, competing with the edits for this machine's cores; the main thread's own CPU over the same edits: ${r.cpu.main.toFixed(0)} ms`));
    if (analyses.size > 0) {
      const rebuild = measureCorpusRebuild(analyses);
      rows.push(row('c', `corpus index rebuilt after an edit, ${fmtInt(analyses.size)}-article workspace`, rebuild, 'ms', 'ArticleIndex drops its corpus index on every change and makes it again over every article when typing pauses (its change event) or a view asks, not on the keystroke (not in the rows above)'));
    }
  });

  if (run('e')) await section('e', 'export', () => {
    log(`(e) exporting ${fmtInt(size.annotations)} annotations to each format`);
    const ex = measureExport(small, analyses, size.annotations, SEED + 4);
    if (!ex.available) rows.push(row('e', 'export', null, 'ms', 'not available yet: src/core/export has no exportAnnotationBytes/anchorForExport', { op: '<', limit: 2000 }));
    else {
      rows.push(row('e', 'export: re-anchor the annotations', ex.anchorMs, 'ms', `${fmtInt(ex.annotations)} annotations in ${fmtInt(ex.articles)} articles (core anchorForExport); before rendering, not budgeted`));
      for (const f of ex.formats) {
        const name = `export ${fmtInt(ex.annotations)} annotations: ${f.format}`;
        if (f.error) rows.push(crashed('e', name, 'ms', f.error, { op: '<', limit: 2000 }));
        else rows.push(scaled(row('e', name, f.ms, 'ms', `${(f.bytes / MB).toFixed(1)} MB out, timed to the UTF-8 bytes; median of ${f.runs} run(s)`, { op: '<', limit: 2000 })));
      }
    }
  });

  if (run('b')) await section('b', 'indexing', async () => {
    const dir = await largeCorpusDir(root, size.large, o.fresh);
    for (const mode of ['extension', 'pipeline'] as IndexMode[]) {
      log(`(b) indexing ${fmtInt(size.large)} articles in a child process: ${mode}`);
      const r = await runIndexChild(mode, dir);
      const what = mode === 'extension' ? "extension's ArticleIndex" : 'same steps, no extension';
      const detail = `${fmtInt(r.articles)} articles, ${(r.bytes / MB).toFixed(0)} MB, ${fmtInt(r.speakers)} corpus speakers`;
      const mem = `peak heap +${r.peakHeapDeltaMb.toFixed(0)} MB, retained after GC +${r.retainedHeapMb.toFixed(0)} MB heap + ${r.retainedBuffersMb.toFixed(0)} MB array buffers`;
      if (mode === 'extension') {
        const yields = `includes the index's event-loop yields, one per 12 ms slice of work (by setImmediate; a setTimeout 0 would cost ${r.yieldMs.toFixed(2)} ms each here)`;
        rows.push(scaled(row('b', `index ${fmtInt(size.large)} articles: time (${what})`, r.ms / 1000, 's', `${detail}; from start() to corpus(), reading included; ${yields}`, { op: '<', limit: 3 })));
        rows.push(scaled(row('b', `index ${fmtInt(size.large)} articles: peak RSS delta (${what})`, r.peakRssDeltaMb, 'MB', `${mem}${r.unmodelled.length ? `; stub did not model: ${r.unmodelled.join(', ')}` : ''}`, { op: '<', limit: 300 })));
        if (r.cpu) {
          const all = r.cpu.main + r.cpu.others;
          rows.push(
            row('b', `index ${fmtInt(size.large)} articles: CPU of all threads (${what})`, all / 1000, 's', `main thread ${(r.cpu.main / 1000).toFixed(2)} s (finding, reading, merging), other threads ${(r.cpu.others / 1000).toFixed(2)} s (the analysis workers, V8's compiler and collector, file reads); on ${os.cpus().length} cores no less than ${(all / 1000 / os.cpus().length).toFixed(2)} s of wall time`),
          );
        }
      } else {
        rows.push(row('b', `index ${fmtInt(size.large)} articles: time (${what})`, r.ms / 1000, 's', `${detail}; read, decode, analyse, canonicalise`));
        rows.push(row('b', `index ${fmtInt(size.large)} articles: peak RSS delta (${what})`, r.peakRssDeltaMb, 'MB', mem));
      }
    }
  });

  const order = (r: Row) => MEASUREMENTS.indexOf(r.id as (typeof MEASUREMENTS)[number]);
  rows.sort((x, y) => order(x) - order(y));
  const info = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
    commit: git(repo, ['rev-parse', '--short', 'HEAD']),
    srcModified: git(repo, ['status', '--porcelain', '--', 'src']) !== '',
    quick: o.quick,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  if (o.json) process.stdout.write(`${JSON.stringify({ info, rows }, null, 2)}\n`);
  else {
    const head = `Claim Annotator bench: ${info.date}, node ${info.node}, ${info.cores} × ${info.cpu}, load ${info.loadAverage.join(' ')}, commit ${info.commit}${info.srcModified ? ' + uncommitted src/ changes' : ''}${o.quick ? ', QUICK' : ''}, ${info.seconds} s`;
    process.stdout.write(`${head}\n\n${o.markdown ? formatMarkdown(rows) : formatTable(rows)}\n`);
  }
  return 0;
}

interface RunInfo {
  date: string;
  node: string;
  cores: number;
  cpu: string;
  loadAverage: number[];
  commit: string;
  srcModified: boolean;
  quick: boolean;
}

/** Per-row medians of several `--json` runs (rows matched by measurement and name). */
async function combine(argv: string[]): Promise<number> {
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    process.stderr.write(`bench: --combine needs files\n${USAGE}\n`);
    return 2;
  }
  const runs = await Promise.all(files.map(async (f) => JSON.parse(await fs.readFile(f, 'utf8')) as { info: RunInfo; rows: Row[] }));
  const rows: Row[] = [];
  for (const first of runs[0].rows) {
    const same = runs.map((r) => r.rows.find((x) => x.id === first.id && x.name === first.name)).filter((x): x is Row => x !== undefined);
    const values = same.map((x) => x.value).filter((v): v is number => v !== null);
    const value = values.length ? median(values) : null;
    const crashes = same.filter((x) => x.value === null && x.status === 'FAIL').length;
    const spread =
      (values.length > 1 ? `; median of ${values.length} runs (${values.map((v) => v.toFixed(v >= 100 ? 0 : 2)).join(', ')})` : '') +
      (crashes > 0 && values.length > 0 ? `; crashed in ${crashes} other run(s): ${same.find((x) => x.value === null)?.detail ?? ''}` : '');
    const combined = row(first.id, first.name, value, first.unit, `${first.detail}${spread}`, first.budget);
    const failedEvery = same.every((x) => x.status === 'FAIL' && x.value === null);
    rows.push(failedEvery ? { ...combined, status: 'FAIL' } : same.some((x) => x.status === 'n/a') ? { ...combined, status: 'n/a' } : combined);
  }
  const info = runs.map((r) => r.info);
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify({ runs: info, rows }, null, 2)}\n`);
  else {
    const loads = info.map((i) => i.loadAverage[0]).join(', ');
    const dates = info.map((i) => i.date).sort();
    const head = `Claim Annotator bench: median of ${runs.length} run(s) (${dates[0]} … ${dates[dates.length - 1]}), node ${info[0].node}, ${info[0].cores} × ${info[0].cpu}, 1-min load ${loads}, commit ${[...new Set(info.map((i) => i.commit))].join(', ')}`;
    process.stdout.write(`${head}\n\n${argv.includes('--markdown') ? formatMarkdown(rows) : formatTable(rows)}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
