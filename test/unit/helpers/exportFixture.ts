import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/cli';
import { FORMAT_INFO, prepareArticle, readDirectoryForExport, readSidecarForExport, type ExportArticleInput, type ExportFormat, type SidecarForExport } from '../../../src/core/export';
import { repoRoot } from './bundle';

/** The export fixture: a small workspace of articles and sidecars with hostile notes and quotes. */
export const EXPORT_WORKSPACE = path.join(repoRoot, 'test', 'fixtures', 'export', 'workspace');
export const GOLDEN_DIR = path.join(repoRoot, 'test', 'fixtures', 'export', 'golden');

export function goldenPath(format: ExportFormat): string {
  return path.join(GOLDEN_DIR, `export.${format}.${FORMAT_INFO[format].extension}`);
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function sidecarFiles(dir: string, rel = ''): string[] {
  return fs
    .readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sidecarFiles(dir, rel ? `${rel}/${e.name}` : e.name) : e.name.endsWith('.annotations.yaml') ? [rel ? `${rel}/${e.name}` : e.name] : []));
}

/** The fixture read the way the CLI and the extension read it, for tests of the core formats. */
export function fixtureInputs(dir = EXPORT_WORKSPACE): ExportArticleInput[] {
  const byArticle = new Map<string, SidecarForExport[]>();
  for (const rel of sidecarFiles(dir).sort()) {
    const read = readSidecarForExport(rel, fs.readFileSync(path.join(dir, rel), 'utf8'));
    if (!read.ok) throw new Error(`${rel}: ${JSON.stringify(read.errors)}`);
    byArticle.set(read.value.articlePath, [...(byArticle.get(read.value.articlePath) ?? []), read.value]);
  }
  const directoryFile = path.join(dir, '.claim-annotator', 'speakers.yaml');
  const directory = readDirectoryForExport(fs.existsSync(directoryFile) ? fs.readFileSync(directoryFile, 'utf8') : undefined);
  return [...byArticle].map(([article, sidecars]) => prepareArticle(article, fs.readFileSync(path.join(dir, article), 'utf8'), sidecars, directory));
}

/** Copies the fixture workspace into a fresh temporary folder (tests that change files use it). */
export function copyWorkspace(tmpRoot: string): string {
  const dest = path.join(tmpRoot, 'workspace');
  fs.cpSync(EXPORT_WORKSPACE, dest, { recursive: true });
  return dest;
}
