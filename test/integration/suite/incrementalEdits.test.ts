import * as assert from 'assert';
import * as vscode from 'vscode';
import { screenshot } from './screenshot';
import { analyzeArticle } from '../../../src/core';
import type { ClaimAnnotatorApi } from '../../../src/extension/api';
import { closeAllEditors, extensionApi, waitFor, workspaceFolder } from './claimAnnotatorHelpers';

/** A long article (over the 128 KB below which every pause brings a full re-analysis). */
function longArticle(): string {
  const parts = ['Harbour inquiry: the full hearing'];
  for (let i = 0; i < 700; i++) {
    parts.push(`Witness ${i + 1}, a dock worker named Robin Vale${i}, said the cranes had stood idle for ${i + 2} days.`);
    parts.push(`"We were told to wait and we waited," Vale${i} said. "Nobody explained why."`);
    parts.push(`The inquiry heard that the tide tables were checked ${i + 3} times that month.`);
  }
  return parts.join('\n\n');
}

describe('incremental edits in the editor', () => {
  let api: ClaimAnnotatorApi;
  const uri = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder().uri, 'long-inquiry.txt');
  before(async () => {
    api = await extensionApi();
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(longArticle()));
    await waitFor('the long article to be indexed', () => api.index.get(uri()), 20_000);
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(uri());
  });

  it('analyses each keystroke around itself at once and repaints with ranges that match the text', async () => {
    const editor = await vscode.window.showTextDocument(uri());
    await api.index.whenIdle();
    const document = editor.document;
    assert.ok(document.getText().length > 128 * 1024, 'the fixture is long');
    const typed = document.getText().indexOf('the tide tables were checked 150') + 'the ti'.length;
    const changes: string[] = [];
    const listener = api.index.onDidEditArticle((e) => changes.push(`${e.version}:${e.edits.length}`));
    try {
      for (const letter of ['x', 'y', 'z']) {
        const before = document.version;
        assert.ok(await editor.edit((b) => b.insert(document.positionAt(typed), letter)));
        // The incremental analysis runs inside the change event: no debounce to wait for.
        await waitFor('the keystroke to be analysed', () => (api.index.get(uri())?.text === document.getText() ? true : undefined), 2_000);
        assert.ok(document.version > before);
      }
    } finally {
      listener.dispose();
    }
    assert.deepStrictEqual(changes, [`${document.version - 2}:1`, `${document.version - 1}:1`, `${document.version}:1`], 'one incremental analysis per keystroke');
    const article = api.index.get(uri());
    assert.ok(article);
    const expected = analyzeArticle(document.getText(), { fileName: 'long-inquiry.txt' });
    assert.deepStrictEqual(article.analysis.quotes, expected.quotes);
    assert.deepStrictEqual(article.analysis.claims, expected.claims);
    assert.deepStrictEqual(article.analysis.speakers, expected.speakers);

    // Every painted range, reused or new, covers exactly its span in the current text.
    await waitFor('the repaint', () => (Object.keys(api.highlighter.appliedRanges(document.uri)).length ? true : undefined));
    const spans = api.highlighter.appliedSpans(document.uri);
    const ranges = api.highlighter.appliedRanges(document.uri);
    let checked = 0;
    for (const [kind, list] of Object.entries(spans)) {
      assert.strictEqual(ranges[kind]?.length, list.length, kind);
      list.forEach((span, i) => {
        const range = ranges[kind][i];
        assert.deepStrictEqual([document.offsetAt(range.start), document.offsetAt(range.end)], [span.start, span.end], `${kind} ${i}`);
        checked++;
      });
    }
    assert.ok(checked > 1000, `ranges checked: ${checked}`);
    const lastQuote = expected.quotes[expected.quotes.length - 1];
    assert.ok(Object.values(spans).some((list) => list.some((s) => s.start === lastQuote.start)), 'quotes after the edit moved with it');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('the editor of a very long article gets the highlights near what it shows, and the next ones as it scrolls', async () => {
    const longer = vscode.Uri.joinPath(workspaceFolder().uri, 'longer-inquiry.txt');
    await vscode.workspace.fs.writeFile(longer, new TextEncoder().encode(Array.from({ length: 3 }, () => longArticle()).join('\n\n')));
    try {
      await waitFor('the longer article to be indexed', () => api.index.get(longer), 20_000);
      const editor = await vscode.window.showTextDocument(longer);
      await api.index.whenIdle();
      const painted = await waitFor('the paint', () => {
        const ranges = api.highlighter.appliedRanges(longer);
        return Object.keys(ranges).length ? ranges : undefined;
      });
      const total = Object.values(painted).reduce((n, list) => n + list.length, 0);
      assert.ok(total > 5000, `ranges painted: ${total}`);
      const shows = (line: number): boolean => {
        const sent = api.highlighter.sentLines(editor);
        return sent !== undefined && sent.first <= line && sent.last >= line + 20;
      };
      await waitFor('the highlights near the top', () => (shows(editor.visibleRanges[0].start.line) ? true : undefined));
      const far = editor.document.lineCount - 200;
      editor.revealRange(new vscode.Range(far, 0, far, 0), vscode.TextEditorRevealType.AtTop);
      await waitFor(`the highlights near line ${far}`, () => (shows(far) ? true : undefined), 5_000);
      assert.ok(!shows(0), 'the window moved with the editor');
      // (the overview ruler still marks the highlights all the way up)
      await screenshot('long-article');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(longer);
    }
  });

  it('a new line splits the paragraph and the ranges below move by a line', async () => {
    const editor = await vscode.window.showTextDocument(uri());
    await api.index.whenIdle();
    const document = editor.document;
    const at = document.getText().indexOf('Witness 200,');
    assert.ok(await editor.edit((b) => b.insert(document.positionAt(at), 'A late addition.\n\n')));
    await waitFor('the new paragraphs to be analysed', () => (api.index.get(uri())?.text === document.getText() ? true : undefined), 2_000);
    await api.index.whenIdle();
    const expected = analyzeArticle(document.getText(), { fileName: 'long-inquiry.txt' });
    assert.deepStrictEqual(api.index.get(uri())?.analysis.quotes, expected.quotes);
    const spans = api.highlighter.appliedSpans(document.uri);
    const ranges = api.highlighter.appliedRanges(document.uri);
    for (const [kind, list] of Object.entries(spans)) {
      list.forEach((span, i) => assert.deepStrictEqual([document.offsetAt(ranges[kind][i].start), document.offsetAt(ranges[kind][i].end)], [span.start, span.end], `${kind} ${i}`));
    }
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
