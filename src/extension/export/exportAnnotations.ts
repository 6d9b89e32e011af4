/**
 * "Export Annotations…" (bundled apart, as dist/exportAnnotations.js, and loaded by ./register on
 * the first export): scope, filters, format, file; then the core export, the same functions
 * as `claim-annotator export`, so the file is byte-identical to the CLI's for the same scope.
 *
 * After writing, text formats open in an editor. The HTML report is not opened as text (nobody
 * reads a report as markup); a notification offers to open it in the browser or reveal it in the
 * file manager, which works locally and in remote windows alike.
 */
import * as vscode from 'vscode';
import { buildModel, FORMAT_INFO, isExportFormat, renderExportBytes, type ExportArticleInput, type ExportFilter, type ExportFormat } from '../../core/export';
import { writeTextFileAtomic } from '../util/files';
import { pickFormat, pickScope, pickSpeaker, pickTags, pickVerdicts, type ScopeKind } from './prompts';
import { ExportCancelled, findSidecars, readScope, type ReadResult } from './readScope';

/** Arguments for scripted use (tests, other extensions): given fields skip their prompt. */
export interface ExportOptions {
  scope?: ScopeKind;
  /** Articles, sidecars or folders for the `selection` scope; the article for `article`. */
  uris?: vscode.Uri[];
  speaker?: string;
  verdicts?: string[];
  tags?: string[];
  format?: ExportFormat;
  /** Where to write; the save dialog is skipped when given. */
  target?: vscode.Uri;
  /** Open or offer the result afterwards (default true). */
  open?: boolean;
}

export interface ExportResult {
  uri: vscode.Uri;
  total: number;
}

/** Sidecars per scope beyond which reading shows a progress notification. */
const PROGRESS_THRESHOLD = 20;
/** Annotations beyond which rendering and writing show one too. */
const WRITE_PROGRESS_THRESHOLD = 5000;

function isUri(value: unknown): value is vscode.Uri {
  return value instanceof vscode.Uri;
}

function isOptions(value: unknown): value is ExportOptions {
  return typeof value === 'object' && value !== null && !isUri(value) && ('format' in value || 'scope' in value || 'target' in value);
}

/**
 * What a menu handed us: explorer and editor menus pass (uri, selected uris); the Articles tree
 * passes its node, which holds the article; an Annotations view node may hold a uri.
 */
function fromMenu(args: readonly unknown[]): { uris: vscode.Uri[]; speaker?: string } {
  const [first, second] = args;
  if (Array.isArray(second) && second.every(isUri) && second.length > 0) return { uris: second };
  if (isUri(first)) return { uris: [first] };
  if (typeof first === 'object' && first !== null) {
    const node = first as { kind?: unknown; name?: unknown; uri?: unknown; article?: { uri?: unknown } };
    if (node.kind === 'speaker' && typeof node.name === 'string') return { uris: [], speaker: node.name };
    if (isUri(node.article?.uri)) return { uris: [node.article.uri] };
    if (isUri(node.uri)) return { uris: [node.uri] };
  }
  return { uris: [] };
}

async function read(uris: readonly vscode.Uri[] | undefined): Promise<ReadResult | undefined> {
  const sidecars = await findSidecars(uris);
  if (sidecars.length <= PROGRESS_THRESHOLD) return readScope(sidecars);
  try {
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Claim Annotator: reading annotations', cancellable: true },
      (progress, token) => {
        let last = 0;
        return readScope(
          sidecars,
          (done, total) => {
            const pct = Math.floor((done / total) * 100);
            if (pct > last) progress.report({ increment: pct - last, message: `${done} of ${total}` });
            last = pct;
          },
          token,
        );
      },
    );
  } catch (e) {
    if (e instanceof ExportCancelled) return undefined;
    throw e;
  }
}

