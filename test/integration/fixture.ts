// The workspace the integration tests open: a fresh copy of the repo's samples/ in a temp
// folder, so tests may write files (sidecar YAML, edits) without touching the repo.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export { FIXTURE_ENV } from './suite/runnerEnv';

/** Repo root, from out/test/integration/ where tsc puts this module. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

const FALLBACK_ARTICLE = `City council approves new bike lanes

The city council voted 7-2 on Tuesday to build 40 kilometres of protected bike lanes by 2028.
"This is the biggest investment in safe streets this city has ever made," said Mayor Jane Doe.
Council member John Roe disagreed: "We cannot afford it while potholes go unrepaired."
According to the transport department, cycling trips rose 35 percent last year.
`;

function hasArticles(dir: string): boolean {
  try {
    return fs.readdirSync(dir, { recursive: true }).some((f) => /\.(txt|md)$/i.test(String(f)));
  } catch {
    return false;
  }
}

/**
 * Makes a temp root holding `samples/` (the workspace to open) and returns both paths.
 * Copies the repo's samples/ when it has articles, else writes one small article.
 */
export function makeFixtureWorkspace(prefix = 'claim-annotator-it-'): { tmpRoot: string; workspace: string } {
  const tmpRoot = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  const workspace = path.join(tmpRoot, 'samples');
  const samples = path.join(REPO_ROOT, 'samples');
  if (hasArticles(samples)) {
    fs.cpSync(samples, workspace, { recursive: true });
  } else {
    fs.mkdirSync(workspace, { recursive: true });
    fs.writeFileSync(path.join(workspace, 'bike-lanes.txt'), FALLBACK_ARTICLE);
  }
  return { tmpRoot, workspace };
}

/**
 * A workspace file holding `folder` alone: the suite's multi-root tests run in a window opened on
 * it, since VS Code lets no test turn a window opened on a folder into a workspace.
 */
export function makeWorkspaceFile(tmpRoot: string, folder: string): string {
  const file = path.join(tmpRoot, 'review.code-workspace');
  fs.writeFileSync(file, JSON.stringify({ folders: [{ path: folder }] }, null, 2));
  return file;
}

/**
 * VS Code keeps user settings in <user-data-dir>/User: start from ours (no welcome page, no chat
 * panel, no update checks), so runs and screenshots are steady.
 */
export function seedUserSettings(userDataDir: string): void {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.copyFileSync(path.join(REPO_ROOT, 'test', 'integration', 'vscode-user-settings.json'), file);
}
