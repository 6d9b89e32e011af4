import * as vscode from 'vscode';
import { prepareText, type TextEdit } from '../../core/annotations';
import { SIDECAR_SUFFIX } from '../constants';
import { articleOfSidecar, sidecarUri } from '../index/speakerKnowledge';
import { baseName } from '../util/files';
import { KeyedDebouncer } from '../util/keyedDebouncer';
import { UNTRUSTED_REASON } from '../util/trust';
import { anchorAll, anchorIn, recordsToWrite, shiftAnchors } from './anchors';
import { openDocument, readArticleText, SidecarDisk, type ChangeOutcome } from './sidecarDisk';
import { SidecarEntry } from './sidecarEntry';
import { sidecarWrites } from './sidecarWriteQueue';

export type { ChangeOutcome } from './sidecarDisk';

const SETTLE_MS = 250;

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
  private readonly disk = new SidecarDisk((entry) => void this.retryWrite(entry));
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
    const loaded = sidecarWrites.run(entry.sidecar.toString(), () => this.disk.sync(entry, true)).then(() => undefined);
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
      await this.disk.sync(entry, false);
      // Changes held here after a refused write win over an older file: write them now.
      if (entry.unsaved && !entry.problem) await this.disk.write(entry);
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
        await this.disk.sync(entry, false);
        const reason = entry.readOnlyReason() ?? (vscode.workspace.isTrusted ? undefined : UNTRUSTED_REASON);
        if (reason) return { kind: 'refused', reason };
        await this.refreshArticleText(entry);
        if (!mutate(entry, entry.currentText())) return { kind: 'unchanged' };
        entry.unsaved = true;
        const outcome = await this.disk.write(entry);
        this.fire(entry);
        return outcome;
      }),
    );
  }

  /** Writes changes held here after a failed write (the reviewer chose Retry); a no-op once they are on disk. */
  async retryWrite(entry: SidecarEntry): Promise<ChangeOutcome> {
    const outcome = await sidecarWrites.run(entry.sidecar.toString(), async (): Promise<ChangeOutcome> => {
      await this.disk.sync(entry, false);
      return entry.unsaved ? this.disk.write(entry) : { kind: 'unchanged' };
    });
    this.fire(entry);
    return outcome;
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
      await this.disk.sync(entry, false);
      if (!entry.readOnlyReason()) await this.disk.write(entry);
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
    const result = await this.disk.moveSidecar(oldSidecar, newSidecar);
    if (result !== 'moved') return result;
    if (entry) {
      this.entriesByArticle.delete(entry.key);
      entry.article = newArticle;
      entry.sidecar = newSidecar;
      entry.live = openDocument(newArticle);
      this.entriesByArticle.set(entry.key, entry);
    }
    this.disk.diagnostics.delete(oldSidecar);
    await this.disk.renameArticleField(newSidecar, baseName(newArticle));
    const moved = entry ?? (await this.load(newArticle));
    await sidecarWrites.run(newSidecar.toString(), () => this.disk.sync(moved, false));
    this.fire(moved);
    return 'moved';
  }

  /**
   * A folder was renamed or moved: its sidecars went with their articles, so the entries below it
   * are only re-keyed and read again at their new places (an entry already made there, by the
   * index finding the moved article first, is the one kept).
   */
  async folderRenamed(oldFolder: vscode.Uri, newFolder: vscode.Uri): Promise<void> {
    const oldPrefix = folderPrefix(oldFolder);
    const newPrefix = folderPrefix(newFolder);
    const moved: SidecarEntry[] = [];
    for (const entry of this.entries()) {
      if (!entry.key.startsWith(oldPrefix)) continue;
      const newArticle = vscode.Uri.parse(newPrefix + entry.key.slice(oldPrefix.length));
      this.entriesByArticle.delete(entry.key);
      this.disk.diagnostics.delete(entry.sidecar);
      const there = this.entry(newArticle);
      if (there) {
        moved.push(there);
        continue;
      }
      entry.article = newArticle;
      entry.sidecar = sidecarUri(newArticle);
      entry.live = openDocument(newArticle);
      this.entriesByArticle.set(entry.key, entry);
      moved.push(entry);
    }
    if (moved.length === 0) return;
    await Promise.all(moved.map((entry) => sidecarWrites.run(entry.sidecar.toString(), () => this.disk.sync(entry, false))));
    this.fire(undefined);
  }

  /** The sidecar file itself was deleted. Changes not yet written stay held here. */
  async sidecarDeleted(sidecar: vscode.Uri): Promise<void> {
    const article = articleOfSidecar(sidecar);
    const entry = article && this.entry(article);
    if (!entry) return;
    await sidecarWrites.run(sidecar.toString(), () => this.disk.sync(entry, false));
    this.fire(entry);
  }

  /**
   * A folder was deleted: file watchers report the folder alone, not the sidecars in it, so each
   * entry whose sidecar was below it is read again (and finds its file gone).
   */
  async folderDeleted(folder: vscode.Uri): Promise<void> {
    const prefix = folderPrefix(folder);
    const below = this.entries().filter((e) => e.sidecar.toString().startsWith(prefix));
    await Promise.all(below.map((e) => this.sidecarDeleted(e.sidecar)));
  }

  /** A workspace folder was added: its sidecars are read. */
  async folderAdded(folder: vscode.Uri): Promise<void> {
    await this.filesArrived(await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `**/*${SIDECAR_SUFFIX}`), '**/node_modules/**'));
  }

  /** Files of a folder that arrived (moved in, or made with its files at once; watchers report the folder alone): its sidecars are read. */
  async filesArrived(files: readonly vscode.Uri[]): Promise<void> {
    for (const file of files) if (file.path.endsWith(SIDECAR_SUFFIX)) await this.sidecarChanged(file);
  }

  /**
   * A workspace folder was removed: its files are still on disk, so nothing is read or written,
   * but its annotations are no longer the workspace's. An entry holding changes its sidecar
   * refused stays, so that no reviewer's work is dropped; so does one another workspace folder
   * still holds (a folder nested in one still open).
   */
  async folderLeft(folder: vscode.Uri): Promise<void> {
    const prefix = folderPrefix(folder);
    const below = this.entries().filter((e) => e.key.startsWith(prefix) && vscode.workspace.getWorkspaceFolder(e.article) === undefined);
    if (below.length === 0) return;
    // writes already queued finish first: they may be the ones that make an entry unsaved
    await Promise.all(below.map((e) => sidecarWrites.run(e.sidecar.toString(), async () => undefined)));
    for (const entry of below) {
      if (entry.unsaved || this.entry(entry.article) !== entry) continue;
      this.settle.cancel(entry.key);
      this.unsettled.delete(entry.key);
      this.entriesByArticle.delete(entry.key);
      this.disk.diagnostics.delete(entry.sidecar);
    }
    this.fire(undefined);
  }

  /** Resolves once no read or write of any sidecar is queued and no re-anchoring is pending (tests). */
  async whenIdle(): Promise<void> {
    for (const e of this.entries()) if (e.live) this.flushLive(e);
    await sidecarWrites.idle();
  }

  dispose(): void {
    this.settle.dispose();
    this.changeEmitter.dispose();
    this.disk.dispose();
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

}

/** A folder's URI as the start of its children's. */
function folderPrefix(folder: vscode.Uri): string {
  return folder.toString().replace(/\/?$/, '/');
}
