/**
 * Turning files (already read by the caller) into export input: the same steps for the CLI and
 * the extension, which is what makes their output identical. Analysis applies the reviewer's
 * speaker knowledge the way the extension's views do: the speaker directory of the root, then
 * the per-quote corrections in the article's sidecar.
 */
import { analyzeArticle } from '../analyze';
import { articleFormat } from '../articleGlobs';
import { reanchorAll } from '../annotations/anchoring';
import { checkArticleReference } from '../annotations/paths';
import { parseSidecar } from '../annotations/sidecar';
import type { Annotation, SidecarError } from '../annotations/types';
import { applySpeakerCorrections, applySpeakerDirectory, readSpeakerCorrections, readSpeakerDirectory, speakerHintsFromDirectory, type SpeakerCorrection, type SpeakerDirectoryEntry } from '../speakerCorrections';
import type { ArticleAnalysis } from '../types';
import type { ExportArticleInput } from './types';

export interface SidecarForExport {
  /** The annotated article, relative to the same root as the sidecar's own path. */
  articlePath: string;
  /** The same article relative to the sidecar's folder (checked: it does not leave it). */
  articleReference: string;
  annotations: Annotation[];
  corrections: SpeakerCorrection[];
}

export type SidecarRead = { ok: true; value: SidecarForExport } | { ok: false; errors: SidecarError[] };

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

/**
 * Parses a sidecar found at `sidecarPath` (root-relative) and resolves the article it names. The
 * name is data from whoever wrote the file: one that leaves the sidecar's folder is an error, so
 * an export never reads `../` or absolute paths.
 */
export function readSidecarForExport(sidecarPath: string, text: string): SidecarRead {
  const parsed = parseSidecar(text);
  if (!parsed.ok) return parsed;
  const reference = checkArticleReference(parsed.sidecar.article);
  if (!reference.ok) return { ok: false, errors: [parsed.errorAt(['article'], reference.error)] };
  const corrections = readSpeakerCorrections(text);
  return {
    ok: true,
    value: { articlePath: folderOf(sidecarPath) + reference.path, articleReference: reference.path, annotations: parsed.sidecar.annotations, corrections: corrections.ok ? corrections.value : [] },
  };
}

/** The speaker directory's entries; a file that does not parse counts as empty, as in the views. */
export function readDirectoryForExport(text: string | undefined): SpeakerDirectoryEntry[] {
  if (text === undefined) return [];
  const read = readSpeakerDirectory(text);
  return read.ok ? read.value : [];
}

/** The analysis the views show: the speaker directory's hints and names, then the sidecars' corrections. */
export function analyzeForExport(path: string, text: string, sidecars: readonly SidecarForExport[], directory: readonly SpeakerDirectoryEntry[]): ArticleAnalysis {
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  const raw = analyzeArticle(text, { format: articleFormat(fileName), fileName, speakerHints: speakerHintsFromDirectory(directory) });
  const corrections = sidecars.flatMap((s) => s.corrections);
  return applySpeakerDirectory(applySpeakerCorrections(raw, corrections).analysis, directory);
}

/** Re-anchors the sidecars' annotations against the article text as it is now. */
export function anchorForExport(path: string, text: string, analysis: ArticleAnalysis, sidecars: readonly SidecarForExport[]): ExportArticleInput {
  // Two sidecars naming one article is possible (a copy); an id is exported once, from the first.
  const seen = new Set<string>();
  const annotations = sidecars.flatMap((s) => s.annotations).filter((a) => !seen.has(a.id.toLowerCase()) && seen.add(a.id.toLowerCase()));
  const anchors = reanchorAll(annotations.map((a) => a.target), text);
  return { path, text, meta: analysis.meta, analysis, annotations: annotations.map((annotation, i) => ({ annotation, anchor: anchors[i] })) };
}

/** Analyses the article and re-anchors its annotations: everything between reading files and rendering. */
export function prepareArticle(path: string, text: string, sidecars: readonly SidecarForExport[], directory: readonly SpeakerDirectoryEntry[]): ExportArticleInput {
  return anchorForExport(path, text, analyzeForExport(path, text, sidecars, directory), sidecars);
}
