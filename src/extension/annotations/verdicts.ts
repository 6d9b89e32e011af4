import * as vscode from 'vscode';
import { CONFIG_SECTION } from '../constants';
import { AnnotationSettings, DEFAULT_VERDICTS } from './ids';

/** The code book of verdicts from `claimAnnotator.verdicts` (blank and repeated entries dropped). */
export function configuredVerdicts(): string[] {
  const value = vscode.workspace.getConfiguration(CONFIG_SECTION).get<unknown>(AnnotationSettings.verdicts);
  const list = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : [];
  const unique = list.filter((v, i) => list.indexOf(v) === i);
  return unique.length > 0 ? unique : [...DEFAULT_VERDICTS];
}

/** Asks for a verdict; the current one (when changing it) is listed first and marked. */
export async function pickVerdict(title: string, current?: string): Promise<string | undefined> {
  const verdicts = configuredVerdicts();
  if (current && !verdicts.includes(current)) verdicts.push(current);
  const items = verdicts.map((v) => ({ label: v, description: v === current ? 'current' : undefined }));
  if (current) items.sort((a, b) => Number(b.label === current) - Number(a.label === current));
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Verdict (from the claimAnnotator.verdicts setting)' });
  return picked?.label;
}

/** `a, b ,, c` → [a, b, c], without repeats. */
export function parseTags(value: string | readonly string[]): string[] {
  const parts = typeof value === 'string' ? value.split(',') : [...value];
  const tags = parts.map((t) => t.trim()).filter((t) => t !== '');
  return tags.filter((t, i) => tags.indexOf(t) === i);
}
