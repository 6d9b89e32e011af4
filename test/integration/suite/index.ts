// Entry point of the integration tests inside VS Code (the extension host loads this module as
// extensionTestsPath and calls run()). Runs mocha (bdd: describe/it) on every *.test.js file in
// this folder, so adding a test is just adding a `*.test.ts` file here.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';
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

  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
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
        if (failures > 0 || passed === 0) {
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
