import * as vscode from 'vscode';
import { DEFAULT_ARTICLE_EXCLUDE, DEFAULT_ARTICLE_INCLUDE, globMatcher, type PathMatcher } from '../../core';
import { CONFIG_SECTION, Settings } from '../constants';

const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Which files are articles, from the settings; globs apply to paths relative to their workspace folder. */
export class ArticleMatcher {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly maxFileSize: number;
  /** Compiled once: every file of a scan is matched, and compiling a glob costs more than matching it. */
  private readonly includeGlobs: readonly PathMatcher[];
  private readonly excludeGlobs: readonly PathMatcher[];

  constructor() {
    const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
    this.include = config.get<string[]>(Settings.include, [...DEFAULT_ARTICLE_INCLUDE]);
    this.exclude = config.get<string[]>(Settings.exclude, [...DEFAULT_ARTICLE_EXCLUDE]);
    this.maxFileSize = config.get<number>(Settings.maxFileSize, DEFAULT_MAX_FILE_SIZE);
    this.includeGlobs = this.include.map((g) => globMatcher(g));
    this.excludeGlobs = this.exclude.map((g) => globMatcher(g, { dot: true }));
  }

  /** The folder and folder-relative path of an article, or undefined when the file is not one. */
  locate(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; relativePath: string } | undefined {
    const located = inWorkspaceFolder(uri);
    return located && this.matches(located.relativePath) ? located : undefined;
  }

  /** Whether `uri`, taken as a folder, could hold articles: it is in a workspace folder and no exclude (node_modules, say) covers what is inside it. */
  mayHoldArticles(uri: vscode.Uri): boolean {
    const located = inWorkspaceFolder(uri);
    return located !== undefined && !this.excludeGlobs.some((matches) => matches(`${located.relativePath}/-`));
  }

  matches(relativePath: string): boolean {
    // Hidden folders are not searched for articles, but an exclude must still apply inside them.
    return (
      this.includeGlobs.some((matches) => matches(relativePath)) &&
      !this.excludeGlobs.some((matches) => matches(relativePath))
    );
  }

  /** Candidate files of every workspace folder; the caller still filters them with `locate`. */
  async findCandidates(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const found = await Promise.all(
      folders.flatMap((folder) => this.include.map((glob) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), undefined, undefined, token))),
    );
    const unique = new Map<string, vscode.Uri>();
    for (const uri of found.flat()) unique.set(uri.toString(), uri);
    return [...unique.values()];
  }
}

function inWorkspaceFolder(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; relativePath: string } | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const root = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(root) ? { folder, relativePath: uri.path.slice(root.length) } : undefined;
}
