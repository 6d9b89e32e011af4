import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import * as fc from 'fast-check';
import { escapeMarkdown, escapeMarkdownExcerpt } from '../../src/core/markdownEscape';
import { repoRoot } from './helpers/bundle';

/** What CommonMark (and VS Code's `$(icon)` syntax) gives meaning to; each must reach the renderer escaped. */
const SPECIAL = new Set('\\`*_{}[]()#+-.!|<>~&$"\':=');

/**
 * True when Markdown renders the text literally: every special character is preceded by the
 * backslash that escapes it, every backslash escapes the character after it, and there is no line
 * break (a quote must not start a heading, list or block of HTML).
 */
function rendersLiterally(escaped: string): boolean {
  for (let i = 0; i < escaped.length; i++) {
    const c = escaped[i];
    if (c === '\n' || c === '\r') return false;
    if (c === '\\') {
      if (!SPECIAL.has(escaped[i + 1] ?? '')) return false;
      i++;
    } else if (SPECIAL.has(c)) return false;
  }
  return true;
}

const PAYLOADS = [
  '[x](command:workbench.action.quit)',
  '[x](command:claimAnnotator.annotation.delete?%5B%22id%22%5D)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="command:workbench.action.quit">quit</a>',
  '![x](https://tracker.example/pixel.png)',
  '$(alert) [link]: command:workbench.action.quit',
  '\\[x\\](command:workbench.action.quit)',
  '`code` **bold** _em_ ~~strike~~ | table |',
  'line\n# heading\n- list\r\n> quote\r<div>',
  '&lt;img src=x onerror=alert(1)&gt; &#60;b&#62;',
  'https://example.com and www.example.com and mail@example.com',
];

const hostile = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'\\`*_{}[]()#+-.!|<>~&$"\':=\n\r ax'.split('')), maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.constantFrom(...PAYLOADS),
  fc.array(fc.constantFrom(...PAYLOADS), { maxLength: 5 }).map((parts) => parts.join(' ')),
);

describe('security', () => {
  describe('article text in hovers and tree tooltips', () => {
    it('escapeMarkdown: every payload renders literally and keeps its characters', () => {
      for (const payload of PAYLOADS) {
        const escaped = escapeMarkdown(payload);
        assert.ok(rendersLiterally(escaped), escaped);
        assert.ok(!escaped.includes('](command:'), escaped);
        assert.equal(escaped.replace(/\\(.)/g, '$1'), payload.replace(/\r\n|\r|\n/g, ' '), 'unescaping gives the text back');
      }
    });

    it('escapeMarkdown and escapeMarkdownExcerpt render any text literally (property)', () => {
      fc.assert(
        fc.property(hostile, fc.integer({ min: 1, max: 80 }), (text, max) => {
          assert.ok(rendersLiterally(escapeMarkdown(text)));
          const excerpt = escapeMarkdownExcerpt(text, max);
          assert.ok(rendersLiterally(excerpt), excerpt);
          assert.ok(excerpt.replace(/\\(.)/g, '$1').length <= max, 'the cut never splits an escape');
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('Restricted Mode', () => {
    it('the manifest declares limited support for untrusted and virtual workspaces, with a description', () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { capabilities?: Record<string, { supported?: unknown; description?: unknown }> };
      for (const key of ['untrustedWorkspaces', 'virtualWorkspaces']) {
        assert.equal(manifest.capabilities?.[key]?.supported, 'limited', key);
        assert.ok(typeof manifest.capabilities?.[key]?.description === 'string' && manifest.capabilities[key].description.length > 20, key);
      }
    });

    it('every module of the extension that writes a file or a workspace setting checks workspace trust', () => {
      // The write helper itself, and the export, which writes only the file the reviewer picks in a save dialog.
      const exempt = new Set(['util/files.ts', 'export/exportAnnotations.ts']);
      const writes = /writeTextFileAtomic\(|workspace\.fs\.(writeFile|rename|delete|copy)\(|ConfigurationTarget\.Workspace|\bfs\.(promises\.)?(writeFile|rename|rm|unlink)\(/;
      const unguarded: string[] = [];
      const root = path.join(repoRoot, 'src/extension');
      const walk = (dir: string): void => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
          const full = path.join(dir, entry.name);
          const rel = path.relative(root, full).split(path.sep).join('/');
          if (entry.isDirectory()) walk(full);
          else if (rel.endsWith('.ts') && !exempt.has(rel)) {
            const source = fs.readFileSync(full, 'utf8').replace(/^import .*$/gm, '');
            if (writes.test(source) && !/workspace\.isTrusted|mayWrite\(/.test(source)) unguarded.push(rel);
          }
        }
      };
      walk(root);
      assert.deepEqual(unguarded, []);
    });
  });

  describe('no network', () => {
    // Sources and the bundle together: the extension's own code and everything it bundles.
    const FORBIDDEN = [/\bhttps?\.request\s*\(/, /\bhttps?\.get\s*\(/, /\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bnet\.connect\s*\(/, /\btls\.connect\s*\(/, /\bdgram\b/, /require\(["'](node:)?(http|https|http2|net|tls|dgram)["']\)/, /from\s+["'](node:)?(http|https|http2|net|tls|dgram)["']/];

    function offenders(text: string, name: string): string[] {
      const found: string[] = [];
      for (const pattern of FORBIDDEN) {
        const m = pattern.exec(text);
        if (m) found.push(`${name}: ${m[0]} … ${text.slice(Math.max(0, m.index - 60), m.index + 60).replace(/\s+/g, ' ')}`);
      }
      return found;
    }

    it('src/ makes no network request', () => {
      const found: string[] = [];
      const walk = (dir: string): void => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) walk(full);
          else if (/\.(ts|js|mjs|cjs)$/.test(entry.name)) found.push(...offenders(fs.readFileSync(full, 'utf8'), path.relative(repoRoot, full)));
        }
      };
      walk(path.join(repoRoot, 'src'));
      assert.deepEqual(found, []);
    });

    it('the production bundles of the extension (dependencies included) make no network request', async function () {
      this.timeout(60_000);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-netscan-'));
      try {
        // Built the way esbuild.js builds dist/: the extension, the export it loads on demand and the analysis workers.
        const entries = { 'extension.js': 'src/extension/extension.ts', 'exportAnnotations.js': 'src/extension/export/exportAnnotations.ts', 'analysisWorker.js': 'src/extension/index/analysisWorker.ts' };
        for (const [name, entry] of Object.entries(entries)) {
          const outfile = path.join(dir, name);
          await build({ entryPoints: [path.join(repoRoot, entry)], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'], logLevel: 'silent' });
          const bundles = [outfile, path.join(repoRoot, 'dist', name)].filter((f) => fs.existsSync(f));
          for (const file of bundles) assert.deepEqual(offenders(fs.readFileSync(file, 'utf8'), `${path.basename(path.dirname(file))}/${name}`), []);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
