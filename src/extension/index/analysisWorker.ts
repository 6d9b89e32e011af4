/**
 * The entry of a worker thread that analyses closed articles (bundled apart, as dist/analysisWorker.js).
 * It takes a batch of jobs per message and answers with one message per batch, the packed analyses'
 * buffers moved, not copied.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeInWorker } from './indexAnalysis';
import type { BatchReply, BatchRequest, JobOutcome } from './analysisPool';

function outcome(job: BatchRequest['jobs'][number]): JobOutcome {
  try {
    return analyzeInWorker(job);
  } catch (e) {
    // The index analyses the article again in its own thread, where the error is reported as it always was.
    return { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}

const port = parentPort;
if (port) {
  port.on('message', (request: BatchRequest) => {
    const outcomes = request.jobs.map(outcome);
    const transfer: ArrayBuffer[] = [];
    for (const o of outcomes) if (o.kind === 'ok') transfer.push(o.packed.data.buffer as ArrayBuffer);
    const reply: BatchReply = { batch: request.batch, outcomes };
    port.postMessage(reply, transfer);
  });
}
