/** The questions "Export Annotations…" asks: scope, speaker, filters, format. Each returns undefined when dismissed. */
import * as vscode from 'vscode';
import { buildModel, EXPORT_FORMATS, FORMAT_INFO, VERDICT_ORDER, verdictWords, type ExportArticleInput, type ExportFormat } from '../../core/export';

export type ScopeKind = 'article' | 'selection' | 'workspace' | 'speaker';

interface ScopeItem extends vscode.QuickPickItem {
  scope: ScopeKind;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Quick pick items show labels with `$(name)` as icons; text from files must not turn into one. */
function literal(text: string): string {
  return text.replace(/\$\(/g, '$\u200B(');
}

export async function pickScope(current: vscode.Uri | undefined, selection: readonly vscode.Uri[]): Promise<ScopeKind | undefined> {
  const items: ScopeItem[] = [];
  if (selection.length > 0) {
    const only = selection.length === 1 ? vscode.workspace.asRelativePath(selection[0]) : plural(selection.length, 'item');
    items.push({ scope: 'selection', label: '$(files) Selected articles or folders', description: literal(only) });
  }
  if (current) items.push({ scope: 'article', label: '$(file) Current article', description: literal(vscode.workspace.asRelativePath(current)) });
  items.push({ scope: 'workspace', label: '$(root-folder) Whole workspace' }, { scope: 'speaker', label: '$(person) One speaker…', description: 'across the workspace' });
  const picked = await vscode.window.showQuickPick(items, { title: 'Export Annotations: scope', placeHolder: 'Which annotations to export?' });
  return picked?.scope;
}

/** The speakers the annotations in scope are attributed to, most annotated first. */
export async function pickSpeaker(inputs: readonly ExportArticleInput[]): Promise<string | undefined> {
  const counts = new Map<string, number>();
  for (const a of buildModel(inputs).articles) for (const e of a.entries) if (e.speaker !== null) counts.set(e.speaker, (counts.get(e.speaker) ?? 0) + 1);
  if (counts.size === 0) {
    void vscode.window.showInformationMessage('Claim Annotator: no annotation in the workspace is attributed to a speaker.');
    return undefined;
  }
  const items = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([name, n]) => ({ label: literal(name), name, description: plural(n, 'annotation') }));
  return (await vscode.window.showQuickPick(items, { title: 'Export Annotations: speaker', placeHolder: 'Whose statements?' }))?.name;
}

/**
 * Optional multi-select filter; accepting with nothing ticked means "all". Not asked when
 * there is at most one value to choose from.
 */
async function pickMany(title: string, values: readonly string[], label: (v: string) => string): Promise<string[] | undefined> {
  if (values.length <= 1) return [];
  const items = values.map((v) => ({ label: literal(label(v)), value: v }));
  const picked = await vscode.window.showQuickPick(items, { title, canPickMany: true, placeHolder: 'Tick some to export only those, or press Enter for all' });
  return picked?.map((p) => p.value);
}

export function pickVerdicts(inputs: readonly ExportArticleInput[]): Promise<string[] | undefined> {
  const present = new Set(inputs.flatMap((a) => a.annotations.map((x) => x.annotation.verdict)));
  const rank = (v: string): number => {
    const i = (VERDICT_ORDER as readonly string[]).indexOf(v);
    return i < 0 ? VERDICT_ORDER.length : i;
  };
  const values = [...present].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  return pickMany('Export Annotations: verdicts', values, (v) => `${verdictWords(v)} (${v})`);
}

export function pickTags(inputs: readonly ExportArticleInput[]): Promise<string[] | undefined> {
  const values = [...new Set(inputs.flatMap((a) => a.annotations.flatMap((x) => x.annotation.tags)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return pickMany('Export Annotations: tags', values, (t) => t);
}

export async function pickFormat(): Promise<ExportFormat | undefined> {
  const items = EXPORT_FORMATS.map((f) => ({ label: FORMAT_INFO[f].label, description: `.${FORMAT_INFO[f].extension}`, detail: FORMAT_INFO[f].description, format: f }));
  return (await vscode.window.showQuickPick(items, { title: 'Export Annotations: format', placeHolder: 'Export as…' }))?.format;
}
