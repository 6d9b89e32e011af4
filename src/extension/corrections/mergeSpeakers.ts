import * as vscode from 'vscode';
import { addSpeakerAlias } from '../../core/speakerCorrections';
import type { ArticleIndex } from '../index/articleIndex';
import { speakerDirectoryUri } from '../index/speakerKnowledge';
import { resolveSpeaker } from '../navigation/speakerTarget';
import { readTextFileIfExists, writeTextFileAtomic } from '../util/files';
import { mayWrite } from '../util/trust';
import { pickSpeaker } from './speakerPicker';

/**
 * Makes one speaker an alias of another in `.claim-annotator/speakers.yaml` of every workspace
 * folder where the alias speaks. Arguments (a speaker, or a name, then the name to keep) skip the pickers.
 */
export async function mergeSpeakers(index: ArticleIndex, fromArg?: unknown, intoArg?: unknown): Promise<boolean> {
  await index.start();
  const from =
    (fromArg === undefined ? undefined : resolveSpeaker(index, fromArg)) ??
    (await pickSpeaker(index, { title: 'Merge Speakers (1/2)', placeHolder: 'The speaker that is another name of someone' }));
  if (!from) return false;
  const into =
    (typeof intoArg === 'string' && intoArg.trim() ? intoArg.trim() : undefined) ??
    (await pickSpeaker(index, { title: 'Merge Speakers (2/2)', placeHolder: `The name to keep for ${from}`, exclude: from, allowNew: true }));
  if (!into || into === from || !mayWrite('the merge')) return false;

  const speaker = index.corpus().speakers.find((s) => s.name === from);
  // The corpus name may differ from what each article calls the speaker; all of them become aliases.
  const names = [from, ...(speaker?.occurrences.map((o) => o.localName) ?? [])].filter(
    (n, i, all) => all.indexOf(n) === i && n.toLowerCase() !== into.toLowerCase(),
  );
  const folders = new Map<string, vscode.WorkspaceFolder>();
  for (const o of speaker?.occurrences ?? []) {
    const article = index.get(o.article);
    if (article) folders.set(article.folder.uri.toString(), article.folder);
  }
  if (folders.size === 0) {
    const first = vscode.workspace.workspaceFolders?.[0];
    if (first) folders.set(first.uri.toString(), first);
  }
  for (const folder of folders.values()) {
    const uri = speakerDirectoryUri(folder);
    let text = await readTextFileIfExists(uri);
    for (const alias of names) {
      const edited = addSpeakerAlias(text, into, alias);
      if (!edited.ok) {
        void vscode.window.showErrorMessage(`Claim Annotator: ${vscode.workspace.asRelativePath(uri)} was not changed: ${edited.error}`);
        return false;
      }
      text = edited.text;
    }
    if (text !== undefined) await writeTextFileAtomic(uri, text);
    await index.reanalyzeFolder(folder);
  }
  vscode.window.setStatusBarMessage(`Claim Annotator: ${from} is now an alias of ${into}`, 4000);
  return true;
}
