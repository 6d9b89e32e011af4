/**
 * (b) Indexing a workspace, in a child process so its memory is its own. Two ways:
 * - `extension`: the extension's own ArticleIndex (src/extension/index) over the stub `vscode`,
 *   from start() to the corpus index the views ask for: finding files, reading, decoding,
 *   analysing, speaker knowledge, the event-loop yields between slices of work, canonicalizeCorpus.
 *   It analyses on worker threads as the extension does (the worker script is built next to this
 *   bundle; BENCH_INDEX_WORKERS=N starts N of them instead of one per core).
 * - `pipeline`: the same steps without the extension around them (read the bytes, refuse NUL,
 *   decode UTF-8 fatal, analyse with the directory's hints, apply corrections and the directory,
 *   canonicalise), to tell the engine's share from the scheduling's.
 */
import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { analyzeArticle, articleFormat, canonicalizeCorpus, DEFAULT_ARTICLE_EXCLUDE, DEFAULT_ARTICLE_INCLUDE, globMatcher, type CorpusArticle } from '../src/core';
import { applySpeakerCorrections, applySpeakerDirectory, speakerHintsFromDirectory } from '../src/core/speakerCorrections';
import { ArticleIndex } from '../src/extension/index/articleIndex';
import { MB, now, threadCpuMs } from './stats';
import { setWorkspaceFolders, stubState, Uri } from './vscodeStub';

export type IndexMode = 'extension' | 'pipeline';

export interface IndexResult {
  mode: IndexMode;
  articles: number;
  speakers: number;
  bytes: number;
  ms: number;
  /** Peak resident set size of the child minus its resident size before indexing. */
  peakRssDeltaMb: number;
  /** Highest heap use seen while indexing, minus the heap before. */
  peakHeapDeltaMb: number;
  /** Heap still used after indexing and a full GC, minus the heap before: what the index keeps. */
  retainedHeapMb: number;
  /** Array buffers still held after the GC, minus those before (outside the heap: packed analyses, file bytes). */
  retainedBuffersMb: number;
  /** What one `await setTimeout(0)` costs in this process (the index yields by setImmediate, once per slice of work). */
  yieldMs: number;
  /** CPU (ms) of the child's main thread and of its other threads from start to the corpus index, where the system tells (Linux). */
  cpu?: { main: number; others: number };
  unmodelled: string[];
}

/** Runs one mode in a fresh node process (this same bundle, `--child-index MODE DIR`). */
export function runIndexChild(mode: IndexMode, dir: string): Promise<IndexResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', process.argv[1], '--child-index', mode, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`index child (${mode}) exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as IndexResult);
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  });
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** The child's side: index, sample memory meanwhile, print one JSON line. */
export async function indexChild(mode: IndexMode, dir: string): Promise<void> {
  gc();
  const baseRss = process.memoryUsage.rss();
  const { heapUsed: baseHeap, arrayBuffers: baseBuffers } = process.memoryUsage();
  let peakHeap = baseHeap;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 10);
  const cpuBefore = threadCpuMs();
  const t0 = now();
  const done = mode === 'extension' ? await indexWithExtension(dir) : await indexWithPipeline(dir);
  const ms = now() - t0;
  clearInterval(sampler);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const bytes = done.bytes();
  gc();
  const retained = process.memoryUsage().heapUsed - baseHeap;
  const retainedBuffers = process.memoryUsage().arrayBuffers - baseBuffers;
  const ty = now();
  for (let i = 0; i < 200; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  const yieldMs = (now() - ty) / 200;
  const result: IndexResult = {
    mode,
    articles: done.articles,
    speakers: done.speakers,
    bytes,
    ms,
    peakRssDeltaMb: (peakRss - baseRss) / MB,
    peakHeapDeltaMb: (peakHeap - baseHeap) / MB,
    retainedHeapMb: retained / MB,
    retainedBuffersMb: retainedBuffers / MB,
    yieldMs,
    cpu: cpuBefore && done.cpu ? { main: done.cpu.main - cpuBefore.main, others: done.cpu.others - cpuBefore.others } : undefined,
    unmodelled: [...stubState.unmodelled].sort(),
  };
  // Keep the index alive until memory was read, so the GC cannot take it early.
  if (done.keep === undefined) throw new Error('nothing indexed');
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

interface Indexed {
  articles: number;
  speakers: number;
  /** Counted after the clock stopped: the extension's articles are decoded to count them. */
  bytes: () => number;
  keep: unknown;
  /** Thread CPU when the work was done (read before worker threads are stopped, which takes their counts with them). */
  cpu: ReturnType<typeof threadCpuMs>;
}

async function indexWithExtension(dir: string): Promise<Indexed> {
  setWorkspaceFolders([dir]);
  // The worker script is bundled next to this one (see the bench script in package.json), as dist/ has it next to extension.js.
  const workers = process.env.BENCH_INDEX_WORKERS ? Number(process.env.BENCH_INDEX_WORKERS) : undefined;
  const index = new ArticleIndex({ analysisWorker: Uri.file(path.join(__dirname, 'analysisWorker.js')), workers });
  await index.start();
  const corpus = index.corpus();
  const articles = index.articles();
  const bytes = (): number => articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const result = { articles: articles.length, speakers: corpus.speakers.length, bytes, keep: [index, corpus], cpu: threadCpuMs() };
  index.dispose();
  return result;
}

async function listArticles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const include = DEFAULT_ARTICLE_INCLUDE.map((g) => globMatcher(g));
  const exclude = DEFAULT_ARTICLE_EXCLUDE.map((g) => globMatcher(g, { dot: true }));
  const files: string[] = [];
  for (const d of entries) {
    if (!d.isFile()) continue;
    const rel = path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/');
    if (include.some((matches) => matches(rel)) && !exclude.some((matches) => matches(rel))) files.push(rel);
  }
  return files.sort();
}

async function indexWithPipeline(dir: string): Promise<Indexed> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const corpus: CorpusArticle[] = [];
  let bytes = 0;
  // No speaker directory and no sidecars in the generated corpus: the empty lists the extension gets.
  const directory: Parameters<typeof applySpeakerDirectory>[1] = [];
  for (const rel of await listArticles(dir)) {
    const file = path.join(dir, ...rel.split('/'));
    const stat = await fs.stat(file);
    if (stat.size > 5 * MB) continue;
    const raw = await fs.readFile(file);
    if (raw.includes(0)) continue;
    const text = decoder.decode(raw);
    bytes += raw.length;
    const fileName = rel.slice(rel.lastIndexOf('/') + 1);
    const analysis = analyzeArticle(text, { format: articleFormat(fileName), fileName, speakerHints: speakerHintsFromDirectory(directory) });
    corpus.push({ id: rel, analysis: applySpeakerDirectory(applySpeakerCorrections(analysis, []).analysis, directory) });
  }
  const index = canonicalizeCorpus(corpus);
  return { articles: corpus.length, speakers: index.speakers.length, bytes: () => bytes, keep: [corpus, index], cpu: threadCpuMs() };
}
