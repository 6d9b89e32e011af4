import type { AttributedQuote } from './attributeQuotes';
import type { Entity } from './entities';
import { DOCUMENT_NOUNS, ORG_WORDS, PERSON_NOUNS, TITLE_WORDS } from './lexicon';
import { normalizeName } from './names';
import type { Claim, Quote, Speaker, SpeakerHints, SpeakerKind, Span } from './types';

/**
 * The article's speakers: everyone credited with a quote or a reported claim. User hints
 * (aliases and roles the reviewer recorded) rename a speaker to its canonical name.
 */
export function buildSpeakers(quotes: AttributedQuote[], claims: (Claim & { entity?: Entity | null })[], hints?: SpeakerHints): Speaker[] {
  const list = new SpeakerList(hintLookup(hints), hints?.roles);
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (!q.entity) continue;
    if (q.entity.unnamed) {
      q.speaker = null;
      q.confidence = 0;
      continue;
    }
    const s = list.speakerFor(q.entity);
    s.quotes.push(i);
    q.speaker = s.name;
    // ("Vesk said: “I will not go.”": a name the engine could not place speaks of itself as a person)
    if (s.kind === 'organisation' && LONE_NAME.test(s.name) && speaksAsPerson(q)) s.kind = 'person';
  }
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (!c.entity) continue;
    if (c.entity.unnamed) {
      c.speaker = null;
      continue;
    }
    const s = list.speakerFor(c.entity);
    s.claims.push(i);
    c.speaker = s.name;
  }
  return list.merged();
}

/** One speaker per entity, in the order first credited. */
class SpeakerList {
  private readonly byEntity = new Map<Entity, Speaker>();

  constructor(
    private readonly canonical: ((name: string) => string | undefined) | undefined,
    private readonly roles: Record<string, string> | undefined,
  ) {}

  speakerFor(e: Entity): Speaker {
    let s = this.byEntity.get(e);
    if (!s) {
      const name = this.canonicalName(e) ?? e.name;
      // own keys only: a speaker named like an Object property ("constructor") has no role hint
      const hintedRole = this.roles !== undefined && Object.prototype.hasOwnProperty.call(this.roles, name) ? this.roles[name] : undefined;
      s = { name, aliases: aliasesOf(e, name), role: hintedRole ?? e.role, kind: shownKind(e), quotes: [], claims: [], mentions: distinctSpans(e.mentions) };
      this.byEntity.set(e, s);
    }
    return s;
  }

