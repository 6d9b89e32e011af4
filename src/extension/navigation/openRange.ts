import * as vscode from 'vscode';
import { Commands } from '../constants';

/** Opens a document with [start, end) selected and revealed in the middle of the editor. */
export async function openArticleRange(uri: vscode.Uri, start: number, end: number, preserveFocus = false): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const editor = await vscode.window.showTextDocument(document, { preserveFocus, preview: true });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function register(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.openRange, (uri: string | vscode.Uri, start: number, end: number) =>
      openArticleRange(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, start, end),
    ),
  );
}
