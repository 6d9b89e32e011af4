import type { Entity } from './entities';
import { EntityRegistry, isNameWord, isTitleWord, key, roleText, splitNamePhrase } from './entities';
import { FEMALE_CUES, MALE_CUES, ORG_WORDS } from './lexicon';
import { isAcronym, phraseStartingAt } from './phrases';
import type { RawQuote } from './quotes/scanner';
import type { Sentence } from './sentences';
import { tokenize } from './tokens';
import type { Token } from './tokens';

const RUN_CONNECTORS = new Set(['of', 'the', 'to', 'for', 'de', 'van', 'von', 'der', 'al', 'bin', 'la', 'le', 'da', 'di', 'du', 'del', 'and']);

export function quoteTokensFor(quotes: RawQuote[], paragraphEnd: (q: RawQuote) => number): { index: number; openMark: number; closeMark: number }[] {
  return quotes.map((q, index) => ({ index, openMark: q.openMark, closeMark: q.closeMark ?? paragraphEnd(q) }));
}

/** Each sentence's tokens, with the article's own quotes collapsed into single tokens. */
export function tokenizeSentences(text: string, sentences: Sentence[], topLevel: RawQuote[]): Token[][] {
  const spans = quoteTokensFor(topLevel, (q) => q.end);
  return sentences.map((s) => tokenize(text, s.start, s.end, spans));
}

/**
 * First pass over the article's own voice (quotes left out): every personal name with its
 * title, so that later "Wang", "the minister" or "she" can be bound to someone.
 */
export function registerNames(sentenceTokens: Token[][], registry: EntityRegistry): void {
  for (const tokens of sentenceTokens) {
    const named = new Set<Entity>();
    // info.stop: one of NOT_NAME_WORDS
    const firstName = tokens.findIndex((t) => t.capitalized && t.kind === 'word' && !t.info.stop);
    // "Her opponent, Karl Stenberg, …": a pronoun before any name points back to someone earlier
    let earlyPossessive = false;
    for (let i = 0; i < firstName && !earlyPossessive; i++) earlyPossessive = tokens[i].lower === 'her' || tokens[i].lower === 'his';
    const earlyGender = earlyPossessive ? genderOf(tokens, 0, firstName) : undefined;
    if (earlyGender && tokens.length) {
      const antecedent = registry.recentPerson(tokens[0].start, undefined);
      if (antecedent && !antecedent.gender) antecedent.gender = earlyGender;
    }
    for (const run of capitalisedRuns(tokens)) registerRun(tokens, run, registry, named);
    learnGenderFromPronouns(tokens, Math.max(0, firstName), named);
    learnGenderFromObjects(tokens, named, registry);
  }
}

/** "her set" is a possessive; "called her", "greeted her warmly", "her a" are objects. */
function possessiveHer(tokens: Token[], i: number, end = tokens.length): boolean {
  const next = i + 1 < end ? tokens[i + 1] : undefined;
  return tokens[i].lower === 'her' && next?.kind === 'word' && !next.capitalized && !next.info.article && !next.info.endsLy;
}

/**
 * The gender the pronouns of tokens[from, to) point to. "her" counts only as a possessive ("her
 * set"); as an object ("called her …") it is someone else.
 */
function genderOf(tokens: Token[], from: number, to: number): 'male' | 'female' | undefined {
  let female = false;
  let male = false;
  for (let i = from; i < to; i++) {
    const lower = tokens[i].lower;
    if (!female) female = lower === 'she' || lower === 'herself' || possessiveHer(tokens, i, to);
    if (!male) male = lower === 'he' || lower === 'his' || lower === 'himself';
  }
  return female === male ? undefined : female ? 'female' : 'male';
}

/** "Tom Vik greeted her": an object pronoun means someone named before the sentence, not its subject. */
function learnGenderFromObjects(tokens: Token[], named: Set<Entity>, registry: EntityRegistry): void {
  if (!named.size) return;
  const people = [...named].filter((e) => e.kind === 'person');
  if (people.length !== 1 || !tokens.length) return;
  const isObject = (t: Token, i: number) => t.lower === 'him' || (t.lower === 'her' && !possessiveHer(tokens, i));
  const objects = tokens.filter(isObject);
  if (!objects.length || objects.some((t) => t.lower !== objects[0].lower)) return;
  const antecedent = registry.recentPerson(tokens[0].start, undefined, people[0]);
  if (antecedent && !antecedent.gender) antecedent.gender = objects[0].lower === 'him' ? 'male' : 'female';
}

