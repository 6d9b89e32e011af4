import { createHash } from 'crypto';
import * as vscode from 'vscode';
import {
  createSidecarDocument,
  parseSidecar,
  prepareText,
  serializeSidecar,
  setAnnotations,
  type Annotation,
  type SidecarParse,
  type TextEdit,
} from '../../core/annotations';
import { reconcileWithDisk } from '../../core/annotations/reconcile';
import { articleOfSidecar, sidecarUri } from '../index/speakerKnowledge';
import { baseName, readTextFileIfExists, writeTextFileAtomic } from '../util/files';
import { KeyedDebouncer } from '../util/keyedDebouncer';
import { anchorAll, anchorIn, isPlaced, recordsToWrite, shiftAnchors } from './anchors';
import { sidecarDiagnostics } from './sidecarDiagnostics';
import { SidecarEntry } from './sidecarEntry';
import { sidecarWrites } from './sidecarWriteQueue';

/** What became of a change: on disk, held here after a refused write, refused (read-only), or a no-op. */
export type ChangeOutcome = { kind: 'saved' } | { kind: 'kept'; error: string } | { kind: 'refused'; reason: string } | { kind: 'unchanged' };

const SETTLE_MS = 250;

/** The sidecar as just read: its text (undefined: no file) and parse (undefined: no file or blank). */
interface DiskState {
  text: string | undefined;
  parse: SidecarParse | undefined;
}

const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex');
const byId = (list: readonly Annotation[]): Map<string, Annotation> => new Map(list.map((a) => [a.id, a]));

async function readArticleText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
  if (open) return open.getText();
  try {
    return await readTextFileIfExists(uri);
  } catch {
    return undefined;
  }
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
}

