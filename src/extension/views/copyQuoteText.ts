import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { ArticleIndex } from '../index/articleIndex';
import { resolveQuote } from '../navigation/quoteTarget';

export function register(context: vscode.ExtensionContext, index: ArticleIndex): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.copyQuoteText, async (arg?: unknown) => {
      const ref = resolveQuote(index, arg);
      if (!ref) return;
      await vscode.env.clipboard.writeText(ref.article.analysis.quotes[ref.index].text);
      vscode.window.setStatusBarMessage('Quote copied', 2000);
    }),
  );
}
