// Runs the integration suite (test/integration/suite) inside a real VS Code without downloading
// VS Code: the VS Code server from the code-server npm package (installed under .cache/ by
// scripts/setup-vscode-server.sh) serves the workbench, Debian's chromium renders it, driven by
// playwright-core. The workbench, started with --enable-smoke-test-driver, loads the extension
// under development and the test module from the URL's payload, and calls window.codeAutomationExit
// with 0 when the module's run() resolves and 1 when it rejects; that is our exit code.
//
// Usage: node out/test/integration/runInServer.js [--grep PATTERN] [--timeout-ms N] [--keep-tmp]
// Env:   CLAIM_ANNOTATOR_IT_TIMEOUT_MS (default 600000), CLAIM_ANNOTATOR_TEST_GREP,
//        CLAIM_ANNOTATOR_SCREENSHOT_DIR (default docs/screenshots), CLAIM_ANNOTATOR_SERVER_LOG=1
//        to print the server's own log, CLAIM_ANNOTATOR_IT_VERBOSE=1 to print the workbench's log.
// Printed: mocha's report (suite/index.ts marks its lines), ending with `integration: N passed,
// N failed`; the workbench's own errors only when the run fails; everything with ..._VERBOSE=1.
import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT, makeFixtureWorkspace, makeWorkspaceFile, seedUserSettings } from './fixture';
import { CONSOLE_MARKER_ENV, FIXTURE_ENV, GREP_ENV, SCREENSHOT_PORT_ENV } from './suite/runnerEnv';

const SETUP_SCRIPT = 'scripts/setup-vscode-server.sh';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

interface Options {
  grep?: string;
  timeoutMs: number;
  keepTmp: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    grep: process.env[GREP_ENV],
    timeoutMs: Number(process.env.CLAIM_ANNOTATOR_IT_TIMEOUT_MS ?? 600_000),
    keepTmp: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--grep') opts.grep = argv[++i];
    else if (a === '--timeout-ms') opts.timeoutMs = Number(argv[++i]);
    else if (a === '--keep-tmp') opts.keepTmp = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isFinite(opts.timeoutMs) || opts.timeoutMs <= 0) throw new Error('bad timeout');
  return opts;
}

export interface ServerSetup {
  node: string;
  serverMain: string;
  chromium: string;
}

/**
 * Asks the setup script where things are (in --check mode: installs nothing); on a machine not
 * set up yet, runs it to install what is missing first, as the demo does, so that `npm ci && npm
 * test` alone runs both tiers on a fresh machine.
 */
export function locateSetup(): ServerSetup {
  const check = (): string => execFileSync('bash', [path.join(REPO_ROOT, SETUP_SCRIPT), '--check'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  let out: string;
  try {
    out = check();
  } catch {
    process.stderr.write(`[runner] setting up the VS Code server for integration tests (${SETUP_SCRIPT}; a few minutes the first time)\n`);
    try {
      execFileSync('bash', [path.join(REPO_ROOT, SETUP_SCRIPT)], { stdio: ['ignore', 'inherit', 'inherit'] });
      out = check();
    } catch (err) {
      const stderr = (err as { stderr?: string }).stderr ?? '';
      throw new Error(`The VS Code server for integration tests could not be set up.\n${stderr.trim()}\nRun: bash ${SETUP_SCRIPT}`);
    }
  }
  const env = Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { node: env.VSCODE_SERVER_NODE, serverMain: env.VSCODE_SERVER_MAIN, chromium: env.CHROMIUM_PATH };
}

/** The environment for the server: ours minus anything a surrounding VS Code set. */
function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('VSCODE_') && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
  }
  return { ...env, ...extra };
}

export interface StartedServer {
  proc: ChildProcess;
  /** The port, once the server listens. */
  listening: Promise<number>;
  /** Last lines of the server's log, for error messages. */
  logTail(): string;
}

/** Starts the VS Code server on 127.0.0.1 and a free port (--port 0). */
export function startServer(
  setup: ServerSetup,
  dirs: { serverData: string; userData: string; extensions: string },
  env: Record<string, string>,
  printLog: boolean,
): StartedServer {
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  seedUserSettings(dirs.userData);
  const args = [
    setup.serverMain,
    '--host', '127.0.0.1',
    '--port', '0',
    '--without-connection-token',
    '--accept-server-license-terms',
    '--disable-telemetry',
    '--enable-smoke-test-driver',
    '--disable-workspace-trust',
    '--server-data-dir', dirs.serverData,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
  ];
  // detached: the server gets its own process group, so we can end it with its extension hosts.
  const proc = spawn(setup.node, args, { env: serverEnv(env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  const logTail = () => tail.join('\n');
  const listening = new Promise<number>((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        if (printLog) console.log(`[server] ${line}`);
      }
      buffered += text;
      const m = /Extension host agent listening on (\d+)/.exec(buffered);
      if (m) {
        buffered = '';
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    const timer = setTimeout(() => reject(new Error(`VS Code server did not start within 60 s:\n${logTail()}`)), 60_000);
    proc.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`VS Code server exited (code ${code}, signal ${signal}):\n${logTail()}`));
    });
  });
  listening.catch(() => undefined); // handled by whoever awaits it
  return { proc, listening, logTail };
}

