/**
 * Bundled and run by indexWorkers.test.ts, with `vscode` answered by the bench's stub: indexes a
 * folder with the extension's ArticleIndex (in its own thread, or with the worker script given)
 * and prints everything the views read of it as one JSON line, with how many batches the workers were
 * sent and the notices the user was shown.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ArticleIndex } from '../../../src/extension/index/articleIndex';
import { setWorkspaceFolders, Uri, window } from '../../../bench/vscodeStub';

async function snapshot(dir: string, worker: string | undefined): Promise<unknown> {
  setWorkspaceFolders([dir]);
  // A worker that never finishes one article is given a short deadline, so the test need not wait
  // the default; not so short that a batch on a loaded machine misses it (1 s did once).
  const workerDeadline = worker?.includes('looping') ? () => 5_000 : undefined;
  const index = new ArticleIndex(worker ? { analysisWorker: Uri.file(worker), workers: 2, workersFrom: 0, workerDeadline } : {});
  await index.start();
  const corpus = index.corpus();
  const articles = index.articles().map((a) => ({
    id: a.id,
    relativePath: a.relativePath,
    title: a.title,
    meta: a.meta,
    counts: a.counts,
    text: a.text,
    analysis: a.analysis,
    speakers: a.analysis.speakers.map((s) => index.canonicalName(a, s.name)),
  }));
  const quotesOf = corpus.speakers.map((s) => corpus.quotesOf(s.name));
  index.dispose();
  return { articles, corpus: corpus.speakers, quotesOf };
}

async function main(): Promise<void> {
  const [dir, ...workers] = process.argv.slice(2);
  let batches = 0;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
    batches++;
    return post.apply(this, args);
  };
  let notices: string[] = [];
  (window as { showInformationMessage: unknown }).showInformationMessage = (message: string) => {
    notices.push(message);
    return Promise.resolve(undefined);
  };
  const out: Record<string, unknown> = { inThread: await snapshot(dir, undefined) };
  for (const worker of workers) {
    batches = 0;
    notices = [];
    out[path.basename(worker)] = { snapshot: await snapshot(dir, worker), batches, notices };
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
