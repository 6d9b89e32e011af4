/**
 * (d) The shipped bundle: its size when built by the project's own esbuild.js with --production,
 * and the time of activate() when it is loaded next to the stub `vscode` (in a fresh process, so
 * nothing is cached or warmed by the rest of the bench).
 *
 * The production build goes to a temporary folder that links to src/ and scripts/, so running
 * the bench never replaces the dist/ that tests and other work in this checkout use.
 */
import { execFile, spawn } from 'child_process';
import { promises as fs } from 'fs';
import Module from 'module';
import * as os from 'os';
import * as path from 'path';
import { now } from './stats';
import * as vscodeStub from './vscodeStub';

export interface Bundle {
  file: string;
  bytes: number;
  /** The bundles loaded later, by name: the engine's (on the first analysis), the analysis workers' (when indexing starts) and the export's (on the first export). */
  deferred: Record<string, number>;
  buildMs: number;
}

const DEFERRED_BUNDLES = ['engineModule.js', 'analysisWorker.js', 'exportAnnotations.js'];

/** `node esbuild.js --production` run with a temporary working folder; returns dist/extension.js. */
export async function buildProduction(repo: string, workDir: string): Promise<Bundle> {
  await fs.rm(workDir, { recursive: true, force: true });
  await fs.mkdir(workDir, { recursive: true });
  for (const name of ['src', 'scripts', 'node_modules', 'package.json']) await fs.symlink(path.join(repo, name), path.join(workDir, name));
  const t0 = now();
  await new Promise<void>((resolve, reject) =>
    execFile(process.execPath, [path.join(repo, 'esbuild.js'), '--production'], { cwd: workDir }, (error, _stdout, stderr) =>
      error ? reject(new Error(`esbuild.js --production failed: ${stderr || error.message}`)) : resolve(),
    ),
  );
  const buildMs = now() - t0;
  const file = path.join(workDir, 'dist', 'extension.js');
  const deferred: Record<string, number> = {};
  for (const name of DEFERRED_BUNDLES) deferred[name] = (await fs.stat(path.join(workDir, 'dist', name))).size;
  return { file, bytes: (await fs.stat(file)).size, deferred, buildMs };
}

export interface Activation {
  requireMs: number;
  activateMs: number;
  /** activate() plus the promise jobs and immediate timers it queued. */
  settledMs: number;
  subscriptions: number;
  unmodelled: string[];
}

export function runActivationChild(bundle: string, workspace: string): Promise<Activation> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [process.argv[1], '--child-activate', bundle, workspace], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`activation child exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as Activation);
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  });
}

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;

/** The child's side: `require('vscode')` answers with the stub, then load, activate, report. */
export async function activationChild(bundle: string, workspace: string): Promise<void> {
  vscodeStub.setWorkspaceFolders([workspace]);
  const loader = Module as unknown as { _load: Load };
  const original = loader._load;
  loader._load = (request, parent, isMain) => (request === 'vscode' ? vscodeStub : original(request, parent, isMain));
  const context = vscodeStub.extensionContext(path.join(os.tmpdir(), 'claim-annotator-bench-extension'));
  const t0 = now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extension = require(bundle) as { activate(context: unknown): unknown };
  const t1 = now();
  extension.activate(context);
  const t2 = now();
  await new Promise((resolve) => setImmediate(resolve));
  const t3 = now();
  const result: Activation = {
    requireMs: t1 - t0,
    activateMs: t2 - t1,
    settledMs: t3 - t1,
    subscriptions: context.subscriptions.length,
    unmodelled: [...vscodeStub.stubState.unmodelled].sort(),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  for (const d of context.subscriptions) d.dispose();
  process.exit(0);
}
