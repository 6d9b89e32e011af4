import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { ArticleIndex } from '../index/articleIndex';
import { plural } from '../views/treeItems';

/** Quotes, claims and speakers of the article in the active editor; a click shows it in the Articles view. */
export function register(context: vscode.ExtensionContext, index: ArticleIndex): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('claimAnnotator.articleStatus', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Claim Annotator';
  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    const article = editor && index.get(editor.document.uri);
    if (!article) {
      item.hide();
      return;
    }
    const { quotes, claims, speakers } = article.analysis;
    const speech = quotes.filter((q) => q.kind === 'speech').length;
    item.text = `$(quote) ${speech}  $(comment) ${claims.length}  $(person) ${speakers.length}`;
    item.tooltip = `${article.title}: ${plural(speech, 'quote')}, ${plural(claims.length, 'claim')}, ${plural(speakers.length, 'speaker')} — show in the Articles view`;
    item.command = { command: Commands.revealArticleInTree, title: 'Show in Articles view', arguments: [article.uri] };
    item.show();
  };
  context.subscriptions.push(item, index.onDidChange(update), vscode.window.onDidChangeActiveTextEditor(update));
  update();
  return item;
}
