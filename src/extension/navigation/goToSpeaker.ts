import * as vscode from 'vscode';
import type { ArticleIndex } from '../index/articleIndex';
import { plural } from '../views/treeItems';
import { openArticleRange } from './openRange';
import { quotesBySpeaker, type SpeakerQuote } from './speakerQuotes';

const PREVIEW_LENGTH = 120;

/** One line of article text for a picker; `$(` is broken up because pickers render `$(name)` as an icon. */
function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return cut.replace(/\$\(/g, '$\u200b(');
}

/** The sentence-ish context around a quote, for the picker's detail line. */
function previewLine(q: SpeakerQuote): string {
  const { text } = q.article;
  const from = Math.max(0, text.lastIndexOf('\n', q.quote.start) + 1);
  const lineEnd = text.indexOf('\n', q.quote.end);
  return oneLine(text.slice(from, lineEnd < 0 ? text.length : lineEnd), PREVIEW_LENGTH * 2);
}

/** Go to Speaker…: pick a speaker (with counts), then one of their quotes (with a preview). */
export async function goToSpeaker(index: ArticleIndex, name?: string): Promise<void> {
  await index.start();
  let speaker = name;
  if (!speaker) {
    const items = [...index.corpus().speakers]
      .sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name))
      .map((s) => ({
        label: `$(${s.kind === 'organisation' ? 'organization' : 'person'}) ${s.name}`,
        name: s.name,
        description: s.role ?? undefined,
        detail: `${plural(s.quoteCount, 'quote')} · ${plural(s.claimCount, 'claim')} · ${plural(s.occurrences.length, 'article')}`,
      }));
    const picked = await vscode.window.showQuickPick(items, { title: 'Go to Speaker', placeHolder: 'Speaker', matchOnDescription: true });
    speaker = picked?.name;
  }
  if (!speaker) return;
  const quotes = quotesBySpeaker(index, speaker);
  const picked = await vscode.window.showQuickPick(
    quotes.map((q) => ({
      label: `$(quote) ${oneLine(q.quote.text, PREVIEW_LENGTH)}`,
      description: oneLine(q.article.title, PREVIEW_LENGTH),
      detail: previewLine(q),
      target: q,
    })),
    { title: `Quotes by ${speaker}`, placeHolder: quotes.length ? 'Quote' : 'No quotes', matchOnDescription: true, matchOnDetail: true },
  );
  if (picked) await openArticleRange(picked.target.article.uri, picked.target.quote.start, picked.target.quote.end);
}
