import * as vscode from 'vscode';
import type { Article } from '../index/articleIndex';
import { IndexTreeProvider } from './indexTreeProvider';
import { articleItem, groupItem, plural, speakerItem } from './treeItems';
import { type NodeOf, type QuoteNode, type TreeNode } from './treeNodes';

/** Articles → speakers (and the unattributed) → quotes and claims. Children are built on expand. */
export class ArticlesTreeProvider extends IndexTreeProvider {
  protected getBranchItem(node: TreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'article': {
        const { speech, claims, speakers } = node.article.counts;
        return articleItem(node.article, node.id, `${plural(speech, 'quote')} · ${plural(claims, 'claim')} · ${plural(speakers, 'speaker')}`);
      }
      case 'articleSpeaker': {
        const local = node.article.analysis.speakers.find((s) => s.name === node.localName);
        const name = this.index.canonicalName(node.article, node.localName);
        const counts = `${plural(local?.quotes.length ?? 0, 'quote')} · ${plural(local?.claims.length ?? 0, 'claim')}`;
        return speakerItem(name, node.id, local?.role ?? null, counts, local?.kind === 'organisation');
      }
      case 'unattributed': {
        const n = unattributedQuotes(node.article).length;
        return groupItem('Unattributed quotes', node.id, String(n), 'question');
      }
      case 'articleVoice': {
        const n = voiceClaims(node.article).length;
        return groupItem("The article's own claims", node.id, String(n), 'note');
      }
      default:
        return new vscode.TreeItem('');
    }
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) return this.index.articles().map((article) => this.articleNode(article));
    const { article } = node as { article?: Article };
    if (!article) return [];
    const { analysis } = article;
    switch (node.kind) {
      case 'article': {
        const children: TreeNode[] = analysis.speakers
          .filter((s) => s.quotes.length || s.claims.length)
          .map((s) => this.speakerNode(node, s.name));
        if (unattributedQuotes(article).length) children.push(this.nodes.intern({ kind: 'unattributed', id: `${node.id}|?`, article, parent: node }));
        if (voiceClaims(article).length) children.push(this.nodes.intern({ kind: 'articleVoice', id: `${node.id}|voice`, article, parent: node }));
        return children;
      }
      case 'articleSpeaker': {
        const speaker = analysis.speakers.find((s) => s.name === node.localName);
        if (!speaker) return [];
        return [...speaker.quotes.map((i) => this.quoteNode(node, i)), ...speaker.claims.map((i) => this.claimNode(node, i))];
      }
      case 'unattributed':
        return unattributedQuotes(article).map((i) => this.quoteNode(node, i));
      case 'articleVoice':
        return voiceClaims(article).map((i) => this.claimNode(node, i));
      default:
        return [];
    }
  }

  /** The article's node, interned so it can be revealed. */
  articleNode(article: Article): NodeOf<'article'> {
    return this.nodes.intern({ kind: 'article', id: `a|${article.id}`, article });
  }

  /** The node showing a quote, with the parent chain the tree itself would build; undefined when the tree does not list it. */
  quoteNodeFor(article: Article, index: number): QuoteNode | undefined {
    const quote = article.analysis.quotes[index];
    if (!quote) return undefined;
    const root = this.articleNode(article);
    if (quote.speaker !== null) {
      const speaker = article.analysis.speakers.find((s) => s.name === quote.speaker);
      return speaker?.quotes.includes(index) ? this.quoteNode(this.speakerNode(root, speaker.name), index) : undefined;
    }
    if (quote.kind !== 'speech') return undefined;
    return this.quoteNode(this.nodes.intern({ kind: 'unattributed', id: `${root.id}|?`, article, parent: root }), index);
  }

  private speakerNode(parent: NodeOf<'article'>, localName: string): NodeOf<'articleSpeaker'> {
    return this.nodes.intern({ kind: 'articleSpeaker', id: `${parent.id}|s|${localName}`, article: parent.article, localName, parent });
  }

  private quoteNode(parent: TreeNode & { article: Article }, index: number): QuoteNode {
    return this.nodes.intern({ kind: 'quote', id: `${parent.id}|q|${index}`, article: parent.article, index, parent });
  }

  private claimNode(parent: TreeNode & { article: Article }, index: number): TreeNode {
    return this.nodes.intern({ kind: 'claim', id: `${parent.id}|c|${index}`, article: parent.article, index, parent });
  }
}

function unattributedQuotes(article: Article): number[] {
  return article.analysis.quotes.flatMap((q, i) => (q.kind === 'speech' && q.speaker === null ? [i] : []));
}

function voiceClaims(article: Article): number[] {
  return article.analysis.claims.flatMap((c, i) => (c.speaker === null ? [i] : []));
}
