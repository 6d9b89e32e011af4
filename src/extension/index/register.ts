import * as vscode from 'vscode';
import { ArticleIndex } from './articleIndex';

/**
 * Creates the index without scanning: the scan starts when a Claim Annotator view is shown (see
 * views) or when an article is opened, so activation costs nothing in workspaces never reviewed.
 */
export function register(context: vscode.ExtensionContext): ArticleIndex {
  const index = new ArticleIndex({ analysisWorker: vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js') });
  const startIfArticleShown = (): void => {
    if (!index.isStarted && vscode.window.visibleTextEditors.some((e) => index.isArticle(e.document.uri))) void index.start();
  };
  // Keybindings and editor menus are enabled only where an article is being edited.
  const updateContext = (): void => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    void vscode.commands.executeCommand('setContext', 'claimAnnotator.isArticle', uri !== undefined && index.isArticle(uri));
  };
  context.subscriptions.push(
    index,
    vscode.window.onDidChangeVisibleTextEditors(startIfArticleShown),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.workspace.onDidChangeConfiguration(updateContext),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (!index.isStarted && index.isArticle(doc.uri)) void index.start();
    }),
  );
  startIfArticleShown();
  updateContext();
  return index;
}
