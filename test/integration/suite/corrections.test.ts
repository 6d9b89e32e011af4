import * as assert from 'assert';
import * as vscode from 'vscode';
import { Commands } from '../../../src/extension/constants';
import type { ClaimAnnotatorApi } from '../../../src/extension/api';
import { closeAllEditors, expectedArticles, extensionApi, labelOf, readIfExists, workspaceFolder } from './claimAnnotatorHelpers';

const NEW_SPEAKER = 'Test Speaker Zed';

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Puts a file back as it was before the test (absent, or with its old text). */
async function restore(uri: vscode.Uri, original: string | undefined): Promise<void> {
  if (original === undefined) await Promise.resolve(vscode.workspace.fs.delete(uri)).catch(() => undefined);
  else await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original));
}

describe('speaker corrections', () => {
  let api: ClaimAnnotatorApi;
  const directory = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder().uri, '.claim-annotator', 'speakers.yaml');
  let sidecar: vscode.Uri | undefined;
  let originalSidecar: string | undefined;
  let originalDirectory: string | undefined;

  before(async () => {
    api = await extensionApi();
    originalDirectory = await readIfExists(directory());
  });
  after(async () => {
    // Leave the workspace as the other tests expect it.
    if (sidecar) await restore(sidecar, originalSidecar);
    await restore(directory(), originalDirectory);
    await vscode.commands.executeCommand(Commands.refresh);
    await api.index.whenIdle();
    await closeAllEditors();
  });

  function speakerLabels(articleUri: vscode.Uri): { labels: string[]; nodes: ReturnType<typeof api.articlesTree.getChildren> } {
    const root = api.articlesTree.getChildren().find((n) => n.kind === 'article' && n.article.uri.toString() === articleUri.toString());
    assert.ok(root, 'article in tree');
    const nodes = api.articlesTree.getChildren(root);
    return { labels: nodes.map((n) => labelOf(api.articlesTree.getTreeItem(n))), nodes };
  }

  it('Set Speaker writes the sidecar, keeps what else it holds, and the tree shows the new speaker', async () => {
    const { articles } = await expectedArticles();
    const article = articles.find((a) => a.analysis.quotes.some((q) => q.kind === 'speech'));
    assert.ok(article, 'no article with a speech quote');
    const quote = article.analysis.quotes.find((q) => q.kind === 'speech' && q.speaker === null) ?? article.analysis.quotes.find((q) => q.kind === 'speech');
    assert.ok(quote);
    sidecar = article.uri.with({ path: `${article.uri.path}.annotations.yaml` });
    originalSidecar = await readIfExists(sidecar);
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(originalSidecar ?? '# reviewer notes\nversion: 1\nannotations: []\n'));

    const saved = await vscode.commands.executeCommand<boolean>(Commands.setSpeaker, { uri: article.id, offset: quote.start + 1 }, NEW_SPEAKER);
    assert.strictEqual(saved, true);
    const text = await readText(sidecar);
    if (originalSidecar === undefined) {
      assert.match(text, /# reviewer notes/);
      assert.match(text, /annotations: \[\]/);
    }
    assert.ok(text.includes(`speaker: ${NEW_SPEAKER}`), text);
    assert.ok(text.includes(`start: ${quote.start}`), text);

    const { labels, nodes } = speakerLabels(article.uri);
    const at = labels.indexOf(NEW_SPEAKER);
    assert.ok(at >= 0, `tree speakers: ${labels.join(', ')}`);
    const leaves = api.articlesTree.getChildren(nodes[at]);
    assert.ok(leaves.some((l) => l.kind === 'quote' && l.article.analysis.quotes[l.index].start === quote.start));
    assert.strictEqual(api.index.get(article.uri)?.analysis.quotes.find((q) => q.start === quote.start)?.speaker, NEW_SPEAKER);
  });

  it('Merge Speakers makes one an alias of the other in .claim-annotator/speakers.yaml', async () => {
    assert.ok(sidecar, 'runs after Set Speaker');
    const articleUri = sidecar.with({ path: sidecar.path.slice(0, -'.annotations.yaml'.length) });
    const other = api.index.get(articleUri)?.analysis.speakers.find((s) => s.name !== NEW_SPEAKER && s.quotes.length);
    const into = other?.name ?? 'Merged Name';
    const merged = await vscode.commands.executeCommand<boolean>(Commands.mergeSpeakers, NEW_SPEAKER, into);
    assert.strictEqual(merged, true);
    const text = await readText(directory());
    assert.ok(text.includes(into) && text.includes(NEW_SPEAKER), text);
    const { labels } = speakerLabels(articleUri);
    assert.ok(!labels.includes(NEW_SPEAKER), `merged away: ${labels.join(', ')}`);
    assert.ok(labels.includes(api.index.canonicalName(api.index.get(articleUri)!, into)), labels.join(', '));
  });

  it('refuses to write over a sidecar that does not parse', async () => {
    assert.ok(sidecar);
    const broken = 'speakers: [\n  - {oops\n';
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(broken));
    const articleUri = sidecar.with({ path: sidecar.path.slice(0, -'.annotations.yaml'.length) });
    const quote = api.index.get(articleUri)?.analysis.quotes[0];
    assert.ok(quote);
    const saved = await vscode.commands.executeCommand<boolean>(Commands.setSpeaker, { uri: articleUri.toString(), offset: quote.start + 1 }, 'Anyone');
    assert.strictEqual(saved, false);
    assert.strictEqual(await readText(sidecar), broken);
  });
});
