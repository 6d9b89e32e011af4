import * as vscode from 'vscode';
import type { ArticleIndex } from '../index/articleIndex';
import { claimItem, quoteItem } from './treeItems';
import { NodeCache, type TreeNode } from './treeNodes';

/** What both trees share: refresh on every index change, interned nodes, and the quote and claim leaves. */
export abstract class IndexTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  protected readonly nodes = new NodeCache();
  private readonly changeEmitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(protected readonly index: ArticleIndex) {
    this.subscription = index.onDidChange(() => {
      // Old nodes point at old analyses; the tree asks for fresh ones.
      this.nodes.clear();
      this.changeEmitter.fire(undefined);
    });
  }

  abstract getChildren(node?: TreeNode): TreeNode[];

  /** Items for the nodes particular to one tree. */
  protected abstract getBranchItem(node: TreeNode): vscode.TreeItem;

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.kind === 'quote') {
      const quote = node.article.analysis.quotes[node.index];
      return quoteItem(node.article, quote, node.id, this.index.speakerOf(node.article, quote));
    }
    if (node.kind === 'claim') return claimItem(node.article, node.article.analysis.claims[node.index], node.id);
    return this.getBranchItem(node);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return 'parent' in node ? node.parent : undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}
