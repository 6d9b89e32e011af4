import * as vscode from 'vscode';
import { captureTarget, utcTimestamp, type Annotation } from '../../core/annotations';
import { escapeMarkdown } from '../../core/markdownEscape';
import type { ArticleIndex } from '../index/articleIndex';
import { openArticleRange } from '../navigation/openRange';
import { annotate, reportOutcome } from './annotateCommand';
import type { AnnotationStore } from './annotationStore';
import { resolveAnnotationSpan } from './annotationTarget';
import { AnnotationComment, type AnnotationThreads } from './commentThreads';
import { reviewerName } from './reviewer';
import { pickVerdict } from './verdicts';

/**
 * What the annotation commands receive, depending on where they are invoked: a comment (comment
 * menus), a thread or a reply (thread menus), an Annotations view node, or an id (tests, links).
 */
export function annotationIdOf(arg: unknown, threads: AnnotationThreads): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg instanceof AnnotationComment) return arg.annotationId;
  if (typeof arg !== 'object' || arg === null) return undefined;
  const value = arg as { annotationId?: unknown; id?: unknown; thread?: vscode.CommentThread; uri?: unknown; comments?: unknown };
  if (typeof value.annotationId === 'string') return value.annotationId;
  if (value.thread) return threads.idOf(value.thread);
  if (Array.isArray(value.comments)) {
    const own = threads.idOf(arg as vscode.CommentThread);
    if (own) return own;
    const first: unknown = value.comments[0];
    return first instanceof AnnotationComment ? first.annotationId : undefined;
  }
  return typeof value.id === 'string' ? value.id : undefined;
}

/** The actions on existing annotations: from comment threads, the Annotations view and tests. */
export class AnnotationActions {
  constructor(
    private readonly index: ArticleIndex,
    private readonly store: AnnotationStore,
    private readonly threads: AnnotationThreads,
  ) {}

  /** Changes one annotation's fields (and its `modified` time) and saves. */
  private async update(id: string, change: (record: Annotation) => Partial<Annotation> | undefined): Promise<boolean> {
    const entry = this.store.find(id);
    if (!entry) return false;
    const outcome = await this.store.change(entry.article, (current) => {
      const record = current.records.get(id);
      const patch = record && change(record);
      if (!record || !patch) return false;
      current.records.set(id, { ...record, ...patch, modified: utcTimestamp(new Date()) });
      return true;
    });
    return reportOutcome(outcome);
  }

  /**
   * The reply box. On an annotation's thread, a reply is added to the note as a paragraph signed
   * by the reviewer: the sidecar keeps one note per annotation, so exports and the CLI see the
   * whole discussion. On a new thread (started from the gutter) it creates the annotation.
   */
  async reply(reply: vscode.CommentReply): Promise<boolean> {
    const id = this.threads.idOf(reply.thread);
    const text = reply.text.trim();
    if (!id) return this.annotateFromGutter(reply);
    if (!text) return false;
    const entry = this.store.find(id);
    const reviewer = await reviewerName(entry?.article);
    const signed = `**${escapeMarkdown(reviewer)}** (${utcTimestamp(new Date()).replace('T', ' ').replace('Z', ' UTC')}): ${text}`;
    return this.update(id, (r) => ({ note: r.note.trim() ? `${r.note.trimEnd()}\n\n${signed}` : signed }));
  }

