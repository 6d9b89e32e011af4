import * as assert from 'assert';
import * as vscode from 'vscode';
import { Commands } from '../../../src/extension/constants';
import { closeAllEditors, expectedArticles, extensionApi, speakerInTwoArticles } from './claimAnnotatorHelpers';

function where(): { uri: string; start: number; end: number } {
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'no active editor');
  return { uri: editor.document.uri.toString(), start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) };
}

describe('speaker navigation', () => {
  before(extensionApi);
  after(closeAllEditors);

  it('Next Quote by This Speaker walks every quote across articles in order and wraps', async () => {
    const { articles, corpus } = await expectedArticles();
    const { quotes } = speakerInTwoArticles(articles, corpus);
    const first = quotes[0];
    const editor = await vscode.window.showTextDocument(first.article.uri);
    const inside = editor.document.positionAt(first.quote.start + 1);
    editor.selection = new vscode.Selection(inside, inside);
    for (let i = 1; i <= quotes.length; i++) {
      const moved = await vscode.commands.executeCommand<boolean>(Commands.nextQuoteBySpeaker);
      assert.strictEqual(moved, true);
      const expected = quotes[i % quotes.length];
      assert.deepStrictEqual(where(), { uri: expected.article.id, start: expected.quote.start, end: expected.quote.end }, `step ${i}`);
    }
    assert.ok(new Set(quotes.map((q) => q.article.id)).size >= 2, 'the walk crossed articles');
  });

  it('Previous Quote by This Speaker wraps from the first to the last', async () => {
    const { articles, corpus } = await expectedArticles();
    const { quotes } = speakerInTwoArticles(articles, corpus);
    const first = quotes[0];
    await vscode.commands.executeCommand<boolean>(Commands.previousQuoteBySpeaker, { uri: first.article.id, offset: first.quote.start + 1 });
    const last = quotes[quotes.length - 1];
    assert.deepStrictEqual(where(), { uri: last.article.id, start: last.quote.start, end: last.quote.end });
  });

  it('does nothing outside a quote', async () => {
    const { articles } = await expectedArticles();
    const before = where();
    const moved = await vscode.commands.executeCommand<boolean>(Commands.nextQuoteBySpeaker, { uri: articles[0].id, offset: 0 });
    assert.strictEqual(moved, false);
    assert.deepStrictEqual(where(), before);
  });
});

describe('speaker lookup', () => {
  before(extensionApi);
  after(closeAllEditors);

  it('Go to Speaker… opens the quote picked for the given speaker', async () => {
    const { articles, corpus } = await expectedArticles();
    const { name, quotes } = speakerInTwoArticles(articles, corpus);
    // The speaker argument skips the first picker; the second one is accepted as the user would.
    const done = vscode.commands.executeCommand(Commands.goToSpeaker, name);
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await done;
    assert.deepStrictEqual(where(), { uri: quotes[0].article.id, start: quotes[0].quote.start, end: quotes[0].quote.end });
  });

  it('Show All Quotes by This Speaker opens the references peek on their quotes', async () => {
    const { articles, corpus } = await expectedArticles();
    const { name, quotes } = speakerInTwoArticles(articles, corpus);
    await closeAllEditors();
    await vscode.commands.executeCommand(Commands.showAllQuotesBySpeaker, name);
    const at = where();
    assert.ok(quotes.some((q) => q.article.id === at.uri && q.quote.start <= at.start && at.start <= q.quote.end), 'the peek opens at one of the quotes');
    await vscode.commands.executeCommand('closeReferenceSearch');
  });
});
