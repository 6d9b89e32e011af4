#!/usr/bin/env node
// `npm run demo`: builds the extension and opens samples/ in VS Code with it loaded.
// - With VS Code's `code` command on PATH: code --extensionDevelopmentPath=<repo> <repo>/samples
// - Otherwise: sets up the VS Code server from the code-server npm package (first time only,
//   scripts/setup-vscode-server.sh), starts it on 127.0.0.1 with the extension loaded, and
//   prints the URL to open in a browser. Stays in the foreground until Ctrl-C.
// Options: --port N or --port A-B (default 8123-8199: the first free one), --server (skip `code`).
'use strict';
const { spawn, spawnSync, execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const SAMPLES = path.join(ROOT, 'samples');

function parseArgs(argv) {
  const opts = { port: '8123-8199', forceServer: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') opts.port = argv[++i];
    else if (argv[i] === '--server') opts.forceServer = true;
    else {
      console.error(`unknown argument ${argv[i]}\nusage: npm run demo -- [--port N|A-B] [--server]`);
      process.exit(2);
    }
  }
  return opts;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[demo] ${cmd} ${args.join(' ')} failed`);
    process.exit(r.status ?? 1);
  }
}

function hasCode() {
  const r = spawnSync('code', ['--version'], { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

function startServer(port) {
  // Installs what is missing (minutes the first time), then prints KEY=VALUE lines.
  const out = execFileSync('bash', [path.join(ROOT, 'scripts', 'setup-vscode-server.sh'), '--print-env'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const env = Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  const data = path.join(ROOT, '.cache', 'demo');
  const dirs = ['server-data', 'user-data', 'extensions'].map((d) => path.join(data, d));
  for (const d of dirs) fs.mkdirSync(d, { recursive: true });
  // First start: the same quiet settings as the integration tests (no welcome page, no chat
  // panel, no update checks). Later changes made in the browser are kept in .cache/demo/.
  const settings = path.join(dirs[1], 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'test', 'integration', 'vscode-user-settings.json'), settings);
  }
  const folder = fs.existsSync(SAMPLES) ? SAMPLES : ROOT;

  const childEnv = { ...process.env };
  for (const k of Object.keys(childEnv)) if (k.startsWith('VSCODE_')) delete childEnv[k];
  const server = spawn(
    env.VSCODE_SERVER_NODE,
    [
      env.VSCODE_SERVER_MAIN,
      '--host', '127.0.0.1',
      '--port', port,
      '--without-connection-token',
      '--accept-server-license-terms',
      '--disable-telemetry',
      // Needed for the workbench to honour the URL's payload (extensionDevelopmentPath).
      '--enable-smoke-test-driver',
      '--disable-workspace-trust',
      '--server-data-dir', dirs[0],
      '--user-data-dir', dirs[1],
      '--extensions-dir', dirs[2],
    ],
    { cwd: ROOT, env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );

  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    setTimeout(() => {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      process.exit(code);
    }, 1500).unref();
  };
  process.on('SIGINT', () => {
    console.log('\n[demo] stopping the VS Code server');
    stop(0);
  });
  process.on('SIGTERM', () => stop(0));

  let log = '';
  let announced = false;
  const onData = (chunk) => {
    if (announced) {
      if (process.env.CLAIM_ANNOTATOR_SERVER_LOG === '1') process.stdout.write(chunk);
      return;
    }
    log += chunk.toString('utf8');
    const m = /Extension host agent listening on (\d+)/.exec(log);
    if (!m) return;
    announced = true;
    const p = Number(m[1]);
    const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${p}${ROOT}`]]);
    const url = `http://127.0.0.1:${p}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;
    console.log('\n[demo] Claim Annotator is running in VS Code (server). Open this URL in a browser on this machine:\n');
    console.log(`  ${url}\n`);
    console.log('[demo] Press Ctrl-C to stop.');
  };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
  server.on('exit', (code, signal) => {
    if (stopping) return;
    if (!announced) process.stderr.write(log);
    console.error(`[demo] the VS Code server exited (code ${code}, signal ${signal})`);
    process.exit(code || 1);
  });
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  run('npm', ['run', 'build', '--silent']);
  if (!opts.forceServer && hasCode()) {
    console.log(`[demo] opening ${SAMPLES} in VS Code with the extension under development`);
    const r = spawnSync('code', [`--extensionDevelopmentPath=${ROOT}`, SAMPLES], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
  console.log('[demo] `code` is not on PATH: starting the VS Code server instead');
  startServer(opts.port);
}

main();
