import * as assert from 'assert';
import * as vscode from 'vscode';
import { escapeMarkdown } from '../../../src/core/markdownEscape';
import { closeAllEditors, expectedArticles, extensionApi, speakerInTwoArticles } from './claimAnnotatorHelpers';
import { screenshot } from './screenshot';

function markdownOf(hovers: vscode.Hover[]): vscode.MarkdownString[] {
  return hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
}

describe('hover', () => {
  before(extensionApi);
  after(closeAllEditors);

  it('names the speaker, counts their quotes and links to the neighbouring quotes', async () => {
    const { articles, corpus } = await expectedArticles();
    const { name, quotes } = speakerInTwoArticles(articles, corpus);
    const target = quotes[0];
    const editor = await vscode.window.showTextDocument(target.article.uri);
    const position = editor.document.positionAt(target.quote.start + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', target.article.uri, position);
    const ours = markdownOf(hovers).find((m) => m.value.includes('Previous quote'));
    assert.ok(ours, `no Claim Annotator hover among: ${markdownOf(hovers).map((m) => m.value).join(' | ')}`);
    assert.ok(ours.value.includes(escapeMarkdown(name)), ours.value);
    assert.ok(ours.value.includes(`quote 1 of ${quotes.length}`), ours.value);
    assert.ok(ours.value.includes('command:claimAnnotator.openRange?'), 'links jump to other quotes');
    // Only our own commands may run from the hover (the trust is checked on the object: the
    // serialised hover that reaches the test keeps the flag, not always the list).
    assert.notStrictEqual(ours.isTrusted, true, 'hover trust must be limited to the extension commands');

    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.showHover');
    await new Promise((r) => setTimeout(r, 500));
    await screenshot('hover');
  });

  it('describes a claim', async () => {
    const { articles } = await expectedArticles();
    const article = articles.find((a) => a.analysis.claims.length);
    assert.ok(article, 'no article has claims');
    const claim = article.analysis.claims[0];
    const document = await vscode.workspace.openTextDocument(article.uri);
    await vscode.window.showTextDocument(document);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article.uri, document.positionAt(claim.start + 1));
    assert.ok(markdownOf(hovers).some((m) => m.value.includes('Claim') && m.value.includes(claim.score.toFixed(2))));
  });
});
