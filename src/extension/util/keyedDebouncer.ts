import type * as vscode from 'vscode';

/** One pending timer per key, so a burst of edits to one document runs its work once. */
export class KeyedDebouncer<K> implements vscode.Disposable {
  private readonly timers = new Map<K, ReturnType<typeof setTimeout>>();

  schedule(key: K, delayMs: number, run: () => void): void {
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        run();
      }, delayMs),
    );
  }

  cancel(key: K): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  get pendingCount(): number {
    return this.timers.size;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
