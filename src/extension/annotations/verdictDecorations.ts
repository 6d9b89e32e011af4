import * as vscode from 'vscode';
import type { Span } from '../../core';
import type { AnnotationStore } from './annotationStore';
import { configuredVerdicts } from './verdicts';

/** Theme colours (contributes.colors) of the default code book; other verdicts share a neutral one. */
const VERDICT_COLORS: Record<string, string> = {
  unverified: 'claimAnnotator.verdictUnverifiedBorder',
  accurate: 'claimAnnotator.verdictAccurateBorder',
  'mostly-accurate': 'claimAnnotator.verdictMostlyAccurateBorder',
  misleading: 'claimAnnotator.verdictMisleadingBorder',
  false: 'claimAnnotator.verdictFalseBorder',
  unsupported: 'claimAnnotator.verdictUnsupportedBorder',
  opinion: 'claimAnnotator.verdictOpinionBorder',
};
const OTHER_COLOR = 'claimAnnotator.verdictOtherBorder';
const FUZZY_COLOR = 'claimAnnotator.annotationNeedsConfirmationBorder';
/** The decoration key of annotations whose place awaits the reviewer's confirmation. */
export const NEEDS_CONFIRMATION = 'needs-confirmation';

function verdictStyle(verdict: string): vscode.DecorationRenderOptions {
  const color = new vscode.ThemeColor(VERDICT_COLORS[verdict] ?? OTHER_COLOR);
  // A box rather than a background: quotes are already tinted by speaker, and both must stay readable.
  return { border: '1px solid', borderColor: color, borderRadius: '3px', overviewRulerColor: color, overviewRulerLane: vscode.OverviewRulerLane.Left };
}

function fuzzyStyle(): vscode.DecorationRenderOptions {
  const color = new vscode.ThemeColor(FUZZY_COLOR);
  return { border: '1px dashed', borderColor: color, borderRadius: '3px', overviewRulerColor: color, overviewRulerLane: vscode.OverviewRulerLane.Left };
}

/**
 * Boxes annotated text by verdict in every visible editor of an annotated article. Types are
 * made once per code book (recreated when the verdicts setting changes); orphans have no place
 * and are not drawn.
 */
export class VerdictDecorations implements vscode.Disposable {
  private types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly applied = new Map<string, Record<string, Span[]>>();

  constructor(private readonly store: AnnotationStore) {
    this.restyle();
  }

  restyle(): void {
    for (const type of this.types.values()) type.dispose();
    this.types = new Map(configuredVerdicts().map((v) => [v, vscode.window.createTextEditorDecorationType(verdictStyle(v))]));
    this.types.set(NEEDS_CONFIRMATION, vscode.window.createTextEditorDecorationType(fuzzyStyle()));
    this.refreshAll();
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor);
  }

  refresh(editor: vscode.TextEditor): void {
    const key = editor.document.uri.toString();
    const entry = this.store.entry(editor.document.uri);
    const spans: Record<string, Span[]> = {};
    for (const { record, anchor } of entry?.annotations() ?? []) {
      if (anchor.status === 'orphan') continue;
      let kind = anchor.status === 'fuzzy' ? NEEDS_CONFIRMATION : record.verdict;
      // A verdict no longer in the code book keeps a box of the neutral colour.
      if (!this.types.has(kind)) {
        this.types.set(kind, vscode.window.createTextEditorDecorationType(verdictStyle(kind)));
        kind = record.verdict;
      }
      (spans[kind] ??= []).push({ start: anchor.start, end: anchor.end });
    }
    if (!entry && !this.applied.has(key)) return;
    const document = editor.document;
    for (const [kind, type] of this.types) {
      editor.setDecorations(type, (spans[kind] ?? []).map((s) => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end))));
    }
    this.applied.set(key, spans);
  }

  /** The spans last drawn in a document, per verdict (tests). */
  appliedSpans(uri: vscode.Uri): Record<string, Span[]> {
    return this.applied.get(uri.toString()) ?? {};
  }

  forget(uri: vscode.Uri): void {
    this.applied.delete(uri.toString());
  }

  dispose(): void {
    for (const type of this.types.values()) type.dispose();
  }
}
