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

function itemLines(item: ReportItem, n: number, showArticle: boolean, showSpeaker: boolean): string[] {
  const { entry } = item;
  const a = entry.annotation;
  const out = [`#### ${n}. ${markdownInline(verdictWords(a.verdict))} — ${markdownInline(location(item))}`, '', contextLine(item), ''];
  if (showArticle) out.push(`- Article: ${markdownInline(item.article.meta.title.trim() || item.article.path)}`);
  if (showSpeaker) out.push(`- Speaker: ${entry.speaker === null ? 'not known' : markdownInline(entry.speaker)}`);
  const status = statusNote(entry);
  if (status) out.push(`- Status: ${status}`);
  if (a.tags.length > 0) out.push(`- Tags: ${a.tags.map(markdownInline).join(', ')}`);
  out.push(`- Reviewer: ${markdownInline(a.reviewer)}`, `- Created ${a.created}, modified ${a.modified}`);
  if (a.note.trim() !== '') out.push('- Note:', '', ...markdownQuoted(unixLines(a.note), '  '));
  out.push('');
  return out;
}

function groupLines(group: ReportGroup, heading: string, bySpeaker: boolean): string[] {
  const out = [`### ${heading}`, '', `${plural(group.items.length, 'annotation')}. ${counts(group)}.`, ''];
  group.items.forEach((item, i) => out.push(...itemLines(item, i + 1, bySpeaker, !bySpeaker)));
  return out;
}

export function exportMarkdown(model: ExportModel): string {
  const { all, byArticle, bySpeaker } = reportGroups(model);
  const filter = describeFilter(model.filter);
  const out = [`# ${REPORT_TITLE}`, '', `${plural(model.total, 'annotation')} in ${plural(model.articles.length, 'article')}.${filter ? ` Only ${markdownInline(filter)}.` : ''}`, ''];
  if (model.total > 0) out.push(`${counts(all)}.`, '');
  out.push('## By article', '');
  for (const g of byArticle) out.push(...groupLines(g, `${markdownInline(g.title)} (${escapeMarkdownLine(g.path ?? '')})`, false));
  out.push('## By speaker', '');
  for (const g of bySpeaker) out.push(...groupLines(g, markdownInline(g.title), true));
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