function defaultTarget(scope: ScopeKind, format: ExportFormat, uris: readonly vscode.Uri[], speaker: string | undefined): vscode.Uri | undefined {
  const folder = (uris[0] && vscode.workspace.getWorkspaceFolder(uris[0])) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  // Named after what was exported, never `<article>.annotations.*`, which reads like a sidecar.
  const single = (scope === 'article' || scope === 'selection') && uris.length === 1 ? uris[0].path.replace(/\/+$/, '') : undefined;
  const subject = scope === 'speaker' ? speaker : single?.slice(single.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  const safe = (subject ? `annotations-${subject}` : 'annotations').replace(/[^\p{L}\p{N}._-]+/gu, '-');
  return vscode.Uri.joinPath(folder.uri, `${safe}.${FORMAT_INFO[format].extension}`);
}

/** Exports larger than this many bytes are not opened in an editor unasked: it would struggle. */
const OPEN_LIMIT = 5_000_000;

async function show(uri: vscode.Uri, format: ExportFormat, total: number, size: number): Promise<void> {
  if (format !== 'html' && size <= OPEN_LIMIT) {
    await vscode.window.showTextDocument(uri, { preview: false });
    return;
  }
  const open = format === 'html' ? 'Open in Browser' : 'Open';
  const reveal = 'Reveal in File Explorer';
  // Not awaited by the command: the notification may stay up long after the export is done.
  void vscode.window.showInformationMessage(`Claim Annotator: exported ${total} annotation${total === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(uri)}.`, open, reveal).then((choice) => {
    if (choice === open) void (format === 'html' ? vscode.env.openExternal(uri) : vscode.window.showTextDocument(uri, { preview: false }));
    else if (choice === reveal) void vscode.commands.executeCommand('revealFileInOS', uri);
  });
}

/** Runs the whole export; undefined when the user stopped at any prompt or nothing was exported. */
export async function exportCommand(...args: unknown[]): Promise<ExportResult | undefined> {
  const scripted = isOptions(args[0]);
  const given: ExportOptions = isOptions(args[0]) ? args[0] : {};
  const menu = scripted ? { uris: given.uris ?? [] } : fromMenu(args);
  const current = vscode.window.activeTextEditor?.document.uri;
  const scope = given.scope ?? (menu.speaker ? 'speaker' : await pickScope(current?.scheme === 'untitled' ? undefined : current, menu.uris));
  if (!scope) return undefined;
  const uris = scope === 'selection' || (scope === 'article' && menu.uris.length > 0) ? menu.uris : scope === 'article' && current ? [current] : [];
  if ((scope === 'selection' || scope === 'article') && uris.length === 0) {
    void vscode.window.showWarningMessage('Claim Annotator: open an article or select files or folders to export.');
    return undefined;
  }

  const result = await read(scope === 'workspace' || scope === 'speaker' ? undefined : uris);
  if (!result) return undefined;
  if (result.invalid.length > 0) {
    // As in the CLI: no file at all rather than an export that silently lacks a sidecar's notes.
    void vscode.window.showErrorMessage(`Claim Annotator: nothing exported, a sidecar file is invalid: ${result.invalid[0]}${result.invalid.length > 1 ? ` (and ${result.invalid.length - 1} more)` : ''}`);
    return undefined;
  }
  if (result.skipped.length > 0) void vscode.window.showWarningMessage(`Claim Annotator: left out the annotations of ${result.skipped.length} sidecar(s) whose article could not be read: ${result.skipped[0]}`);
  const inputs: ExportArticleInput[] = result.inputs;
  if (inputs.every((a) => a.annotations.length === 0)) {
    void vscode.window.showInformationMessage('Claim Annotator: there are no annotations to export in this scope.');
    return undefined;
  }

  const speaker = scope === 'speaker' ? (given.speaker ?? menu.speaker ?? (await pickSpeaker(inputs))) : given.speaker;
  if (scope === 'speaker' && !speaker) return undefined;
  const verdicts = given.verdicts ?? (scripted ? [] : await pickVerdicts(inputs));
  if (!verdicts) return undefined;
  const tags = given.tags ?? (scripted ? [] : await pickTags(inputs));
  if (!tags) return undefined;
  const format = given.format ?? (await pickFormat());
  if (!format || !isExportFormat(format)) return undefined;

  const filter: ExportFilter = { speaker, verdicts, tags };
  // Built once: the count decides whether to go on, and the same model is rendered.
  const model = buildModel(inputs, filter);
  const { total } = model;
  if (total === 0 && !scripted) {
    // A script asked for a file and gets one (a valid, empty document); a person gets told why not.
    void vscode.window.showInformationMessage('Claim Annotator: no annotation in this scope matches the chosen speaker, verdicts and tags.');
    return undefined;
  }
  const target =
    given.target ??
    (await vscode.window.showSaveDialog({
      title: 'Export Annotations',
      defaultUri: defaultTarget(scope, format, uris, speaker),
      filters: { [FORMAT_INFO[format].label]: [FORMAT_INFO[format].extension] },
      saveLabel: 'Export',
    }));
  if (!target) return undefined;
  let size = 0;
  const write = async (): Promise<void> => {
    const bytes = renderExportBytes(model, format);
    size = bytes.length;
    await writeTextFileAtomic(target, bytes);
  };
  // Rendering tens of thousands of annotations takes seconds: say what is happening meanwhile.
  if (total > WRITE_PROGRESS_THRESHOLD) await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Claim Annotator: exporting ${total} annotations` }, write);
  else await write();
  const inScope = new Set(result.read.map((u) => u.toString()));
  const unsaved = vscode.workspace.textDocuments.filter((d) => d.isDirty && inScope.has(d.uri.toString())).length;
  // The export reads the files as saved, as the CLI does; edits still in an editor are not in it.
  if (unsaved > 0) void vscode.window.showWarningMessage(`Claim Annotator: ${unsaved} file(s) in this scope have unsaved changes; the export contains the saved versions.`);
  if (given.open !== false) await show(target, format, total, size);
  return { uri: target, total };
}
