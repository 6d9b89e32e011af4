/** The Markdown report: by article, then by speaker; every piece of outside text escaped (see markdownText). */
import { escapeMarkdownLine, markdownInline, markdownQuoted } from './markdownText';
import { articleTitle, describeFilter, itemExcerpt, lineAndColumnSuffix, plural, REPORT_TITLE, reportGroups, statusNote, type ReportGroup, type ReportItem } from './report';
import { unixLines } from './text';
import type { ExportArticle, ExportModel } from './types';
import { verdictWords } from './verdicts';
import { RepeatedItems } from './repeated';
import { memo, memoSome, TextWriter } from './writer';

function counts(group: ReportGroup): string {
  return `Verdicts: ${group.counts.map(([v, n]) => `${markdownInline(verdictWords(v))} ${n}`).join(', ')}`;
}

/** What repeats from item to item, escaped once per export. */
class Names {
  private readonly numbers: string[] = [];
  /** An item's heading up to its verdict: the same numbers in every group. */
  number(n: number): string {
    return (this.numbers[n] ??= `#### ${n}. `);
  }
  readonly verdict = memo((verdict: string) => markdownInline(verdictWords(verdict)));
  /**
   * Followed by lineAndColumnSuffix: escaped apart, as the colons and digits are no markup and
   * cannot complete a `://`, a `www.` or a list marker that the path starts.
   */
  readonly path = memo((article: ExportArticle) => markdownInline(article.path));
  /** An item's verdict and article path, for each verdict of the article. */
  readonly lead = memo((article: ExportArticle) => memo((verdict: string) => `${this.verdict(verdict)} — ${this.path(article)}`));
  readonly article = memo((article: ExportArticle) => `- Article: ${markdownInline(articleTitle(article))}\n`);
  readonly speaker = memo((speaker: string | null) => `- Speaker: ${speaker === null ? 'not known' : markdownInline(speaker)}\n`);
  readonly status = memo((status: string) => `- Status: ${status}\n`);
  readonly tag = memo(markdownInline);
  readonly reviewer = memo((reviewer: string) => `- Reviewer: ${markdownInline(reviewer)}\n`);
  /** The note as a quote and the blank line that ends the item; reviewers reuse notes. */
  readonly note = memoSome((note: string) => (note.trim() === '' ? '\n' : `- Note:\n\n${markdownQuoted(unixLines(note), '  ').join('\n')}\n\n`), 1000);
}

/**
 * The quote in context, the annotated span in bold (whitespace kept outside the markers so they
 * apply). Excerpts are flattened, without line breaks: escaped as one line as they are.
 */
function writeContext(w: TextWriter, item: ReportItem): void {
  const { before, span, after } = itemExcerpt(item);
  const lead = span.length - span.trimStart().length;
  const trail = span.length - span.trimEnd().length;
  w.write(escapeMarkdownLine(before));
  if (lead > 0) w.write(span.slice(0, lead));
  w.write('**');
  w.write(escapeMarkdownLine(span.trim()));
  w.write('**');
  if (trail > 0) w.write(span.slice(span.length - trail));
  w.write(escapeMarkdownLine(after));
}

/** From the verdict to the quote in context: what follows an item's number. */
function writeHead(w: TextWriter, names: Names, item: ReportItem): void {
  const { entry } = item;
  w.write(names.lead(item.article)(entry.annotation.verdict));
  w.write(`${lineAndColumnSuffix(entry)}\n\n> `);
  writeContext(w, item);
  w.write('\n\n');
}

/** The fields after the line naming the article or speaker, and a blank line. */
function writeTail(w: TextWriter, names: Names, item: ReportItem): void {
  const { entry } = item;
  const a = entry.annotation;
  const status = statusNote(entry);
  if (status) w.write(names.status(status));
  if (a.tags.length > 0) w.write(`- Tags: ${a.tags.map(names.tag).join(', ')}\n`);
  w.write(names.reviewer(a.reviewer));
  w.write(`- Created ${a.created}, modified ${a.modified}\n`);
  w.write(names.note(a.note));
}

function writeGroupHeading(w: TextWriter, group: ReportGroup, heading: string): void {
  w.line(`### ${heading}`);
  w.line('');
  w.line(`${plural(group.items.length, 'annotation')}. ${counts(group)}.`);
  w.line('');
}

/** Each item: its number, verdict and place, the quote in context, the line naming its speaker, the rest. */
function writeArticleGroup(w: TextWriter, names: Names, items: RepeatedItems, group: ReportGroup): void {
  writeGroupHeading(w, group, `${markdownInline(group.title)} (${escapeMarkdownLine(group.path ?? '')})`);
  group.items.forEach((item, i) => {
    w.write(names.number(i + 1));
    items.write(w, item, () => writeHead(w, names, item), names.speaker(item.entry.speaker), () => writeTail(w, names, item));
  });
}

/** The same items as in the article groups, the line naming the speaker replaced by the article. */
function writeSpeakerGroup(w: TextWriter, names: Names, items: RepeatedItems, group: ReportGroup): void {
  writeGroupHeading(w, group, markdownInline(group.title));
  group.items.forEach((item, i) => {
    w.write(names.number(i + 1));
    items.repeat(w, item, names.article(item.article));
  });
}

export function exportMarkdown(model: ExportModel): TextWriter {
  const { all, byArticle, bySpeaker } = reportGroups(model);
  const filter = describeFilter(model.filter);
  const names = new Names();
  const w = new TextWriter();
  w.line(`# ${REPORT_TITLE}`);
  w.line('');
  w.line(`${plural(model.total, 'annotation')} in ${plural(model.articles.length, 'article')}.${filter ? ` Only ${markdownInline(filter)}.` : ''}`);
  w.line('');
  if (model.total > 0) {
    w.line(`${counts(all)}.`);
    w.line('');
  }
  w.line('## By article');
  w.line('');
  const items = new RepeatedItems(all.items.length);
  for (const g of byArticle) writeArticleGroup(w, names, items, g);
  w.line('## By speaker');
  w.line('');
  for (const g of bySpeaker) writeSpeakerGroup(w, names, items, g);
  w.endWithOneLineBreak();
  return w;
}
