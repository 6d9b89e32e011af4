/**
 * Reviewer corrections to who said what, kept in files the user owns:
 *  - per quote, in the article's sidecar `<article>.annotations.yaml`, section `speakers:`;
 *  - per speaker (aliases, role), in `.claim-annotator/speakers.yaml` at the workspace folder root.
 * Reading, editing (comment-preserving, via the `yaml` Document API) and applying them to an
 * analysis are pure functions here, so the extension only moves bytes.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { ArticleAnalysis, Claim, Quote, Speaker, SpeakerHints, Span } from './types';

export interface QuoteAnchor extends Span {
  /** The quote's text when the correction was made; matched first, so edits above it do not lose it. */
  exact: string;
}

export interface SpeakerCorrection {
  quote: QuoteAnchor;
  speaker: string;
}

export interface SpeakerDirectoryEntry {
  name: string;
  aliases: string[];
  role: string | null;
}

export type Parsed<T> = { ok: true; value: T; warnings: string[] } | { ok: false; error: string };
export type Edited = { ok: true; text: string } | { ok: false; error: string };

// ---------------------------------------------------------------------------------------------
// Reading and editing the files

function parseMapping(text: string): { ok: true; doc: Document } | { ok: false; error: string } {
  const doc = parseDocument(text, { logLevel: 'error' });
  if (doc.errors.length > 0) return { ok: false, error: doc.errors.map((e) => e.message).join('; ') };
  if (doc.contents !== null && !isMap(doc.contents)) return { ok: false, error: 'the file must be a YAML mapping at the top level' };
  return { ok: true, doc };
}

