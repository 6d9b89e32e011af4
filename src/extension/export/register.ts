import * as path from 'path';
import * as vscode from 'vscode';
import type { exportCommand } from './exportAnnotations';

export const EXPORT_COMMAND = 'claimAnnotator.exportAnnotations';

/**
 * The export's own code (six formats, its prompts, reading every sidecar of a scope) is a third of
 * what the extension would load at activation for a command most sessions never run: it is
 * bundled apart, beside this module's bundle, and loaded on the first export. Compiled without
 * bundling (the tests' out/), the same name finds the module itself.
 */
const EXPORT_MODULE = 'exportAnnotations.js';

let loaded: typeof exportCommand | undefined;

function loadExport(): typeof exportCommand {
  // A path worked out at run time, so the bundler leaves the module out of this bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= (require(path.join(__dirname, EXPORT_MODULE)) as { exportCommand: typeof exportCommand }).exportCommand;
  return loaded;
}

export function register(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(EXPORT_COMMAND, (...args: unknown[]) => loadExport()(...args)));
}
