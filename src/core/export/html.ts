/**
 * The HTML report: one self-contained file (inline CSS, no scripts, no external resources, no
 * links) that a browser shows and prints. Every piece of text goes through `escapeHtml`, the one
 * escaping helper, including attribute values; nothing from an article or a sidecar is ever
 * written as markup. Notes are shown as text (see markdownText for why).
 */
import { describeFilter, location, plural, REPORT_TITLE, reportGroups, statusNote, type ReportGroup, type ReportItem } from './report';
import { unixLines } from './text';
import type { ExportModel } from './types';
import { verdictWords } from './verdicts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape; testing first spares a copy of it.
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]) : text;
}

const STYLE = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; background: #fff; max-width: 58rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid #ccc; margin-top: 2.5rem; } h3 { font-size: 1.1rem; margin-top: 2rem; }
.path, .where { font-family: ui-monospace, Consolas, monospace; font-size: .85em; color: #555; }
.counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
.counts li, .verdict { border: 1px solid #999; border-radius: 3px; padding: 0 .4rem; font-size: .85em; }
.annotation { border-left: 4px solid #bbb; padding: .2rem 0 .2rem 1rem; margin: 1rem 0; break-inside: avoid; }
.v-accurate { border-color: #2e7d32; } .v-mostly-accurate { border-color: #689f38; } .v-misleading { border-color: #ef6c00; }
.v-unsupported { border-color: #8d6e63; } .v-false { border-color: #c62828; } .v-unverified, .v-opinion { border-color: #78909c; }
blockquote { margin: .4rem 0; color: #333; } mark { background: #fff3a8; color: inherit; font-weight: 600; }
.note { white-space: pre-wrap; background: #f6f6f6; padding: .4rem .6rem; border-radius: 3px; }
.status { color: #a04000; } dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 .8rem; margin: .3rem 0; } dt { color: #555; } dd { margin: 0; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } h2 { break-before: page; } h2:first-of-type { break-before: auto; } .annotation { border-left-width: 3px; } mark { background: none; text-decoration: underline; } }
`;

/** Class names come from a fixed list, so a custom verdict cannot add markup or styles. */
function verdictClass(verdict: string): string {
  return /^(accurate|mostly-accurate|misleading|unsupported|false|unverified|opinion)$/.test(verdict) ? ` v-${verdict}` : '';
}

function countsList(group: ReportGroup): string {
  return `<ul class="counts">${group.counts.map(([v, n]) => `<li>${escapeHtml(verdictWords(v))}: ${n}</li>`).join('')}</ul>`;
}

function row(label: string, html: string): string {
  return `<dt>${escapeHtml(label)}</dt><dd>${html}</dd>`;
}

/**
 * An item as HTML around the row naming its article or speaker: made once, because each item
 * is listed by article and again by speaker.
 */
interface Rendered {
  /** Up to and including `<dl>`. */
  head: string;
  /** The rows after the Article/Speaker row, the note, the closing tag. */
  tail: string;
}

const rendered = new WeakMap<ReportItem, Rendered>();

function render(item: ReportItem): Rendered {
  const cached = rendered.get(item);
  if (cached) return cached;
  const { entry } = item;
  const a = entry.annotation;
  const { before, span, after } = item.excerpt;
  const rows: string[] = [];
  const status = statusNote(entry);
  if (status) rows.push(row('Status', `<span class="status">${escapeHtml(status)}</span>`));
  if (a.tags.length > 0) rows.push(row('Tags', a.tags.map(escapeHtml).join(', ')));
  rows.push(row('Reviewer', escapeHtml(a.reviewer)), row('Created', escapeHtml(a.created)), row('Modified', escapeHtml(a.modified)));
  const note = a.note.trim() === '' ? '' : `\n<div class="note">${escapeHtml(unixLines(a.note))}</div>`;
  const r = {
    head: [
      `<article class="annotation${verdictClass(a.verdict)}">`,
      `<p><span class="verdict">${escapeHtml(verdictWords(a.verdict))}</span> <span class="where">${escapeHtml(location(item))}</span></p>`,
      `<blockquote>${escapeHtml(before)}<mark>${escapeHtml(span)}</mark>${escapeHtml(after)}</blockquote>`,
      '<dl>',
    ].join('\n'),
    tail: `${rows.join('')}</dl>${note}\n</article>`,
  };
  rendered.set(item, r);
  return r;
}

function itemHtml(item: ReportItem, bySpeaker: boolean): string {
  const { head, tail } = render(item);
  const who = bySpeaker ? row('Article', escapeHtml(item.article.meta.title.trim() || item.article.path)) : row('Speaker', escapeHtml(item.entry.speaker ?? 'not known'));
  return head + who + tail;
}

/** Appends to `out`: the report is joined once, not group by group, which would copy it twice. */
function groupHtml(out: string[], group: ReportGroup, bySpeaker: boolean): void {
  const path = group.path === undefined ? '' : ` <span class="path">${escapeHtml(group.path)}</span>`;
  out.push('<section>', `<h3>${escapeHtml(group.title)}${path}</h3>`, `<p>${escapeHtml(plural(group.items.length, 'annotation'))}</p>`, countsList(group));
  for (const item of group.items) out.push(itemHtml(item, bySpeaker));
  out.push('</section>');
}

export function exportHtml(model: ExportModel): string {
  const { all, byArticle, bySpeaker } = reportGroups(model);
  const filter = describeFilter(model.filter);
  const summary = `${plural(model.total, 'annotation')} in ${plural(model.articles.length, 'article')}.${filter ? ` Only ${filter}.` : ''}`;
  const out = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // No network, no scripts, even if a future change forgot to escape something.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(REPORT_TITLE)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(REPORT_TITLE)}</h1>`,
    `<p>${escapeHtml(summary)}</p>`,
    model.total > 0 ? countsList(all) : '',
    '<h2>By article</h2>',
  ];
  for (const g of byArticle) groupHtml(out, g, false);
  out.push('<h2>By speaker</h2>');
  for (const g of bySpeaker) groupHtml(out, g, true);
  out.push('</body>', '</html>', '');
  return out.join('\n');
}
