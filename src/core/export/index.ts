/** Exporting annotations for review: one pure function per format over one shared model. */
import { exportClaimReview } from './claimReview';
import { exportCsv } from './csv';
import { exportHtml } from './html';
import { exportJson } from './json';
import { exportMarkdown } from './markdown';
import { buildModel } from './model';
import type { ExportArticleInput, ExportFilter, ExportFormat, ExportModel } from './types';
import { exportW3c } from './w3c';
import { TextWriter } from './writer';

export * from './types';
export { buildModel, matchesFilter, normalizeFilter } from './model';
export { analyzeForExport, anchorForExport, prepareArticle, readSidecarForExport, readDirectoryForExport } from './prepare';
export type { SidecarForExport, SidecarRead } from './prepare';
export { CSV_HEADER, isFormulaLike } from './csv';
export { escapeHtml } from './html';
export { codePointOffset } from './text';
export { VERDICT_ORDER, VERDICT_RATINGS, RATING_SCALE, verdictWords, verdictRating } from './verdicts';

/** A format's output: text, or a TextWriter holding it in chunks until it is asked for as text or as UTF-8. */
type Rendered = string | TextWriter;

const RENDERERS: Record<ExportFormat, (model: ExportModel) => Rendered> = {
  json: exportJson,
  csv: exportCsv,
  md: exportMarkdown,
  html: exportHtml,
  w3c: exportW3c,
  claimreview: exportClaimReview,
};

/** What each format is, for the CLI's help and the extension's picker. */
export const FORMAT_INFO: Record<ExportFormat, { label: string; extension: string; description: string }> = {
  json: { label: 'JSON', extension: 'json', description: 'lossless: articles, annotations, the quotes, claims and speakers they concern' },
  csv: { label: 'CSV', extension: 'csv', description: 'one row per annotation, for spreadsheets' },
  md: { label: 'Markdown report', extension: 'md', description: 'grouped by article and by speaker' },
  html: { label: 'HTML report', extension: 'html', description: 'one printable file, grouped by article and by speaker' },
  w3c: { label: 'W3C Web Annotation', extension: 'jsonld', description: 'JSON-LD AnnotationCollection' },
  claimreview: { label: 'schema.org ClaimReview', extension: 'json', description: 'JSON-LD array, one ClaimReview per annotation' },
};

export function isExportFormat(value: string): value is ExportFormat {
  return Object.prototype.hasOwnProperty.call(RENDERERS, value);
}

export function renderExport(model: ExportModel, format: ExportFormat): string {
  const out = RENDERERS[format](model);
  return typeof out === 'string' ? out : out.toString();
}

const utf8 = new TextEncoder();

/**
 * The export as the UTF-8 bytes a file holds, which is what the CLI and the extension write.
 * Formats rendered in chunks are encoded chunk by chunk, never joined into one string first.
 */
export function renderExportBytes(model: ExportModel, format: ExportFormat): Uint8Array {
  const out = RENDERERS[format](model);
  return typeof out === 'string' ? utf8.encode(out) : out.toBytes();
}

/** Filters, orders and renders: the whole export once the articles are read and anchored. */
export function exportAnnotations(articles: readonly ExportArticleInput[], format: ExportFormat, filter: ExportFilter = {}): string {
  return renderExport(buildModel(articles, filter), format);
}

/** exportAnnotations as UTF-8 bytes, for writing to a file. */
export function exportAnnotationBytes(articles: readonly ExportArticleInput[], format: ExportFormat, filter: ExportFilter = {}): Uint8Array {
  return renderExportBytes(buildModel(articles, filter), format);
}
