/**
 * What the exporters take and what they agree on. Every format is a pure function of an
 * ExportModel, so the CLI and the extension, which both build the model with the same code from
 * the same files, write byte-identical output.
 */
import type { ArticleAnalysis, ArticleMeta, Claim, Quote, SpeakerKind } from '../types';
import type { AnchorResult, Annotation } from '../annotations/types';

/** One article as the caller read it, with its annotations re-anchored against its current text. */
export interface ExportArticleInput {
  /** Relative to the export's root (workspace folder or CLI root), forward slashes. */
  path: string;
  text: string;
  meta: ArticleMeta;
  analysis: ArticleAnalysis;
  annotations: AnchoredAnnotation[];
}

export interface AnchoredAnnotation {
  annotation: Annotation;
  anchor: AnchorResult;
}

/** Empty lists and an absent speaker mean "no restriction". */
export interface ExportFilter {
  speaker?: string;
  verdicts?: readonly string[];
  tags?: readonly string[];
}

export const EXPORT_FORMATS = ['json', 'csv', 'md', 'html', 'w3c', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An annotation with everything the formats print resolved once, in one place. */
export interface ExportEntry {
  annotation: Annotation;
  status: AnchorResult['status'];
  /** Current UTF-16 offsets; for an orphan the stored ones, which no longer point at its text. */
  start: number;
  end: number;
  /** How sure the re-anchoring is: 1 for exact, the match score for moved and fuzzy, 0 for an orphan. */
  score: number;
  /** 1-based line and UTF-16 column of `start`; absent for an orphan. */
  line?: number;
  column?: number;
  /** The annotated text as it stands in the article now (the stored text for an orphan). */
  text: string;
  /** Stored speaker, else the speaker of the quote or claim it overlaps; null when nobody is known. */
  speaker: string | null;
  speakerKind: SpeakerKind | null;
  /** Indices into the article's `quotes` / `claims` of the export (not of the analysis). */
  quotes: number[];
  claims: number[];
}

export interface ExportArticle {
  path: string;
  text: string;
  meta: ArticleMeta;
  /** The quotes and claims some exported annotation overlaps, in text order. */
  quotes: Quote[];
  claims: Claim[];
  analysis: ArticleAnalysis;
  entries: ExportEntry[];
}

export interface ExportModel {
  articles: ExportArticle[];
  filter: ExportFilter;
  /** Number of exported annotations over all articles. */
  total: number;
}