/**
 * Every article's annotations, read from and written to its sidecar file. All reads and writes
 * of one sidecar run in its queue; before every write the file is read again and, if someone
 * else changed it, merged by id instead of overwritten. A file that does not parse or validate
 * is never written: its errors go to the Problems panel and its annotations are read-only.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly entriesByArticle = new Map<string, SidecarEntry>();
  /** First reads in progress: callers of `load` wait for them rather than see an empty entry. */
  private readonly loading = new Map<SidecarEntry, Promise<void>>();
  private readonly changeEmitter = new vscode.EventEmitter<SidecarEntry | undefined>();
  private readonly settle = new KeyedDebouncer<string>();
  /** Articles with live edits whose orphans have not been looked for in the new text yet. */
  private readonly unsettled = new Set<string>();
  readonly diagnostics = vscode.languages.createDiagnosticCollection('claimAnnotator.sidecars');
  /** Fires after an article's annotations or their places changed (undefined: several at once). */
  readonly onDidChange = this.changeEmitter.event;

  entries(): SidecarEntry[] {
    return [...this.entriesByArticle.values()];
  }

  entry(article: vscode.Uri | string): SidecarEntry | undefined {
    return this.entriesByArticle.get(article.toString());
  }

  /** The entry holding an annotation id. */
  find(id: string): SidecarEntry | undefined {
    return this.entries().find((e) => e.records.has(id));
  }

  /** Every tag used so far, most used first (suggested when annotating). */
  knownTags(): string[] {
    const counts = new Map<string, number>();
    for (const e of this.entries()) for (const r of e.records.values()) for (const t of r.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  }

  /** Reads an article's sidecar (once; later calls return what is known). */
  async load(article: vscode.Uri): Promise<SidecarEntry> {
    const known = this.entry(article);
    if (known) {
      await this.loading.get(known);
      return known;
    }
    const entry = new SidecarEntry(article, sidecarUri(article));
    this.entriesByArticle.set(entry.key, entry);
    const loaded = sidecarWrites.run(entry.sidecar.toString(), () => this.syncLocked(entry, true)).then(() => undefined);
    this.loading.set(entry, loaded);
    try {
      await loaded;
    } finally {
      this.loading.delete(entry);
    }
    this.fire(entry);
    return entry;
  }

  /** The watcher saw the sidecar created or changed: merge what is on disk now. */
  async sidecarChanged(sidecar: vscode.Uri): Promise<void> {
    const article = articleOfSidecar(sidecar);
    if (!article) return;
    const entry = this.entry(article);
    if (!entry) {
      await this.load(article);
      return;
    }
    await sidecarWrites.run(entry.sidecar.toString(), async () => {
      await this.syncLocked(entry, false);
      // Changes held here after a refused write win over an older file: write them now.
      if (entry.unsaved && !entry.problem) await this.writeLocked(entry);
    });
    this.fire(entry);
  }

  /**
   * Applies a change to an article's annotations and writes the sidecar. `mutate` sees the
   * entry after it was brought up to date with the disk, and the article's current text; it
   * returns false when there is nothing to do.
   */
  change(article: vscode.Uri, mutate: (entry: SidecarEntry, text: string | undefined) => boolean): Promise<ChangeOutcome> {
    return this.load(article).then((entry) =>
      sidecarWrites.run(entry.sidecar.toString(), async (): Promise<ChangeOutcome> => {
        await this.syncLocked(entry, false);
        const reason = entry.readOnlyReason();
        if (reason) return { kind: 'refused', reason };
        await this.refreshArticleText(entry);
        if (!mutate(entry, entry.currentText())) return { kind: 'unchanged' };
        entry.unsaved = true;
        const outcome = await this.writeLocked(entry);
        this.fire(entry);
        return outcome;
      }),
    );
  }

  /** After the article was saved: write the new places of annotations that moved with the text. */
  async articleSaved(document: vscode.TextDocument): Promise<void> {
    const entry = this.entry(document.uri);
    if (!entry || entry.readOnlyReason() || entry.records.size === 0) return;
    this.flushLive(entry);
    const text = entry.currentText();
    const moved = recordsToWrite(entry.records.values(), entry.anchors, text).some((r) => r !== entry.records.get(r.id));
    if (!moved && !entry.unsaved) return;
    await sidecarWrites.run(entry.sidecar.toString(), async () => {
      await this.syncLocked(entry, false);
      if (!entry.readOnlyReason()) await this.writeLocked(entry);
    });
    this.fire(entry);
  }

  // ---------------------------------------------------------------------------------------------
  // Following the article's text

  /** An editor change event: shift at once (cheap), re-anchor what lost its text once typing pauses. */
  documentChanged(e: vscode.TextDocumentChangeEvent): void {
    const entry = this.entry(e.document.uri);
    if (!entry || e.contentChanges.length === 0) return;
    entry.live = e.document;
    const edits: TextEdit[] = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, newLength: c.text.length }));
    shiftAnchors(entry.anchors, entry.records, edits);
    this.unsettled.add(entry.key);
    this.settle.schedule(entry.key, SETTLE_MS, () => this.settleLive(entry));
  }

  documentOpened(document: vscode.TextDocument): void {
    const entry = this.entry(document.uri);
    if (!entry) return;
    const previous = entry.snapshot;
    entry.live = document;
    const text = document.getText();
    if (text !== previous) this.reanchor(entry, text, previous);
  }

  /** Closing drops unsaved edits: go back to the text on disk. */
  async documentClosed(document: vscode.TextDocument): Promise<void> {
    const entry = this.entry(document.uri);
    if (!entry || entry.live !== document) return;
    this.settle.cancel(entry.key);
    this.unsettled.delete(entry.key);
    let last = entry.snapshot;
    try {
      last = document.getText();
    } catch {
      // A closed document may no longer hand out its text; the stored targets still anchor.
    }
    entry.live = undefined;
    entry.snapshot = last;
    const disk = await readArticleText(document.uri);
    if (disk !== last) this.reanchor(entry, disk, last);
  }

  /** The index saw the article's text change (outside any editor): re-anchor if it did. */
  async articleTextChanged(article: vscode.Uri, text: string | undefined): Promise<void> {
    const entry = this.entry(article);
    const isLive = (): boolean => entry?.live !== undefined && !entry.live.isClosed;
    if (!entry || isLive() || text === entry.snapshot) return;
    // The index may still hold an article that was deleted a moment ago: the file decides.
    const current = await readArticleText(article);
    if (!isLive() && current !== entry.snapshot) this.reanchor(entry, current, entry.snapshot);
  }

  /** The article was deleted: its annotations become orphans (the sidecar stays). */
  articleDeleted(article: vscode.Uri): void {
    const entry = this.entry(article);
    if (!entry) return;
    entry.live = undefined;
    this.reanchor(entry, undefined, entry.snapshot);
  }

  /**
   * The article was renamed or moved: the sidecar follows under the new name with `article:`
   * updated. A sidecar already at the new place is never overwritten.
   */
  async articleRenamed(oldArticle: vscode.Uri, newArticle: vscode.Uri): Promise<'moved' | 'none' | 'occupied'> {
    const oldSidecar = sidecarUri(oldArticle);
    const newSidecar = sidecarUri(newArticle);
    const entry = this.entry(oldArticle);
    const result = await sidecarWrites.run(oldSidecar.toString(), async () => {
      const exists = await Promise.resolve(vscode.workspace.fs.stat(oldSidecar)).then(() => true, () => false);
      if (!exists) return 'none' as const;
      const occupied = await Promise.resolve(vscode.workspace.fs.stat(newSidecar)).then(() => true, () => false);
      if (occupied) return 'occupied' as const;
      await vscode.workspace.fs.rename(oldSidecar, newSidecar, { overwrite: false });
      return 'moved' as const;
    });
    if (result !== 'moved') return result;
    if (entry) {
      this.entriesByArticle.delete(entry.key);
      entry.article = newArticle;
      entry.sidecar = newSidecar;
      entry.live = openDocument(newArticle);
      this.entriesByArticle.set(entry.key, entry);
    }
    this.diagnostics.delete(oldSidecar);
    await sidecarWrites.run(newSidecar.toString(), async () => {
      const text = await readTextFileIfExists(newSidecar);
      const parsed = text === undefined ? undefined : parseSidecar(text);
      const name = baseName(newArticle);
      if (!parsed?.ok || parsed.sidecar.readOnly || parsed.sidecar.article === name) return;
      parsed.doc.set('article', name);
      await writeTextFileAtomic(newSidecar, serializeSidecar(parsed.doc));
    });
    const moved = entry ?? (await this.load(newArticle));
    await sidecarWrites.run(newSidecar.toString(), () => this.syncLocked(moved, false));
    this.fire(moved);
    return 'moved';
  }

  /** The sidecar file itself was deleted. Changes not yet written stay held here. */
  async sidecarDeleted(sidecar: vscode.Uri): Promise<void> {
    const article = articleOfSidecar(sidecar);
    const entry = article && this.entry(article);
    if (!entry) return;
    await sidecarWrites.run(sidecar.toString(), () => this.syncLocked(entry, false));
    this.fire(entry);
  }

  /** Resolves once no read or write of any sidecar is queued and no re-anchoring is pending (tests). */
  async whenIdle(): Promise<void> {
    for (const e of this.entries()) if (e.live) this.flushLive(e);
    await sidecarWrites.idle();
  }

  dispose(): void {
    this.settle.dispose();
    this.changeEmitter.dispose();
    this.diagnostics.dispose();
  }

  // ---------------------------------------------------------------------------------------------

  private fire(entry: SidecarEntry | undefined): void {
    this.changeEmitter.fire(entry);
  }

  private flushLive(entry: SidecarEntry): void {
    if (this.unsettled.has(entry.key)) {
      this.settle.cancel(entry.key);
      this.settleLive(entry);
    }
  }

  /** After typing pauses: annotations whose text was deleted look for it in the new text (a cut and paste). */
  private settleLive(entry: SidecarEntry): void {
    this.unsettled.delete(entry.key);
    const text = entry.currentText();
    if (text === undefined) return;
    const view = prepareText(text);
    for (const record of entry.records.values()) {
      if (entry.anchorOf(record.id).status === 'orphan') entry.anchors.set(record.id, anchorIn(record, text, view));
    }
    this.fire(entry);
  }

  private reanchor(entry: SidecarEntry, text: string | undefined, previous: string | undefined): void {
    entry.anchors = anchorAll(entry.records.values(), text, { anchors: entry.anchors, text: previous });
    entry.snapshot = text;
    this.fire(entry);
  }

  private async refreshArticleText(entry: SidecarEntry): Promise<void> {
    if (entry.live && !entry.live.isClosed) {
      this.flushLive(entry);
      return;
    }
    entry.live = openDocument(entry.article);
    const text = await readArticleText(entry.article);
    if (text !== entry.snapshot) this.reanchor(entry, text, entry.snapshot);
  }

  /** Reads the sidecar and brings the entry up to date with it (must run in the sidecar's queue). */
  private async syncLocked(entry: SidecarEntry, first: boolean): Promise<DiskState | undefined> {
    if (first) {
      entry.live = openDocument(entry.article);
      entry.snapshot = await readArticleText(entry.article);
    }
    let text: string | undefined;
    try {
      text = await readTextFileIfExists(entry.sidecar);
    } catch (e) {
      void vscode.window.showErrorMessage(`Claim Annotator: cannot read ${baseName(entry.sidecar)}: ${String(e)}`);
      return undefined;
    }
    return this.applyDiskText(entry, text, first);
  }

  /**
   * Takes in the sidecar's text as just read. Unchanged bytes (same hash) are skipped; a file
   * that fails to parse leaves the annotations held here alone and marks them read-only; a
   * changed file is merged by id.
   */
  private applyDiskText(entry: SidecarEntry, text: string | undefined, first: boolean): DiskState {
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
  private async writeLocked(entry: SidecarEntry): Promise<ChangeOutcome> {
    let disk: DiskState;
    try {
      disk = this.applyDiskText(entry, await readTextFileIfExists(entry.sidecar), false);
    } catch (e) {
      return this.kept(entry, e);
    }
    const reason = entry.readOnlyReason();
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
    void vscode.window.showErrorMessage(
      `Claim Annotator: could not write ${vscode.workspace.asRelativePath(entry.sidecar)} (${error}). The change is kept in this window and written with the next change.`,
    );
    return { kind: 'kept', error };
  }
}
