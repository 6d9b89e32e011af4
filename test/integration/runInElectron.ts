// Runs the integration suite (test/integration/suite) in desktop VS Code through
// @vscode/test-electron, for machines that can download VS Code (into .vscode-test/).
// Same suite and same fixture copy as runInServer.ts; screenshot() is a no-op here.
//
// Usage: npm run build && npm run compile-tests && node out/test/integration/runInElectron.js
// Env:   VSCODE_TEST_VERSION (default 'stable'), CLAIM_ANNOTATOR_TEST_GREP.
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { FIXTURE_ENV, REPO_ROOT, makeFixtureWorkspace, makeWorkspaceFile, seedUserSettings } from './fixture';

async function main(): Promise<number> {
  const extensionTestsPath = path.join(REPO_ROOT, 'out', 'test', 'integration', 'suite', 'index.js');
  if (!fs.existsSync(extensionTestsPath)) throw new Error(`${extensionTestsPath} is missing: run npm run compile-tests first`);
  const { tmpRoot, workspace } = makeFixtureWorkspace();
  const userData = path.join(tmpRoot, 'user-data');
  seedUserSettings(userData);
  try {
    const env: Record<string, string> = { [FIXTURE_ENV]: workspace };
    if (process.env.CLAIM_ANNOTATOR_TEST_GREP) env.CLAIM_ANNOTATOR_TEST_GREP = process.env.CLAIM_ANNOTATOR_TEST_GREP;
    // A window on the folder, then one on a workspace file holding it for the multi-root tests
    // (see suite/index.ts); runTests rejects when a window's tests fail.
    for (const open of [workspace, makeWorkspaceFile(tmpRoot, workspace)]) {
      const code = await runTests({
        version: process.env.VSCODE_TEST_VERSION ?? 'stable',
        extensionDevelopmentPath: REPO_ROOT,
        extensionTestsPath,
        extensionTestsEnv: env,
        launchArgs: [
          open,
          '--disable-extensions', // other installed extensions stay out; the one under development loads
          '--disable-workspace-trust',
          '--skip-welcome',
          '--skip-release-notes',
          `--user-data-dir=${userData}`,
          `--extensions-dir=${path.join(tmpRoot, 'extensions')}`,
        ],
      });
      if (code !== 0) return code;
    }
    return 0;
  } finally {
    fs.rmSync(tmpRoot, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      // runTests rejects with TestRunFailedError when the tests fail; its message says so.
      console.error(`[runner] ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
