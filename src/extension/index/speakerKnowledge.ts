import * as vscode from 'vscode';
import {
  readSpeakerCorrections,
  readSpeakerDirectory,
  type SpeakerCorrection,
  type SpeakerDirectoryEntry,
} from '../../core/speakerCorrections';
import { SIDECAR_SUFFIX, SPEAKER_DIRECTORY_PATH } from '../constants';
import { readTextFileIfExists } from '../util/files';

export function sidecarUri(article: vscode.Uri): vscode.Uri {
  return article.with({ path: article.path + SIDECAR_SUFFIX });
}

export function articleOfSidecar(sidecar: vscode.Uri): vscode.Uri | undefined {
  return sidecar.path.endsWith(SIDECAR_SUFFIX) ? sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) }) : undefined;
}

export function speakerDirectoryUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...SPEAKER_DIRECTORY_PATH);
}

export function isSpeakerDirectory(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${SPEAKER_DIRECTORY_PATH.join('/')}`);
}

/** The `.claim-annotator` folder itself: deleting it may report only the folder, not the file in it. */
export function isSpeakerDirectoryFolder(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${SPEAKER_DIRECTORY_PATH[0]}`);
}

/**
 * What reviewers told us about speakers: the per-folder directory (aliases, roles) and the
 * per-article corrections. A file that fails to parse is reported once and treated as empty,
 * so a typo never hides the articles themselves.
 */
export class SpeakerKnowledge {
  private readonly directories = new Map<string, SpeakerDirectoryEntry[]>();
  private readonly reported = new Set<string>();

  async directory(folder: vscode.WorkspaceFolder): Promise<SpeakerDirectoryEntry[]> {
    const key = folder.uri.toString();
    const cached = this.directories.get(key);
    if (cached) return cached;
    const uri = speakerDirectoryUri(folder);
    const entries = await this.load(uri, readSpeakerDirectory);
    this.directories.set(key, entries);
    return entries;
  }

  forgetDirectory(folder: vscode.WorkspaceFolder): void {
    this.directories.delete(folder.uri.toString());
  }

  forgetAll(): void {
    this.directories.clear();
  }

  /** The article's corrections; `sidecars` (from a scan) saves the read of a sidecar its folder listing does not have. */
  async corrections(article: vscode.Uri, sidecars?: SidecarListing): Promise<SpeakerCorrection[]> {
    const sidecar = sidecarUri(article);
    if (sidecars && !(await sidecars.mayExist(sidecar))) return [];
    return this.load(sidecar, readSpeakerCorrections);
  }

  private async load<T>(uri: vscode.Uri, parse: (text: string) => { ok: true; value: T[] } | { ok: false; error: string }): Promise<T[]> {
    let text: string | undefined;
    try {
      text = await readTextFileIfExists(uri);
    } catch {
      return [];
    }
    if (text === undefined) return [];
    const parsed = parse(text);
    if (parsed.ok) return parsed.value;
    const report = `${uri.toString()}\n${parsed.error}`;
    if (!this.reported.has(report)) {
      this.reported.add(report);
      void vscode.window.showWarningMessage(`Claim Annotator: ${vscode.workspace.asRelativePath(uri)} could not be read and is ignored: ${parsed.error}`);
    }
    return [];
  }
}

/**
 * Which sidecars exist, from one listing per folder instead of one failed read per article (a scan
 * of ten thousand articles with few sidecars would otherwise read ten thousand missing files). Made
 * per scan: a sidecar created after its folder was listed is seen by the file watcher, which
 * re-analyses its article.
 */
export class SidecarListing {
  private readonly folders = new Map<string, Promise<Set<string> | undefined>>();

  /** False only when the folder was listed and the sidecar is not in it. */
  async mayExist(sidecar: vscode.Uri): Promise<boolean> {
    const folder = sidecar.with({ path: sidecar.path.slice(0, sidecar.path.lastIndexOf('/')) || '/' });
    const key = folder.toString();
    let names = this.folders.get(key);
    if (!names) {
      names = Promise.resolve(vscode.workspace.fs.readDirectory(folder)).then(
        (entries) => new Set(entries.filter(([name]) => name.endsWith(SIDECAR_SUFFIX)).map(([name]) => name)),
        () => undefined,
      );
      this.folders.set(key, names);
    }
    const listed = await names;
    return listed === undefined || listed.has(sidecar.path.slice(sidecar.path.lastIndexOf('/') + 1));
  }
}
