import * as vscode from 'vscode';
import { CONFIG_SECTION, Commands, Settings } from '../constants';
import type { ArticleIndex } from '../index/articleIndex';
import { mayWrite } from '../util/trust';
import { Highlighter } from './highlighter';

export function register(context: vscode.ExtensionContext, index: ArticleIndex): Highlighter {
  const highlighter = new Highlighter(index);
  context.subscriptions.push(
    highlighter,
    index.onDidChange(() => highlighter.refreshAll()),
    // After a keystroke the edited article repaints at once, reusing what the edit did not move.
    index.onDidEditArticle(({ article, version, edits }) => {
      for (const editor of vscode.window.visibleTextEditors) {
        if (editor.document.uri.toString() === article.id) highlighter.refresh(editor, { version, edits });
      }
    }),
    // Switching editors repaints at once; the index only knows about text changes.
    vscode.window.onDidChangeVisibleTextEditors(() => highlighter.refreshAll()),
    // A long article's editor is sent only the ranges near what it shows (see Highlighter).
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => highlighter.scrolled(e.textEditor)),
    vscode.workspace.onDidCloseTextDocument((doc) => highlighter.forget(doc.uri)),
    vscode.window.onDidChangeActiveColorTheme(() => highlighter.restyle()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${CONFIG_SECTION}.highlights`) || e.affectsConfiguration('workbench.colorCustomizations')) highlighter.restyle();
    }),
    vscode.commands.registerCommand(Commands.toggleHighlights, async () => {
      const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
      const inspected = config.inspect<boolean>(Settings.highlightsEnabled);
      // Write where the effective value comes from, or the toggle would be shadowed.
      const target =
        inspected?.workspaceFolderValue !== undefined || inspected?.workspaceValue !== undefined
          ? vscode.ConfigurationTarget.Workspace
          : vscode.ConfigurationTarget.Global;
      if (target === vscode.ConfigurationTarget.Workspace && !mayWrite('the highlights setting')) return;
      await config.update(Settings.highlightsEnabled, !highlighter.enabled, target);
      highlighter.refreshAll();
    }),
    vscode.commands.registerCommand(Commands.testDecorations, () => {
      const editor = vscode.window.activeTextEditor;
      return editor ? highlighter.appliedSpans(editor.document.uri) : {};
    }),
  );
  highlighter.refreshAll();
  return highlighter;
}
