import * as vscode from 'vscode';
import { IndexTreeProvider } from './indexTreeProvider';
import { articleItem, plural, speakerItem } from './treeItems';
import type { TreeNode } from './treeNodes';

/** Speakers across the workspace (canonical names) → the articles they speak in → quotes and claims. */
export class SpeakersTreeProvider extends IndexTreeProvider {
  protected getBranchItem(node: TreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'speaker': {
        const speaker = this.index.corpus().speakers.find((s) => s.name === node.name);
        const articles = speaker?.occurrences.length ?? 0;
        const description = `${plural(speaker?.quoteCount ?? 0, 'quote')} · ${plural(articles, 'article')}`;
        return speakerItem(node.name, node.id, speaker?.role ?? null, description, speaker?.kind === 'organisation');
      }
      case 'speakerArticle':
        return articleItem(node.article, node.id, `${plural(node.quotes.length, 'quote')} · ${plural(node.claims.length, 'claim')}`);
      default:
        return new vscode.TreeItem('');
    }
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) {
      return [...this.index.corpus().speakers]
        .sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name))
        .map((s) => this.nodes.intern({ kind: 'speaker', id: `s|${s.name}`, name: s.name }));
    }
    if (node.kind === 'speaker') {
      const speaker = this.index.corpus().speakers.find((s) => s.name === node.name);
      const order = new Map(this.index.articles().map((a, i) => [a.id, i]));
      return (speaker?.occurrences ?? [])
        .filter((o) => order.has(o.article))
        .sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0))
        .flatMap((o) => {
          const article = this.index.get(o.article);
          if (!article) return [];
          return [this.nodes.intern({ kind: 'speakerArticle', id: `${node.id}|${o.article}`, name: node.name, article, localName: o.localName, quotes: o.quotes, claims: o.claims, parent: node })];
        });
    }
    if (node.kind === 'speakerArticle') {
      const { article } = node;
      return [
        ...node.quotes.map((index) => this.nodes.intern({ kind: 'quote', id: `${node.id}|q|${index}`, article, index, parent: node })),
        ...node.claims.map((index) => this.nodes.intern({ kind: 'claim', id: `${node.id}|c|${index}`, article, index, parent: node })),
      ];
    }
    return [];
  }
}
