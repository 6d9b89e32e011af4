import { existsSync, readFileSync } from 'fs';
import * as path from 'path';

/**
 * The version from the package's own manifest. Looked up by walking up from this file, because the
 * code runs both bundled (dist/cli.js) and compiled for tests (out/src/cli/version.js).
 */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown; version?: unknown };
        if (pkg.name === 'claim-annotator' && typeof pkg.version === 'string') return pkg.version;
      } catch {
        // An unreadable manifest on the way up is not ours; keep looking.
      }
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}