/** "Jonsdal closed her set": with one person named, the pronouns from the name on tell their gender. */
function learnGenderFromPronouns(tokens: Token[], from: number, named: Set<Entity>): void {
  if (!named.size) return;
  const people = [...named].filter((e) => e.kind === 'person');
  if (people.length !== 1 || people[0].gender) return;
  const gender = genderOf(tokens, from, tokens.length);
  if (gender) people[0].gender = gender;
}

function isRunWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (t.capitalized) return isAcronym(t) || !t.info.stop;
  return isTitleWord(t);
}

function capitalisedRuns(tokens: Token[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isRunWord(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      if (isRunWord(tokens[j + 1])) j++;
      else if (tokens[j + 1].kind === 'word' && RUN_CONNECTORS.has(tokens[j + 1].lower) && !tokens[j + 1].capitalized) {
        let k = j + 1;
        while (k < tokens.length && tokens[k].kind === 'word' && RUN_CONNECTORS.has(tokens[k].lower) && !tokens[k].capitalized) k++;
        if (k < tokens.length && isRunWord(tokens[k])) j = k;
        else break;
      } else break;
    }
    runs.push({ start: i, end: j + 1 });
    i = j + 1;
  }
  return runs;
}

function registerRun(tokens: Token[], run: { start: number; end: number }, registry: EntityRegistry, named: Set<Entity>): void {
  const words = tokens.slice(run.start, run.end);
  // "Chinese Ambassador Qin Gang and Russian Ambassador Anatoly Antonov": one name per part;
  // a part with no name ("State Councilor and Foreign Minister Wang Yi") lends its role onward
  const parts: Token[][] = [[]];
  for (const w of words) {
    if (w.lower === 'and' && !w.capitalized) parts.push([]);
    else parts[parts.length - 1].push(w);
  }
  const ofAt = parts[parts.length - 1].findIndex((w) => w.lower === 'of' || w.lower === 'at');
  if (ofAt > 1) {
    const last = parts[parts.length - 1];
    const left = last.slice(0, ofAt);
    const right = last.slice(ofAt + 1);
    if (!left.some((w) => ORG_WORDS.has(w.lower)) && right.some((w) => ORG_WORDS.has(w.lower))) parts[parts.length - 1] = left;
  }
  let pendingRole: Token[] = [];
  parts.forEach((part, index) => {
    const parsed = splitNamePhrase(part);
    if (!parsed || parsed.org) return;
    if (parsed.name.length === 0) {
      if (parsed.role.some(isTitleWord)) pendingRole = pendingRole.concat(parsed.role);
      return;
    }
    const roles = [roleText(pendingRole), roleText(parsed.role)].filter((r): r is string => r !== null);
    pendingRole = [];
    const role = roles.length ? roles.join(' and ') : null;
    const isLast = index === parts.length - 1;
    const appo = isLast ? phraseStartingAt(tokens, run.start)?.apposition : undefined;
    const appoRole = appo ? roleText(appo.filter((t, i) => !(i === 0 && t.info.article))) : null;
    if (parsed.name.length >= 2 && parsed.name.every((t) => isNameWord(t) || t.lower.length <= 3)) {
      const entity = registry.addName(parsed.name.map((t) => t.text).join(' '), parsed.name.map((t) => key(t.text)), role ?? appoRole, 'person', { start: parsed.name[0].start, end: parsed.name[parsed.name.length - 1].end });
      if (role || appoRole) entity.person = true;
      named.add(entity);
      const cues = [...part, ...(appo ?? [])];
      if (!entity.gender && cues.some((t) => FEMALE_CUES.has(t.lower))) entity.gender = 'female';
      else if (!entity.gender && cues.some((t) => MALE_CUES.has(t.lower))) entity.gender = 'male';
      return;
    }
    if (parsed.name.length === 1) {
      const word = parsed.name[0];
      const span = { start: word.start, end: word.end };
      const known = registry.resolveSingle(word.text, word.start);
      if (known) {
        registry.mention(known, span, false);
        named.add(known);
      } else if (role) {
        const entity = registry.addName(word.text, [key(word.text)], role, 'person', span);
        entity.person = true;
        named.add(entity);
      }
    }
  });
}
