import * as vscode from 'vscode';
import { setSpeakerCorrection } from '../../core/speakerCorrections';
import type { ArticleIndex } from '../index/articleIndex';
import { sidecarUri } from '../index/speakerKnowledge';
import { sidecarWrites } from '../annotations/sidecarWriteQueue';
import { resolveQuote } from '../navigation/quoteTarget';
import { baseName, readTextFileIfExists, withFileLock, writeTextFileAtomic } from '../util/files';
import { mayWrite } from '../util/trust';
import { pickSpeaker } from './speakerPicker';

/**
 * Records who said a quote in the article's sidecar file. `speakerName` skips the picker (tests,
 * links). Resolves to true once the correction is on disk and in the index.
 */
export async function setSpeaker(index: ArticleIndex, arg?: unknown, speakerName?: string): Promise<boolean> {
  await index.start();
  const ref = resolveQuote(index, arg);
  if (!ref) {
    void vscode.window.showInformationMessage('Claim Annotator: put the cursor inside a quote first.');
    return false;
  }
  const quote = ref.article.analysis.quotes[ref.index];
  const current = index.speakerOf(ref.article, quote);
  const name =
    speakerName?.trim() ||
    (await pickSpeaker(index, { title: `Speaker of “${quote.text.slice(0, 40)}${quote.text.length > 40 ? '…' : ''}”`, placeHolder: current ?? 'Unattributed', allowNew: true, initialName: current ?? '' }));
  if (!name || !mayWrite('the speaker')) return false;

  const uri = sidecarUri(ref.article.uri);
  // The same queue as annotation writes: a read-edit-write of one sidecar never interleaves with another.
  const saved = await sidecarWrites.run(uri.toString(), () => withFileLock(uri, async () => {
    let existing: string | undefined;
    try {
      existing = await readTextFileIfExists(uri);
    } catch (e) {
      void vscode.window.showErrorMessage(`Claim Annotator: cannot read ${baseName(uri)}: ${String(e)}`);
      return false;
    }
    const edited = setSpeakerCorrection(existing, baseName(ref.article.uri), { quote: { start: quote.start, end: quote.end, exact: quote.text }, speaker: name });
    if (!edited.ok) {
      // Never overwrite a file we could not parse: it may hold the user's other annotations.
      void vscode.window.showErrorMessage(`Claim Annotator: ${baseName(uri)} is not valid YAML, so the speaker was not saved (${edited.error}).`);
      return false;
    }
    await writeTextFileAtomic(uri, edited.text);
    return true;
  })).catch((e: unknown) => {
    // A symbolic link, a read-only file, a full disk, another window's lock: the file stays as it was.
    void vscode.window.showErrorMessage(`Claim Annotator: the speaker was not saved: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  });
  if (saved) await index.reanalyze(ref.article.uri);
  return saved;
}