  private canonicalName(e: Entity): string | undefined {
    const canonical = this.canonical;
    if (!canonical) return undefined;
    const hinted = canonical(e.name);
    if (hinted !== undefined) return hinted;
    for (const alias of e.aliases) {
      const found = canonical(alias);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Two entities that hints map to one name become one speaker. */
  merged(): Speaker[] {
    const merged = new Map<string, Speaker>();
    for (const s of this.byEntity.values()) {
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
}

/** The entity's name and aliases, each once, less the speaker's own name. */
function aliasesOf(e: Entity, name: string): string[] {
  if (e.aliases.size === 0) return e.name === name ? [] : [e.name];
  return [...new Set([e.name, ...e.aliases].filter((a) => a !== name))];
}

type HintLookup = ((name: string) => string | undefined) | undefined;

/** Lookups of hints that are never changed once made (see `unchangingHints`), built once each. */
const lookups = new WeakMap<SpeakerHints, HintLookup>();
const unchanging = new WeakSet<SpeakerHints>();

/**
 * Marks hints their maker will not change, so the lookup built from them serves every analysis
 * given them: an edit reads window after window of one article with the same hints.
 */
export function unchangingHints<T extends SpeakerHints>(hints: T): T {
  unchanging.add(hints);
  return hints;
}

function hintLookup(hints?: SpeakerHints): HintLookup {
  if (!hints || !unchanging.has(hints)) return buildHintLookup(hints);
  let lookup = lookups.get(hints);
  if (!lookups.has(hints)) lookups.set(hints, (lookup = buildHintLookup(hints)));
  return lookup;
}

function buildHintLookup(hints?: SpeakerHints): HintLookup {
  const aliases = hints?.aliases;
  // without hints there is nothing to look up: skip normalising every name
  if (!aliases) return undefined;
  const map = new Map<string, string>();
  for (const [name, forms] of Object.entries(aliases)) {
    map.set(normalizeName(name), name);
    for (const a of forms) map.set(normalizeName(a), name);
  }
  if (!map.size) return undefined;
  return (name) => map.get(normalizeName(name));
}

/**
 * Mentions in text order, each once (a name can be registered and then resolved at the same place),
 * each a new object of one shape, side by side in memory: an edit moves those past it in place.
 */
function distinctSpans(spans: readonly Span[]): Span[] {
  const sorted = sortedSpans(spans);
  const out: Span[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i];
    if (i === 0 || s.start !== sorted[i - 1].start || s.end !== sorted[i - 1].end) out.push({ start: s.start, end: s.end });
  }
  return out;
}

function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * The spans in text order, stable as Array.prototype.sort is. Mentions arrive nearly in order
 * (attribution adds a few behind the names registered first), so an insertion sort moves few.
 */
function sortedSpans(spans: readonly Span[]): readonly Span[] {
  let k = 1;
  while (k < spans.length && bySpan(spans[k - 1], spans[k]) <= 0) k++;
  if (k >= spans.length) return spans;
  const out = spans.slice();
  // far out of order (merged speakers, an odd text): the library sort, never quadratic
  let budget = 8 * out.length;
  for (; k < out.length; k++) {
    const s = out[k];
    let j = k;
    while (j > 0 && bySpan(out[j - 1], s) > 0) {
      out[j] = out[j - 1];
      j--;
      if (--budget < 0) return spans.slice().sort(bySpan);
    }
    out[j] = s;
  }
  return out;
}

/** One capitalised word: a surname or a body's short name, which the engine cannot tell apart. */
const LONE_NAME = /^\p{Lu}[\p{L}\p{M}'\u2019-]*$/u;
/** "I", "I'm", "my", "me", "myself" as words: a body's spokesperson says "we". */
const FIRST_PERSON_SINGULAR = /(?<![\p{L}\p{M}])(?:I|I['\u2019](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Mm]yself)(?![\p{L}\p{M}'\u2019])/u;

/** A quote of speech in the first person singular. */
export function speaksAsPerson(q: Quote): boolean {
  return q.kind === 'speech' && FIRST_PERSON_SINGULAR.test(q.text);
}

/** Nouns the engine reads as speakers that name one unnamed person (not a body, a team or a paper). */
const UNNAMED_PEOPLE: ReadonlySet<string> = new Set(['source', 'expert', 'critic', 'observer', 'supporter', 'organiser', 'organizer', 'investigator', 'campaigner', 'activist', 'diplomat', 'aide', 'adviser', 'advisor', 'insider', 'promoter', 'trainer', 'coroner', 'magistrate', 'barrister', 'solicitor']);
/** Nouns for kin speaking together: "the family said" is people, not a body. */
const KIN_GROUPS: ReadonlySet<string> = new Set(['family', 'families', 'relatives', 'parents']);

/** Words of TITLE_WORDS that qualify a post ("health minister") and name none alone ("the state said"). */
const POST_QUALIFIERS: ReadonlySet<string> = new Set(['state', 'foreign', 'defense', 'defence', 'interior', 'finance', 'health', 'trade', 'economy', 'education', 'home', 'affairs']);

/**
 * The kind a speaker is listed under. "The judge said", "a senior official said": someone unnamed,
 * described by a post, is a person to the reader; "the family said" a group (and to a ClaimReview's author), though the engine
 * files the description apart from named people, so that "he said" never resolves to it.
 */
function shownKind(e: Entity): SpeakerKind {
  if (e.kind !== 'organisation') return e.kind;
  const head = e.name.slice(e.name.lastIndexOf(' ') + 1);
  // ("the Holt family said")
  if (KIN_GROUPS.has(head.toLowerCase())) return 'group';
  if (e.name !== e.name.toLowerCase()) return e.kind;
  if (POST_QUALIFIERS.has(head) || ORG_WORDS.has(head) || DOCUMENT_NOUNS.has(head)) return e.kind;
  return TITLE_WORDS.has(head) || PERSON_NOUNS.has(head) || UNNAMED_PEOPLE.has(head) ? 'person' : e.kind;
}
