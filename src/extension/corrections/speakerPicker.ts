import * as vscode from 'vscode';
import type { ArticleIndex } from '../index/articleIndex';
import { plural } from '../views/treeItems';

const NEW_NAME = Symbol('new name');

/** QuickPick of the workspace's speakers, optionally with a "New name…" entry that asks for a name. */
export async function pickSpeaker(
  index: ArticleIndex,
  options: { title: string; placeHolder: string; exclude?: string; allowNew?: boolean; initialName?: string },
): Promise<string | undefined> {
  type Item = vscode.QuickPickItem & { name: string | typeof NEW_NAME };
  const items: Item[] = [...index.corpus().speakers]
    .filter((s) => s.name !== options.exclude)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => ({ label: s.name, description: s.role ?? undefined, detail: plural(s.quoteCount, 'quote'), name: s.name }));
  if (options.allowNew) items.unshift({ label: '$(add) New name…', name: NEW_NAME, alwaysShow: true });
  const picked = await vscode.window.showQuickPick(items, { title: options.title, placeHolder: options.placeHolder, matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.name !== NEW_NAME) return picked.name;
  const typed = await vscode.window.showInputBox({
    title: options.title,
    prompt: 'Speaker name as it should appear everywhere',
    value: options.initialName,
    validateInput: (v) => (v.trim() ? undefined : 'Enter a name'),
  });
  return typed?.trim() || undefined;
}
