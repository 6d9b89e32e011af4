import * as vscode from 'vscode';
import type { ArticleIndex } from '../index/articleIndex';
import { openArticleRange } from './openRange';
import { resolveQuote } from './quoteTarget';
import { neighboursOf, quotesBySpeaker } from './speakerQuotes';

const STATUS_MESSAGE_MS = 4000;

/** Moves to the next (or previous) quote by the speaker of the current quote, across articles, wrapping. */
export async function stepBySpeaker(index: ArticleIndex, direction: 1 | -1, arg?: unknown): Promise<boolean> {
  await index.start();
  const ref = resolveQuote(index, arg, (article, i) => {
    const q = article.analysis.quotes[i];
    return q.kind === 'speech' && q.speaker !== null;
  });
  if (!ref) {
    void vscode.window.showInformationMessage('Claim Annotator: put the cursor inside an attributed quote first.');
    return false;
  }
  const name = index.speakerOf(ref.article, ref.article.analysis.quotes[ref.index]);
  if (name === null) return false;
  const list = quotesBySpeaker(index, name);
  const { position, previous, next } = neighboursOf(list, ref.article, ref.index);
  const target = direction > 0 ? next : previous;
  if (!target) {
    vscode.window.setStatusBarMessage(`${name} — the only quote`, STATUS_MESSAGE_MS);
    return false;
  }
  const targetPosition = (position + direction + list.length) % list.length;
  await openArticleRange(target.article.uri, target.quote.start, target.quote.end);
  vscode.window.setStatusBarMessage(`${name} — quote ${targetPosition + 1} of ${list.length}`, STATUS_MESSAGE_MS);
  return true;
}
