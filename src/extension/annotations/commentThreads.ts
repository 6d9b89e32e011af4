import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations';
import type { ArticleIndex } from '../index/articleIndex';
import type { Anchor } from './anchors';
import { annotationBody } from './annotationMarkdown';
import type { AnnotationStore } from './annotationStore';
import { COMMENT_CONTROLLER_ID, ContextWords } from './ids';
import type { SidecarEntry } from './sidecarEntry';

const RESOLVED_STATE_KEY = 'claimAnnotator.resolvedAnnotations';

/** The one comment of an annotation's thread; it knows which annotation it shows. */
export class AnnotationComment implements vscode.Comment {
  body: string | vscode.MarkdownString;
  mode = vscode.CommentMode.Preview;
  author: vscode.CommentAuthorInformation;
  contextValue: string;
  label: string;
  timestamp: Date;

  constructor(
    readonly annotationId: string,
    readonly record: Annotation,
    anchor: Anchor,
    readonly writable: boolean,
  ) {
    this.body = annotationBody(record, anchor);
    this.author = { name: record.reviewer };
    this.label = record.verdict;
    this.timestamp = new Date(record.modified);
    this.contextValue = this.words();
  }

  /** Switches between the rendered note and the raw Markdown being edited. */
  setEditing(editing: boolean, anchor: Anchor): void {
    this.mode = editing ? vscode.CommentMode.Editing : vscode.CommentMode.Preview;
    this.body = editing ? this.record.note : annotationBody(this.record, anchor);
    this.contextValue = this.words();
  }

  private words(): string {
    const words: string[] = [ContextWords.annotation, this.mode === vscode.CommentMode.Editing ? ContextWords.editing : ContextWords.preview];
    if (this.writable) words.push(ContextWords.writable);
    return words.join(' ');
  }
}

interface ThreadState {
  thread: vscode.CommentThread;
  articleKey: string;
  /** What the thread shows, to skip updates that change nothing. */
  signature: string;
}

/**
 * One comment thread per annotation that has a place in the text (orphans have none; they are
 * in the Annotations view). Thread label = verdict; resolved is this reviewer's view state, kept
 * in the workspace state rather than the shared file.
 */
export class AnnotationThreads implements vscode.Disposable {
  readonly controller = vscode.comments.createCommentController(COMMENT_CONTROLLER_ID, 'Claim Annotator');
  private readonly threads = new Map<string, ThreadState>();
  private readonly resolved: Set<string>;
  /** Threads to open expanded when they appear (just annotated). */
  private readonly expandNext = new Set<string>();

  constructor(
    private readonly store: AnnotationStore,
    index: ArticleIndex,
    private readonly memento: vscode.Memento,
  ) {
    this.resolved = new Set(memento.get<string[]>(RESOLVED_STATE_KEY, []));
    this.controller.options = { prompt: 'Add to the note…', placeHolder: 'Markdown, added to the note with your name (on a new thread: the note of a new annotation; the verdict is asked next)' };
    // Lines of articles accept new threads from the gutter; the reply there creates an annotation.
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (document) => (index.isArticle(document.uri) ? [new vscode.Range(0, 0, Math.max(0, document.lineCount - 1), 0)] : []),
    };
  }

  /** The annotation a thread belongs to. */
  idOf(thread: vscode.CommentThread): string | undefined {
    for (const [id, state] of this.threads) if (state.thread === thread) return id;
    return undefined;
  }

  thread(id: string): vscode.CommentThread | undefined {
    return this.threads.get(id)?.thread;
  }

  expandWhenShown(id: string): void {
    this.expandNext.add(id);
  }

  /** Opens an annotation's thread in the editor (just annotated: the reviewer sees what was saved). */
  expand(id: string): void {
    const thread = this.thread(id);
    if (thread) thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    else this.expandWhenShown(id);
  }

  isResolved(id: string): boolean {
    return this.resolved.has(id);
  }

  async setResolved(id: string, resolved: boolean): Promise<void> {
    if (resolved) this.resolved.add(id);
    else this.resolved.delete(id);
    await this.memento.update(RESOLVED_STATE_KEY, [...this.resolved]);
    const entry = this.store.find(id);
    if (entry) this.sync(entry);
  }

  /** Shows the comment of an annotation in edit mode, or back in preview. */
  setEditing(id: string, editing: boolean): void {
    const state = this.threads.get(id);
    const entry = this.store.find(id);
    const comment = state?.thread.comments[0];
    if (!state || !entry || !(comment instanceof AnnotationComment)) return;
    comment.setEditing(editing, entry.anchorOf(id));
    state.thread.comments = [comment];
  }

  /** Brings the threads of one article (or of all) in line with the store. */
  sync(entry?: SidecarEntry): void {
    const entries = entry ? [entry] : this.store.entries();
    const keys = new Set(entries.map((e) => e.key));
    const wanted = new Set<string>();
    for (const e of entries) {
      const writable = e.readOnlyReason() === undefined;
      for (const { record, anchor } of e.annotations()) {
        if (anchor.status === 'orphan') continue;
        wanted.add(record.id);
        this.show(e, record, anchor, writable);
      }
    }
    for (const [id, state] of this.threads) {
      const belongsHere = keys.has(state.articleKey) || !this.store.find(id);
      if (belongsHere && !wanted.has(id)) {
        state.thread.dispose();
        this.threads.delete(id);
      }
    }
  }

  dispose(): void {
    for (const state of this.threads.values()) state.thread.dispose();
    this.threads.clear();
    this.controller.dispose();
  }

  private show(entry: SidecarEntry, record: Annotation, anchor: Anchor, writable: boolean): void {
    const start = entry.position(anchor.start);
    const end = entry.position(anchor.end);
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    const resolved = this.resolved.has(record.id);
    const signature = JSON.stringify([record, anchor.status, writable, resolved, range.start.line, range.start.character, range.end.line, range.end.character]);
    let state = this.threads.get(record.id);
    if (state && state.thread.uri.toString() !== entry.key) {
      state.thread.dispose();
      this.threads.delete(record.id);
      state = undefined;
    }
    if (state?.signature === signature) return;
    const comment = new AnnotationComment(record.id, record, anchor, writable);
    if (!state) {
      const thread = this.controller.createCommentThread(entry.article, range, [comment]);
      state = { thread, articleKey: entry.key, signature };
      this.threads.set(record.id, state);
      const expand = this.expandNext.delete(record.id);
      thread.collapsibleState = expand ? vscode.CommentThreadCollapsibleState.Expanded : vscode.CommentThreadCollapsibleState.Collapsed;
    } else {
      const editing = state.thread.comments[0]?.mode === vscode.CommentMode.Editing;
      if (!editing) state.thread.comments = [comment];
      if (!state.thread.range.isEqual(range)) state.thread.range = range;
    }
    const thread = state.thread;
    state.signature = signature;
    state.articleKey = entry.key;
    thread.label = `${record.verdict}${anchor.status === 'fuzzy' ? ' — needs confirmation' : ''}${writable ? '' : ' (read-only)'}`;
    thread.canReply = writable;
    thread.state = resolved ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
    if (resolved) thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
    const words: string[] = [ContextWords.annotation, resolved ? ContextWords.resolved : ContextWords.unresolved];
    if (writable) words.push(ContextWords.writable);
    if (anchor.status === 'fuzzy') words.push(ContextWords.fuzzy);
    thread.contextValue = words.join(' ');
  }
}
