import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { FIXTURE_ENV } from './runnerEnv';
import { screenshot } from './screenshot';

const EXTENSION_ID = 'claim-annotator.claim-annotator';

describe('activation', () => {
  it('the extension is installed and activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  it('the workspace is the fixture copy, not the repo', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'expected exactly one workspace folder');
    const folder = folders[0].uri.fsPath;
    const fixture = process.env[FIXTURE_ENV];
    assert.ok(fixture, `${FIXTURE_ENV} is not set by the runner`);
    assert.strictEqual(fs.realpathSync(folder), fs.realpathSync(fixture));
    const repo = vscode.extensions.getExtension(EXTENSION_ID)?.extensionUri.fsPath ?? '';
    const rel = path.relative(repo, folder);
    assert.ok(rel.startsWith('..') || path.isAbsolute(rel), `workspace ${folder} lies inside the repo ${repo}`);
    const articles = fs.readdirSync(folder).filter((f) => /\.(txt|md)$/.test(f));
    assert.ok(articles.length > 0, 'the fixture workspace has no article');
  });

  it('shows the workbench', async () => {
    await screenshot('workbench');
  });
});
