import * as vscode from 'vscode';
import type { ArticleIndex } from '../index/articleIndex';
import { quoteHoverMarkdown } from './quoteHover';

export function register(context: vscode.ExtensionContext, index: ArticleIndex): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(
      [{ scheme: 'file' }, { scheme: 'vscode-remote' }],
      {
        provideHover(document, position) {
          const article = index.get(document.uri);
          // A hover on text typed since the last analysis would describe the wrong words.
          if (!article || article.text !== document.getText()) return undefined;
          const markdown = quoteHoverMarkdown(index, article, document.offsetAt(position));
          return markdown ? new vscode.Hover(markdown) : undefined;
        },
      },
    ),
  );
}
