import * as vscode from 'vscode';
import type { Claim, Quote } from '../../core';
import { escapeMarkdown, escapeMarkdownExcerpt } from '../../core/markdownEscape';
import { Commands } from '../constants';
import type { Article } from '../index/articleIndex';
import { ContextValues } from './treeNodes';

const LABEL_LENGTH = 80;

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function excerpt(text: string, max = LABEL_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function openRangeCommand(article: Article, start: number, end: number): vscode.Command {
  return { command: Commands.openRange, title: 'Open', arguments: [article.uri.toString(), start, end] };
}

function item(label: string, collapsible: boolean, id: string): vscode.TreeItem {
  const treeItem = new vscode.TreeItem(label, collapsible ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  treeItem.id = id;
  return treeItem;
}

export function articleItem(article: Article, id: string, description: string): vscode.TreeItem {
  const treeItem = item(article.title, true, id);
  treeItem.description = description;
  treeItem.iconPath = new vscode.ThemeIcon('file-text');
  treeItem.contextValue = ContextValues.article;
  // From the counts and metadata the index keeps: a row must not unpack its article's analysis.
  const { meta, counts } = article;
  const byline = [meta.outlet, meta.author, meta.date].filter(Boolean).map((s) => escapeMarkdown(String(s))).join(' · ');
  treeItem.tooltip = new vscode.MarkdownString(
    [`**${escapeMarkdown(article.title)}**`, byline, `\`${article.relativePath.replace(/`/g, "'")}\``, `${plural(counts.quotes, 'quote')} · ${plural(counts.claims, 'claim')} · ${plural(counts.speakers, 'speaker')}`]
      .filter(Boolean)
      .join('\n\n'),
  );
  return treeItem;
}

export function speakerItem(name: string, id: string, role: string | null, description: string, organisation: boolean): vscode.TreeItem {
  const treeItem = item(name, true, id);
  treeItem.description = [role, description].filter(Boolean).join(' · ');
  treeItem.iconPath = new vscode.ThemeIcon(organisation ? 'organization' : 'person');
  treeItem.contextValue = ContextValues.speaker;
  treeItem.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(name)}**${role ? ` — ${escapeMarkdown(role)}` : ''}\n\n${escapeMarkdown(description)}`);
  return treeItem;
}

export function groupItem(label: string, id: string, description: string, icon: string): vscode.TreeItem {
  const treeItem = item(label, true, id);
  treeItem.description = description;
  treeItem.iconPath = new vscode.ThemeIcon(icon);
  treeItem.contextValue = ContextValues.group;
  return treeItem;
}

export function quoteItem(article: Article, quote: Quote, id: string, speaker: string | null): vscode.TreeItem {
  const treeItem = item(`“${excerpt(quote.text)}”`, false, id);
  treeItem.description = `¶ ${quote.paragraph + 1}`;
  treeItem.iconPath = new vscode.ThemeIcon('quote');
  treeItem.contextValue = speaker ? ContextValues.attributedQuote : ContextValues.unattributedQuote;
  treeItem.command = openRangeCommand(article, quote.start, quote.end);
  const how = quote.rule ? `${quote.rule}, confidence ${quote.confidence.toFixed(2)}` : `confidence ${quote.confidence.toFixed(2)}`;
  treeItem.tooltip = new vscode.MarkdownString(
    `> ${escapeMarkdownExcerpt(quote.text, 600)}\n\n— ${speaker ? escapeMarkdown(speaker) : '_unattributed_'} (${escapeMarkdown(how)})`,
  );
  return treeItem;
}

export function claimItem(article: Article, claim: Claim, id: string): vscode.TreeItem {
  const treeItem = item(excerpt(claim.text), false, id);
  treeItem.description = `${claim.kind} · ${claim.score.toFixed(2)}`;
  treeItem.iconPath = new vscode.ThemeIcon('comment');
  treeItem.contextValue = ContextValues.claim;
  treeItem.command = openRangeCommand(article, claim.start, claim.end);
  const signals = claim.signals.length ? `\n\nSignals: ${claim.signals.map(escapeMarkdown).join(', ')}` : '';
  treeItem.tooltip = new vscode.MarkdownString(`${escapeMarkdownExcerpt(claim.text, 600)}\n\nCheck-worthiness ${claim.score.toFixed(2)} (${claim.kind})${signals}`);
  return treeItem;
}
