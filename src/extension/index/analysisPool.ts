import type { Worker } from 'node:worker_threads';
import type { ClosedArticleJob, ClosedArticleResult } from './indexAnalysis';

/** One message to a worker: several articles, so the cost of a message is shared. */
export interface BatchRequest {
  batch: number;
  jobs: ClosedArticleJob[];
}

export type JobOutcome = ClosedArticleResult | { kind: 'failed'; message: string };

export interface BatchReply {
  batch: number;
  outcomes: JobOutcome[];
}

/** A batch closes at this many articles or bytes, whichever comes first (one long article goes alone). */
const BATCH_JOBS = 8;
const BATCH_BYTES = 64 * 1024;
/** Batches a worker holds at once: the next is there when one is done, while the reply crosses. */
const BATCHES_PER_WORKER = 2;
/** More threads than this would only share the heap's memory for little gain on an editor's machine. */
const MAX_WORKERS = 4;
/**
 * Workers left idle this long are stopped (each holds a heap of its own) and started again for the
 * next job: a scan keeps them busy, a file saved now and then does not need them kept.
 */
const IDLE_MS = 30_000;
/**
 * How long a batch may run before its worker is taken for stuck: far beyond any analysis (the
 * engine reads megabytes a second), so only a fault — a loop that never ends — reaches it.
 */
const DEADLINE_MS = 30_000;
/** … plus this per byte of the batch (10 ms a kilobyte), so a long article on a slow machine is not cut off. */
const DEADLINE_MS_PER_BYTE = 0.01;

/**
 * The analysis of this job did not finish: its worker was stopped. The caller must not analyse it
 * in its own thread, where it would not finish either.
 */
export class AnalysisUnfinished extends Error {
  constructor(fileName: string, ms: number) {
    super(`the analysis of ${fileName} did not finish in ${Math.round(ms / 1000)} s`);
    this.name = 'AnalysisUnfinished';
  }
}

interface Pending {
  job: ClosedArticleJob;
  resolve(result: ClosedArticleResult): void;
  reject(error: Error): void;
  /** Sent in a batch of its own: it was in a batch that did not finish, so it may be the one that does not. */
  alone?: boolean;
}

interface Thread {
  worker: Worker;
  batches: Map<number, Pending[]>;
  /** Stopped for being idle or stuck: its exit is no failure. */
  stopping?: boolean;
  /** Fires when the batch the worker is on (its first: it takes them in order) overruns its deadline. */
  deadline?: ReturnType<typeof setTimeout>;
}

type WorkerConstructor = typeof Worker;

/**
 * Worker threads that analyse closed articles. A job whose worker fails or exits, or that the
 * worker could not analyse, is rejected: the caller analyses it in its own thread. A worker that
 * failed is not replaced; with none left every job is rejected at once.
 *
 * A worker whose batch overruns its deadline is stopped and replaced: the batch's jobs are sent
 * again one by one, and a job that overruns alone is rejected with AnalysisUnfinished. One faulty
 * article then costs a worker's deadline, not a core spinning for ever and an index that never
 * completes.
 */
