import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClaimAnnotatorApi } from '../../../src/extension/api';
import { escapeMarkdown } from '../../../src/core/markdownEscape';
import type { TreeNode } from '../../../src/extension/views/treeNodes';
import { closeAllEditors, extensionApi, labelOf, waitFor, workspaceFolder } from './claimAnnotatorHelpers';

const LINK = '[x](command:workbench.action.quit)';
const IMG = '<img src=x onerror=alert(1)>';
const TITLE = 'Hostile markup article';
const TEXT = `${TITLE}\n\n"Click ${LINK} and ${IMG} right now," said Ann Holt, the mayor.\n\nAnn Holt said 90 percent of ${IMG} residents ${LINK} agree with the plan.\n`;
/** The commands a hover may run: the extension's own, never the workbench's. */
const OWN_COMMAND = /^claimAnnotator\./;

function commandsLinked(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(command:([^?)\s]+)/g)].map((m) => m[1]);
}

/** Fails if the Markdown holds a payload unescaped. */
function assertInert(markdown: vscode.MarkdownString, where: string): void {
  const value = markdown.value;
  assert.ok(!value.includes(LINK), `${where}: command link unescaped in ${value}`);
  assert.ok(!value.includes(IMG), `${where}: HTML unescaped in ${value}`);
  for (const command of commandsLinked(value)) assert.match(command, OWN_COMMAND, `${where}: links ${command}`);
}

describe('security: article text cannot inject links or HTML', () => {
  let api: ClaimAnnotatorApi;
  const uri = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder().uri, 'zz-hostile-markup.txt');

  before(async () => {
    api = await extensionApi();
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(TEXT));
    await waitFor('the hostile article in the index', () => api.index.get(uri()), 15000);
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(uri());
    await waitFor('the hostile article gone from the index', () => (api.index.get(uri()) ? undefined : true), 15000);
  });

  it('the hover over a quote and a claim with a command link and an <img> payload escapes them and trusts only the extension commands', async () => {
    const article = api.index.get(uri());
    assert.ok(article);
    const quote = article.analysis.quotes.find((q) => q.text.includes('command:workbench'));
    assert.ok(quote, `no quote found: ${JSON.stringify(article.analysis.quotes.map((q) => q.text))}`);
    const document = await vscode.workspace.openTextDocument(uri());
    await vscode.window.showTextDocument(document);
    const offsets = [quote.start + 2, TEXT.indexOf('residents')];
    let seen = 0;
    for (const offset of offsets) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri(), document.positionAt(offset));
      const ours = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && /Claim|quote/i.test(c.value));
      for (const markdown of ours) {
        seen++;
        assertInert(markdown, `hover at ${offset}`);
        assert.notStrictEqual(markdown.isTrusted, true, 'hover trust is limited to the extension commands');
        const trusted = markdown.isTrusted;
        if (typeof trusted === 'object') for (const command of trusted.enabledCommands) assert.match(command, OWN_COMMAND);
        assert.ok(!markdown.supportHtml, 'no HTML in hovers');
      }
    }
    assert.ok(seen > 0, 'the extension gave a hover');
  });

  it('tree tooltips of the quote and the claim show the payloads escaped', () => {
    const root = api.articlesTree.getChildren().find((n) => labelOf(api.articlesTree.getTreeItem(n)) === TITLE);
    assert.ok(root, 'the article is in the Articles view');
    const leaves: TreeNode[] = [];
    const walk = (node: TreeNode): void => {
      const children = api.articlesTree.getChildren(node);
      if (children.length === 0) leaves.push(node);
      children.forEach(walk);
    };
    walk(root);
    const withPayload = leaves.map((n) => api.articlesTree.getTreeItem(n)).filter((item) => item.tooltip instanceof vscode.MarkdownString && item.tooltip.value.includes('command'));
    assert.ok(withPayload.length >= 1, 'a leaf shows the quote text');
    for (const item of withPayload) {
      const tooltip = item.tooltip as vscode.MarkdownString;
      assertInert(tooltip, `tooltip of ${labelOf(item)}`);
      assert.ok(tooltip.value.includes(escapeMarkdown(IMG)), tooltip.value);
      assert.ok(!tooltip.isTrusted, 'tree tooltips run no command');
      assert.ok(!tooltip.supportHtml, 'tree tooltips render no HTML');
    }
  });
});
