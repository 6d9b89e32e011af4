import * as vscode from 'vscode';
import { checkArticleReference, type SidecarError, type SidecarParse } from '../../core/annotations';

function diagnostic(line: number, column: number, message: string, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(line, column, line, Number.MAX_SAFE_INTEGER), message, severity);
  d.source = 'Claim Annotator';
  return d;
}

const fromError = (e: SidecarError, severity: vscode.DiagnosticSeverity): vscode.Diagnostic => diagnostic(e.line - 1, e.column - 1, e.message, severity);

/**
 * What the Problems panel shows for a sidecar: its parse and validation errors at their line and
 * column; for a newer format, that it is read-only; and an `article:` that names another file
 * than the one the sidecar sits beside (the extension anchors to the one beside it, by name).
 */
export function sidecarDiagnostics(parse: SidecarParse | undefined, text: string, articleName: string): vscode.Diagnostic[] {
  if (!parse) return [];
  if (!parse.ok) return parse.errors.map((e) => fromError(e, vscode.DiagnosticSeverity.Error));
  const list = parse.warnings.map((e) => fromError(e, vscode.DiagnosticSeverity.Warning));
  if (parse.sidecar.readOnly) {
    list.unshift(diagnostic(0, 0, `Format version ${parse.sidecar.version} is newer than this extension understands: shown read-only.`, vscode.DiagnosticSeverity.Warning));
  }
  const reference = checkArticleReference(parse.sidecar.article);
  if (!reference.ok || reference.path !== articleName) {
    const line = Math.max(0, text.split(/\r\n|\r|\n/).findIndex((l) => l.startsWith('article:')));
    list.push(diagnostic(line, 0, `\`article\` should be ${articleName}, the file this sidecar is named after; the extension anchors its annotations to that file.`, vscode.DiagnosticSeverity.Warning));
  }
  return list;
}
