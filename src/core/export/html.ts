/**
 * The HTML report: one self-contained file (inline CSS, no scripts, no external resources, no
 * links) that a browser shows and prints. Every piece of text goes through `escapeHtml`, the one
 * escaping helper, including attribute values; nothing from an article or a sidecar is ever
 * written as markup. Notes are shown as text (see markdownText for why).
 */
import { articleTitle, describeFilter, itemExcerpt, lineAndColumnSuffix, plural, REPORT_TITLE, reportGroups, statusNote, type ReportGroup, type ReportItem } from './report';
import { replaceMatches, unixLines } from './text';
import type { ExportArticle, ExportModel } from './types';
import { verdictWords } from './verdicts';
import { RepeatedItems } from './repeated';
import { memo, memoSome, TextWriter } from './writer';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;
const entity = (c: string): string => HTML_ESCAPES[c];

/** Safe in text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return replaceMatches(text, SPECIAL, entity);
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

/** What repeats from item to item, as HTML once per export. */
class Names {
  /** An item's markup up to its location. */
  readonly opening = memo((verdict: string) => `<article class="annotation${verdictClass(verdict)}">\n<p><span class="verdict">${escapeHtml(verdictWords(verdict))}</span> <span class="where">`);
  /** Followed by lineAndColumnSuffix, which needs no escaping. */
  readonly path = memo((article: ExportArticle) => escapeHtml(article.path));
  readonly article = memo((article: ExportArticle) => row('Article', escapeHtml(articleTitle(article))));
  readonly speaker = memo((speaker: string | null) => row('Speaker', escapeHtml(speaker ?? 'not known')));
  readonly status = memo((status: string) => row('Status', `<span class="status">${escapeHtml(status)}</span>`));
  readonly reviewer = memo((reviewer: string) => row('Reviewer', escapeHtml(reviewer)));
  /** An item's opening and its article's path, for each verdict of the article. */
  readonly lead = memo((article: ExportArticle) => memo((verdict: string) => this.opening(verdict) + this.path(article)));
  readonly tag = memo(escapeHtml);
  /** The note and the end of the item; reviewers reuse notes. */
  readonly note = memoSome((note: string) => `${note.trim() === '' ? '' : `\n<div class="note">${escapeHtml(unixLines(note))}</div>`}\n</article>\n`, 1000);
}

/** An item's markup up to the row naming its article or speaker. */
function writeHead(w: TextWriter, names: Names, item: ReportItem): void {
  const { entry } = item;
  const { before, span, after } = itemExcerpt(item);
  w.write(names.lead(item.article)(entry.annotation.verdict));
  w.write(`${lineAndColumnSuffix(entry)}</span></p>\n<blockquote>`);
  w.write(escapeHtml(before));
  w.write('<mark>');
  w.write(escapeHtml(span));
  w.write('</mark>');
  w.write(escapeHtml(after));
  w.write('</blockquote>\n<dl>');
}

/** An item's markup after the row naming its article or speaker. */
function writeTail(w: TextWriter, names: Names, item: ReportItem): void {
  const { entry } = item;
  const a = entry.annotation;
  const status = statusNote(entry);
  if (status) w.write(names.status(status));
  if (a.tags.length > 0) w.write(row('Tags', a.tags.map(names.tag).join(', ')));
  w.write(names.reviewer(a.reviewer));
  w.write(`<dt>Created</dt><dd>${escapeHtml(a.created)}</dd><dt>Modified</dt><dd>${escapeHtml(a.modified)}</dd></dl>`);
  w.write(names.note(a.note));
}

function writeGroup(w: TextWriter, group: ReportGroup, items: () => void): void {
  const path = group.path === undefined ? '' : ` <span class="path">${escapeHtml(group.path)}</span>`;
  w.line('<section>');
  w.line(`<h3>${escapeHtml(group.title)}${path}</h3>`);
  w.line(`<p>${escapeHtml(plural(group.items.length, 'annotation'))}</p>`);
  w.line(countsList(group));
  items();
  w.line('</section>');
}

export function exportHtml(model: ExportModel): TextWriter {
  const { all, byArticle, bySpeaker } = reportGroups(model);
  const filter = describeFilter(model.filter);
  const summary = `${plural(model.total, 'annotation')} in ${plural(model.articles.length, 'article')}.${filter ? ` Only ${filter}.` : ''}`;
  const names = new Names();
  const w = new TextWriter();
  const head = [
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
  for (const line of head) w.line(line);
  const items = new RepeatedItems(all.items.length);
  for (const g of byArticle) {
    writeGroup(w, g, () => {
      for (const item of g.items) items.write(w, item, () => writeHead(w, names, item), names.speaker(item.entry.speaker), () => writeTail(w, names, item));
    });
  }
  w.line('<h2>By speaker</h2>');
  for (const g of bySpeaker) {
    writeGroup(w, g, () => {
      for (const item of g.items) items.repeat(w, item, names.article(item.article));
    });
  }
  w.line('</body>');
  w.line('</html>');
  return w;
}