/** Ends a process started with detached: true, and every process in its group. */
export async function killGroup(proc: ChildProcess | undefined): Promise<void> {
  if (!proc?.pid || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-proc.pid!, sig);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), delay(5000).then(() => true)]);
  if (timedOut) signal('SIGKILL');
  // The extension host may outlive the server in the same group: make sure the group is gone.
  signal('SIGKILL');
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The workbench URL that opens a folder or a workspace file with the extension under development (and tests). */
export function workbenchUrl(port: number, open: { folder: string } | { workspace: string }, extensionDir: string, testsModule?: string): string {
  const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload: [string, string][] = [['extensionDevelopmentPath', remote(extensionDir)]];
  if (testsModule) payload.push(['extensionTestsPath', remote(testsModule)]);
  return (
    `http://127.0.0.1:${port}/?${'folder' in open ? `folder=${encodeURIComponent(open.folder)}` : `workspace=${encodeURIComponent(open.workspace)}`}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`
  );
}

/** Put by the suite (suite/index.ts) before each console line of the extension host. */
const CONSOLE_MARKER = '\u2063claim-annotator\u2063';

/** `%c  ERR color: #f33 text` (the web workbench's console logger) to `ERR text`. */
function stripStyle(text: string): string {
  return text.replace(/^%c\s*([A-Z]+)\s+color:\s*#[0-9a-fA-F]+\s?/, '$1 ');
}

/** The suite's closing line, `N passed, N failed`. */
const SUMMARY = /^\s*\d+ passed, \d+ failed\s*$/;

/** Errors every run logs on a machine with no network and no marketplace; not worth showing. */
function isOfflineNoise(text: string): boolean {
  return /Failed to load resource|ServiceWorker|bad HTTP response code|ENOTFOUND|ERR_NAME_NOT_RESOLVED|authentication provider/.test(
    text,
  );
}

/** The extension host's line for a console message of the page, or undefined for the workbench's own. */
export function extensionHostLine(text: string): string | undefined {
  const i = text.indexOf(CONSOLE_MARKER);
  // No ANSI colours: mocha's symbols turn green when CI=true, whatever its color option says.
  return i < 0 ? undefined : text.slice(i + CONSOLE_MARKER.length).replace(/\u001b\[[0-9;]*m/g, '');
}

/** Serves POST /screenshot {"name"} on 127.0.0.1 for the tests; returns the port. */
function serveScreenshots(take: (file: string) => Promise<void>, dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const reply = (status: number, text: string) => {
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(text);
    };
    if (req.method !== 'POST' || req.url !== '/screenshot') {
      reply(404, 'POST /screenshot {"name": "..."}');
      return;
    }
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      let name: unknown;
      try {
        name = (JSON.parse(body) as { name?: unknown }).name;
      } catch {
        reply(400, 'body must be JSON');
        return;
      }
      if (typeof name !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(name)) {
        reply(400, 'bad name');
        return;
      }
      const file = path.join(dir, `${name}.png`);
      take(file).then(
        () => {
          console.log(`[runner] screenshot ${path.relative(REPO_ROOT, file)}`);
          reply(200, file);
        },
        (err: unknown) => reply(500, String(err)),
      );
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const setup = locateSetup();
  const testsModule = path.join(REPO_ROOT, 'out', 'test', 'integration', 'suite', 'index.js');
  if (!fs.existsSync(testsModule)) throw new Error(`${testsModule} is missing: run npm run compile-tests first`);
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run npm run build first');
  }

  const { tmpRoot, workspace } = makeFixtureWorkspace();
  const screenshotDir = path.resolve(REPO_ROOT, process.env.CLAIM_ANNOTATOR_SCREENSHOT_DIR ?? 'docs/screenshots');
  let server: StartedServer | undefined;
  let browser: Browser | undefined;
  let shots: http.Server | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      shots?.close();
      await Promise.race([browser?.close().catch(() => undefined), delay(10_000)]);
      await killGroup(server?.proc);
      if (opts.keepTmp) console.log(`[runner] kept ${tmpRoot}`);
      else fs.rmSync(tmpRoot, { recursive: true, force: true });
    })());
  const onSignal = (sig: NodeJS.Signals) => {
    console.error(`[runner] ${sig}: stopping the VS Code server and chromium`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);

  let timer: NodeJS.Timeout | undefined;
  try {
    const work = (async (): Promise<number> => {
      const ui: { page?: Page } = {};
      shots = await serveScreenshots(async (file) => {
        if (!ui.page) throw new Error('no page yet');
        fs.mkdirSync(path.dirname(file), { recursive: true });
        await delay(300); // let the last layout and paint settle
        await ui.page.screenshot({ path: file });
      }, screenshotDir);
      const shotsPort = (shots.address() as { port: number }).port;

      server = startServer(
        setup,
        {
          serverData: path.join(tmpRoot, 'server-data'),
          userData: path.join(tmpRoot, 'user-data'),
          extensions: path.join(tmpRoot, 'extensions'),
        },
        {
          [SCREENSHOT_PORT_ENV]: String(shotsPort),
          [FIXTURE_ENV]: workspace,
          [CONSOLE_MARKER_ENV]: CONSOLE_MARKER,
          ...(opts.grep ? { [GREP_ENV]: opts.grep } : {}),
        },
        process.env.CLAIM_ANNOTATOR_SERVER_LOG === '1',
      );
      const port = await server.listening;
      // After the server listens, its exit means a crash: end the run with its log.
      const crashed = new Promise<number>((_, reject) => {
        const srv = server!;
        srv.proc.once('exit', (code, signal) =>
          reject(new Error(`VS Code server exited (code ${code}, signal ${signal}):\n${srv.logTail()}`)),
        );
      });
      crashed.catch(() => undefined); // also ends the run through the race below
      console.log(`[runner] VS Code server on 127.0.0.1:${port}; workspace ${workspace}`);

      browser = await chromium.launch({
        executablePath: setup.chromium,
        headless: true,
        args: CHROMIUM_ARGS,
        // Our own handlers end the server too; playwright's would exit before they ran.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      if (cleaning) {
        // Timed out or interrupted while chromium started: cleanup() did not see it.
        await browser.close();
        throw new Error('stopped');
      }
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      /** One window of tests: the suite runs, the window reports and exits. */
      const runWindow = async (url: string): Promise<{ code: number; summary: string | undefined }> => {
        const page = await context.newPage();
        ui.page = page;
        let resolveExit: (code: number) => void = () => undefined;
        const exitCode = new Promise<number>((resolve) => (resolveExit = resolve));
        await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(Number(code)));
        const workbenchErrors: string[] = [];
        let summary: string | undefined;
        const verbose = process.env.CLAIM_ANNOTATOR_IT_VERBOSE === '1';
        page.on('console', (msg) => {
          const text = msg.text();
          const line = extensionHostLine(text);
          if (line !== undefined && SUMMARY.test(line)) {
            summary = line.trim(); // printed last, after the workbench has exited
          } else if (line !== undefined) {
            console.log(line);
          } else if (verbose) {
            console.log(`[workbench ${msg.type()}] ${stripStyle(text)}`);
          } else if (msg.type() === 'error' && !isOfflineNoise(text)) {
            workbenchErrors.push(stripStyle(text));
            if (workbenchErrors.length > 30) workbenchErrors.shift();
          }
        });
        page.on('pageerror', (err) => console.log(`[page error] ${err.stack ?? err.message}`));
        page.on('crash', () => console.log('[runner] the page crashed'));
        await page.goto(url);
        const code = await Promise.race([exitCode, crashed]);
        if (code !== 0 && workbenchErrors.length > 0 && !verbose) {
          console.log('[runner] the workbench logged these errors (CLAIM_ANNOTATOR_IT_VERBOSE=1 shows its whole log):');
          for (const e of workbenchErrors) console.log(`[workbench] ${e}`);
        }
        console.log(`[runner] workbench exited with ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
        await page.close().catch(() => undefined);
        return { code, summary };
      };
      // The window on the folder runs the suite; the one on a workspace file holding the same
      // folder runs the tests that add and remove workspace folders (see suite/index.ts).
      const windows = [workbenchUrl(port, { folder: workspace }, REPO_ROOT, testsModule), workbenchUrl(port, { workspace: makeWorkspaceFile(tmpRoot, workspace) }, REPO_ROOT, testsModule)];
      const counts = { passed: 0, failed: 0 };
      let code = 0;
      for (const url of windows) {
        const result = await runWindow(url);
        const [passed, failed] = (result.summary?.match(/\d+/g) ?? []).map(Number);
        if (result.summary) {
          counts.passed += passed;
          counts.failed += failed;
        } else if (result.code === 0) console.log('[runner] the suite printed no summary line');
        if (result.code !== 0 || !result.summary) code = result.code || 1;
      }
      if (counts.passed === 0 && code === 0) {
        console.log('[runner] no integration test ran');
        code = 1;
      }
      console.log(`integration: ${counts.passed} passed, ${counts.failed} failed`);
      return code;
    })();
    const timeout = new Promise<number>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `integration tests timed out after ${opts.timeoutMs / 1000} s ` +
                '(set CLAIM_ANNOTATOR_IT_TIMEOUT_MS or --timeout-ms to change the limit)',
            ),
          ),
        opts.timeoutMs,
      );
    });
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    await cleanup();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGHUP', onSignal);
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`[runner] ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
