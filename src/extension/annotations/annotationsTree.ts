import * as vscode from 'vscode';
import { escapeMarkdownExcerpt } from '../../core/markdownEscape';
import type { ArticleIndex } from '../index/articleIndex';
import { plural } from '../views/treeItems';
import { annotationDetails, untrustedMarkdown } from './annotationMarkdown';
import type { AnnotationStore } from './annotationStore';
import { AnnotationCommands, ContextWords } from './ids';
import type { PlacedAnnotation, SidecarEntry } from './sidecarEntry';

export type AnnotationNode =
  | { kind: 'article'; id: string; entry: SidecarEntry }
  | { kind: 'verdict'; id: string; entry: SidecarEntry; verdict: string; parent: AnnotationNode }
  | { kind: 'orphans'; id: string; entry: SidecarEntry; parent: AnnotationNode }
  | { kind: 'problem'; id: string; entry: SidecarEntry; parent: AnnotationNode }
  | { kind: 'annotation'; id: string; annotationId: string; entry: SidecarEntry; parent: AnnotationNode };

export const ORPHANS_LABEL = 'Orphaned — text not found';
const LABEL_LENGTH = 70;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_LENGTH ? `${flat.slice(0, LABEL_LENGTH - 1).trimEnd()}…` : flat;
}

