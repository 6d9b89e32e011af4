import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';

/**
 * src/core must run anywhere: in the extension host, in a web worker, in the CLI. So it may not
 * import VS Code or node built-ins, nor reach for node globals.
 */
const coreDir = path.resolve(__dirname, '../../../src/core');
const FORBIDDEN_MODULES = new Set(['vscode', ...builtinModules]);
const FORBIDDEN_GLOBALS: [RegExp, string][] = [
  [/\bprocess\s*\./, 'process.'],
  [/\bBuffer\b/, 'Buffer'],
  [/\brequire\s*\(/, 'require('],
  [/\b__dirname\b|\b__filename\b/, '__dirname/__filename'],
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|mts|cts|js)$/.test(e.name) ? [full] : [];
  });
}

/** Comments are dropped so that prose like "require(" in a doc comment does not fail the test. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

/** Every module specifier the file imports, re-exports, or loads dynamically. */
function importedModules(source: string): string[] {
  const specifiers: string[] = [];
  const patterns = [/\bimport\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g, /\bexport\s+[^'"]*?\sfrom\s+['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const p of patterns) for (const m of source.matchAll(p)) specifiers.push(m[1]);
  return specifiers;
}

function isForbidden(specifier: string): boolean {
  return specifier.startsWith('node:') || FORBIDDEN_MODULES.has(specifier) || FORBIDDEN_MODULES.has(specifier.split('/')[0]);
}

describe('src/core purity', () => {
  it('recognises what it must reject', () => {
    const sample = "import * as fs from 'fs';\nimport type { X } from 'vscode';\nexport { y } from 'node:path';\nconst u = await import('util');\nimport './ok';";
    assert.deepEqual(importedModules(sample).filter(isForbidden).sort(), ['fs', 'node:path', 'util', 'vscode']);
    assert.ok(isForbidden('fs/promises'));
    assert.ok(!isForbidden('yaml'));
  });

  const files = sourceFiles(coreDir);
  it('has sources to check', () => assert.ok(files.length > 0));

  for (const file of files) {
    const rel = path.relative(coreDir, file);
    it(`${rel} imports no vscode or node built-in and uses no node globals`, () => {
      const source = stripComments(fs.readFileSync(file, 'utf8'));
      assert.deepEqual(importedModules(source).filter(isForbidden), [], 'forbidden imports');
      const globals = FORBIDDEN_GLOBALS.filter(([re]) => re.test(source)).map(([, name]) => name);
      assert.deepEqual(globals, [], 'node globals');
    });
  }
});