export class AnalysisPool {
  private readonly threads: Thread[] = [];
  private queue: Pending[] = [];
  private nextBatch = 0;
  private flushScheduled = false;
  private disposed = false;
  /** Workers to run: the size asked for, less those that failed. */
  private capacity: number;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly WorkerClass: WorkerConstructor,
    private readonly script: string,
    size: number,
    private readonly idleMs = IDLE_MS,
    private readonly deadline = (bytes: number): number => DEADLINE_MS + bytes * DEADLINE_MS_PER_BYTE,
  ) {
    this.capacity = size;
    for (let i = 0; i < size; i++) this.spawn();
    this.stopWhenIdle();
  }

  /** Workers running now. */
  get size(): number {
    return this.threads.length;
  }

  analyze(job: ClosedArticleJob): Promise<ClosedArticleResult> {
    if (this.disposed || this.capacity === 0) return Promise.reject(new Error(this.disposed ? 'analysis pool disposed' : 'no analysis worker left'));
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    while (this.threads.length < this.capacity) this.spawn();
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        // Jobs from the same turn (reads that completed together) go out in one message.
        setImmediate(() => {
          this.flushScheduled = false;
          this.flush();
        });
      }
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    for (const thread of [...this.threads]) this.fail(thread, new Error('analysis pool disposed'));
  }

  private spawn(): void {
    const worker = new this.WorkerClass(this.script);
    const thread: Thread = { worker, batches: new Map() };
    // An idle worker does not keep the process alive; a busy one does, until its reply is in.
    worker.unref();
    worker.on('message', (reply: BatchReply) => this.received(thread, reply));
    worker.on('error', (e: Error) => this.fail(thread, e));
    worker.on('messageerror', (e: Error) => this.fail(thread, e));
    worker.on('exit', (code) => this.fail(thread, new Error(`analysis worker exited with code ${code}`)));
    this.threads.push(thread);
  }

  private flush(): void {
    while (this.queue.length > 0) {
      let thread: Thread | undefined;
      for (const t of this.threads) if (t.batches.size < BATCHES_PER_WORKER && (!thread || t.batches.size < thread.batches.size)) thread = t;
      if (!thread) return;
      let end = 0;
      for (let bytes = 0; end < this.queue.length && end < BATCH_JOBS && (end === 0 || (bytes + this.queue[end].job.bytes.length <= BATCH_BYTES && !this.queue[end].alone)); end++) {
        bytes += this.queue[end].job.bytes.length;
        if (this.queue[end].alone) {
          end++;
          break;
        }
      }
      const pending = this.queue.slice(0, end);
      this.queue = this.queue.slice(end);
      const batch = this.nextBatch++;
      thread.batches.set(batch, pending);
      if (thread.batches.size === 1) {
        thread.worker.ref();
        this.watch(thread);
      }
      const request: BatchRequest = { batch, jobs: pending.map((p) => p.job) };
      thread.worker.postMessage(request);
    }
  }

  private received(thread: Thread, reply: BatchReply): void {
    const pending = thread.batches.get(reply.batch);
    if (!pending) return;
    thread.batches.delete(reply.batch);
    if (thread.deadline) clearTimeout(thread.deadline);
    thread.deadline = undefined;
    if (thread.batches.size === 0) thread.worker.unref();
    else this.watch(thread);
    pending.forEach((p, i) => {
      const outcome = reply.outcomes[i];
      if (outcome === undefined || outcome.kind === 'failed') p.reject(new Error(outcome?.message ?? 'no result from the analysis worker'));
      else p.resolve(outcome);
    });
    this.flush();
    this.stopWhenIdle();
  }

  /** Starts the deadline of the batch the worker takes now (its first). */
  private watch(thread: Thread): void {
    const head = thread.batches.values().next().value;
    if (!head) return;
    const ms = this.deadline(head.reduce((n, p) => n + p.job.bytes.length, 0));
    thread.deadline = setTimeout(() => this.overran(thread, head, ms), ms);
  }

  /** The worker's batch overran: the worker is replaced, and the batch's jobs sent again one by one, or the lone one rejected. */
  private overran(thread: Thread, head: Pending[], ms: number): void {
    if (!this.takeOut(thread)) return;
    thread.stopping = true;
    const again: Pending[] = [];
    for (const pending of thread.batches.values()) {
      if (pending !== head) again.push(...pending);
      else if (pending.length === 1) pending[0].reject(new AnalysisUnfinished(pending[0].job.fileName, ms));
      else again.push(...pending.map((p) => ({ ...p, alone: true })));
    }
    thread.batches.clear();
    this.queue = [...again, ...this.queue];
    if (this.disposed) return;
    this.spawn();
    this.flush();
    this.stopWhenIdle();
  }

  /** Removes a running worker from the pool and stops it (its batches are the caller's to settle); false when it was not running. */
  private takeOut(thread: Thread): boolean {
    const at = this.threads.indexOf(thread);
    if (at < 0) return false;
    this.threads.splice(at, 1);
    if (thread.deadline) clearTimeout(thread.deadline);
    thread.deadline = undefined;
    void thread.worker.terminate();
    return true;
  }

  private stopWhenIdle(): void {
    if (this.idleTimer || this.queue.length > 0 || this.threads.some((t) => t.batches.size > 0)) return;
    this.idleTimer = setTimeout(() => this.stopIdle(), this.idleMs);
    // Waiting to stop idle workers is no reason to keep the process alive.
    this.idleTimer.unref();
  }

  private stopIdle(): void {
    this.idleTimer = undefined;
    for (const thread of this.threads.splice(0)) {
      thread.stopping = true;
      void thread.worker.terminate();
    }
  }

  private fail(thread: Thread, error: Error): void {
    if (thread.stopping || !this.takeOut(thread)) return;
    if (!this.disposed) this.capacity--;
    for (const pending of thread.batches.values()) for (const p of pending) p.reject(error);
    thread.batches.clear();
    if (this.capacity === 0 || this.disposed) {
      const queued = this.queue;
      this.queue = [];
      for (const p of queued) p.reject(error);
    } else this.flush();
  }
}

/** A worker per core, or none where the host has no worker threads (the web) or cannot start the script. */
export async function startAnalysisPool(script: string, size?: number, deadline?: (bytes: number) => number): Promise<AnalysisPool | undefined> {
  try {
    const [threads, os] = await Promise.all([import('node:worker_threads'), import('node:os')]);
    const count = size ?? Math.min(MAX_WORKERS, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
    if (count < 1) return undefined;
    return new AnalysisPool(threads.Worker, script, count, undefined, deadline);
  } catch {
    return undefined;
  }
}
