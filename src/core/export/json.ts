/**
 * The lossless format: every stored field of every annotation, where it is now, and the quotes,
 * claims and speakers it concerns. Objects are built key by key so the order never depends on
 * how the engine or the sidecar reader happened to create them.
 */
import type { ArticleMeta, Claim, Quote, Speaker } from '../types';
import { inGroups, JsonGroups, writeJson } from './jsonWriter';
import type { ExportArticle, ExportEntry, ExportModel } from './types';
import { TextWriter } from './writer';

export const JSON_EXPORT_VERSION = 1;

export function metaJson(meta: ArticleMeta): ArticleMeta {
  return { title: meta.title, outlet: meta.outlet, author: meta.author, date: meta.date, url: meta.url };
}

function quoteJson(q: Quote): object {
  return {
    start: q.start,
    end: q.end,
    text: q.text,
    kind: q.kind,
    speaker: q.speaker,
    coSpeakers: q.coSpeakers,
    confidence: q.confidence,
    rule: q.rule,
    cue: q.cue && { start: q.cue.start, end: q.cue.end },
    openMark: q.openMark,
    closeMark: q.closeMark,
    group: q.group,
    paragraph: q.paragraph,
    depth: q.depth,
  };
}

function claimJson(c: Claim): object {
  return { start: c.start, end: c.end, text: c.text, kind: c.kind, speaker: c.speaker, score: c.score, signals: [...c.signals] };
}

function speakerJson(s: Speaker): object {
  return { name: s.name, aliases: [...s.aliases], role: s.role, kind: s.kind };
}

function entryJson(e: ExportEntry): object {
  const a = e.annotation;
  const t = a.target;
  // The stored fields in the sidecar's own key order, then where the annotation is now.
  return {
    id: a.id,
    target: { exact: t.exact, prefix: t.prefix, suffix: t.suffix, start: t.start, end: t.end },
    verdict: a.verdict,
    note: a.note,
    tags: a.tags,
    speaker: a.speaker,
    reviewer: a.reviewer,
    created: a.created,
    modified: a.modified,
    anchor: { status: e.status, start: e.start, end: e.end, line: e.line, column: e.column, score: e.score },
    text: e.text,
    resolvedSpeaker: e.speaker,
    quotes: e.quotes,
    claims: e.claims,
  };
}

/** Speakers named by the annotations or by the quotes and claims they concern, in name order. */
function concernedSpeakers(article: ExportArticle): Speaker[] {
  const names = new Set<string>();
  for (const e of article.entries) if (e.speaker !== null) names.add(e.speaker);
  for (const x of [...article.quotes, ...article.claims]) if (x.speaker !== null) names.add(x.speaker);
  return article.analysis.speakers.filter((s) => names.has(s.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function articleJson(article: ExportArticle): object {
  return {
    path: article.path,
    meta: metaJson(article.meta),
    annotations: article.entries.map(entryJson),
    quotes: article.quotes.map(quoteJson),
    claims: article.claims.map(claimJson),
    speakers: concernedSpeakers(article).map(speakerJson),
  };
}

/** Articles in groups of at most this many: their objects exist only while a group is rendered. */
const ARTICLES_PER_GROUP = 4;

export function exportJson(model: ExportModel): TextWriter {
  const { speaker, verdicts, tags } = model.filter;
  const w = new TextWriter();
  writeJson(w, {
    format: 'claim-annotator-export',
    version: JSON_EXPORT_VERSION,
    filter: { speaker, verdicts: verdicts && [...verdicts], tags: tags && [...tags] },
    total: model.total,
    articles: new JsonGroups(inGroups(model.articles, ARTICLES_PER_GROUP, articleJson)),
  });
  w.write('\n');
  return w;
}
