import type { AttributedQuote } from './attributeQuotes';
import type { Entity } from './entities';
import { normalizeName } from './names';
import type { Claim, Speaker, SpeakerHints, Span } from './types';

/**
 * The article's speakers: everyone credited with a quote or a reported claim. User hints
 * (aliases and roles the reviewer recorded) rename a speaker to its canonical name.
 */
export function buildSpeakers(quotes: AttributedQuote[], claims: (Claim & { entity?: Entity | null })[], hints?: SpeakerHints): Speaker[] {
  const canonical = hintLookup(hints);
  const byEntity = new Map<Entity, Speaker>();
  const speakerFor = (e: Entity): Speaker => {
    let s = byEntity.get(e);
    if (!s) {
      const hinted = canonical(e.name) ?? [...e.aliases].map(canonical).find((n) => n !== undefined);
      const name = hinted ?? e.name;
      const aliases = [...new Set([e.name, ...e.aliases].filter((a) => a !== name))];
      s = { name, aliases, role: hints?.roles?.[name] ?? e.role, kind: e.kind, quotes: [], claims: [], mentions: distinctSpans(e.mentions) };
      byEntity.set(e, s);
    }
    return s;
  };
  quotes.forEach((q, i) => {
    if (!q.entity) return;
    const s = speakerFor(q.entity);
    s.quotes.push(i);
    q.speaker = s.name;
  });
  claims.forEach((c, i) => {
    if (!c.entity) return;
    const s = speakerFor(c.entity);
    s.claims.push(i);
    c.speaker = s.name;
  });
  // two entities that hints map to one name become one speaker
  const merged = new Map<string, Speaker>();
  for (const s of byEntity.values()) {
    const existing = merged.get(s.name);
    if (!existing) merged.set(s.name, s);
    else {
      for (const item of s.quotes) existing.quotes.push(item);
      for (const item of s.claims) existing.claims.push(item);
      existing.aliases = [...new Set([...existing.aliases, ...s.aliases])];
      existing.mentions = distinctSpans([...existing.mentions, ...s.mentions]);
    }
  }
  return [...merged.values()].sort((a, b) => (a.quotes[0] ?? Infinity) - (b.quotes[0] ?? Infinity) || a.name.localeCompare(b.name));
}

function hintLookup(hints?: SpeakerHints): (name: string) => string | undefined {
  const map = new Map<string, string>();
  for (const [name, aliases] of Object.entries(hints?.aliases ?? {})) {
    map.set(normalizeName(name), name);
    for (const a of aliases) map.set(normalizeName(a), name);
  }
  // without hints there is nothing to look up: skip normalising every name
  if (!map.size) return () => undefined;
  return (name) => map.get(normalizeName(name));
}

/** Mentions in text order, each once (a name can be registered and then resolved at the same place). */
function distinctSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((s, i) => i === 0 || s.start !== sorted[i - 1].start || s.end !== sorted[i - 1].end);
}
