import { promises as fs } from 'fs';
import * as path from 'path';

/** A lock older than this was left by a writer that died mid-write: it is taken over. */
const STALE_LOCK_MS = 10_000;
/** How long a writer waits for another's lock before giving up. */
const LOCK_WAIT_MS = 10_000;

/** The lock beside a file: every writer of sidecars (each editor window, the CLI) must name it alike. */
export function lockPathFor(fsPath: string): string {
  return path.join(path.dirname(fsPath), `.${path.basename(fsPath)}.lock`);
}

/**
 * Runs `task` (a read-compare-write of `fsPath`) while holding a lock shared with every other
 * window and process: a file beside it created with O_EXCL, which only one of them can create.
 * Another writer's save between our read and our rename would otherwise be lost. A lock that
 * cannot be created for another reason (read-only folder, full disk) does not stop the task: the
 * write then fails with the real error.
 */
export async function withPathLock<T>(fsPath: string, task: () => Promise<T>): Promise<T> {
  const lock = lockPathFor(fsPath);
  const deadline = Date.now() + LOCK_WAIT_MS;
  let held = false;
  for (;;) {
    try {
      const handle = await fs.open(lock, 'wx');
      await handle.close();
      held = true;
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') break;
      const since = await fs.stat(lock).then((st) => Date.now() - st.mtimeMs, () => 0);
      if (since > STALE_LOCK_MS) await fs.unlink(lock).catch(() => undefined);
      else if (Date.now() > deadline) throw new Error(`${path.basename(fsPath)} is being written by another window (or ${path.basename(lock)} was left behind)`);
      else await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 30));
    }
  }
  try {
    return await task();
  } finally {
    if (held) await fs.unlink(lock).catch(() => undefined);
  }
}
