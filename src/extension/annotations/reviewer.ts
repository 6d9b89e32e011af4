import * as os from 'os';
import * as vscode from 'vscode';
import { CONFIG_SECTION } from '../constants';
import { AnnotationSettings } from './ids';

/** The parts of the built-in Git extension's API (version 1) used here. */
interface GitApi {
  repositories: { rootUri: vscode.Uri; getConfig(key: string): Promise<string>; getGlobalConfig(key: string): Promise<string> }[];
}
interface GitExtension {
  getAPI(version: 1): GitApi;
}

const GIT_TIMEOUT_MS = 1500;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([work, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
}

/** git's `user.name` through the Git extension, which already runs git for the workbench; nothing is spawned here. */
async function gitUserName(near: vscode.Uri | undefined): Promise<string | undefined> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return undefined;
  try {
    const exports = extension.isActive ? extension.exports : await withTimeout(Promise.resolve(extension.activate()), GIT_TIMEOUT_MS);
    const api = exports?.getAPI(1);
    if (!api) return undefined;
    const repo = api.repositories.find((r) => near && near.path.startsWith(r.rootUri.path)) ?? api.repositories[0];
    const name = repo ? await withTimeout(Promise.resolve(repo.getConfig('user.name')).catch(() => ''), GIT_TIMEOUT_MS) : undefined;
    return name?.trim() || undefined;
  } catch {
    return undefined;
  }
}

function osUserName(): string {
  const fromEnv = process.env.USER ?? process.env.USERNAME;
  if (fromEnv?.trim()) return fromEnv.trim();
  try {
    return os.userInfo().username || 'reviewer';
  } catch {
    return 'reviewer';
  }
}

/**
 * Who is annotating: the `claimAnnotator.reviewer` setting, else git's user.name for the
 * article's repository, else the operating system's user name.
 */
export async function reviewerName(article: vscode.Uri | undefined): Promise<string> {
  const configured = vscode.workspace.getConfiguration(CONFIG_SECTION, article).get<string>(AnnotationSettings.reviewer, '').trim();
  if (configured) return configured;
  return (await gitUserName(article)) ?? osUserName();
}
