import type { ArticleIndex } from '../index/articleIndex';
import { speakerNameOf } from '../views/treeNodes';
import { resolveQuote } from './quoteTarget';

/**
 * The corpus speaker a command is about: a name given by a link or test, a speaker node of either
 * tree, or the speaker of the quote the argument (or the cursor) points at.
 */
export function resolveSpeaker(index: ArticleIndex, arg: unknown): string | undefined {
  if (typeof arg === 'string' && arg.trim()) return arg;
  const fromNode = speakerNameOf(arg, (article, local) => index.canonicalName(article, local));
  if (fromNode) return fromNode;
  const ref = resolveQuote(index, arg, (article, i) => article.analysis.quotes[i].speaker !== null);
  return ref ? (index.speakerOf(ref.article, ref.article.analysis.quotes[ref.index]) ?? undefined) : undefined;
}
