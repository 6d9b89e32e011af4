import { normalizeName, similarGivenNames } from './names';
import type { ArticleAnalysis, SpeakerKind, Span } from './types';

export interface CorpusArticle {
  /** Stable id of the article: a workspace-relative path or a URI string. */
  id: string;
  analysis: ArticleAnalysis;
}

/** One speaker across the corpus, with every quote and claim attributed to them. */
export interface CorpusSpeaker {
  /** Canonical name across the corpus. */
  name: string;
  aliases: string[];
  role: string | null;
  kind: SpeakerKind;
  /** Per article: the article's local speaker name and the indices of its quotes and claims. */
  occurrences: { article: string; localName: string; quotes: number[]; claims: number[] }[];
  quoteCount: number;
  claimCount: number;
}

export interface CorpusIndex {
  speakers: CorpusSpeaker[];
  /** (article id, local speaker name) -> corpus speaker name */
  canonicalName(article: string, localName: string): string | undefined;
  /** Every quote of one corpus speaker, articles in the given order, quotes in text order. */
  quotesOf(name: string): { article: string; quote: number; span: Span }[];
}

interface Cluster {
  forms: Map<string, number>;
  firstForm: string;
  role: string | null;
  kind: SpeakerKind;
  tokens: string[];
  occurrences: CorpusSpeaker['occurrences'];
}

function tokensOf(name: string): string[] {
  return normalizeName(name).split(' ').filter(Boolean);
}

/** Same person across articles: same name, or same surname with a transliterated given name. */
function samePerson(a: string[], b: string[]): boolean {
  if (a.join(' ') === b.join(' ')) return true;
  if (a.length < 2 || b.length < 2 || a.length !== b.length) return false;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  return a.slice(0, -1).every((w, i) => similarGivenNames(w, b[i]));
}

/**
 * Gives each speaker one identity across the corpus. Articles are taken in the given order,
 * which is also the order of quotesOf. Different people who share a surname stay apart; a
 * surname alone joins a full name only when exactly one full name in the corpus has it.
 */
export function canonicalizeCorpus(articles: CorpusArticle[]): CorpusIndex {
  const clusters: Cluster[] = [];
  const lookup = new Map<string, Cluster>();
  const singles: { article: string; speaker: ArticleAnalysis['speakers'][number] }[] = [];

  const addTo = (cluster: Cluster, article: string, s: ArticleAnalysis['speakers'][number]) => {
    cluster.forms.set(s.name, (cluster.forms.get(s.name) ?? 0) + s.quotes.length + s.claims.length + 1);
    for (const alias of s.aliases) if (!cluster.forms.has(alias)) cluster.forms.set(alias, 0);
    if (!cluster.role && s.role) cluster.role = s.role;
    cluster.occurrences.push({ article, localName: s.name, quotes: [...s.quotes], claims: [...s.claims] });
    lookup.set(`${article}\u0000${s.name}`, cluster);
  };

  for (const { id, analysis } of articles) {
    for (const s of analysis.speakers) {
      const tokens = tokensOf(s.name);
      if (tokens.length < 2 && s.kind === 'person') {
        singles.push({ article: id, speaker: s });
        continue;
      }
      const aliasTokens = s.aliases.map(tokensOf);
      let cluster = clusters.find((c) => c.kind === s.kind && (samePerson(c.tokens, tokens) || aliasTokens.some((t) => samePerson(c.tokens, t))));
      if (s.kind !== 'person') cluster = clusters.find((c) => c.kind === s.kind && c.tokens.join(' ') === tokens.join(' '));
      if (!cluster) {
        cluster = { forms: new Map(), firstForm: s.name, role: null, kind: s.kind, tokens, occurrences: [] };
        clusters.push(cluster);
      }
      addTo(cluster, id, s);
    }
  }
  for (const { article, speaker } of singles) {
    const word = tokensOf(speaker.name)[0];
    const candidates = clusters.filter((c) => c.kind === 'person' && c.tokens.length >= 2 && (c.tokens[c.tokens.length - 1] === word || c.tokens[0] === word));
    let cluster = candidates.length === 1 ? candidates[0] : clusters.find((c) => c.tokens.join(' ') === word);
    if (!cluster) {
      cluster = { forms: new Map(), firstForm: speaker.name, role: null, kind: speaker.kind, tokens: [word], occurrences: [] };
      clusters.push(cluster);
    }
    addTo(cluster, article, speaker);
  }

  const speakers: CorpusSpeaker[] = clusters.map((c) => {
    // the most used full form names the speaker; the first seen breaks ties
    let name = c.firstForm;
    let best = -1;
    for (const [form, weight] of c.forms) {
      const fuller = tokensOf(form).length >= tokensOf(name).length;
      if (weight > best && fuller) {
        best = weight;
        name = form;
      }
    }
    const quoteCount = c.occurrences.reduce((n, o) => n + o.quotes.length, 0);
    const claimCount = c.occurrences.reduce((n, o) => n + o.claims.length, 0);
    const aliases = [...c.forms.keys()].filter((f) => f !== name);
    return { name, aliases, role: c.role, kind: c.kind, occurrences: c.occurrences, quoteCount, claimCount };
  });
  const byCluster = new Map(clusters.map((c, i) => [c, speakers[i]]));
  const byName = new Map(speakers.map((s) => [s.name, s]));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const analysisOf = new Map(articles.map((a) => [a.id, a.analysis]));

  return {
    speakers: speakers.sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name)),
    canonicalName(article, localName) {
      const c = lookup.get(`${article}\u0000${localName}`);
      return c ? byCluster.get(c)?.name : undefined;
    },
    quotesOf(name) {
      const s = byName.get(name);
      if (!s) return [];
      const out: { article: string; quote: number; span: Span }[] = [];
      for (const o of [...s.occurrences].sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0))) {
        const quotes = analysisOf.get(o.article)?.quotes ?? [];
        for (const q of o.quotes) out.push({ article: o.article, quote: q, span: { start: quotes[q].start, end: quotes[q].end } });
      }
      return out.sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.span.start - b.span.start);
    },
  };
}
