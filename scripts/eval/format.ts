/** The evaluation's text output: a header stating the rules, a table, then every miss. */
import { shorten } from '../../src/cli/report';
import { goldSpeakerLabel, OVERLAP_THRESHOLD } from './match';
import type { ArticleScore, Miss, Ratio, Score } from './score';

const TEXT_WIDTH = 70;

export const RULES = [
  `A predicted quote matches a gold quote when they overlap by >= ${OVERLAP_THRESHOLD * 100}% of the longer span (one-to-one, greedy by overlap).`,
  'Lenient gold quotes are optional: missing one is no false negative, finding one is no false positive; they are left out of all rates.',
  'Exact span: matched pairs with identical offsets. Kind: matched pairs with the same kind.',
  'Speaker: matched gold speech quotes with a named speaker. Names are compared lowercased, accents and punctuation removed',
  '(hyphens as spaces), a leading "the" dropped; a prediction is right if equal to an acceptable name, or if it has 2+ words',
  'that are the first or last words of one ("joint statement" ~ "China-Russia joint statement"). Rates are micro-averaged.',
];

export function formatText(dir: string, articles: readonly ArticleScore[], overall: Score, warnings: readonly string[]): string {
  const out = [`Quote evaluation: ${articles.length} gold article(s) in ${dir}`, ...RULES.map((r) => `  ${r}`), ''];
  const rows = [['article', 'gold', 'pred', 'TP', 'FP', 'FN', 'P', 'R', 'F1', 'exact', 'speaker', 'kind']];
  for (const a of articles) rows.push(row(a.file, a));
  rows.push(row('OVERALL', overall));
  out.push(...table(rows), '');
  for (const w of warnings) out.push(`warning: ${w}`);
  if (warnings.length) out.push('');
  for (const a of articles) {
    const lines = [
      ...a.missed.map((m) => `  missed    ${describe(m)}  expected: ${goldSpeakerLabel(m.expected ?? null)}`),
      ...a.falsePositiveQuotes.map((m) => `  false +   ${describe(m)}  speaker: ${m.got ?? '(nobody)'}`),
      ...a.wrongSpeakers.map((m) => `  speaker   ${describe(m)}  expected: ${goldSpeakerLabel(m.expected ?? null)}; got: ${m.got ?? '(nobody)'}`),
      ...a.wrongKinds.map((m) => `  kind      ${describe(m)}  got: ${m.got ?? '?'}`),
    ];
    if (lines.length) out.push(`== ${a.file}`, ...lines, '');
  }
  return out.join('\n') + '\n';
}

function row(name: string, s: Score): string[] {
  return [name, ...[s.gold, s.predicted, s.truePositives, s.falsePositives, s.falseNegatives].map(String), pct(s.precision), pct(s.recall), pct(s.f1), fraction(s.exactSpan), fraction(s.speaker), fraction(s.kind)];
}

function describe(m: Miss): string {
  return `${m.start}-${m.end} [${m.kind}] “${shorten(m.text, TEXT_WIDTH)}”`;
}

function pct(v: number | null): string {
  return v === null ? '-' : v.toFixed(3);
}

function fraction(r: Ratio): string {
  return r.total === 0 ? '-' : `${r.correct}/${r.total} ${pct(r.rate)}`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
}