  private async annotateFromGutter(reply: vscode.CommentReply): Promise<boolean> {
    const thread = reply.thread;
    const document = await vscode.workspace.openTextDocument(thread.uri);
    const range = thread.range ?? new vscode.Range(0, 0, 0, 0);
    // A gutter thread covers whole lines; the text selected in the editor is more precise when there is one.
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document && !e.selection.isEmpty && range.contains(e.selection));
    const chosen = editor?.selection ?? new vscode.Range(range.start, document.lineAt(range.end.line).range.end);
    const id = await annotate(this.index, this.store, { uri: thread.uri, range: chosen, note: reply.text });
    if (id) {
      thread.dispose();
      this.threads.expandWhenShown(id);
    }
    return id !== undefined;
  }

  edit(arg: unknown): void {
    const id = annotationIdOf(arg, this.threads);
    if (id) this.threads.setEditing(id, true);
  }

  cancelEdit(arg: unknown): void {
    const id = annotationIdOf(arg, this.threads);
    if (id) this.threads.setEditing(id, false);
  }

  async saveEdit(arg: unknown): Promise<boolean> {
    const id = annotationIdOf(arg, this.threads);
    if (!id) return false;
    const body = arg instanceof AnnotationComment ? arg.body : undefined;
    const note = typeof body === 'string' ? body : body?.value;
    this.threads.setEditing(id, false);
    return note === undefined ? false : this.update(id, (r) => (r.note === note ? undefined : { note }));
  }

  async changeVerdict(arg: unknown, verdictArg?: unknown): Promise<boolean> {
    const id = annotationIdOf(arg, this.threads);
    const record = id ? this.store.find(id)?.records.get(id) : undefined;
    if (!id || !record) return false;
    const verdict = typeof verdictArg === 'string' ? verdictArg : await pickVerdict('Change Verdict', record.verdict);
    if (!verdict) return false;
    return this.update(id, (r) => (r.verdict === verdict ? undefined : { verdict }));
  }

  /** Deletes after a confirmation (`confirmed` true skips it: tests). */
  async delete(arg: unknown, confirmed?: unknown): Promise<boolean> {
    const id = annotationIdOf(arg, this.threads);
    const entry = id ? this.store.find(id) : undefined;
    const record = id ? entry?.records.get(id) : undefined;
    if (!id || !entry || !record) return false;
    if (confirmed !== true) {
      const answer = await vscode.window.showWarningMessage(
        `Delete the ${record.verdict} annotation on “${record.target.exact.slice(0, 60)}”?`,
        { modal: true, detail: 'It is removed from the sidecar file; git keeps earlier versions.' },
        'Delete',
      );
      if (answer !== 'Delete') return false;
    }
    const outcome = await this.store.change(entry.article, (current) => {
      if (!current.records.delete(id)) return false;
      current.anchors.delete(id);
      current.deleted.add(id);
      return true;
    });
    return reportOutcome(outcome);
  }

  async setResolved(arg: unknown, resolved: boolean): Promise<void> {
    const id = annotationIdOf(arg, this.threads);
    if (id) await this.threads.setResolved(id, resolved);
  }

  /** Accepts the place a fuzzy match found: the annotation is re-captured there. */
  async accept(arg: unknown): Promise<boolean> {
    const id = annotationIdOf(arg, this.threads);
    const entry = id ? this.store.find(id) : undefined;
    if (!id || !entry) return false;
    const outcome = await this.store.change(entry.article, (current, text) => {
      const anchor = current.anchors.get(id);
      const record = current.records.get(id);
      if (!record || !anchor || anchor.status !== 'fuzzy' || text === undefined) return false;
      const target = captureTarget(text, anchor.start, anchor.end);
      current.records.set(id, { ...record, target, modified: utcTimestamp(new Date()) });
      current.anchors.set(id, { status: 'exact', start: target.start, end: target.end, score: 1 });
      return true;
    });
    return reportOutcome(outcome);
  }

  /**
   * Re-attaches an annotation (an orphan, or any) to the selection in its article's editor, or
   * to explicit `{start, end}` offsets (tests).
   */
  async reattach(arg: unknown, spanArg?: unknown): Promise<boolean> {
    const id = annotationIdOf(arg, this.threads);
    const entry = id ? this.store.find(id) : undefined;
    if (!id || !entry) return false;
    const explicit = typeof spanArg === 'object' && spanArg !== null ? { ...(spanArg as object), uri: entry.article } : undefined;
    const editor = vscode.window.activeTextEditor;
    if (!explicit && editor?.document.uri.toString() !== entry.key) {
      void vscode.window.showInformationMessage(`Claim Annotator: select the text in ${vscode.workspace.asRelativePath(entry.article)} to attach the annotation to, then run this again.`);
      await vscode.window.showTextDocument(entry.article, { preview: true });
      return false;
    }
    const span = await resolveAnnotationSpan(this.index, explicit);
    if (!span) {
      void vscode.window.showInformationMessage('Claim Annotator: select the text to attach the annotation to.');
      return false;
    }
    const outcome = await this.store.change(entry.article, (current, text) => {
      const record = current.records.get(id);
      if (!record || text === undefined || span.end > text.length) return false;
      const target = captureTarget(text, span.start, span.end);
      current.records.set(id, { ...record, target, modified: utcTimestamp(new Date()) });
      current.anchors.set(id, { status: 'exact', start: target.start, end: target.end, score: 1 });
      return true;
    });
    return reportOutcome(outcome);
  }

  /** Opens an annotation's text; an orphan opens its entry in the sidecar file instead. */
  async open(arg: unknown): Promise<void> {
    const id = annotationIdOf(arg, this.threads);
    const entry = id ? this.store.find(id) : undefined;
    if (!id || !entry) return;
    const anchor = entry.anchorOf(id);
    if (anchor.status !== 'orphan') {
      await openArticleRange(entry.article, anchor.start, anchor.end);
      return;
    }
    const document = await vscode.workspace.openTextDocument(entry.sidecar);
    const at = document.getText().indexOf(id);
    const position = document.positionAt(Math.max(0, at));
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position.translate(0, at < 0 ? 0 : id.length)), preview: true });
  }
}
