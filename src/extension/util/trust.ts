import * as vscode from 'vscode';

/** Why nothing is written in Restricted Mode, in words for the reviewer. */
export const UNTRUSTED_REASON =
  'this workspace is not trusted (Restricted Mode), so Claim Annotator only reads it and writes nothing. Trust the workspace to save changes.';

/** True when the workspace is trusted; otherwise tells the reviewer why `what` was not written and returns false. */
export function mayWrite(what: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(`Claim Annotator: ${what} was not saved: ${UNTRUSTED_REASON}`);
  return false;
}
