/** The human-readable report: what a reviewer skims in a terminal before opening the editor. */
import type { ArticleAnalysis, Quote, Span } from '../core';
import { lineAndColumn, lineStarts } from '../core/lines';

const QUOTE_WIDTH = 90;
const TOP_CLAIMS = 5;

export function formatReport(file: string, text: string, analysis: ArticleAnalysis): string {
  const position = positionFinder(text);
  const out: string[] = [`== ${file}`, `Title: ${analysis.meta.title || '(none)'}`];
  const { outlet, author, date, url } = analysis.meta;
  for (const [label, value] of [['Outlet', outlet], ['Author', author], ['Date', date], ['URL', url]] as const) {
    if (value) out.push(`${label}: ${value}`);
  }
  out.push(`${analysis.quotes.length} quotes, ${analysis.speakers.length} speakers, ${analysis.claims.length} claims`);

  const quoteLine = (q: Quote): string => `    ${position(q)}  ${q.kind === 'speech' ? '' : `[${q.kind}] `}“${shorten(q.text, QUOTE_WIDTH)}”`;
  for (const speaker of analysis.speakers) {
    out.push('', `${speaker.name}${speaker.role ? ` (${speaker.role})` : ''}: ${plural(speaker.quotes.length, 'quote')}, ${plural(speaker.claims.length, 'claim')}`);
    for (const i of speaker.quotes) if (analysis.quotes[i]) out.push(quoteLine(analysis.quotes[i]));
  }
  const unattributed = analysis.quotes.filter((q) => q.speaker === null);
  if (unattributed.length) {
    out.push('', `Unattributed: ${plural(unattributed.length, 'quote')}`);
    for (const q of unattributed) out.push(quoteLine(q));
  }
  const claims = [...analysis.claims].sort((a, b) => b.score - a.score || a.start - b.start).slice(0, TOP_CLAIMS);
  if (claims.length) {
    out.push('', `Top claims (of ${analysis.claims.length}):`);
    for (const c of claims) {
      const who = c.speaker ? ` — ${c.speaker}` : '';
      out.push(`    ${position(c)}  ${c.score.toFixed(2)} [${c.kind}] ${shorten(c.text, QUOTE_WIDTH)}${who}`, `        signals: ${c.signals.join(', ') || '-'}`);
    }
  }
  return out.join('\n') + '\n';
}

/** "line:col", both 1-based, as editors and compilers print them. */
function positionFinder(text: string): (span: Span) => string {
  const starts = lineStarts(text);
  return (span) => {
    const { line, column } = lineAndColumn(starts, span.start);
    return `${line}:${column}`;
  };
}

/** One line, at most `width` characters, cut at a word where possible. */
export function shorten(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  const cut = flat.slice(0, width - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > width / 2 ? cut.slice(0, space) : cut}…`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
