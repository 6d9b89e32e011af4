import type * as vscode from 'vscode';

/**
 * Runs tasks on one file strictly one after another: a read-merge-write must never interleave
 * with another one on the same sidecar (two annotations saved in the same second, or a speaker
 * correction landing while an annotation is written). A failed task does not block the next.
 */
export class SerialQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  /** Resolves once nothing is queued on any file (tests). */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}

/** The one queue every writer of `*.annotations.yaml` files goes through (annotations and speaker corrections). */
export const sidecarWrites = new SerialQueue();

export function sidecarKey(uri: vscode.Uri): string {
  return uri.toString();
}
