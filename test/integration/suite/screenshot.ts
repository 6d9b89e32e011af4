// Lets a test inside VS Code ask the runner outside it for a screenshot of the real UI.
// test/integration/runInServer.ts serves a loopback endpoint and tells the server process its
// port in CLAIM_ANNOTATOR_SCREENSHOT_PORT (the extension host inherits the server's
// environment); the image lands in docs/screenshots/<name>.png of the repo. Without that
// variable (e.g. under @vscode/test-electron) this is a no-op.
import * as http from 'http';
import { SCREENSHOT_PORT_ENV } from './runnerEnv';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

/**
 * Saves a PNG of the whole VS Code window as docs/screenshots/<name>.png.
 * `name` is a file name without extension: letters, digits, '.', '_' and '-'.
 * Resolves once the file is written; rejects if the runner could not take it.
 */
export async function screenshot(name: string): Promise<void> {
  if (!NAME.test(name)) {
    throw new Error(`screenshot name must match ${NAME}: ${JSON.stringify(name)}`);
  }
  const port = Number(process.env[SCREENSHOT_PORT_ENV]);
  if (!port) {
    return;
  }
  const body = JSON.stringify({ name });
  await new Promise<void>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/screenshot',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: 30_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          if (res.statusCode === 200) {
            resolve();
          } else {
            reject(new Error(`screenshot ${name} failed: HTTP ${res.statusCode} ${text}`));
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`screenshot ${name} timed out`)));
    req.on('error', reject);
    req.end(body);
  });
}
