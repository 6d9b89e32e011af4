import { createHash } from 'crypto';
import * as vscode from 'vscode';
import { createSidecarDocument, parseSidecar, prepareText, serializeSidecar, setAnnotations, type Annotation, type SidecarParse } from '../../core/annotations';
import { reconcileWithDisk } from '../../core/annotations/reconcile';
import { baseName, readTextFileIfExists, replaceRefusal, withFileLock, writeTextFileAtomic } from '../util/files';
import { UNTRUSTED_REASON } from '../util/trust';
import { anchorAll, anchorIn, isPlaced, recordsToWrite } from './anchors';
import { sidecarDiagnostics } from './sidecarDiagnostics';
import type { SidecarEntry } from './sidecarEntry';
import { sidecarWrites } from './sidecarWriteQueue';

/** What became of a change: on disk, held here after a refused write, refused (read-only), or a no-op. */
export type ChangeOutcome = { kind: 'saved' } | { kind: 'kept'; error: string } | { kind: 'refused'; reason: string } | { kind: 'unchanged' };

/** The sidecar as just read: its text (undefined: no file) and parse (undefined: no file or blank). */
interface DiskState {
  text: string | undefined;
  parse: SidecarParse | undefined;
}

/** The action of a failed write's message: writes the kept changes again (after the reviewer freed space or made the file writable). */
export const RETRY = 'Retry';

const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex');
const byId = (list: readonly Annotation[]): Map<string, Annotation> => new Map(list.map((a) => [a.id, a]));
export const fileExists = (uri: vscode.Uri): Promise<boolean> => Promise.resolve(vscode.workspace.fs.stat(uri)).then(
  () => true,
  () => false,
);

export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
}

/** The article's text: the open editor's, else the file's; undefined when it is missing or unreadable. */
export async function readArticleText(uri: vscode.Uri): Promise<string | undefined> {
  const open = openDocument(uri);
  if (open) return open.getText();
  try {
    return await readTextFileIfExists(uri);
  } catch {
    return undefined;
  }
}

/**
 * Reading and writing sidecar files for the store. Every method that takes an entry must run in
 * that sidecar's queue (sidecarWrites). What was read is remembered by hash, so a write can tell
 * whether someone else changed the file since; the Problems panel shows what is wrong in a file.
 */