const fileName = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** Annotations view: article → verdict → annotation, orphans in their own group per article. */
export class AnnotationsTreeProvider implements vscode.TreeDataProvider<AnnotationNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<AnnotationNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private nodes = new Map<string, AnnotationNode>();

  constructor(
    private readonly store: AnnotationStore,
    private readonly index: ArticleIndex,
  ) {}

  refresh(): void {
    this.nodes = new Map();
    this.changeEmitter.fire(undefined);
  }

  /** Articles that have annotations or a sidecar problem to show. */
  private shownEntries(): SidecarEntry[] {
    return this.store
      .entries()
      .filter((e) => e.records.size > 0 || e.problem)
      .sort((a, b) => (a.article.path < b.article.path ? -1 : a.article.path > b.article.path ? 1 : 0));
  }

  private intern<T extends AnnotationNode>(node: T): T {
    const known = this.nodes.get(node.id);
    if (known && known.kind === node.kind) return known as T;
    this.nodes.set(node.id, node);
    return node;
  }

  getChildren(node?: AnnotationNode): AnnotationNode[] {
    if (!node) return this.shownEntries().map((entry) => this.articleNode(entry));
    if (node.kind === 'article') {
      const { entry } = node;
      const all = entry.annotations();
      const children: AnnotationNode[] = [];
      if (entry.problem) children.push(this.intern({ kind: 'problem', id: `${node.id}|!`, entry, parent: node }));
      const verdicts = [...new Set(all.filter((a) => a.anchor.status !== 'orphan').map((a) => a.record.verdict))].sort();
      for (const verdict of verdicts) children.push(this.intern({ kind: 'verdict', id: `${node.id}|v|${verdict}`, entry, verdict, parent: node }));
      if (all.some((a) => a.anchor.status === 'orphan')) children.push(this.intern({ kind: 'orphans', id: `${node.id}|orphans`, entry, parent: node }));
      return children;
    }
    if (node.kind === 'verdict' || node.kind === 'orphans') {
      const keep = (a: PlacedAnnotation): boolean => (node.kind === 'orphans' ? a.anchor.status === 'orphan' : a.anchor.status !== 'orphan' && a.record.verdict === node.verdict);
      return node.entry
        .annotations()
        .filter(keep)
        .map((a) => this.intern({ kind: 'annotation', id: `${node.id}|${a.record.id}`, annotationId: a.record.id, entry: node.entry, parent: node }));
    }
    return [];
  }

  getParent(node: AnnotationNode): AnnotationNode | undefined {
    return 'parent' in node ? node.parent : undefined;
  }

  /** The view's node of an annotation (for reveal and tests). */
  nodeOf(annotationId: string): AnnotationNode | undefined {
    const entry = this.store.find(annotationId);
    if (!entry) return undefined;
    for (const group of this.getChildren(this.articleNode(entry))) {
      const found = this.getChildren(group).find((n) => n.kind === 'annotation' && n.annotationId === annotationId);
      if (found) return found;
    }
    return undefined;
  }

  getTreeItem(node: AnnotationNode): vscode.TreeItem {
    switch (node.kind) {
      case 'article': {
        const all = node.entry.annotations();
        const item = new vscode.TreeItem(this.index.get(node.entry.article)?.title ?? fileName(node.entry.article), vscode.TreeItemCollapsibleState.Expanded);
        const fuzzy = all.filter((a) => a.anchor.status === 'fuzzy').length;
        const orphans = all.filter((a) => a.anchor.status === 'orphan').length;
        item.description = [plural(all.length, 'annotation'), fuzzy ? `${fuzzy} to confirm` : '', orphans ? `${orphans} orphaned` : ''].filter(Boolean).join(' · ');
        item.tooltip = vscode.workspace.asRelativePath(node.entry.sidecar);
        item.iconPath = new vscode.ThemeIcon('file-text');
        item.resourceUri = node.entry.article;
        item.id = node.id;
        return item;
      }
      case 'verdict': {
        const n = node.entry.annotations().filter((a) => a.anchor.status !== 'orphan' && a.record.verdict === node.verdict).length;
        const item = new vscode.TreeItem(node.verdict, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(n);
        item.iconPath = new vscode.ThemeIcon('law');
        item.id = node.id;
        return item;
      }
      case 'orphans': {
        const n = node.entry.annotations().filter((a) => a.anchor.status === 'orphan').length;
        const item = new vscode.TreeItem(ORPHANS_LABEL, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(n);
        item.iconPath = new vscode.ThemeIcon('debug-disconnect');
        item.tooltip = 'The annotated text is no longer in the article. These annotations are kept in the sidecar file: re-attach them to a selection, or delete them.';
        item.id = node.id;
        return item;
      }
      case 'problem': {
        const item = new vscode.TreeItem(node.entry.problem?.kind === 'newer' ? 'Read-only: newer format' : 'Read-only: the sidecar file has errors', vscode.TreeItemCollapsibleState.None);
        item.tooltip = node.entry.readOnlyReason();
        item.iconPath = new vscode.ThemeIcon('warning');
        item.command = { command: 'vscode.open', title: 'Open', arguments: [node.entry.sidecar] };
        item.id = node.id;
        return item;
      }
      case 'annotation':
        return this.annotationItem(node);
    }
  }

  private annotationItem(node: Extract<AnnotationNode, { kind: 'annotation' }>): vscode.TreeItem {
    const record = node.entry.records.get(node.annotationId);
    const anchor = node.entry.anchorOf(node.annotationId);
    const item = new vscode.TreeItem(record ? `“${excerpt(record.target.exact)}”` : node.annotationId, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    if (!record) return item;
    const firstLine = record.note.split('\n').find((l) => l.trim() !== '') ?? '';
    item.description = anchor.status === 'fuzzy' ? `needs confirmation · ${excerpt(firstLine)}` : excerpt(firstLine);
    item.iconPath = new vscode.ThemeIcon(anchor.status === 'fuzzy' ? 'question' : anchor.status === 'orphan' ? 'circle-slash' : 'comment');
    const details = annotationDetails(record, anchor);
    item.tooltip = untrustedMarkdown(`**${escapeMarkdownExcerpt(record.verdict, 60)}** — ${escapeMarkdownExcerpt(record.reviewer, 60)}\n\n${record.note}${details ? `\n\n---\n\n${details}` : ''}`);
    const words: string[] = [ContextWords.annotation, anchor.status === 'orphan' ? ContextWords.orphan : anchor.status === 'fuzzy' ? ContextWords.fuzzy : 'placed'];
    if (!node.entry.readOnlyReason()) words.push(ContextWords.writable);
    item.contextValue = words.join(' ');
    item.command = { command: AnnotationCommands.open, title: 'Open', arguments: [record.id] };
    return item;
  }

  private articleNode(entry: SidecarEntry): AnnotationNode {
    return this.intern({ kind: 'article', id: `a|${entry.key}`, entry });
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}
