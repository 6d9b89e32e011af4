import { articleFormat, type AnalyzeOptions, type ArticleAnalysis } from '../../core';
import { engine } from '../engine/loadEngine';
import {
  applySpeakerCorrections,
  applySpeakerDirectory,
  speakerHintsFromDirectory,
  type SpeakerCorrection,
  type SpeakerDirectoryEntry,
} from '../../core/speakerCorrections';
import { compact, StringPool, type CompactAnalysis } from './compactAnalysis';

/**
 * What a closed article (one no editor shows) is analysed from. It holds no vscode type, so it can
 * cross to a worker thread; the same function analyses it there and, as the fallback, in the
 * extension host's own thread, so both give the same result.
 */
export interface ClosedArticleJob {
  /** The file's bytes, not yet decoded: decoding is part of the work handed out. */
  bytes: Uint8Array;
  fileName: string;
  directory: SpeakerDirectoryEntry[];
  corrections: SpeakerCorrection[];
}

export type ClosedArticleResult = { kind: 'binary' } | { kind: 'ok'; packed: CompactAnalysis; title: string };

/** How an article is analysed; an edit is analysed the same way, or its result would differ from a full one. */
export function analysisOptions(fileName: string, directory: readonly SpeakerDirectoryEntry[]): AnalyzeOptions {
  return { format: articleFormat(fileName), fileName, speakerHints: speakerHintsFromDirectory(directory) };
}

/**
 * The engine's analysis with the reviewers' speaker knowledge applied: their corrections, then the
 * speaker directory. A full analysis, a worker's and an edit's all go through here, so they agree.
 */
export function withSpeakerKnowledge(raw: ArticleAnalysis, corrections: readonly SpeakerCorrection[], directory: readonly SpeakerDirectoryEntry[]): ArticleAnalysis {
  return applySpeakerDirectory(applySpeakerCorrections(raw, corrections).analysis, directory);
}

/** What the trees call an article: its title, or its file name when it has none. */
export function articleTitle(analysis: ArticleAnalysis, fileName: string): string {
  return analysis.meta.title.trim() || fileName;
}

/**
 * Decodes (UTF-8, strict: anything else is not an article), analyses with the reviewers' speaker
 * knowledge and packs. `pool` gives the packed strings' copies: the index's own in its thread, a
 * throw-away one in a worker (the index interns what a worker sends).
 */
export function analyzeClosedArticle(job: ClosedArticleJob, pool: StringPool): ClosedArticleResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(job.bytes);
  } catch (e) {
    if (e instanceof TypeError) return { kind: 'binary' };
    throw e;
  }
  const raw = engine().analyzeArticle(text, analysisOptions(job.fileName, job.directory));
  const analysis = withSpeakerKnowledge(raw, job.corrections, job.directory);
  return { kind: 'ok', packed: compact(analysis, text, pool), title: articleTitle(analysis, job.fileName) };
}

/** A packed analysis made in another thread, its shared strings swapped for the pool's copies. */
export function adoptPacked(packed: CompactAnalysis, pool: StringPool): CompactAnalysis {
  const adopted = { ...packed, strings: packed.strings.map((s) => pool.intern(s)) };
  if (packed.coSpeakers) adopted.coSpeakers = new Map([...packed.coSpeakers].map(([i, names]) => [i, names.map((s) => pool.intern(s))]));
  return adopted;
}

/** A fresh pool per article in a worker: interning there would only grow a table nobody reads. */
export function analyzeInWorker(job: ClosedArticleJob): ClosedArticleResult {
  return analyzeClosedArticle(job, new StringPool());
}