/** The top-level list under `key`, created when absent or empty; an error when it is something else. */
function ensureList(doc: Document, key: string): { ok: true; items: unknown[] } | { ok: false; error: string } {
  const node = doc.get(key, true);
  if (node === undefined || (isScalar(node) && (node.value === null || node.value === undefined))) {
    doc.set(key, doc.createNode([]));
    return { ok: true, items: [] };
  }
  if (!isSeq(node)) return { ok: false, error: `\`${key}\` must be a list` };
  return { ok: true, items: node.toJSON() as unknown[] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readAnchor(value: unknown): QuoteAnchor | undefined {
  if (!isRecord(value)) return undefined;
  const { start, end, exact } = value;
  if (typeof start !== 'number' || typeof end !== 'number' || typeof exact !== 'string') return undefined;
  return { start, end, exact };
}

/** The `speakers:` section of a sidecar file; malformed entries are skipped with a warning. */
export function readSpeakerCorrections(text: string): Parsed<SpeakerCorrection[]> {
  const parsed = parseMapping(text);
  if (!parsed.ok) return parsed;
  const section: unknown = parsed.doc.toJS()?.speakers;
  const warnings: string[] = [];
  const value: SpeakerCorrection[] = [];
  if (section === undefined || section === null) return { ok: true, value, warnings };
  if (!Array.isArray(section)) return { ok: false, error: '`speakers` must be a list' };
  section.forEach((item: unknown, i) => {
    const quote = isRecord(item) ? readAnchor(item.quote) : undefined;
    const speaker = isRecord(item) ? item.speaker : undefined;
    if (quote && typeof speaker === 'string' && speaker.trim()) value.push({ quote, speaker: speaker.trim() });
    else warnings.push(`speakers[${i}] needs quote {start, end, exact} and speaker`);
  });
  return { ok: true, value, warnings };
}

function sameAnchor(a: QuoteAnchor, b: QuoteAnchor): boolean {
  return (a.exact === b.exact && a.start === b.start) || (a.start === b.start && a.end === b.end);
}

/**
 * Records (or replaces) the speaker of one quote in a sidecar file's text, keeping every other
 * key and comment. `text` undefined means the file does not exist yet.
 */
export function setSpeakerCorrection(text: string | undefined, articleFileName: string, correction: SpeakerCorrection): Edited {
  const parsed = parseMapping(text ?? '');
  if (!parsed.ok) return parsed;
  const { doc } = parsed;
  if (doc.contents === null) {
    doc.contents = doc.createNode({ version: 1, article: articleFileName });
  }
  const entry = doc.createNode({ quote: { ...correction.quote }, speaker: correction.speaker });
  // One line per anchor, and the exact text always double-quoted: it is article text, full of
  // colons and quote marks, and reads the same in every entry.
  const quoteNode = entry.get('quote', true);
  if (isMap(quoteNode)) {
    quoteNode.flow = true;
    const exact = quoteNode.get('exact', true);
    if (isScalar(exact)) exact.type = 'QUOTE_DOUBLE';
  }

  const listed = ensureList(doc, 'speakers');
  if (!listed.ok) return listed;
  const raw = listed.items;
  const index = raw.findIndex((item) => {
    const anchor = isRecord(item) ? readAnchor(item.quote) : undefined;
    return anchor !== undefined && sameAnchor(anchor, correction.quote);
  });
  if (index >= 0) doc.setIn(['speakers', index, 'speaker'], correction.speaker);
  else doc.addIn(['speakers'], entry);
  return { ok: true, text: doc.toString() };
}

/** `.claim-annotator/speakers.yaml`: `speakers: [{name, aliases, role}]`. */
export function readSpeakerDirectory(text: string): Parsed<SpeakerDirectoryEntry[]> {
  const parsed = parseMapping(text);
  if (!parsed.ok) return parsed;
  const section: unknown = parsed.doc.toJS()?.speakers;
  const warnings: string[] = [];
  const value: SpeakerDirectoryEntry[] = [];
  if (section === undefined || section === null) return { ok: true, value, warnings };
  if (!Array.isArray(section)) return { ok: false, error: '`speakers` must be a list' };
  section.forEach((item: unknown, i) => {
    if (!isRecord(item) || typeof item.name !== 'string' || !item.name.trim()) {
      warnings.push(`speakers[${i}] needs a name`);
      return;
    }
    const aliases = Array.isArray(item.aliases) ? item.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : [];
    const role = typeof item.role === 'string' && item.role.trim() ? item.role.trim() : null;
    value.push({ name: item.name.trim(), aliases: aliases.map((a) => a.trim()), role });
  });
  return { ok: true, value, warnings };
}

const nameKey = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Makes `alias` another name of `canonical` in the directory file's text: an existing entry for
 * the alias is folded into the canonical one (its aliases, and its role if the canonical has none).
 */
export function addSpeakerAlias(text: string | undefined, canonical: string, alias: string): Edited {
  if (nameKey(canonical) === nameKey(alias)) return { ok: false, error: 'a speaker cannot be merged into itself' };
  const parsed = parseMapping(text ?? '');
  if (!parsed.ok) return parsed;
  const { doc } = parsed;
  const current = readSpeakerDirectory(text ?? '');
  if (!current.ok) return current;
  if (doc.contents === null) doc.contents = doc.createNode({});
  const listed = ensureList(doc, 'speakers');
  if (!listed.ok) return listed;
  const entries = current.value;
  const owns = (e: SpeakerDirectoryEntry, name: string): boolean => nameKey(e.name) === nameKey(name) || e.aliases.some((a) => nameKey(a) === nameKey(name));
  // readSpeakerDirectory skips malformed items, so positions in the YAML list are looked up by name.
  const rawIndex = (e: SpeakerDirectoryEntry): number => listed.items.findIndex((item) => isRecord(item) && typeof item.name === 'string' && item.name.trim() === e.name);

  const target = entries.find((e) => owns(e, canonical));
  const absorbed = entries.find((e) => e !== target && owns(e, alias));
  const newAliases = [alias, ...(absorbed ? [absorbed.name, ...absorbed.aliases] : [])];
  const role = target?.role ?? absorbed?.role ?? null;

  if (target) {
    const aliases = [...target.aliases];
    for (const a of newAliases) if (nameKey(a) !== nameKey(target.name) && !aliases.some((x) => nameKey(x) === nameKey(a))) aliases.push(a);
    const i = rawIndex(target);
    doc.setIn(['speakers', i, 'aliases'], doc.createNode(aliases));
    if (role && !target.role) doc.setIn(['speakers', i, 'role'], role);
  } else {
    const aliases = newAliases.filter((a, i) => newAliases.findIndex((b) => nameKey(b) === nameKey(a)) === i);
    doc.addIn(['speakers'], doc.createNode(role ? { name: canonical, aliases, role } : { name: canonical, aliases }));
  }
  if (absorbed) doc.deleteIn(['speakers', rawIndex(absorbed)]);
  return { ok: true, text: doc.toString() };
}

export function speakerHintsFromDirectory(entries: readonly SpeakerDirectoryEntry[]): SpeakerHints {
  const aliases: Record<string, string[]> = {};
  const roles: Record<string, string> = {};
  for (const e of entries) {
    aliases[e.name] = [...e.aliases];
    if (e.role) roles[e.name] = e.role;
  }
  return { aliases, roles };
}

// ---------------------------------------------------------------------------------------------
// Applying them to an analysis

/** Which quote a correction points at: same text nearest the stored offset, else the same offsets. */
export function findAnchoredQuote(quotes: readonly Quote[], anchor: QuoteAnchor): number {
  let best = -1;
  for (let i = 0; i < quotes.length; i++) {
    if (quotes[i].text !== anchor.exact) continue;
    if (best < 0 || Math.abs(quotes[i].start - anchor.start) < Math.abs(quotes[best].start - anchor.start)) best = i;
  }
  if (best >= 0) return best;
  return quotes.findIndex((q) => q.start === anchor.start && q.end === anchor.end);
}

function newSpeaker(name: string): Speaker {
  return { name, aliases: [], role: null, kind: 'person', quotes: [], claims: [], mentions: [] };
}

/** Recomputes every speaker's quote and claim lists from the quotes' and claims' own speaker fields. */
function reindexSpeakers(quotes: Quote[], claims: Claim[], speakers: Speaker[]): Speaker[] {
  const byName = new Map<string, Speaker>();
  const result: Speaker[] = [];
  const hadWords = new Set(speakers.filter((s) => s.quotes.length || s.claims.length).map((s) => s.name));
  for (const s of speakers) {
    const existing = byName.get(s.name);
    if (existing) {
      for (const a of [...s.aliases]) if (!existing.aliases.includes(a)) existing.aliases.push(a);
      existing.mentions.push(...s.mentions);
      existing.role ??= s.role;
      continue;
    }
    const copy = { ...s, aliases: [...s.aliases], mentions: [...s.mentions], quotes: [], claims: [] };
    byName.set(s.name, copy);
    result.push(copy);
  }
  const ensure = (name: string): Speaker => {
    let s = byName.get(name);
    if (!s) {
      s = newSpeaker(name);
      byName.set(name, s);
      result.push(s);
    }
    return s;
  };
  quotes.forEach((q, i) => q.speaker !== null && ensure(q.speaker).quotes.push(i));
  claims.forEach((c, i) => c.speaker !== null && ensure(c.speaker).claims.push(i));
  // A speaker who lost every quote to corrections or merges is no longer someone who spoke.
  return result.filter((s) => s.quotes.length || s.claims.length || !hadWords.has(s.name));
}

/**
 * Overrides quote speakers with the reviewer's corrections. Claims lying inside a corrected quote
 * follow it. Returns the new analysis and the corrections that matched no quote.
 */
export function applySpeakerCorrections(
  analysis: ArticleAnalysis,
  corrections: readonly SpeakerCorrection[],
): { analysis: ArticleAnalysis; unmatched: SpeakerCorrection[] } {
  if (corrections.length === 0) return { analysis, unmatched: [] };
  const quotes = analysis.quotes.map((q) => ({ ...q }));
  const claims = analysis.claims.map((c) => ({ ...c }));
  const unmatched: SpeakerCorrection[] = [];
  for (const correction of corrections) {
    const i = findAnchoredQuote(quotes, correction.quote);
    if (i < 0) {
      unmatched.push(correction);
      continue;
    }
    const q = quotes[i];
    q.speaker = correction.speaker;
    q.confidence = 1;
    q.rule = 'correction';
    for (const c of claims) if (c.start >= q.start && c.end <= q.end) c.speaker = correction.speaker;
  }
  return { analysis: { ...analysis, quotes, claims, speakers: reindexSpeakers(quotes, claims, analysis.speakers) }, unmatched };
}

/** Renames aliases to their directory name (merging speakers that turn out to be one) and fills in roles. */
export function applySpeakerDirectory(analysis: ArticleAnalysis, entries: readonly SpeakerDirectoryEntry[]): ArticleAnalysis {
  if (entries.length === 0) return analysis;
  const canonical = new Map<string, SpeakerDirectoryEntry>();
  for (const e of entries) for (const n of [e.name, ...e.aliases]) if (!canonical.has(nameKey(n))) canonical.set(nameKey(n), e);
  const rename = (name: string | null): string | null => (name === null ? null : canonical.get(nameKey(name))?.name ?? name);
  const quotes = analysis.quotes.map((q) => ({ ...q, speaker: rename(q.speaker) }));
  const claims = analysis.claims.map((c) => ({ ...c, speaker: rename(c.speaker) }));
  const speakers = analysis.speakers.map((s) => {
    const entry = canonical.get(nameKey(s.name));
    if (!entry) return s;
    const aliases = s.name === entry.name ? s.aliases : [s.name, ...s.aliases];
    return { ...s, name: entry.name, aliases, role: entry.role ?? s.role };
  });
  const merged = reindexSpeakers(quotes, claims, speakers);
  for (const s of merged) {
    const entry = canonical.get(nameKey(s.name));
    if (entry?.role) s.role = entry.role;
  }
  return { ...analysis, quotes, claims, speakers: merged };
}