export class SidecarDisk implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('claimAnnotator.sidecars');

  /** `retry`: the reviewer asked to write an entry's kept changes again (the Retry of a failed write's message). */
  constructor(private readonly retry: (entry: SidecarEntry) => void = () => undefined) {}

  /** Reads the sidecar and brings the entry up to date with it (must run in the sidecar's queue). */
  async sync(entry: SidecarEntry, first: boolean): Promise<DiskState | undefined> {
    if (first) {
      entry.live = openDocument(entry.article);
      entry.snapshot = await readArticleText(entry.article);
    }
    let text: string | undefined;
    try {
      // A link is shown but never written: the reviewer is told before typing anything.
      entry.refusal = await replaceRefusal(entry.sidecar, 'link');
      text = await readTextFileIfExists(entry.sidecar);
    } catch (e) {
      void vscode.window.showErrorMessage(`Claim Annotator: cannot read ${baseName(entry.sidecar)}: ${String(e)}`);
      return undefined;
    }
    return this.apply(entry, text, first);
  }

  /**
   * Takes in the sidecar's text as just read. Unchanged bytes (same hash) are skipped; a file
   * that fails to parse leaves the annotations held here alone and marks them read-only; a
   * changed file is merged by id.
   */
  private apply(entry: SidecarEntry, text: string | undefined, first: boolean): DiskState {
    const empty = text === undefined || text.trim() === '';
    const hash = empty ? undefined : hashOf(text);
    const parse = empty ? undefined : parseSidecar(text);
    const state: DiskState = { text, parse };
    // A file caught empty is most likely being rewritten in place by another tool: it says nothing
    // about the annotations, so nothing is dropped for it (a deleted file is another matter).
    if (text !== undefined && empty && entry.base.size > 0) return state;
    if (!first && hash === entry.diskHash && !(hash === undefined && entry.base.size > 0)) return state;
    this.diagnostics.set(entry.sidecar, sidecarDiagnostics(parse, text ?? '', baseName(entry.article)));
    if (parse && !parse.ok) {
      entry.problem = { kind: 'invalid', errors: parse.errors };
      // Remembered so that putting the last good text back counts as a change; `base` stays the last good copy.
      entry.diskHash = hash;
      if (first) entry.anchors = anchorAll(entry.records.values(), entry.currentText());
      return state;
    }
    entry.problem = parse?.sidecar.readOnly ? { kind: 'newer', version: parse.sidecar.version } : undefined;
    const disk = parse?.sidecar.annotations ?? [];
    const merged = reconcileWithDisk([...entry.records.values()], entry.base, disk, entry.deleted);
    const before = entry.records;
    entry.records = byId(merged.annotations);
    entry.base = byId(disk);
    entry.diskHash = hash;
    const articleText = entry.currentText();
    if (first) {
      entry.anchors = anchorAll(entry.records.values(), articleText);
      return state;
    }
    const view = articleText === undefined ? undefined : prepareText(articleText);
    for (const id of [...entry.anchors.keys()]) if (!entry.records.has(id)) entry.anchors.delete(id);
    for (const record of entry.records.values()) {
      const was = before.get(record.id);
      if (!was || was.target !== record.target || !entry.anchors.has(record.id)) entry.anchors.set(record.id, anchorIn(record, articleText, view));
    }
    return state;
  }

  /**
   * Writes what is held here (must run in the sidecar's queue): the file is read again and, if
   * it changed since it was read, merged first; a file that does not parse is never written;
   * the bytes go through a temporary file and a rename.
   */
  async write(entry: SidecarEntry): Promise<ChangeOutcome> {
    try {
      // Other windows (and processes) write this file too: nobody writes between our read and our rename.
      return await withFileLock(entry.sidecar, () => this.writeLocked(entry));
    } catch (e) {
      return this.kept(entry, e);
    }
  }

  private async writeLocked(entry: SidecarEntry): Promise<ChangeOutcome> {
    let disk: DiskState;
    try {
      disk = this.apply(entry, await readTextFileIfExists(entry.sidecar), false);
    } catch (e) {
      return this.kept(entry, e);
    }
    const reason = entry.readOnlyReason() ?? (vscode.workspace.isTrusted ? undefined : UNTRUSTED_REASON);
    if (reason || (disk.parse && !disk.parse.ok)) return { kind: 'refused', reason: reason ?? `${baseName(entry.sidecar)} does not parse` };
    const doc = disk.parse?.ok ? disk.parse.doc : createSidecarDocument(baseName(entry.article));
    const records = recordsToWrite(entry.records.values(), entry.anchors, entry.currentText());
    if (disk.text === undefined && records.length === 0) {
      entry.unsaved = false;
      entry.deleted.clear();
      return { kind: 'unchanged' };
    }
    setAnnotations(doc, records);
    const out = serializeSidecar(doc);
    try {
      if (out !== disk.text) await writeTextFileAtomic(entry.sidecar, out);
    } catch (e) {
      return this.kept(entry, e);
    }
    entry.diskHash = hashOf(out);
    entry.records = byId(records);
    entry.base = byId(records);
    entry.deleted.clear();
    entry.unsaved = false;
    for (const record of records) {
      const anchor = entry.anchors.get(record.id);
      if (isPlaced(anchor) && anchor.start === record.target.start && anchor.end === record.target.end) entry.anchors.set(record.id, { ...anchor, status: 'exact', score: 1 });
    }
    return { kind: 'saved' };
  }

  private kept(entry: SidecarEntry, e: unknown): ChangeOutcome {
    entry.unsaved = true;
    const error = e instanceof Error ? e.message : String(e);
    void vscode.window
      .showErrorMessage(
        `Claim Annotator: could not write ${vscode.workspace.asRelativePath(entry.sidecar)} (${error}). The change is kept in this window and written with the next change, or on Retry.`,
        RETRY,
      )
      .then((choice) => {
        if (choice === RETRY) this.retry(entry);
      });
    return { kind: 'kept', error };
  }

  /** Moves a sidecar to its article's new name; never over an existing file. */
  moveSidecar(from: vscode.Uri, to: vscode.Uri): Promise<'moved' | 'none' | 'occupied'> {
    return sidecarWrites.run(from.toString(), async () => {
      if (!vscode.workspace.isTrusted || !(await fileExists(from))) return 'none';
      if (await fileExists(to)) return 'occupied';
      await vscode.workspace.fs.rename(from, to, { overwrite: false });
      return 'moved';
    });
  }

  /** Points a moved sidecar's `article:` at the article's new name (a file that does not validate is left as it is). */
  renameArticleField(sidecar: vscode.Uri, name: string): Promise<void> {
    return sidecarWrites.run(sidecar.toString(), () => withFileLock(sidecar, async () => {
      const text = await readTextFileIfExists(sidecar);
      const parsed = text === undefined ? undefined : parseSidecar(text);
      if (!vscode.workspace.isTrusted || !parsed?.ok || parsed.sidecar.readOnly || parsed.sidecar.article === name) return;
      parsed.doc.set('article', name);
      await writeTextFileAtomic(sidecar, serializeSidecar(parsed.doc));
    }));
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}
