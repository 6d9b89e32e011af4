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
  /** Position in creation order: of several clusters that fit, the first made wins. */
  order: number;
}

const keyOf = (tokens: readonly string[]): string => tokens.join(' ');
const lastOf = (tokens: readonly string[]): string => tokens[tokens.length - 1] ?? '';

/** Lists under a key, in the order added. */
function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function nameTokens(name: string): string[] {
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
  // The same few names recur in thousands of articles: each is normalised once (read only).
  const tokenCache = new Map<string, string[]>();
  const tokensOf = (name: string): string[] => {
    let tokens = tokenCache.get(name);
    if (!tokens) {
      tokens = nameTokens(name);
      tokenCache.set(name, tokens);
    }
    return tokens;
  };

  const join = (cluster: Cluster, article: string, s: ArticleAnalysis['speakers'][number]) => {
    cluster.forms.set(s.name, (cluster.forms.get(s.name) ?? 0) + s.quotes.length + s.claims.length + 1);
    for (const alias of s.aliases) if (!cluster.forms.has(alias)) cluster.forms.set(alias, 0);
    if (!cluster.role && s.role) cluster.role = s.role;
    cluster.occurrences.push({ article, localName: s.name, quotes: [...s.quotes], claims: [...s.claims] });
    lookup.set(`${article}\u0000${s.name}`, cluster);
  };

  // Lookups instead of a pass over every cluster per speaker (ten thousand articles have tens of
  // thousands of speakers). Two people are the same only if their last names are (see samePerson),
  // so a person's candidates are the clusters sharing the last name of the name or of an alias.
  const byKindAndLast = new Map<string, Cluster[]>();
  const firstByKindAndKey = new Map<string, Cluster>();
  const firstByKey = new Map<string, Cluster>();
  const newCluster = (firstForm: string, kind: SpeakerKind, tokens: string[]): Cluster => {
    const cluster: Cluster = { forms: new Map(), firstForm, role: null, kind, tokens, occurrences: [], order: clusters.length };
    clusters.push(cluster);
    addTo(byKindAndLast, `${kind}\u0000${lastOf(tokens)}`, cluster);
    const key = keyOf(tokens);
    if (!firstByKindAndKey.has(`${kind}\u0000${key}`)) firstByKindAndKey.set(`${kind}\u0000${key}`, cluster);
    if (!firstByKey.has(key)) firstByKey.set(key, cluster);
    return cluster;
  };
  /** The first cluster made that is the same person as one of the names. */
  const samePersonCluster = (kind: SpeakerKind, names: string[][]): Cluster | undefined => {
    let best: Cluster | undefined;
    for (const last of new Set(names.map(lastOf))) {
      const found = byKindAndLast.get(`${kind}\u0000${last}`)?.find((c) => names.some((t) => samePerson(c.tokens, t)));
      if (found && (!best || found.order < best.order)) best = found;
    }
    return best;
  };

  for (const { id, analysis } of articles) {
    for (const s of analysis.speakers) {
      const tokens = tokensOf(s.name);
      if (tokens.length < 2 && s.kind === 'person') {
        singles.push({ article: id, speaker: s });
        continue;
      }
      const cluster =
        (s.kind === 'person' ? samePersonCluster(s.kind, [tokens, ...s.aliases.map(tokensOf)]) : firstByKindAndKey.get(`${s.kind}\u0000${keyOf(tokens)}`)) ??
        newCluster(s.name, s.kind, tokens);
      join(cluster, id, s);
    }
  }
  // A surname alone joins the one full name that has it, first or last; the clusters made here
  // have one word and are never such a full name.
  const fullNamesByWord = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.kind !== 'person' || c.tokens.length < 2) continue;
    addTo(fullNamesByWord, lastOf(c.tokens), c);
    if (c.tokens[0] !== lastOf(c.tokens)) addTo(fullNamesByWord, c.tokens[0], c);
  }
  for (const { article, speaker } of singles) {
    const word = tokensOf(speaker.name)[0];
    const candidates = fullNamesByWord.get(word) ?? [];
    const cluster = (candidates.length === 1 ? candidates[0] : firstByKey.get(word)) ?? newCluster(speaker.name, speaker.kind, [word]);
    join(cluster, article, speaker);
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
