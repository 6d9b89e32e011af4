import * as vscode from 'vscode';
import type { Claim } from '../../core';
import { escapeMarkdown } from '../../core/markdownEscape';
import { Commands } from '../constants';
import type { Article, ArticleIndex } from '../index/articleIndex';
import { quoteAtOffset } from '../navigation/quoteTarget';
import { neighboursOf, quotesBySpeaker, type SpeakerQuote } from '../navigation/speakerQuotes';
import { plural } from '../views/treeItems';

/** Hover links may run these and nothing else: article text must never be able to trigger a command. */
export const HOVER_COMMANDS = [Commands.openRange, Commands.showAllQuotesBySpeaker, Commands.setSpeaker];

function commandLink(title: string, command: string, args: unknown[]): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

function jumpLink(title: string, target: SpeakerQuote): string {
  return commandLink(title, Commands.openRange, [target.article.uri.toString(), target.quote.start, target.quote.end]);
}

function claimAt(article: Article, offset: number): Claim | undefined {
  return article.analysis.claims
    .filter((c) => offset >= c.start && offset <= c.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/** Who said it, their role, how often they speak in the workspace, and links to their neighbouring quotes. */
export function quoteHoverMarkdown(index: ArticleIndex, article: Article, offset: number): vscode.MarkdownString | undefined {
  const quoteIndex = quoteAtOffset(article, offset);
  const claim = claimAt(article, offset);
  if (quoteIndex < 0 && !claim) return undefined;
  const lines: string[] = [];

  if (quoteIndex >= 0) {
    const quote = article.analysis.quotes[quoteIndex];
    const speaker = index.speakerOf(article, quote);
    if (quote.kind !== 'speech') {
      lines.push(quote.kind === 'title' ? '$(book) Title or name of a work' : '$(quote) Scare quote (not attributed speech)');
    } else if (speaker === null) {
      lines.push('$(question) **Unattributed quote**', commandLink('$(edit) Set speaker…', Commands.setSpeaker, [{ uri: article.uri.toString(), offset: quote.start }]));
    } else {
      const local = article.analysis.speakers.find((s) => s.name === quote.speaker);
      const role = local?.role ?? index.corpus().speakers.find((s) => s.name === speaker)?.role ?? null;
      const list = quotesBySpeaker(index, speaker);
      const { position, previous, next } = neighboursOf(list, article, quoteIndex);
      lines.push(`$(person) **${escapeMarkdown(speaker)}**${role ? ` — ${escapeMarkdown(role)}` : ''}`);
      const where = position >= 0 ? `quote ${position + 1} of ${list.length} in the workspace` : `${plural(list.length, 'quote')} in the workspace`;
      const how = quote.rule ? ` · ${escapeMarkdown(quote.rule)}, confidence ${quote.confidence.toFixed(2)}` : '';
      lines.push(`${where}${how}`);
      const links = [
        previous ? jumpLink('$(arrow-left) Previous quote', previous) : undefined,
        next ? jumpLink('Next quote $(arrow-right)', next) : undefined,
        commandLink('$(references) All quotes', Commands.showAllQuotesBySpeaker, [speaker]),
        commandLink('$(edit) Set speaker…', Commands.setSpeaker, [{ uri: article.uri.toString(), offset: quote.start }]),
      ].filter(Boolean);
      lines.push(links.join(' · '));
    }
  }
  if (claim) {
    const by = claim.speaker ? ` by ${escapeMarkdown(index.canonicalName(article, claim.speaker))}` : '';
    const signals = claim.signals.length ? ` — ${claim.signals.map(escapeMarkdown).join(', ')}` : '';
    lines.push(`$(comment) **Claim**${by} (${escapeMarkdown(claim.kind)}, check-worthiness ${claim.score.toFixed(2)})${signals}`);
  }
  const markdown = new vscode.MarkdownString(lines.join('\n\n'), true);
  markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
  return markdown;
}
