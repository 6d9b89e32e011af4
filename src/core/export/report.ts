/**
 * What the Markdown and HTML reports show, decided once: the groups (by article, by speaker),
 * their verdict counts, and for each annotation its quote in context. The two renderers only
 * differ in markup and escaping.
 */
import { compareCodeUnits, excerpt, flatten, type Excerpt } from './text';
import type { ExportArticle, ExportEntry, ExportFilter, ExportModel } from './types';
import { verdictCounts } from './verdicts';

export interface ReportItem {
  article: ExportArticle;
  entry: ExportEntry;
  /** Its place among all items of the report, in article order. */
  index: number;
}

export interface ReportGroup {
  /** Article title (or path), or speaker name. */
  title: string;
  /** The article's path, for article groups. */
  path?: string;
  counts: [string, number][];
  items: ReportItem[];
}

export const REPORT_TITLE = 'Claim Annotator review report';
export const UNKNOWN_SPEAKER = 'Speaker not known';

const STATUS_NOTES: Record<ExportEntry['status'], string | undefined> = {
  exact: undefined,
  moved: 'moved since it was annotated',
  fuzzy: 'the text changed: needs confirmation',
  orphan: 'the annotated text is no longer in the article',
};

export function statusNote(entry: ExportEntry): string | undefined {
  return STATUS_NOTES[entry.status];
}

/**
 * The annotated text in context. Made when an item is rendered, not kept with it: the reports
 * render an item's text once, and 100,000 kept excerpts would outlive many garbage collections.
 */
export function itemExcerpt(item: ReportItem): Excerpt {
  const { article, entry } = item;
  if (entry.status === 'orphan') {
    const t = entry.annotation.target;
    return { before: flatten(t.prefix), span: flatten(t.exact), after: flatten(t.suffix) };
  }
  return excerpt(article.text, article.analysis.paragraphs, entry.start, entry.end);
}

export function articleTitle(article: ExportArticle): string {
  return article.meta.title.trim() || article.path;
}

/**
 * Items by article and by speaker, with verdict counts. Each annotation is read once here: at
 * 100,000 of them, every pass over their objects costs tens of milliseconds in cache misses.
 */
export function reportGroups(model: ExportModel): { all: ReportGroup; byArticle: ReportGroup[]; bySpeaker: ReportGroup[] } {
  const items: ReportItem[] = [];
  const verdicts: string[] = [];
  const speakers = new Map<string, ReportItem[]>();
  const byArticle = model.articles.map((article) => {
    const first = items.length;
    for (const entry of article.entries) {
      const item: ReportItem = { article, entry, index: items.length };
      items.push(item);
      verdicts.push(entry.annotation.verdict);
      const name = entry.speaker ?? '';
      const list = speakers.get(name);
      if (list) list.push(item);
      else speakers.set(name, [item]);
    }
    return group(articleTitle(article), items.slice(first), verdicts.slice(first), article.path);
  });
  // Known speakers by name; annotations with nobody known to have said it come last. No
  // localeCompare: ICU versions differ between node and VS Code, and the order must not.
  const names = [...speakers.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : compareCodeUnits(a.toLowerCase(), b.toLowerCase()) || compareCodeUnits(a, b)));
  const bySpeaker = names.map((n) => {
    const list = speakers.get(n) ?? [];
    return group(n === '' ? UNKNOWN_SPEAKER : n, list, list.map((item) => verdicts[item.index]));
  });
  return { all: group(REPORT_TITLE, items, verdicts), byArticle, bySpeaker };
}

function group(title: string, items: ReportItem[], verdicts: readonly string[], path?: string): ReportGroup {
  return { title, path, counts: verdictCounts(verdicts), items };
}

/** "speaker Jane Doe; verdicts false, misleading; tags budget", or undefined for no filter. */
export function describeFilter(filter: ExportFilter): string | undefined {
  const parts: string[] = [];
  if (filter.speaker) parts.push(`speaker ${filter.speaker}`);
  if (filter.verdicts?.length) parts.push(`verdict ${filter.verdicts.join(' or ')}`);
  if (filter.tags?.length) parts.push(`tag ${filter.tags.join(' or ')}`);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * What follows an article's path to say where an annotation is (`news/a.txt:12:5`); nothing for an
 * orphan. Digits and colons need no escaping, so reports escape the path once per article.
 */
export function lineAndColumnSuffix(entry: ExportEntry): string {
  return entry.line === undefined ? '' : `:${entry.line}:${entry.column ?? 1}`;
}
