import type { Article } from '../index/articleIndex';

/**
 * The elements of both trees. Nodes are interned by id (see NodeCache) because TreeView.reveal
 * finds elements by identity: the follow-cursor code must hand back the very object getChildren made.
 */
export type TreeNode =
  | { kind: 'article'; id: string; article: Article }
  | { kind: 'articleSpeaker'; id: string; article: Article; localName: string; parent: TreeNode }
  | { kind: 'unattributed'; id: string; article: Article; parent: TreeNode }
  | { kind: 'articleVoice'; id: string; article: Article; parent: TreeNode }
  | { kind: 'speaker'; id: string; name: string }
  | { kind: 'speakerArticle'; id: string; name: string; article: Article; localName: string; quotes: number[]; claims: number[]; parent: TreeNode }
  | QuoteNode
  | ClaimNode;

export interface QuoteNode {
  kind: 'quote';
  id: string;
  article: Article;
  index: number;
  parent: TreeNode;
}

export interface ClaimNode {
  kind: 'claim';
  id: string;
  article: Article;
  index: number;
  parent: TreeNode;
}

/** Context values the menus in package.json key on; keep them in sync. */
export const ContextValues = {
  article: 'article',
  speaker: 'speaker',
  attributedQuote: 'quote.attributed',
  unattributedQuote: 'quote.unattributed',
  claim: 'claim',
  group: 'group',
} as const;

export class NodeCache {
  private nodes = new Map<string, TreeNode>();

  intern<T extends TreeNode>(node: T): T {
    const existing = this.nodes.get(node.id);
    if (existing && existing.kind === node.kind) return existing as T;
    this.nodes.set(node.id, node);
    return node;
  }

  clear(): void {
    this.nodes = new Map();
  }
}

export function isQuoteNode(value: unknown): value is QuoteNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'quote' && 'article' in value;
}

export function isClaimNode(value: unknown): value is ClaimNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'claim' && 'article' in value;
}

/** The corpus speaker name a speaker-ish tree node stands for. */
export function speakerNameOf(value: unknown, canonical: (article: Article, local: string) => string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const node = value as TreeNode;
  if (node.kind === 'speaker' || node.kind === 'speakerArticle') return node.name;
  if (node.kind === 'articleSpeaker') return canonical(node.article, node.localName);
  return undefined;
}

export type NodeOf<K extends TreeNode['kind']> = Extract<TreeNode, { kind: K }>;
