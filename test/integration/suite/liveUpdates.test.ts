import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyzeArticle } from '../../../src/core';
import { Commands } from '../../../src/extension/constants';
import type { ClaimAnnotatorApi } from '../../../src/extension/api';
import { closeAllEditors, expectedArticles, extensionApi, labelOf, waitFor, workspaceFolder } from './claimAnnotatorHelpers';

const ADDED = '\n\n"We will keep testing until it works," said Quinn Tester, the project lead.\n';
const NEW_ARTICLE = 'Watcher test article\n\n"Files appear as soon as they are written," said Ada Probe.\n';

describe('live updates', () => {
  let api: ClaimAnnotatorApi;
  before(async () => {
    api = await extensionApi();
  });
  after(closeAllEditors);

  const rootLabels = (): string[] => api.articlesTree.getChildren().map((n) => labelOf(api.articlesTree.getTreeItem(n)));

  it('re-analyses unsaved edits and repaints, then follows a revert', async () => {
    const { articles } = await expectedArticles();
    const article = articles[0];
    const editor = await vscode.window.showTextDocument(article.uri);
    const end = editor.document.positionAt(editor.document.getText().length);
    assert.ok(await editor.edit((b) => b.insert(end, ADDED)));
    const expected = analyzeArticle(editor.document.getText(), { fileName: article.name });
    await waitFor('the edit to be analysed', () => api.index.get(article.uri)?.text === editor.document.getText() || undefined);
    await api.index.whenIdle();
    assert.strictEqual(api.index.get(article.uri)?.analysis.quotes.length, expected.quotes.length);
    const added = expected.quotes.find((q) => q.text.includes('keep testing'));
    assert.ok(added, 'the engine finds the added quote');
    const spans = await waitFor('the added quote to be painted', async () => {
      const d = await vscode.commands.executeCommand<Record<string, { start: number }[]>>(Commands.testDecorations);
      return Object.values(d).some((list) => list.some((s) => s.start === added.start)) ? d : undefined;
    });
    assert.ok(spans);
    assert.match(api.statusItem.text, new RegExp(`\\$\\(quote\\) ${expected.quotes.filter((q) => q.kind === 'speech').length}\\b`));

    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the revert to be analysed', () => api.index.get(article.uri)?.text === editor.document.getText() || undefined);
    assert.strictEqual(api.index.get(article.uri)?.analysis.quotes.length, article.analysis.quotes.length);
  });

  it('picks up created, renamed and deleted articles, and skips binary files', async () => {
    const folder = workspaceFolder().uri;
    const created = vscode.Uri.joinPath(folder, 'watcher-test.txt');
    const renamed = vscode.Uri.joinPath(folder, 'watcher-renamed.txt');
    const binary = vscode.Uri.joinPath(folder, 'binary-test.txt');
    await vscode.workspace.fs.writeFile(created, new TextEncoder().encode(NEW_ARTICLE));
    await vscode.workspace.fs.writeFile(binary, new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0xc3]));
    await waitFor('the new article', () => api.index.get(created), 10_000);
    assert.ok(rootLabels().includes('Watcher test article'));

    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(created, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the rename', () => (api.index.get(renamed) && !api.index.get(created)) || undefined, 10_000);

    await vscode.workspace.fs.delete(renamed);
    await waitFor('the delete', () => !api.index.get(renamed) || undefined, 10_000);
    await api.index.whenIdle();
    assert.ok(!rootLabels().includes('Watcher test article'));
    assert.strictEqual(api.index.get(binary), undefined, 'binary files are not articles');
    await vscode.workspace.fs.delete(binary);
  });

  it('follows the exclude setting (globs relative to the workspace folder)', async () => {
    const { articles } = await expectedArticles();
    const excluded = articles[0];
    const config = vscode.workspace.getConfiguration('claimAnnotator');
    const original = config.inspect<string[]>('articles.exclude');
    const defaults = original?.defaultValue ?? [];
    await config.update('articles.exclude', [...defaults, excluded.name], vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the article to be excluded', () => (api.index.get(excluded.uri) ? undefined : true), 10_000);
      await api.index.whenIdle();
      assert.strictEqual(api.index.articles().length, articles.length - 1);
    } finally {
      await config.update('articles.exclude', original?.workspaceValue, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the article to come back', () => api.index.get(excluded.uri), 10_000);
  });
});
