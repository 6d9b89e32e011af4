import * as vscode from 'vscode';
import { DEFAULT_ARTICLE_INCLUDE } from '../../core';
import { CONFIG_SECTION, SIDECAR_SUFFIX, Settings } from '../constants';
import { mayWrite } from '../util/trust';

/** Article extensions named by the include globs (`**\/*.txt` → `txt`). */
export function articleExtensions(include: readonly string[]): string[] {
  const found = include.map((g) => /\*\.([A-Za-z0-9]+)$/.exec(g)?.[1]).filter((e): e is string => e !== undefined);
  return [...new Set(found)];
}

/**
 * Adds `"*.txt": "${capture}.txt.annotations.yaml"` (one per article extension) to the workspace's
 * `explorer.fileNesting.patterns` and turns nesting on, so each sidecar folds under its article.
 * Patterns already there are extended, never replaced.
 */
export async function foldSidecarFiles(): Promise<Record<string, string> | undefined> {
  if (!mayWrite('the file nesting setting')) return undefined;
  const include = vscode.workspace.getConfiguration(CONFIG_SECTION).get<string[]>(Settings.include, [...DEFAULT_ARTICLE_INCLUDE]);
  const explorer = vscode.workspace.getConfiguration('explorer');
  const current = explorer.inspect<Record<string, string>>('fileNesting.patterns')?.workspaceValue ?? {};
  const patterns: Record<string, string> = { ...current };
  for (const ext of articleExtensions(include)) {
    const key = `*.${ext}`;
    const child = `\${capture}.${ext}${SIDECAR_SUFFIX}`;
    const existing = patterns[key]?.split(',').map((p) => p.trim()).filter(Boolean) ?? [];
    if (!existing.includes(child)) patterns[key] = [...existing, child].join(', ');
  }
  await explorer.update('fileNesting.patterns', patterns, vscode.ConfigurationTarget.Workspace);
  await explorer.update('fileNesting.enabled', true, vscode.ConfigurationTarget.Workspace);
  vscode.window.setStatusBarMessage('Claim Annotator: sidecar files now fold under their articles in the Explorer', 4000);
  return patterns;
}
