import * as vscode from 'vscode';
import type { Span } from '../../core';
import type { Article, ArticleIndex } from '../index/articleIndex';
import { isClaimNode, isQuoteNode } from '../views/treeNodes';

/** What the annotate and re-attach commands act on: a span of an article, and who spoke it if known. */
export interface AnnotationSpan extends Span {
  article: vscode.Uri;
  speaker?: string;
}

/** Explicit arguments (tests, links): a uri and either start/end offsets, a range, or one offset to snap from. */
export interface SpanArgs {
  uri: string | vscode.Uri;
  start?: number;
  end?: number;
  offset?: number;
  range?: vscode.Range;
}

export function isSpanArgs(value: unknown): value is SpanArgs {
  if (typeof value !== 'object' || value === null) return false;
  const uri = (value as { uri?: unknown }).uri;
  return typeof uri === 'string' || uri instanceof vscode.Uri;
}

const toUri = (uri: string | vscode.Uri): vscode.Uri => (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);

/** The speaker of the innermost quote, else claim, that contains the span (corpus-wide name). */
function speakerAround(index: ArticleIndex, article: Article, span: Span): string | undefined {
  const inside = <T extends Span>(list: readonly T[]): T[] => list.filter((s) => s.start <= span.start && s.end >= span.end).sort((a, b) => a.end - a.start - (b.end - b.start));
  const quote = inside(article.analysis.quotes).find((q) => q.speaker !== null);
  if (quote) return index.speakerOf(article, quote) ?? undefined;
  const claim = inside(article.analysis.claims).find((c) => c.speaker !== null);
  return claim?.speaker ? index.canonicalName(article, claim.speaker) : undefined;
}

/** The smallest quote or claim under the offset (ends inclusive, like the other cursor commands). */
export function snapToQuoteOrClaim(article: Article, offset: number): Span | undefined {
  const spans: Span[] = [...article.analysis.quotes, ...article.analysis.claims].filter((s) => s.start <= offset && offset <= s.end && s.end > s.start);
  spans.sort((a, b) => a.end - a.start - (b.end - b.start));
  return spans[0] ? { start: spans[0].start, end: spans[0].end } : undefined;
}

/** The index's analysis of the article, made from the text the offsets refer to. */
async function currentArticle(index: ArticleIndex, uri: vscode.Uri, text: string | undefined): Promise<Article | undefined> {
  await index.start();
  let article = index.get(uri);
  if (article && text !== undefined && article.text !== text) {
    await index.whenIdle();
    article = index.get(uri);
  }
  return article && (text === undefined || article.text === text) ? article : undefined;
}

function spanFrom(index: ArticleIndex, article: Article | undefined, uri: vscode.Uri, start: number, end: number): AnnotationSpan | undefined {
  let span: Span | undefined = { start: Math.min(start, end), end: Math.max(start, end) };
  if (span.start === span.end) span = article ? snapToQuoteOrClaim(article, span.start) : undefined;
  if (!span) return undefined;
  const speaker = article ? speakerAround(index, article, span) : undefined;
  return { article: uri, start: span.start, end: span.end, speaker };
}

/**
 * The span a command should annotate: a quote or claim node of the trees, explicit arguments,
 * or the active editor's selection — an empty selection snaps to the quote or claim under the
 * cursor. Undefined when there is nothing to annotate there.
 */
export async function resolveAnnotationSpan(index: ArticleIndex, arg: unknown): Promise<AnnotationSpan | undefined> {
  if (isQuoteNode(arg) || isClaimNode(arg)) {
    const article = index.get(arg.article.uri) ?? arg.article;
    const item = isQuoteNode(arg) ? article.analysis.quotes[arg.index] : article.analysis.claims[arg.index];
    if (!item) return undefined;
    return spanFrom(index, article, article.uri, item.start, item.end);
  }
  if (isSpanArgs(arg)) {
    const uri = toUri(arg.uri);
    // A range needs the document to turn lines into offsets (opened without showing it).
    const document =
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed) ??
      (arg.range ? await Promise.resolve(vscode.workspace.openTextDocument(uri)).catch(() => undefined) : undefined);
    const article = await currentArticle(index, uri, document?.getText());
    if (arg.range && document) return spanFrom(index, article, uri, document.offsetAt(arg.range.start), document.offsetAt(arg.range.end));
    if (typeof arg.start === 'number' && typeof arg.end === 'number') return spanFrom(index, article, uri, arg.start, arg.end);
    if (typeof arg.offset === 'number') return spanFrom(index, article, uri, arg.offset, arg.offset);
    return undefined;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const document = editor.document;
  const article = await currentArticle(index, document.uri, document.getText());
  return spanFrom(index, article, document.uri, document.offsetAt(editor.selection.start), document.offsetAt(editor.selection.end));
}
