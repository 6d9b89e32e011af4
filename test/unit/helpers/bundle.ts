import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';

export const repoRoot = path.resolve(__dirname, '../../../..');

export interface Bundle {
  run(args: string[], cwd?: string): { status: number | null; stdout: string; stderr: string };
  dispose(): void;
}

/**
 * Bundles an entry point the way esbuild.js builds dist/, into a temporary folder, so tests of the
 * real binaries (exit codes, stdout/stderr wiring) need no prior `npm run build`.
 */
export async function bundle(entry: string, options: { vscodeStub?: boolean } = {}): Promise<Bundle> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-bundle-'));
  const outfile = path.join(dir, `${path.basename(entry, '.ts')}.js`);
  // yaml's ES module build, as esbuild.js bundles it; extension modules run outside VS Code with
  // `vscode` answered by the bench's stub.
  const alias: Record<string, string> = { yaml: path.join(repoRoot, 'node_modules/yaml/browser/index.js') };
  if (options.vscodeStub) alias.vscode = path.join(repoRoot, 'bench/vscodeStub.ts');
  await build({ entryPoints: [path.join(repoRoot, entry)], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent', alias });
  return {
    run: (args, cwd = repoRoot) => {
      const r = spawnSync(process.execPath, [outfile, ...args], { cwd, encoding: 'utf8' });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
