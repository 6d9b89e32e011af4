import * as vscode from 'vscode';
import type { Span } from '../../core';
import { CONFIG_SECTION, Settings } from '../constants';
import type { ArticleIndex } from '../index/articleIndex';
import { ALL_KINDS, createDecorationTypes, type HighlightKind } from './decorationStyles';
import { highlightSpans } from './highlightRanges';

/**
 * Paints quotes, cues and claims in every visible article editor. Decoration types live as long
 * as the configuration; each refresh replaces all ranges of a type in one call, so nothing flickers.
 */
export class Highlighter implements vscode.Disposable {
  private types = createDecorationTypes();
  /** What was last applied per document, for the test accessor and to skip clearing untouched editors. */
  private readonly applied = new Map<string, Map<HighlightKind, Span[]>>();

  constructor(private readonly index: ArticleIndex) {}

  get enabled(): boolean {
    return vscode.workspace.getConfiguration(CONFIG_SECTION).get<boolean>(Settings.highlightsEnabled, true);
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor);
  }

  refresh(editor: vscode.TextEditor): void {
    const key = editor.document.uri.toString();
    const article = this.enabled ? this.index.get(editor.document.uri) : undefined;
    if (!article) {
      if (this.applied.has(key)) {
        for (const type of this.types.values()) editor.setDecorations(type, []);
        this.applied.delete(key);
      }
      return;
    }
    // Offsets of an analysis made before the latest keystroke would land on the wrong text; the
    // editor shifts the current decorations itself until the new analysis arrives.
    if (article.text !== editor.document.getText()) return;
    const spans = highlightSpans(this.index, article);
    for (const kind of ALL_KINDS) {
      const type = this.types.get(kind);
      if (!type) continue;
      const ranges = (spans.get(kind) ?? []).map((s) => new vscode.Range(editor.document.positionAt(s.start), editor.document.positionAt(s.end)));
      editor.setDecorations(type, ranges);
    }
    this.applied.set(key, spans);
  }

  /** Recreates the decoration types (after a configuration or theme change) and repaints. */
  restyle(): void {
    for (const type of this.types.values()) type.dispose();
    this.types = createDecorationTypes();
    this.applied.clear();
    this.refreshAll();
  }

  /** The spans last painted in a document, per kind (empty kinds omitted). */
  appliedSpans(uri: vscode.Uri): Record<string, Span[]> {
    const spans = this.applied.get(uri.toString());
    const result: Record<string, Span[]> = {};
    for (const [kind, list] of spans ?? []) if (list.length) result[kind] = list;
    return result;
  }

  forget(uri: vscode.Uri): void {
    this.applied.delete(uri.toString());
  }

  dispose(): void {
    for (const type of this.types.values()) type.dispose();
  }
}
