/**
 * (e) Exporting annotations: articles analysed by the engine, each with generated annotations on
 * its quotes, claims and random passages, re-anchored by the core (anchorForExport), then every
 * format rendered to the UTF-8 bytes a file gets by the core's exportAnnotationBytes (what the CLI and
 * the extension call to write an export).
 */
import type { ArticleAnalysis } from '../src/core';
import { captureTarget } from '../src/core/annotations';
import type { Annotation } from '../src/core/annotations/types';
import * as exportModule from '../src/core/export';
import type { GeneratedArticle } from './corpus';
import { Rng } from './prng';
import { median, now } from './stats';

const VERDICTS = ['unverified', 'accurate', 'mostly-accurate', 'misleading', 'false', 'unsupported', 'opinion', 'needs-context'];
const TAGS = ['budget', 'transport', 'health', 'follow-up', 'statistics', 'council'];
const NOTES = [
  'Checked against the **statistics office** release; the figure is for the region, not the country.',
  'Source: [annual report](https://example.org/report), table 4. The quote omits the second half.',
  'Needs a second source.\n\n- asked the press office\n- no reply yet',
  'Accurate as of the date of the article; the number was revised later.',
  'Opinion, not a checkable claim.',
];

function uuid(rng: Rng): string {
  const hex = (n: number) => Array.from({ length: n }, () => rng.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[rng.int(0, 3)]}${hex(3)}-${hex(12)}`;
}

function annotationsFor(rng: Rng, text: string, analysis: ArticleAnalysis, count: number): Annotation[] {
  const spans = [...analysis.quotes, ...analysis.claims].filter((s) => s.end > s.start);
  const out: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    let start: number;
    let end: number;
    if (spans.length > 0 && rng.chance(0.8)) ({ start, end } = rng.pick(spans));
    else {
      start = rng.int(0, Math.max(0, text.length - 80));
      end = Math.min(text.length, start + rng.int(10, 80));
    }
    const target = captureTarget(text, start, end);
    if (target.exact.trim() === '') continue;
    const day = String(rng.int(1, 28)).padStart(2, '0');
    const annotation: Annotation = {
      id: uuid(rng),
      target,
      verdict: rng.pick(VERDICTS),
      note: rng.pick(NOTES),
      tags: TAGS.filter(() => rng.chance(0.25)),
      reviewer: rng.pick(['A. Reviewer', 'B. Checker', 'C. Editor']),
      created: `2026-10-${day}T09:00:00Z`,
      modified: `2026-11-${day}T16:30:00Z`,
    };
    if (rng.chance(0.1)) annotation.speaker = rng.pick(['Finance Minister', 'the port authority', 'Mayor Varga']);
    out.push(annotation);
  }
  return out;
}

export interface ExportResult {
  available: boolean;
  annotations: number;
  articles: number;
  anchorMs: number;
  /** Per format: median ms, runs, output size in bytes. */
  formats: { format: string; ms: number; runs: number; bytes: number; error?: string }[];
}

type ExportApi = {
  EXPORT_FORMATS: readonly string[];
  exportAnnotationBytes(inputs: readonly unknown[], format: string): Uint8Array;
  anchorForExport(path: string, text: string, analysis: ArticleAnalysis, sidecars: readonly unknown[]): unknown;
};

/** The bench's export input: `total` annotations spread evenly over the articles, re-anchored by the core. */
export function exportInputs(api: Pick<ExportApi, 'anchorForExport'>, articles: readonly GeneratedArticle[], analyses: ReadonlyMap<string, ArticleAnalysis>, total: number, seed: number): { inputs: unknown[]; annotations: number; anchorMs: number } {
  const rng = new Rng(seed);
  const perArticle = Math.ceil(total / articles.length);
  const inputs: unknown[] = [];
  let count = 0;
  let anchorMs = 0;
  for (const a of articles) {
    const analysis = analyses.get(a.path);
    if (!analysis || count >= total) continue;
    const annotations = annotationsFor(rng, a.text, analysis, Math.min(perArticle, total - count));
    count += annotations.length;
    const sidecar = { articlePath: a.path, articleReference: a.path.slice(a.path.lastIndexOf('/') + 1), annotations, corrections: [] };
    const t0 = now();
    inputs.push(api.anchorForExport(a.path, a.text, analysis, [sidecar]));
    anchorMs += now() - t0;
  }
  return { inputs, annotations: count, anchorMs };
}

/**
 * Every format rendered from exportInputs. When src/core/export is missing or lacks what is
 * needed, says so instead of failing the whole bench.
 */
export function measureExport(articles: readonly GeneratedArticle[], analyses: ReadonlyMap<string, ArticleAnalysis>, total: number, seed: number): ExportResult {
  const api = exportModule as unknown as Partial<ExportApi>;
  if (!api.EXPORT_FORMATS || !api.exportAnnotationBytes || !api.anchorForExport) return { available: false, annotations: 0, articles: 0, anchorMs: 0, formats: [] };
  const { inputs, annotations: count, anchorMs } = exportInputs({ anchorForExport: api.anchorForExport }, articles, analyses, total, seed);
  const formats: ExportResult['formats'] = [];
  const warm = inputs.slice(0, Math.max(1, Math.floor(inputs.length / 50)));
  for (const format of api.EXPORT_FORMATS) {
    const times: number[] = [];
    let bytes = 0;
    try {
      api.exportAnnotationBytes(warm, format);
      // Three runs when they are quick, one when a single run already takes seconds.
      for (let run = 0; run < 3 && (run === 0 || times[0] < 1500); run++) {
        // Timed to the UTF-8 bytes the CLI and the extension write, encoding included.
        const t0 = now();
        bytes = api.exportAnnotationBytes(inputs, format).length;
        times.push(now() - t0);
      }
      formats.push({ format, ms: median(times), runs: times.length, bytes });
    } catch (e) {
      // A format that throws at this size is a result too: reported, and the others still run.
      formats.push({ format, ms: NaN, runs: times.length, bytes: 0, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    }
  }
  return { available: true, annotations: count, articles: inputs.length, anchorMs, formats };
}
