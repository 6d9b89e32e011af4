import * as vscode from 'vscode';
import type { ArticleIndex } from '../index/articleIndex';
import { openArticleRange } from './openRange';
import { quotesBySpeaker } from './speakerQuotes';
import { resolveSpeaker } from './speakerTarget';

/** Lists every quote of a speaker in the references peek, anchored at the current quote when there is one. */
export async function showAllQuotes(index: ArticleIndex, arg?: unknown): Promise<void> {
  await index.start();
  const name = resolveSpeaker(index, arg);
  if (!name) {
    void vscode.window.showInformationMessage('Claim Annotator: put the cursor inside an attributed quote, or pick a speaker in the Speakers view.');
    return;
  }
  const list = quotesBySpeaker(index, name);
  if (list.length === 0) {
    void vscode.window.showInformationMessage(`Claim Annotator: no quotes by ${name}.`);
    return;
  }
  const locations = await Promise.all(
    list.map(async ({ article, quote }) => {
      const document = await vscode.workspace.openTextDocument(article.uri);
      return new vscode.Location(article.uri, new vscode.Range(document.positionAt(quote.start), document.positionAt(quote.end)));
    }),
  );
  // The peek opens in an editor: stay in the active one if it shows one of the quotes, else open the first.
  let editor = vscode.window.activeTextEditor;
  const here = editor && locations.find((l) => l.uri.toString() === editor?.document.uri.toString() && l.range.contains(editor.selection.active));
  if (!editor || !here) editor = await openArticleRange(list[0].article.uri, list[0].quote.start, list[0].quote.end);
  const anchor = here?.range.start ?? locations[0].range.start;
  await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, anchor, locations);
}
