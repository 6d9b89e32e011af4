import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClaimAnnotatorApi } from '../../../src/extension/api';
import { canonical, closeAllEditors, expectedArticles, extensionApi, labelOf, speakerInTwoArticles, waitFor } from './claimAnnotatorHelpers';
import { screenshot } from './screenshot';

describe('Articles and Speakers views', () => {
  let api: ClaimAnnotatorApi;
  before(async () => {
    api = await extensionApi();
  });
  after(closeAllEditors);

  it('lists every article in path order with its title', async () => {
    const { articles } = await expectedArticles();
    const roots = api.articlesTree.getChildren();
    assert.deepStrictEqual(
      roots.map((n) => labelOf(api.articlesTree.getTreeItem(n))),
      articles.map((a) => a.title),
    );
    assert.ok(roots.length >= 5, `expected the five sample articles, got ${roots.length}`);
  });

  it('lists the speakers of each article with their quotes and claims, then the unattributed quotes', async () => {
    const { articles, corpus } = await expectedArticles();
    const roots = api.articlesTree.getChildren();
    roots.forEach((root, i) => {
      const expected = articles[i];
      const speakers = expected.analysis.speakers.filter((s) => s.quotes.length || s.claims.length);
      const children = api.articlesTree.getChildren(root);
      const labels = children.map((c) => labelOf(api.articlesTree.getTreeItem(c)));
      assert.deepStrictEqual(labels.slice(0, speakers.length), speakers.map((s) => canonical(corpus, expected, s.name)), expected.name);
      speakers.forEach((s, j) => {
        const leaves = api.articlesTree.getChildren(children[j]);
        assert.strictEqual(leaves.length, s.quotes.length + s.claims.length, `${expected.name}: ${s.name}`);
        for (const leaf of leaves) assert.ok(api.articlesTree.getTreeItem(leaf).command, 'a leaf opens its range');
      });
      const unattributed = expected.analysis.quotes.filter((q) => q.kind === 'speech' && q.speaker === null).length;
      assert.strictEqual(labels.includes('Unattributed quotes'), unattributed > 0, expected.name);
    });
  });

  it('names the same speaker in two articles (Speakers view when the corpus merges, else per article)', async () => {
    const { articles, corpus } = await expectedArticles();
    const { name, quotes } = speakerInTwoArticles(articles, corpus);
    const speakers = api.speakersTree.getChildren();
    assert.deepStrictEqual(
      speakers.map((n) => labelOf(api.speakersTree.getTreeItem(n))),
      [...corpus.speakers].sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name)).map((s) => s.name),
    );
    if (corpus.speakers.length) {
      const node = speakers.find((n) => labelOf(api.speakersTree.getTreeItem(n)) === name);
      assert.ok(node, `${name} is in the Speakers view`);
      const perArticle = api.speakersTree.getChildren(node);
      assert.ok(perArticle.length >= 2);
      const quoteLeaves = perArticle.flatMap((a) => api.speakersTree.getChildren(a)).filter((n) => n.kind === 'quote');
      assert.strictEqual(quoteLeaves.length, quotes.length);
    }
  });

  it('reveals the quote under the cursor in the Articles view', async () => {
    const { articles, corpus } = await expectedArticles();
    const { name, quotes } = speakerInTwoArticles(articles, corpus);
    await vscode.commands.executeCommand('workbench.view.extension.claimAnnotator');
    const target = quotes[0];
    const editor = await vscode.window.showTextDocument(target.article.uri);
    const inside = editor.document.positionAt(target.quote.start + 1);
    editor.selection = new vscode.Selection(inside, inside);
    const node = api.articlesTree.quoteNodeFor(api.index.get(target.article.uri)!, target.article.analysis.quotes.indexOf(target.quote));
    assert.ok(node, 'the quote has a node');
    await waitFor('the Articles view to select the quote', () => api.articlesView.selection[0]?.id === node.id);
    const speaker = api.speakersTree.getChildren().find((n) => n.kind === 'speaker' && n.name === name);
    if (speaker) await api.speakersView.reveal(speaker, { expand: 2, select: false, focus: false });
    await screenshot('tree');
  });
});
