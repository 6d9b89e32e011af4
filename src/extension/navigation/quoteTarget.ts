import * as vscode from 'vscode';
import type { Article, ArticleIndex } from '../index/articleIndex';
import { isQuoteNode } from '../views/treeNodes';

export interface QuoteRef {
  article: Article;
  index: number;
}

/** The innermost quote containing the offset (ends inclusive, so a cursor right after the closing mark still counts). */
export function quoteAtOffset(article: Article, offset: number, accept: (index: number) => boolean = () => true): number {
  let best = -1;
  article.analysis.quotes.forEach((q, i) => {
    if (offset < q.start || offset > q.end || !accept(i)) return;
    if (best < 0 || q.end - q.start < article.analysis.quotes[best].end - article.analysis.quotes[best].start) best = i;
  });
  return best;
}

/** What a command argument may be, besides a tree node: tests and links pass a location. */
export interface QuoteLocationArg {
  uri: string | vscode.Uri;
  offset: number;
}

function isLocationArg(value: unknown): value is QuoteLocationArg {
  if (typeof value !== 'object' || value === null) return false;
  const { uri, offset } = value as Partial<QuoteLocationArg>;
  return (typeof uri === 'string' || uri instanceof vscode.Uri) && typeof offset === 'number';
}

/**
 * The quote a command should act on: the tree node it was invoked on, an explicit {uri, offset},
 * or the quote under the cursor of the active editor.
 */
export function resolveQuote(index: ArticleIndex, arg: unknown, accept?: (article: Article, i: number) => boolean): QuoteRef | undefined {
  if (isQuoteNode(arg)) {
    const article = index.get(arg.article.uri) ?? arg.article;
    return { article, index: arg.index };
  }
  let article: Article | undefined;
  let offset: number;
  if (isLocationArg(arg)) {
    article = index.get(typeof arg.uri === 'string' ? arg.uri : arg.uri.toString());
    offset = arg.offset;
  } else {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    article = index.get(editor.document.uri);
    offset = editor.document.offsetAt(editor.selection.active);
  }
  if (!article) return undefined;
  const found = article;
  const i = quoteAtOffset(found, offset, accept ? (q) => accept(found, q) : undefined);
  return i < 0 ? undefined : { article: found, index: i };
}
