// "Export Annotations…" in the real VS Code, driven through its arguments, compared byte for byte
// with `claim-annotator export` run on the same files.
import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { runCli } from '../../../src/cli/cli';
import { captureTarget } from '../../../src/core/annotations/anchoring';
import { addAnnotation, createSidecarDocument, serializeSidecar } from '../../../src/core/annotations/sidecarEdit';
import { EXPORT_FORMATS, type ExportFormat } from '../../../src/core/export';
import type { ExportOptions, ExportResult } from '../../../src/extension/export/exportAnnotations';
import { closeAllEditors, extensionApi, workspaceFolder } from './claimAnnotatorHelpers';
import { screenshot } from './screenshot';

const COMMAND = 'claimAnnotator.exportAnnotations';
const REPO = path.resolve(__dirname, '../../../..');
const SOURCE = vscode.Uri.file(path.join(REPO, 'test', 'fixtures', 'export', 'workspace'));
const FOLDER = 'export-fixture';

async function cliExport(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['export', ...argv], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('export annotations', () => {
  let root: vscode.Uri;
  let fixture: vscode.Uri;
  let out: vscode.Uri;

  before(async () => {
    await extensionApi();
    root = workspaceFolder().uri;
    fixture = vscode.Uri.joinPath(root, FOLDER);
    await vscode.workspace.fs.copy(SOURCE, fixture, { overwrite: true });
    out = vscode.Uri.file(path.join(os.tmpdir(), `claim-annotator-export-it-${Date.now()}`));
    await vscode.workspace.fs.createDirectory(out);
  });

  after(async () => {
    await closeAllEditors();
    // Other suites count the workspace's articles: leave it as it was.
    await vscode.workspace.fs.delete(fixture, { recursive: true, useTrash: false });
    await vscode.workspace.fs.delete(out, { recursive: true, useTrash: false });
  });

  const run = (options: ExportOptions): Thenable<ExportResult | undefined> => vscode.commands.executeCommand<ExportResult | undefined>(COMMAND, options);

  async function assertSameAsCli(target: vscode.Uri, argv: string[]): Promise<void> {
    const cli = await cliExport('--root', root.fsPath, ...argv);
    assert.strictEqual(cli.code, 0, cli.stderr);
    const written = await vscode.workspace.fs.readFile(target);
    assert.ok(Buffer.from(written).equals(Buffer.from(cli.stdout, 'utf8')), `${path.basename(target.fsPath)} differs from the CLI's output`);
  }

  for (const format of EXPORT_FORMATS) {
    it(`a selected folder as ${format}: byte-identical to the CLI`, async () => {
      const target = vscode.Uri.joinPath(out, `folder.${format}`);
      const result = await run({ scope: 'selection', uris: [fixture], format, target, open: false });
      assert.ok(result, 'the command returns what it wrote');
      assert.strictEqual(result.total, 11);
      await assertSameAsCli(target, ['--format', format, fixture.fsPath]);
    });
  }

  it('the current article, filtered by verdict and tag, opened in an editor afterwards', async () => {
    const article = vscode.Uri.joinPath(fixture, 'news', 'harbour-vote.txt');
    await vscode.window.showTextDocument(article);
    const target = vscode.Uri.joinPath(out, 'article.md');
    const result = await run({ scope: 'article', format: 'md' as ExportFormat, verdicts: ['false', 'misleading'], tags: ['levy'], target });
    assert.strictEqual(result?.total, 2);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), target.toString());
    await assertSameAsCli(target, ['--format', 'md', '--verdict', 'misleading,false', '--tag', 'levy', article.fsPath]);
  });

  it('one speaker across the workspace', async () => {
    const target = vscode.Uri.joinPath(out, 'speaker.csv');
    const result = await run({ scope: 'speaker', speaker: 'Dana Whitfield', format: 'csv', target, open: false });
    assert.ok(result && result.total >= 2, 'her two attributed quotes at least');
    await assertSameAsCli(target, ['--format', 'csv', '--speaker', 'Dana Whitfield', root.fsPath]);
  });

  type Item = vscode.QuickPickItem & { scope?: string; value?: string; format?: string };

  /**
   * Runs the command with its prompts answered by `answer` (by prompt title) and the save dialog
   * returning `target`; returns the prompts in the order they were shown. The extension and this
   * suite share one API object, so replacing the window functions here reaches the extension.
   */
  async function withPrompts(answer: (title: string, items: Item[]) => Item | Item[] | undefined, target: vscode.Uri, args: unknown[]): Promise<{ asked: string[]; result: ExportResult | undefined }> {
    const asked: string[] = [];
    const win = vscode.window as unknown as Record<string, unknown>;
    const saved = { showQuickPick: win.showQuickPick, showSaveDialog: win.showSaveDialog };
    win.showQuickPick = async (items: Item[] | Thenable<Item[]>, options?: vscode.QuickPickOptions) => {
      asked.push(options?.title ?? '');
      return answer(options?.title ?? '', await items);
    };
    win.showSaveDialog = async (options?: vscode.SaveDialogOptions) => {
      asked.push(`save ${options?.defaultUri?.path.split('/').pop() ?? ''}`);
      return target;
    };
    try {
      return { asked, result: await vscode.commands.executeCommand<ExportResult | undefined>(COMMAND, ...args) };
    } finally {
      Object.assign(win, saved);
    }
  }

  it('from the explorer: asks scope, verdicts, tags, format and file, in that order', async () => {
    const target = vscode.Uri.joinPath(out, 'asked.csv');
    const { asked, result } = await withPrompts(
      (title, items) => {
        if (title.endsWith('scope')) return items.find((i) => i.scope === 'selection');
        if (title.endsWith('verdicts')) return items.filter((i) => i.value === 'false');
        if (title.endsWith('tags')) return [];
        return items.find((i) => i.format === 'csv');
      },
      target,
      [fixture, [fixture]],
    );
    assert.strictEqual(result?.total, 2);
    assert.deepStrictEqual(asked, ['Export Annotations: scope', 'Export Annotations: verdicts', 'Export Annotations: tags', 'Export Annotations: format', 'save annotations-export-fixture.csv']);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'the CSV is opened');
    await assertSameAsCli(target, ['--format', 'csv', '--verdict', 'false', fixture.fsPath]);
  });

  it('from a speaker in the Speakers view: that speaker across the workspace, as an HTML report', async () => {
    const target = vscode.Uri.joinPath(out, 'speaker.html');
    const { asked, result } = await withPrompts((title, items) => (title.endsWith('format') ? items.find((i) => i.format === 'html') : []), target, [{ kind: 'speaker', id: 'speaker:x', name: 'Dana Whitfield' }]);
    assert.ok(result && result.total >= 2);
    assert.deepStrictEqual(asked, ['Export Annotations: verdicts', 'Export Annotations: tags', 'Export Annotations: format', 'save annotations-Dana-Whitfield.html']);
    await assertSameAsCli(target, ['--format', 'html', '--speaker', 'Dana Whitfield', root.fsPath]);
  });

  it('stops without writing when a prompt is dismissed', async () => {
    const target = vscode.Uri.joinPath(out, 'dismissed.json');
    const { result } = await withPrompts((title, items) => (title.endsWith('scope') ? items.find((i) => i.scope === 'workspace') : undefined), target, []);
    assert.strictEqual(result, undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)));
  });

  it('shows the real scope picker, with the selection first; Escape ends the command', async () => {
    await vscode.window.showTextDocument(vscode.Uri.joinPath(fixture, 'news', 'hostile.md'));
    const pending = vscode.commands.executeCommand<ExportResult | undefined>(COMMAND, fixture, [fixture]);
    await new Promise((resolve) => setTimeout(resolve, 800));
    await screenshot('export');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await pending, undefined);
  });

  it('exports the saved article, and says so when an editor holds unsaved changes', async () => {
    const article = vscode.Uri.joinPath(fixture, 'desk', 'crlf-memo.txt');
    const editor = await vscode.window.showTextDocument(article);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'UNSAVED ')));
    const warnings: string[] = [];
    const win = vscode.window as unknown as Record<string, unknown>;
    const saved = win.showWarningMessage;
    win.showWarningMessage = async (message: string) => void warnings.push(message);
    try {
      const target = vscode.Uri.joinPath(out, 'unsaved.json');
      const result = await run({ scope: 'article', format: 'json', target, open: false });
      assert.strictEqual(result?.total, 2);
      await assertSameAsCli(target, ['--format', 'json', article.fsPath]);
    } finally {
      win.showWarningMessage = saved;
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.deepStrictEqual(warnings, ['Claim Annotator: 1 file(s) in this scope have unsaved changes; the export contains the saved versions.']);
  });

  it('a scope large enough to show progress gives the same bytes', async () => {
    const many = vscode.Uri.joinPath(root, 'export-many');
    const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
    try {
      for (let i = 0; i < 25; i++) {
        const name = `article-${String(i).padStart(2, '0')}.txt`;
        const text = `Story ${i}\n\n"Numbers went up by ${i} percent," said Reviewer Number${i}.\n`;
        const doc = createSidecarDocument(name);
        const start = text.indexOf('Numbers');
        addAnnotation(doc, { id: `00000000-0000-4000-8000-${String(100 + i).padStart(12, '0')}`, target: captureTarget(text, start, start + 20), verdict: i % 2 ? 'false' : 'accurate', note: `note ${i}`, tags: [], reviewer: 'Ana Ortiz', created: '2026-11-20T09:00:00Z', modified: '2026-11-20T09:00:00Z' });
        await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(many, name), encode(text));
        await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(many, `${name}.annotations.yaml`), encode(serializeSidecar(doc)));
      }
      const target = vscode.Uri.joinPath(out, 'many.w3c');
      const result = await run({ scope: 'selection', uris: [many], format: 'w3c', target, open: false });
      assert.strictEqual(result?.total, 25);
      await assertSameAsCli(target, ['--format', 'w3c', many.fsPath]);
    } finally {
      await vscode.workspace.fs.delete(many, { recursive: true, useTrash: false });
    }
  });

  it('an invalid sidecar: nothing is written', async () => {
    const bad = vscode.Uri.joinPath(fixture, 'bad.txt.annotations.yaml');
    await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('version: 1\narticle: ../../outside.txt\nannotations: []\n'));
    try {
      const target = vscode.Uri.joinPath(out, 'never.json');
      assert.strictEqual(await run({ scope: 'selection', uris: [fixture], format: 'json', target, open: false }), undefined);
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)));
    } finally {
      await vscode.workspace.fs.delete(bad);
    }
  });
});
