// Entry point of the integration tests inside VS Code (the extension host loads this module as
// extensionTestsPath and calls run()). Runs mocha (bdd: describe/it) on every *.test.js file in
// this folder, so adding a test is just adding a `*.test.ts` file here. A window opened on a
// folder runs all of them but the multi-root ones; a window opened on a workspace file runs those.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { CONSOLE_MARKER_ENV, GREP_ENV } from './runnerEnv';

/**
 * Under the server runner the extension host's console reaches the browser console mixed with
 * the workbench's own log (VS Code does not let us wrap console.* in the extension host), and
 * with format strings ('%s') left unapplied. So the report is formatted here and marked, and the
 * runner prints the marked lines: mocha's report and the summary line.
 */
function reportLine(marker: string | undefined): (...args: unknown[]) => void {
  const log = console.log.bind(console);
  return marker ? (...args) => log(marker + util.format(...args)) : log;
}

/** Tests that add and remove workspace folders: they need a window opened on a workspace file. */
const MULTI_ROOT_TESTS = 'multiRoot.test.js';

export function run(): Promise<void> {
  const report = reportLine(process.env[CONSOLE_MARKER_ENV]);
  Mocha.reporters.Base.consoleLog = report;
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    // The report travels through the browser console (server runner) or the Electron log:
    // plain text reads better there than ANSI colours.
    color: false,
    timeout: Number(process.env.CLAIM_ANNOTATOR_TEST_TIMEOUT_MS ?? 30_000),
  });
  const grep = process.env[GREP_ENV];
  if (grep) {
    mocha.grep(grep);
  }

  const inWorkspaceFile = vscode.workspace.workspaceFile !== undefined;
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js') && (f === MULTI_ROOT_TESTS) === inWorkspaceFile)
    .sort();
  for (const f of files) {
    mocha.addFile(path.join(__dirname, f));
  }

  return new Promise<void>((resolve, reject) => {
    if (files.length === 0) {
      report('0 passed, 0 failed');
      reject(new Error(`no *.test.js files found in ${__dirname}`));
      return;
    }
    try {
      const runner = mocha.run((failures) => {
        const passed = runner.stats?.passes ?? 0;
        const failed = runner.stats?.failures ?? failures;
        // Plain closing line that CI reads, whatever the reporter printed above it.
        report(`${passed} passed, ${failed} failed`);
        // a grep may match tests of the other window only (the runner checks that some test ran)
        if (failures > 0 || (passed === 0 && !grep)) {
          reject(new Error(failures > 0 ? `${failures} integration test(s) failed` : 'no integration test ran'));
        } else {
          resolve();
        }
      });
    } catch (err) {
      // A test file that does not load (syntax error, throw at top level) lands here.
      report(err);
      report('0 passed, 1 failed');
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
