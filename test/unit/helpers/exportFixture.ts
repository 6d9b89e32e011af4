import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/cli';
import type { ArticleAnalysis } from '../../../src/core';
import { analyzeForExport, anchorForExport, FORMAT_INFO, prepareArticle, readDirectoryForExport, readSidecarForExport, type ExportArticleInput, type ExportFormat, type SidecarForExport } from '../../../src/core/export';
import type { SpeakerDirectoryEntry } from '../../../src/core/speakerCorrections';
import { repoRoot } from './bundle';

/** The export fixture: a small workspace of articles and sidecars with hostile notes and quotes. */
export const EXPORT_WORKSPACE = path.join(repoRoot, 'test', 'fixtures', 'export', 'workspace');
export const GOLDEN_DIR = path.join(repoRoot, 'test', 'fixtures', 'export', 'golden');
const FROZEN_ANALYSIS = path.join(repoRoot, 'test', 'fixtures', 'export', 'analysis.json');
/** Rewrites the golden files after an intended change of a format; review the diff. */
const UPDATE_GOLDEN = process.env.CLAIM_ANNOTATOR_UPDATE_GOLDEN === '1';
/** Refreezes the analysis from today's engine (after changing the fixture articles); implies new goldens. */
const REFREEZE_ANALYSIS = process.env.CLAIM_ANNOTATOR_REFREEZE_ANALYSIS === '1';

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

interface FixtureArticle {
  path: string;
  text: string;
  sidecars: SidecarForExport[];
}

/** The fixture's articles and sidecars, read the way the CLI and the extension read them. */
function readFixture(dir: string): { articles: FixtureArticle[]; directory: SpeakerDirectoryEntry[] } {
  const byArticle = new Map<string, SidecarForExport[]>();
  for (const rel of sidecarFiles(dir).sort()) {
    const read = readSidecarForExport(rel, fs.readFileSync(path.join(dir, rel), 'utf8'));
    if (!read.ok) throw new Error(`${rel}: ${JSON.stringify(read.errors)}`);
    byArticle.set(read.value.articlePath, [...(byArticle.get(read.value.articlePath) ?? []), read.value]);
  }
  const directoryFile = path.join(dir, '.claim-annotator', 'speakers.yaml');
  const directory = readDirectoryForExport(fs.existsSync(directoryFile) ? fs.readFileSync(directoryFile, 'utf8') : undefined);
  const articles = [...byArticle].map(([article, sidecars]) => ({ path: article, text: fs.readFileSync(path.join(dir, article), 'utf8'), sidecars }));
  return { articles, directory };
}

/** Export input with the engine's analysis of today: what the CLI and the extension export. */
export function fixtureInputs(dir = EXPORT_WORKSPACE): ExportArticleInput[] {
  const { articles, directory } = readFixture(dir);
  return articles.map((a) => prepareArticle(a.path, a.text, a.sidecars, directory));
}

/**
 * Export input with the analysis frozen in analysis.json, so that the golden files test the
 * formats and change only when a format does, not whenever the engine attributes a quote
 * differently. CLAIM_ANNOTATOR_REFREEZE_ANALYSIS=1 refreezes it from the engine.
 */
export function frozenInputs(): ExportArticleInput[] {
  const { articles, directory } = readFixture(EXPORT_WORKSPACE);
  if (REFREEZE_ANALYSIS) {
    const live = Object.fromEntries(articles.map((a) => [a.path, analyzeForExport(a.path, a.text, a.sidecars, directory)]));
    fs.writeFileSync(FROZEN_ANALYSIS, JSON.stringify(live, null, 1) + '\n');
  }
  const frozen = JSON.parse(fs.readFileSync(FROZEN_ANALYSIS, 'utf8')) as Record<string, ArticleAnalysis>;
  return articles.map((a) => anchorForExport(a.path, a.text, frozen[a.path], a.sidecars));
}

/** Compares with a golden file, or rewrites it when CLAIM_ANNOTATOR_UPDATE_GOLDEN=1. */
export function golden(format: ExportFormat, actual: string): string {
  if (UPDATE_GOLDEN || REFREEZE_ANALYSIS) fs.writeFileSync(goldenPath(format), actual);
  return fs.readFileSync(goldenPath(format), 'utf8');
}

/** Copies the fixture workspace into a fresh temporary folder (tests that change files use it). */
export function copyWorkspace(tmpRoot: string): string {
  const dest = path.join(tmpRoot, 'workspace');
  fs.cpSync(EXPORT_WORKSPACE, dest, { recursive: true });
  return dest;
}
