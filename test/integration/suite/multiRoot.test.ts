// Tests that add and remove workspace folders. VS Code lets no test turn a window opened on a
// folder into a workspace, so the runners run this file alone in a window opened on a workspace
// file holding the same folder (see index.ts).
import * as assert from 'assert';
import { promises as nodeFs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { AnnotationCommands } from '../../../src/extension/annotations/ids';
import { closeAllEditors, extensionApi, waitFor, workspaceFolder } from './claimAnnotatorHelpers';
import { FIXTURE_ENV } from './runnerEnv';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const PIER = 'The new pier will open in May';
const ARTICLE = `Harbour pier, second folder

"${PIER}," said Mayor Ada Quill on Monday. The council approved the budget last week.
`;

/** Resolves on the next change of the workspace's folders. */
function nextFolderChange(): Promise<void> {
  return new Promise((resolve) => {
    const listener = vscode.workspace.onDidChangeWorkspaceFolders(() => {
      listener.dispose();
      resolve();
    });
  });
}

describe('a second workspace folder', function () {
  this.timeout(60_000);

  // A reviewer adds a folder of articles annotated elsewhere to the workspace, then removes it:
  // its annotations come and go with it, and its sidecar on disk is left as it was.
  it('has its annotations listed when added and dropped, untouched on disk, when removed', async () => {
    // (the web workbench sometimes opens the workspace file with its folder missing: in about one
    // run in three on this machine, the window had no folder at all; the folder is added then, as
    // a reviewer would, for the test is about the second folder)
    if (!vscode.workspace.workspaceFolders?.length) {
      const fixture = process.env[FIXTURE_ENV];
      assert.ok(fixture, `${FIXTURE_ENV} is not set`);
      const added = nextFolderChange();
      assert.ok(vscode.workspace.updateWorkspaceFolders(0, 0, { uri: vscode.Uri.file(fixture) }), 'the fixture folder could not be added');
      await added;
    }
    const api = await extensionApi();
    const staging = vscode.Uri.joinPath(workspaceFolder().uri, 'annotations-second-root');
    const article = vscode.Uri.joinPath(staging, 'pier-second.txt');
    const outside = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'claim-annotator-root-'));
    const root = vscode.Uri.file(path.join(outside, 'second-root'));
    const moved = vscode.Uri.joinPath(root, 'pier-second.txt');
    const sidecar = vscode.Uri.joinPath(root, 'pier-second.txt.annotations.yaml');
    const folderCount = (): number => vscode.workspace.workspaceFolders?.length ?? 0;
    try {
      await vscode.workspace.fs.writeFile(article, encode(ARTICLE));
      await waitFor('the article to be indexed', () => api.index.get(article), 10_000);
      await api.index.whenIdle();
      const id = await vscode.commands.executeCommand<string | undefined>(AnnotationCommands.annotate, { uri: article.toString(), offset: ARTICLE.indexOf(PIER) + 5, verdict: 'accurate', note: 'Checked in the second root.', tags: '' });
      assert.ok(id, 'annotated');
      await api.annotations.whenIdle();
      await nodeFs.rename(staging.fsPath, root.fsPath);
      await waitFor('the annotation to leave with its folder', () => (api.annotations.store.find(id) === undefined ? true : undefined), 10_000);
      const onDisk = await nodeFs.readFile(sidecar.fsPath, 'utf8');

      const added = nextFolderChange();
      assert.ok(vscode.workspace.updateWorkspaceFolders(folderCount(), 0, { uri: root, name: 'second-root' }), 'the folder is added');
      await added;
      await waitFor('the annotation to be listed from the added folder', () => api.annotations.store.find(id), 10_000);
      await waitFor('its view item', () => api.annotations.tree.nodeOf(id), 10_000);
      assert.strictEqual(api.annotations.store.find(id)?.article.toString(), moved.toString());
      await waitFor('its article to be indexed in the added folder', () => api.index.get(moved), 10_000);
      await waitFor('it to be anchored exactly', () => (api.annotations.store.find(id)?.anchors.get(id)?.status === 'exact' ? true : undefined), 10_000);

      const removed = nextFolderChange();
      const at = vscode.workspace.workspaceFolders?.findIndex((f) => f.uri.toString() === root.toString()) ?? -1;
      assert.ok(at > 0 && vscode.workspace.updateWorkspaceFolders(at, 1), 'the folder is removed');
      await removed;
      await waitFor('the annotation to leave with the workspace folder', () => (api.annotations.store.find(id) === undefined ? true : undefined), 10_000);
      await waitFor('its view item to go', () => (api.annotations.tree.nodeOf(id) === undefined ? true : undefined), 10_000);
      await api.annotations.whenIdle();
      assert.strictEqual(await nodeFs.readFile(sidecar.fsPath, 'utf8'), onDisk, 'the sidecar is left as it was');
    } finally {
      const at = vscode.workspace.workspaceFolders?.findIndex((f) => f.uri.toString() === root.toString()) ?? -1;
      if (at > 0) vscode.workspace.updateWorkspaceFolders(at, 1);
      await closeAllEditors();
      await Promise.resolve(vscode.workspace.fs.delete(staging, { recursive: true, useTrash: false })).catch(() => undefined);
      await nodeFs.rm(outside, { recursive: true, force: true });
    }
  });
});
