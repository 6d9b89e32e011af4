/**
 * Bundled and run by openArticleTyping.test.ts, with `vscode` answered by the bench's stub: the
 * whole extension activated over a folder with one long article open in a visible editor, typed
 * into letter by letter with a pause after each letter longer than the index's change debounce (so
 * every feature that follows the index's changes runs between keystrokes, as in the editor). Prints
 * one JSON line: how often the open article's text was joined into one string while typing.
 *
 * Usage: typingActivated <article characters> <keystrokes> <pause ms>
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { extensionContext } from '../../../bench/vscodeStub';
import { activate } from '../../../src/extension/extension';
import { countJoins, openTypedDocument } from './typedDocument';

async function main(): Promise<void> {
  const [size, keystrokes, pauseMs] = process.argv.slice(2).map(Number);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-typing-'));
  try {
    const typed = openTypedDocument(dir, size);
    const api = activate(extensionContext(dir) as unknown as vscode.ExtensionContext);
    await api.index.start();
    await api.index.whenIdle();
    await api.annotations.whenIdle();

    const joins = countJoins();
    for (let i = 0; i < keystrokes; i++) {
      typed.type((typed.text().length >> 1) + i, 'e');
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
    process.stdout.write(`${JSON.stringify({ joins: joins.count() })}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  // the extension's timers and watchers are not disposed here
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
