import type * as vscode from 'vscode';
import type { ClaimAnnotatorApi } from './api';
import { register as registerAnnotations } from './annotations/register';
import { register as registerCorrections } from './corrections/register';
import { register as registerExport } from './export/register';
import { register as registerHighlights } from './highlights/register';
import { register as registerHover } from './hover/register';
import { register as registerIndex } from './index/register';
import { register as registerNavigation } from './navigation/register';
import { register as registerStatusBar } from './statusBar/articleStatus';
import { register as registerCopyQuote } from './views/copyQuoteText';
import { register as registerViews } from './views/register';

/** Wires the features together; each one registers its own commands, listeners and disposables. */
export function activate(context: vscode.ExtensionContext): ClaimAnnotatorApi {
  const index = registerIndex(context);
  const trees = registerViews(context, index);
  registerCopyQuote(context, index);
  const highlighter = registerHighlights(context, index);
  registerHover(context, index);
  registerNavigation(context, index);
  registerCorrections(context, index);
  registerExport(context);
  const statusItem = registerStatusBar(context, index);
  const annotations = registerAnnotations(context, index);
  return { index, articlesTree: trees.articles, articlesView: trees.articlesView, speakersTree: trees.speakers, speakersView: trees.speakersView, highlighter, statusItem, annotations };
}

export function deactivate(): void {}
