/** The Markdown report: by article, then by speaker; every piece of outside text escaped (see markdownText). */
import { escapeMarkdownLine, markdownInline, markdownQuoted } from './markdownText';
import { describeFilter, location, plural, REPORT_TITLE, reportGroups, statusNote, type ReportGroup, type ReportItem } from './report';
import { unixLines } from './text';
import type { ExportModel } from './types';
import { verdictWords } from './verdicts';

function counts(group: ReportGroup): string {
  return `Verdicts: ${group.counts.map(([v, n]) => `${markdownInline(verdictWords(v))} ${n}`).join(', ')}`;
}

/** The quote in context, the annotated span in bold (whitespace kept outside the markers so they apply). */
function contextLine(item: ReportItem): string {
  const { before, span, after } = item.excerpt;
  const lead = span.match(/^\s*/)?.[0] ?? '';
  const trail = span.match(/\s*$/)?.[0] ?? '';
  const core = span.trim();
  return `> ${markdownInline(before)}${lead}**${markdownInline(core)}**${trail}${markdownInline(after)}`;
}

/**
 * An item as text, minus its number and the line naming its article or speaker: made once,
 * because each item is listed by article and again by speaker.
 */
interface Rendered {
  heading: string;
  /** From the blank line after the heading to the Article/Speaker line. */
  context: string;
  /** Everything after the Article/Speaker line, ending with a blank line. */
  rest: string;
}

const rendered = new WeakMap<ReportItem, Rendered>();

function render(item: ReportItem): Rendered {
  const cached = rendered.get(item);
  if (cached) return cached;
  const { entry } = item;
  const a = entry.annotation;
  const rest: string[] = [];
  const status = statusNote(entry);
  if (status) rest.push(`- Status: ${status}`);
  if (a.tags.length > 0) rest.push(`- Tags: ${a.tags.map(markdownInline).join(', ')}`);
  rest.push(`- Reviewer: ${markdownInline(a.reviewer)}`, `- Created ${a.created}, modified ${a.modified}`);
  if (a.note.trim() !== '') rest.push('- Note:', '', ...markdownQuoted(unixLines(a.note), '  '));
  const r = {
    heading: `${markdownInline(verdictWords(a.verdict))} — ${markdownInline(location(item))}`,
    context: `\n${contextLine(item)}\n`,
    rest: `${rest.join('\n')}\n`,
  };
  rendered.set(item, r);
  return r;
}

/** Appends one string per item to `out` (a group of 100,000 annotations spread into push() would overflow the stack). */
function groupLines(out: string[], group: ReportGroup, heading: string, bySpeaker: boolean): void {
  out.push(`### ${heading}`, '', `${plural(group.items.length, 'annotation')}. ${counts(group)}.`, '');
  group.items.forEach((item, i) => {
    const r = render(item);
    const who = bySpeaker
      ? `- Article: ${markdownInline(item.article.meta.title.trim() || item.article.path)}`
      : `- Speaker: ${item.entry.speaker === null ? 'not known' : markdownInline(item.entry.speaker)}`;
    out.push(`#### ${i + 1}. ${r.heading}\n${r.context}\n${who}\n${r.rest}`);
  });
}

export function exportMarkdown(model: ExportModel): string {
  const { all, byArticle, bySpeaker } = reportGroups(model);
  const filter = describeFilter(model.filter);
  const out = [`# ${REPORT_TITLE}`, '', `${plural(model.total, 'annotation')} in ${plural(model.articles.length, 'article')}.${filter ? ` Only ${markdownInline(filter)}.` : ''}`, ''];
  if (model.total > 0) out.push(`${counts(all)}.`, '');
  out.push('## By article', '');
  for (const g of byArticle) groupLines(out, g, `${markdownInline(g.title)} (${escapeMarkdownLine(g.path ?? '')})`, false);
  out.push('## By speaker', '');
  for (const g of bySpeaker) groupLines(out, g, markdownInline(g.title), true);
  // One final line break; counted from the end, as a regex would scan the whole text.
  const text = out.join('\n');
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return `${text.slice(0, end)}\n`;
}
