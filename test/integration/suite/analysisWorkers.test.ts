import * as assert from 'assert';
import { Worker } from 'worker_threads';
import * as vscode from 'vscode';
import type { ArticleIndex } from '../../../src/extension/index/articleIndex';
import { EXTENSION_ID, extensionApi } from './claimAnnotatorHelpers';

type IndexClass = new (options: ConstructorParameters<typeof ArticleIndex>[0]) => ArticleIndex;

/** What the views read of an index, in a form two indexes can be compared by. */
function snapshot(index: ArticleIndex): unknown {
  const corpus = index.corpus();
  return {
    articles: index.articles().map((a) => ({ id: a.id, title: a.title, meta: a.meta, counts: a.counts, analysis: a.analysis, speakers: a.analysis.speakers.map((s) => index.canonicalName(a, s.name)) })),
    speakers: corpus.speakers,
    quotesOf: corpus.speakers.map((s) => corpus.quotesOf(s.name)),
  };
}

/**
 * The extension hands a large workspace's closed articles to worker threads running the bundled
 * dist/analysisWorker.js. The workspaces here are too small for that threshold, so a second index
 * of the same workspace is made with workers from the first article, in this real extension host,
 * and must index exactly what the extension's own index did.
 */
describe('analysis on worker threads in the extension host', function () {
  this.timeout(60_000);

  it('the bundled worker script indexes the workspace exactly as the host thread does', async () => {
    const api = await extensionApi();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const Index = api.index.constructor as IndexClass;
    let batches = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      batches++;
      return post.apply(this, args);
    };
    const pooled = new Index({ analysisWorker: vscode.Uri.joinPath(extension.extensionUri, 'dist', 'analysisWorker.js'), workers: 2, workersFrom: 0 });
    try {
      await pooled.start();
      await pooled.whenIdle();
    } finally {
      Worker.prototype.postMessage = post;
    }
    try {
      assert.ok(batches > 0, 'no batch was sent to a worker');
      assert.ok(pooled.articles().length > 0);
      assert.deepStrictEqual(snapshot(pooled), snapshot(api.index));
    } finally {
      pooled.dispose();
    }
  });
});
