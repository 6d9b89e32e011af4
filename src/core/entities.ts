import { givenNameGender } from './givenNames';
import { foldAccents } from './chars';
import { ROLE_ABBREVIATIONS, SPOKESPERSON_NOUNS, TITLE_MODIFIERS, TITLE_QUALIFIERS } from './lexicon';
import { MentionLog } from './mentionLog';
import type { LoggedMention } from './mentionLog';
import { similarGivenNames } from './names';
import type { Token } from './tokens';
import type { SpeakerKind, Span } from './types';

/** Someone or something that can speak in one article: a person, an organisation, a document, a group. */
export interface Entity {
  id: number;
  name: string;
  /** Folded lowercase name tokens, for matching. */
  keys: string[];
  role: string | null;
  kind: SpeakerKind;
  gender?: 'male' | 'female';
  aliases: Set<string>;
  mentions: Span[];
  /** Evidence that this is a person (a title, an apposition, a reporting verb, a pronoun bound to it). */
  person: boolean;
  /** A group speaks through its members; a document through whoever issued it. */
  members?: Entity[];
  issuer?: Entity;
  /** The nationality a word before the name gave ("Irish rider Ann Vik": "irish"), for "the Irishman". */
  origin?: string;
  /** Followed like anyone, but named by no word of the text ("the person said"): credited to nobody. */
  unnamed?: boolean;
  /** The age the text gave them ("Tom Vik, 24,", "a 24-year-old"), for "the 24-year-old" later. */
  age?: number;
  /** A horse or a dog the next sentence took up as "The gelding …": no one a pronoun of speech means. */
  animal?: boolean;
}

/** The age a token gives: "24" (of an apposition) or "24-year-old". */
export function ageOf(t: Token | undefined): number | undefined {
  if (t === undefined || t.kind !== 'word') return undefined;
  return t.info.digits ? (t.text.length <= 3 ? Number(t.text) : undefined) : yearsOld(t);
}

/** The age a description gives ("24-year-old"), not a bare number. */
export function yearsOld(t: Token): number | undefined {
  const m = t.info.describesPerson ? /^(\d{1,3})-year-old$/.exec(t.lower)?.[1] : undefined;
  return m === undefined ? undefined : Number(m);
}

/** Keys of the words seen lately: the same few names are looked up again and again. */
const keyCache = new Map<string, string>();

export function key(word: string): string {
  let found = keyCache.get(word);
  if (found === undefined) {
    // most names are plain ASCII: only the others need Unicode decomposition
    const folded = /[^\x00-\x7f]/.test(word) ? foldAccents(word) : word;
    found = folded.toLowerCase().replace(/['\u2019.]/g, '');
    if (keyCache.size > 10000) keyCache.clear();
    keyCache.set(word, found);
  }
  return found;
}

/** The words of an entity's role as keys, computed once per role text. */
const roleKeyCache = new Map<string, string[]>();
function roleKeys(role: string): string[] {
  let keys = roleKeyCache.get(role);
  if (!keys) {
    keys = role.toLowerCase().split(/[\s-]+/).map(key);
    if (roleKeyCache.size > 10000) roleKeyCache.clear();
    roleKeyCache.set(role, keys);
  }
  return keys;
}

/** What an abbreviated title stands for, written with its full stop or without ("Gov." and "Gov": Governor). */
function roleAbbreviation(lower: string): string | undefined {
  return ROLE_ABBREVIATIONS.get(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/** The keys a word of a role stands for ("FM" → foreign, minister), computed once per spelling. */
const roleWordKeyCache = new Map<string, string[]>();
function roleWordKeys(word: string): string[] {
  let keys = roleWordKeyCache.get(word);
  if (!keys) {
    keys = key(roleAbbreviation(word.toLowerCase()) ?? word).split(' ');
    if (roleWordKeyCache.size > 10000) roleWordKeyCache.clear();
    roleWordKeyCache.set(word, keys);
  }
  return keys;
}

/** The keys of a phrase's spelling, and them joined: the same phrases ("the ministry") come back again and again. Shared by the entities given them, so never changed. */
const phraseKeyCache = new Map<string, { keys: string[]; joined: string }>();
function phraseKeys(display: string): { keys: string[]; joined: string } {
  let found = phraseKeyCache.get(display);
  if (!found) {
    const keys = display.split(/\s+/).map(key);
    found = { keys, joined: keys.join(' ') };
    if (phraseKeyCache.size > 10000) phraseKeyCache.clear();
    phraseKeyCache.set(display, found);
  }
  return found;
}

export function isTitleWord(t: Token): boolean {
  return t.info.title;
}

export function isNameWord(t: Token): boolean {
  if (t.kind !== 'word' || !t.capitalized) return false;
  // acronyms (US, UN, TASS) are places and organisations, not parts of personal names
  if (t.info.stop || t.info.title || t.acronym) return false;
  return !isDigit(t.text.charCodeAt(0));
}

/** A capitalised word that can be part of a personal name: no stop word, title, acronym or organisation's word ("Holt", not "Dr" or "Bank"). */
export function isBareNameWord(t: Token | undefined): boolean {
  return t !== undefined && isNameWord(t) && !t.info.org;
}

/** "Tarn's", "the forum’s": a word ending in the possessive "'s" or "’s" (or "'S" when `capitalS`: "LABOUR'S"). */
export function endsInApostropheS(word: string, capitalS = false): boolean {
  const n = word.length;
  const s = n < 2 ? 0 : word.charCodeAt(n - 1);
  if (s !== 115 && !(capitalS && s === 83)) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A capitalised run split into its role part and its name part. */
export interface NamePhrase {
  role: Token[];
  name: Token[];
  start: number;
  end: number;
  org: boolean;
}

/** The words before "Justice" in a senior judge's style. */
const JUDICIAL_STYLES = new Set(['mr', 'mrs', 'ms', 'lady', 'lord']);

/** How many words of a senior judge's style open words[from, to) ("Lady Justice Vale": 2), else 0. */
export function judicialStyleLength(words: readonly Token[], from: number, to: number): number {
  return to - from === 3 && words[from + 1].lower === 'justice' && words[from + 1].capitalized && JUDICIAL_STYLES.has(words[from].lower) ? 2 : 0;
}

/**
 * Reads a phrase such as "Chinese Foreign Ministry Spokesperson Zhao Lijian": the name is what
 * follows the last title word; an organisation keeps its whole phrase as its name.
 */
export function splitNamePhrase(tokens: Token[]): NamePhrase | undefined {
  // phrases are usually words alone: no copy then
  let allWords = true;
  for (let i = 0; i < tokens.length && allWords; i++) allWords = tokens[i].kind === 'word';
  const words = allWords ? tokens : tokens.filter((t) => t.kind === 'word');
  const split = new NameSplit();
  if (!split.read(words, 0, words.length)) return undefined;
  return { role: words.slice(split.roleFrom, split.roleTo), name: words.slice(split.nameFrom, split.nameTo), start: split.start, end: split.end, org: split.org };
}

/**
 * A name phrase split as ranges of the words it was read from, so that a sentence's run is read
 * in place: what splitNamePhrase returns, as indexes. One instance can read phrase after phrase.
 */
/** words[lo, n): lowercase title qualifiers only, then one lowercase connector ("home to"). */
function fieldBeforeConnector(words: Token[], lo: number, n: number): boolean {
  const last = words[n - 1];
  if (last.capitalized || !last.info.runConnector) return false;
  for (let k = lo; k < n - 1; k++) if (words[k].capitalized || !TITLE_QUALIFIERS.has(words[k].lower)) return false;
  return true;
}

/** Letters after a name for a rank at the bar or an honour: "Ann Vik KC", "Tom Hale OBE". */
const POST_NOMINALS: ReadonlySet<string> = new Set(['KC', 'QC', 'SC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE']);

export class NameSplit {
  roleFrom = 0;
  roleTo = 0;
  nameFrom = 0;
  nameTo = 0;
  start = 0;
  end = 0;
  org = false;

  /** Reads words[from, to), every one of kind 'word'; false when connectors are all it holds. */
  read(words: Token[], from: number, to: number): boolean {
    let lo = from;
    let hi = to;
    while (lo < hi && words[lo].info.nameConnector && !words[lo].capitalized) lo++;
    while (hi > lo && words[hi - 1].info.nameConnector) hi--;
    // ("the barrister, Ann Vik KC, said", "Tom Hale OBE": an honour or a rank at the bar after a
    // given name and a surname is no part of the name, so "Ms Vik" later is the same person)
    if (hi - lo >= 3 && POST_NOMINALS.has(words[hi - 1].text) && !words[hi - 2].info.org) hi--;
    // a verb of saying that opens the sentence before the name is no part of it ("Continued Vik: “…”",
    // "Added Ann Holt:"; only a form in -ed: "Said Khan" is a name)
    if (hi - lo >= 2 && words[lo].capitalized && words[lo].info.reporting && words[lo].info.endsEd && givenNameGender(words[lo].lower) === undefined) lo++;
    // a time adverb that opens the sentence before a full or given name is no part of it ("Now Ann
    // Vik is selling up"; at the end it may be: "Clean Air Now")
    if (hi - lo >= 2 && words[lo].lower === 'now' && (hi - lo >= 3 || givenNameGender(words[lo + 1].lower) !== undefined)) lo++;
    if (lo === hi) return false;
    this.start = words[lo].start;
    this.end = words[hi - 1].end;
    // the name is the run of name words at the end; everything before it is the role
    let n = hi;
    while (n > lo && ((isNameWord(words[n - 1]) && !words[n - 1].info.org) || (words[n - 1].info.nameParticle && n < hi))) n--;
    // a name starts with a capital, unless a title stands before its particle ("Mr. de la Cruz")
    while (n < hi && words[n].info.nameParticle && !(n > lo && isTitleWord(words[n - 1]))) n++;
    // "Det Con Ann Vik": "Con" after "Det" or "Detective" is the constable's rank, abbreviated as
    // British police write it, not a given name
    if (n > lo && hi - n >= 2 && words[n].lower === 'con' && (words[n - 1].lower === 'detective' || roleAbbreviation(words[n - 1].lower) === 'Detective')) n++;
    if (n - lo >= 2 && hi - n === 1 && givenNameAfterRole(words[n - 1], words[n - 2])) n--;
    else if (n - lo === 1 && titleAsGivenName(words, lo, hi)) n = lo;
    // ("Tarn’s Dean Vik": after an owner in the possessive, a title that is also a given name, then a
    // surname, opens the personal name, as it does opening the phrase)
    else if (n - lo >= 2 && hi - n === 1 && endsInPossessive(words[n - 2].text) && titleAsGivenName(words, n - 1, hi)) n--;
    // ("Secretary of State Ann Vik"; not "the Tarn Guild of Church Bell Ringers", a body's name after its word)
    // (not after a spokesperson: "a spokesman for Tarn Schools Catering" speaks for that whole body)
    if (n > lo && hi - n >= 3 && isOneOf(words[n - 1].lower, 'of', 'for') && !(n - 2 >= lo && (words[n - 2].info.org || SPOKESPERSON_NOUNS.has(words[n - 2].lower)))) {
      n++;
      // ("Keeper of Natural History Ann Vik", "Head of Modern Languages Tom Hale": a field of two words
      // or more runs on to the person's name, which a known given name opens, or else the last two words)
      if (hi - n >= 3 && givenNameGender(words[n].lower) === undefined) {
        let k = n + 1;
        while (k < hi - 2 && givenNameGender(words[k].lower) === undefined) k++;
        n = k;
      }
    }
    // (and the compounds "Churchwarden", "Postmaster", "Headmistress")
    // (and a noun for a person opening a sentence: "Neighbour Tom Vik, 42, said")
    // (and "Runner-up Ann Vik", "Fisherman Tom Vik", and "the Welshman Vik" after "the")
    // (and a player's position: "Stroke Tom Vik", "Full-back Ann Holt")
    // (and a place in a table: "Third-placed Tom Vik")
    // (and after a capitalised title that qualifies a job: "Head Keeper Ann Vik", "Senior Lecturer Tom Holt")
    // (and a trade in "-man" or "-woman" before a full name whose stem ends in two consonants:
    // "Milkman Tom Vik", "Postwoman Ann Holt"; a surname so made does not stand before another full name)
    if (n === lo && hi - lo >= 3 && (/(er|or|ist|ian|ant|ent|warden|master|mistress|-placed)(-\p{Ll}+)?$/u.test(words[lo].lower) || words[lo].info.personNoun || isPosition(words[lo].lower) || manNoun(words[lo]) || tradeInMan(words[lo]))) n = lo + 1;
    else if (n > lo && hi - n >= 3 && words[n - 1].capitalized && (words[n - 1].lower === 'head' || TITLE_MODIFIERS.has(words[n - 1].lower)) && /(er|or|ist)$/.test(words[n].lower) && givenNameGender(words[n].lower) === undefined) n++;
    else if (hi - n === 2 && (n === lo ? lo > 0 && words[lo - 1].lower === 'the' : n === lo + 1 && words[lo].lower === 'the') && manNoun(words[n])) n++;
    // "Labour's Ann Vik", "Tarn United's Tom Hale": a party or a club in the possessive before a
    // personal name is an affiliation, not part of the name
    for (let k = n; k < hi - 2; k++) if (endsInPossessive(words[k].text)) n = k + 1;
    // "Lady Justice Vale", "Mr Justice Holt": a senior judge is named by the style and surname
    // alone, never by the surname bare, so the style is part of the name
    if (hi - n === 1 && n - lo >= 2 && judicialStyleLength(words, n - 2, hi) > 0) n -= 2;
    // ("at home to Tarnley", "the trade to Tom Vik": an office's field in lowercase, which heads no
    // office alone, and a connector before the name are no role: the name stands alone)
    if (n - lo >= 2 && fieldBeforeConnector(words, lo, n)) {
      lo = n;
      this.start = words[lo].start;
    }
    let roleHasTitle = false;
    for (let k = lo; k < n && !roleHasTitle; k++) roleHasTitle = isTitleWord(words[k]);
    // ("Tarn Health clinical lead Ann Holt": "lead" after a lowercase word qualifying it is a post)
    if (!roleHasTitle && n - lo >= 2 && hi - n >= 2 && words[n - 1].lower === 'lead' && !words[n - 2].capitalized) roleHasTitle = true;
    let hasOrgWord = false;
    for (let k = lo; k < hi && !hasOrgWord; k++) hasOrgWord = words[k].info.org;
    // "union organiser Fergal Vik", "bank economist Ann Holt": an organisation word in lowercase
    // that qualifies a lowercase noun for a person before a full name describes the person
    if (hasOrgWord && hi - n >= 2 && hi - n <= 4 && n > lo && lowercaseRoleBeforeName(words, lo, n, hi)) hasOrgWord = false;
    // "Detective Constable Ann Vik of Tarn Police": a personal name, then "of" and the body they
    // work for; the person is named, the body is where they work
    if (hasOrgWord && n === hi) {
      const of = personBeforeOf(words, lo, hi);
      if (of > 0) {
        let m = of;
        while (m > lo && isNameWord(words[m - 1]) && !words[m - 1].info.org) m--;
        this.end = words[of - 1].end;
        return this.set(lo, m, m, of, false);
      }
    }
    if (hasOrgWord && !(hi > n && roleHasTitle)) {
      // ("Campaign group Clear Skies Tarn": a lowercase noun for a body before its name is no part of it)
      const named = describedBody(words, lo, hi);
      if (named > 0) return this.set(lo, named, named, hi, true);
      // an organisation keeps its whole phrase as its name, less a lowercase "the"
      return this.set(lo, lo, words[lo].lower === 'the' && !words[lo].capitalized ? lo + 1 : lo, hi, true);
    }
    if (hi - n > 4) return this.set(lo, n, hi, hi, false);
    // ("Fishermen in Tarnmouth", as "Residents of Tarnmouth": people of a place, no one named Tarnmouth)
    if (n > lo && (isOneOf(words[n - 1].lower, 'of', 'at', 'for') || (words[n - 1].lower === 'in' && n - 2 >= lo && pluralOfPeople(words[n - 2])))) {
      // "Ambassador Ann Vik of Tarnland", "Senator Tom Hale of Ohio": a title, a full name, then
      // "of" and one place the person comes from (a peer's "Lord Vik of Tarn" has one name word)
      if (hi - n === 1 && words[n - 1].lower === 'of') {
        let m = n - 1;
        while (m > lo && isNameWord(words[m - 1])) m--;
        if (n - 1 - m >= 2 && m > lo && isTitleWord(words[m - 1])) {
          this.end = words[n - 2].end;
          return this.set(lo, m, m, n - 1, false);
        }
      }
      return this.set(lo, lo, lo, hi, true);
    }
    // ("Ann Vik of the Open Skies Watch": a body's name after "of the" is no person's)
    if (n - 1 > lo && words[n - 1].lower === 'the' && isOneOf(words[n - 2].lower, 'of', 'at')) return this.set(lo, lo, lo, hi, true);
    return this.set(lo, n, n, hi, false);
  }

  private set(roleFrom: number, roleTo: number, nameFrom: number, nameTo: number, org: boolean): true {
    this.roleFrom = roleFrom;
    this.roleTo = roleTo;
    this.nameFrom = nameFrom;
    this.nameTo = nameTo;
    this.org = org;
    return true;
  }
}

/** "residents", "fishermen", "staff": a plural noun, or one in -men, not a title ("ministers" hold an office somewhere). */
function pluralOfPeople(w: Token): boolean {
  return w.kind === 'word' && !isTitleWord(w) && (w.info.plural || (w.lower.length > 5 && w.lower.endsWith('men')));
}

/**
 * "Fisherman", "Welshman", "Yorkshirewoman", "Batsman", "Defenceman": "-man" or "-woman" after a
 * stem in -sh, -ch, -s, -ce or -er (five letters at least for -er: not "Sherman"), and no title or
 * given name. (A stem in -ce is a noun, "defence", "pace", "police": no surname is so made.)
 */
export function manNoun(w: Token): boolean {
  const l = w.lower;
  const stem = manStem(l);
  if (stem < 4 || w.info.title || givenNameGender(l) !== undefined) return false;
  const a = l.charCodeAt(stem - 2);
  const b = l.charCodeAt(stem - 1);
  // s; sh, ch; ce; er
  return b === 115 || (b === 104 && (a === 115 || a === 99)) || (a === 99 && b === 101) || (stem >= 5 && a === 101 && b === 114);
}

/**
 * "Milkman", "Postwoman", "Stockman": "-man" or "-woman" after a stem of three letters or more that
 * ends in two consonants, and no title or given name. (Given names so made end their stem in a
 * vowel or one consonant after it: "Suleiman", "Rahman", "Norman", "Truman".)
 */
function tradeInMan(w: Token): boolean {
  const l = w.lower;
  const stem = manStem(l);
  return stem >= 3 && !/[aeiouy]/.test(l[stem - 1]) && !/[aeiouy]/.test(l[stem - 2]) && !w.info.title && givenNameGender(l) === undefined;
}

/** How many letters stand before a closing "man" or "woman" ("Welsh" of "welshman"); 0 without one. */
export function manStem(lower: string): number {
  return lower.length - (lower.endsWith('woman') ? 5 : lower.endsWith('man') ? 3 : lower.length);
}

/** Players' positions that no suffix rule finds, which open a sentence before a full name. */
const POSITIONS: ReadonlySet<string> = new Set(['stroke', 'cox', 'prop', 'lock', 'fly-half', 'scrum-half', 'full-back', 'quarterback', 'forward', 'guard']);

/**
 * "Full-forward", "half-back", "centre-half", "corner-back", "point-guard": a position named by a
 * hyphened word whose last part is a line of the team.
 */
const POSITION_ENDINGS = /^\p{Ll}+-(forward|back|half|guard)$/u;

export function isPosition(lower: string): boolean {
  return POSITIONS.has(lower) || POSITION_ENDINGS.test(lower);
}

/**
 * In words[lo, hi), the index of an "of" after a personal name (two name words, or one after a
 * title: "Ann Vik", "Inspector Vik") and before an organisation's name ending the phrase
 * ("of Tarn Police"), or -1. "Bank of Tarn" has no name before its "of".
 */
function personBeforeOf(words: Token[], lo: number, hi: number): number {
  for (let of = lo + 1; of < hi - 1; of++) {
    if (words[of].lower !== 'of' || words[of].capitalized) continue;
    let m = of;
    while (m > lo && isNameWord(words[m - 1]) && !words[m - 1].info.org) m--;
    const named = of - m;
    const titled = m > lo && isTitleWord(words[m - 1]);
    let orgBefore = false;
    for (let k = lo; k < m && !orgBefore; k++) orgBefore = words[k].info.org;
    return !orgBefore && (named >= 2 || (named === 1 && titled)) && words[hi - 1].info.org ? of : -1;
  }
  return -1;
}

/** "Labour's", "Oyal’s": a word of four letters or more that ends in the possessive "'s". */
export function endsInPossessive(word: string): boolean {
  return word.length >= 4 && endsInApostropheS(word, true);
}

/**
 * "Campaign group Clear Skies Tarn", "pressure group Air Watch": where the name starts when one or
 * two words, all in lowercase after the first and one an organisation word, describe the body
 * named by the two capitalised words or more that end the phrase; 0 when the phrase is not so made.
 */
function describedBody(words: Token[], lo: number, hi: number): number {
  if (words[lo].info.title || words[lo].info.org) return 0;
  let k = lo + 1;
  let org = false;
  for (; k < hi && k - lo <= 2 && !words[k].capitalized && !words[k].info.nameConnector && !words[k].info.title; k++) if (words[k].info.org) org = true;
  if (k === lo + 1 || hi - k < 2) return 0;
  // ("Fair organiser Tarn Science Partnership", "Event sponsor Tarn Mutual": a lowercase noun for
  // whoever organises or runs a thing describes the body named after it, whose name holds an
  // organisation word)
  const last = words[k - 1];
  const role = !org && (last.info.personNoun || /(er|or)$/.test(last.lower)) && !last.info.endsEd && !last.info.endsIng;
  if (!org && !role) return 0;
  let named = false;
  for (let i = k; i < hi; i++) {
    if (!words[i].capitalized || words[i].info.title) return 0;
    if (words[i].info.org) named = true;
  }
  return org || named ? k : 0;
}

/**
 * Whether words[lo, n) is a lowercase role ("union organiser") before the name words[n, hi): every
 * word in lowercase, the last a noun for a person rather than an organisation word, and no
 * organisation word among the name's.
 */
function lowercaseRoleBeforeName(words: Token[], lo: number, n: number, hi: number): boolean {
  for (let k = lo; k < n; k++) if (words[k].capitalized) return false;
  for (let k = n; k < hi; k++) if (words[k].info.org) return false;
  const last = words[n - 1];
  return !last.info.org && !last.info.article && (last.info.personNoun || last.info.describesPerson || /(er|or|ist|ian|ant|ent)$/.test(last.lower));
}

/**
 * "manager Dean Holt", "coach Major Obi": a capitalised title word between a lowercase role that
 * heads its phrase and a lone surname is a given name. A title stacks only on a modifier
 * ("deputy Mayor Ann Kole"). After a capitalised role only a title that is a common given name is
 * one ("Striker Dean Holt", not "Attorney General Holt").
 */
/**
 * "Dean Akerley praised …": a title that is as often a common given name, opening a run of two
 * capitalised words, is the given name; "the Dean", or a title before it, keeps it a title.
 */
export function titleAsGivenName(words: Token[], k: number, to: number): boolean {
  const w = words[k];
  const before = k > 0 ? words[k - 1] : undefined;
  return to - k === 2 && w.capitalized && !w.acronym && isTitleWord(w) && !w.info.honorific && givenNameGender(w.lower) !== undefined && before?.lower !== 'the' && !(before && isTitleWord(before)) && isBareNameWord(words[k + 1]);
}

export function givenNameAfterRole(word: Token, before: Token): boolean {
  return word.capitalized && !word.acronym && isTitleWord(word) && !word.info.honorific && (!before.capitalized || givenNameGender(word.lower) !== undefined) && isTitleWord(before) && !TITLE_MODIFIERS.has(before.lower);
}

function isOneOf(word: string, a: string, b: string, c?: string): boolean {
  return word === a || word === b || word === c;
}

/** ", at 34 the oldest player in the squad,": how many words the age before a description takes (2 or 0); it is no part of the role. */
export function ageBefore(apposition: Token[]): number {
  return apposition.length > 3 && apposition[0].lower === 'at' && apposition[1].info.digits ? 2 : 0;
}

export function roleText(role: Token[]): string | null {
  return roleTextIn(role, 0, role.length);
}

const STYLES = new Set(['very', 'rt', 'right', 'most']);

/** roleText of tokens[from, to). */
export function roleTextIn(tokens: Token[], from: number, to: number): string | null {
  // one pass, no intermediate arrays: this runs for every name and apposition
  let out = '';
  let loose = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    // an age (", 52,") is no role; leading connectors ("of the …") are dropped
    // (and the style before one: "the Very Rev", "the Rt Rev")
    if (t.info.honorific || t.info.digits || (t.capitalized && k + 1 < to && tokens[k + 1].info.honorific && STYLES.has(t.lower))) continue;
    if (out === '' && t.info.nameConnector) continue;
    const word = roleAbbreviation(t.lower) ?? t.text;
    out = out === '' ? word : `${out} ${word}`;
    // words and abbreviations hold no white space; a quote token may hold any
    if (t.kind !== 'word') loose = true;
  }
  if (out === '') return null;
  return loose ? out.replace(/\s+/g, ' ') : out;
}

/** How far back (in characters) "Mrs Vik" looks for the Vik of her gender. */
const SAME_SURNAME_REACH = 5000;
/** A surname alone this close after another's full name of it ("Ian Vik, her father, … Vik, 52, said") is that one's. */
const BARE_SURNAME_GAP = 100;
/** Two people first named this close together were named together: "Tom and Ann Vik". */
const COUPLE_SPAN = 40;
/** How many of the persons last mentioned "the pair" looks among for two named together. */
const PAIR_LOOK_BACK = 5;
/** The most characters between two names joined by " and ". */
const AND_GAP = 5;
/** How far back (in characters, from the latest mention) "the pair" looks for two named together: a few paragraphs. */
const PAIR_REACH = 1500;
/** Where a person was first named, or -1. */
function firstNamedAt(e: Entity): number {
  return e.mentions.length ? e.mentions[0].start : -1;
}

/** First named with only "and" between them: "Ann and Tom Vik", "Tom Vale and Ann Rook". */
function namedTogether(a: Entity, b: Entity): boolean {
  const joined = (x: Entity, y: Entity): boolean => firstNamedAt(x) >= 0 && firstNamedAt(y) > firstNamedAt(x) && firstNamedAt(y) - x.mentions[0].end <= AND_GAP;
  return joined(a, b) || joined(b, a);
}

function inOrderNamed(a: Entity, b: Entity): [Entity, Entity] {
  return firstNamedAt(a) <= firstNamedAt(b) ? [a, b] : [b, a];
}

/** How far before a couple's names "a lollipop lady and her husband" still says who comes first. */
const COUPLE_ORDER_REACH = 400;

export function isOtherGender(e: Entity, gender: 'male' | 'female'): boolean {
  const known = personGender(e);
  return known !== undefined && known !== gender;
}

/** A person's gender, known or read from a common given name ("Ann Vik", "Mary-Jo Vik"). */
export function personGender(e: Entity): 'male' | 'female' | undefined {
  if (e.kind !== 'person') return undefined;
  return e.gender ?? (e.keys.length >= 2 ? givenNameGender(e.keys[0]) ?? hyphenatedGivenNameGender(e.name) : undefined);
}

/**
 * "Mary-Jo Vik", "Kerry-Ann Vik": a given name joined by a hyphen has the gender its known parts
 * agree on (a part of either gender, "Jo", "Kerry", says nothing).
 */
function hyphenatedGivenNameGender(name: string): 'male' | 'female' | undefined {
  // (most names have no hyphen in their first word: found out before any string is made)
  const space = name.indexOf(' ');
  const dash = name.indexOf('-');
  if (dash < 0 || (space >= 0 && dash > space)) return undefined;
  const first = space < 0 ? name : name.slice(0, space);
  let found: 'male' | 'female' | undefined;
  for (const part of first.toLowerCase().split('-')) {
    const g = givenNameGender(part);
    if (g && found && g !== found) return undefined;
    found ??= g;
  }
  return found;
}

export class EntityRegistry {
  readonly entities: Entity[] = [];
  /** Every mention in text order: where, and which entity. */
  private readonly mentionLog = new MentionLog();
  /**
   * The full mentions of multi-word names (groups aside) under their first and their last key,
   * each list in the mention log's order: what a single name ("Wang") can refer to.
   */
  private readonly fullByKey = new Map<string, MentionLog>();
  /** Each entity's own mentions, in the log's order, by entity id: when was someone last mentioned. */
  private readonly byEntity: MentionLog[] = [];
  /** The last "… and her husband" or "… and his wife" the article's voice said, and where. */
  coupleOrder: { at: number; wifeFirst: boolean } | undefined;

  /** Two people a sentence opened on together ("Ann Vik and Tom Holt reached …"), and where, in text order. */
  readonly subjectPairs: { at: number; members: [Entity, Entity] }[] = [];

  /** The pair a sentence opened on last before pos, at most PAIR_REACH characters back. */
  subjectPairBefore(pos: number): [Entity, Entity] | undefined {
    for (let i = this.subjectPairs.length - 1; i >= 0; i--) {
      const pair = this.subjectPairs[i];
      if (pair.at < pos) return pos - pair.at <= PAIR_REACH ? pair.members : undefined;
    }
    return undefined;
  }
  private readonly byKeys = new Map<string, Entity>();
  /** Where a surname stood alone, with no title, and the person it was read as, by key, in text order. */
  private readonly bareByKey = new Map<string, { pos: number; entity: Entity }[]>();
  /** The first entity registered under each one-word key (entities are never removed, keys never change). */
  private readonly firstSingle = new Map<string, Entity>();
  /**
   * Persons with a role under each word of their role, each list in entity order: a role lookup
   * reads the holders of its first word only, not every entity. A role, once set, never changes.
   */
  private readonly byRoleKey = new Map<string, Entity[]>();

  /** Where a name was written as a possessive ("Oyal's cross"): the owner of a thing, not whom a description refers to. */
  private readonly possessives = new Set<number>();

  /** Names met as what someone else has, after a possessive pronoun past the subject ("asked about her opponent, Tom Vik"): the pronoun's gender. */
  private readonly owned = new Map<number, 'male' | 'female'>();

  noteOwned(pos: number, gender: 'male' | 'female'): void {
    this.owned.set(pos, gender);
  }

  /** Whether the mention of `entity` last before pos was one met after "her" (female) or "his" (male) past the subject. */
  lastMetAsOwned(entity: Entity, pos: number, gender: 'male' | 'female'): boolean {
    return this.owned.get(this.lastMentionBefore(entity, pos)) === gender;
  }

  /** Names met after the person who opened their sentence as its subject ("Vik plays Tom Hale"): that subject, by the mention's position. */
  private readonly objectsOf = new Map<number, Entity>();

  noteObjectOf(pos: number, subject: Entity): void {
    this.objectsOf.set(pos, subject);
  }

  /** The subject of the sentence in which `entity` was last named before pos, when another person opened it. */
  subjectOverLastMention(entity: Entity, pos: number): Entity | undefined {
    return this.objectsOf.get(this.lastMentionBefore(entity, pos));
  }

  notePossessive(pos: number, opensSentence = false): void {
    this.possessives.add(pos);
    if (opensSentence) this.openingOwners.add(pos);
  }

  /** Possessives that open their sentence ("Vik's team will …"): the owner is what the sentence is about. */
  private readonly openingOwners = new Set<number>();

  /** The latest name given a body's noun in apposition ("Varn Bouw, the consortium that …"), by that noun. */
  private readonly describedBy = new Map<string, { entity: Entity; pos: number }>();

  noteDescribed(noun: string, entity: Entity, pos: number): void {
    this.describedBy.set(noun, { entity, pos });
  }

  /** The person a story's lead described by a noun before naming ("A Tarnby stamp trader who …"), by that noun. */
  private readonly leadDescribed = new Map<string, { entity: Entity; pos: number }>();

  noteLeadNoun(noun: string, entity: Entity, pos: number): void {
    if (!this.leadDescribed.has(noun)) this.leadDescribed.set(noun, { entity, pos });
  }

  /** Who was said to have done a thing, by the noun of its doer ("who organised …": "organiser"). */
  private readonly agents = new Map<string, { entity: Entity; pos: number }>();

  noteAgentNoun(noun: string, entity: Entity, pos: number): void {
    this.agents.set(noun, { entity, pos });
  }

  /** "the organiser said": the one a clause said organised something, before pos. */
  agentNounOf(noun: string, pos: number): Entity | undefined {
    const d = this.agents.get(noun);
    return d && d.pos < pos ? d.entity : undefined;
  }

  /** "the dealer said": the person named, with an age, right after a lead that described "a … dealer who …". */
  leadNounOf(noun: string, pos: number): Entity | undefined {
    const d = this.leadDescribed.get(noun);
    return d && d.pos < pos ? d.entity : undefined;
  }

  /** "the consortium said": the one named beside "the consortium" before pos, within LOOK_BACK. */
  describedAs(noun: string, pos: number): Entity | undefined {
    const d = this.describedBy.get(noun);
    return d && d.pos < pos && pos - d.pos <= LOOK_BACK ? d.entity : undefined;
  }

  /** Registers a multi-word personal name or an organisation, merging spelling variants. */
  addName(display: string, keys: string[], role: string | null, kind: SpeakerKind, span: Span): Entity {
    return this.register(display, keys, keys.join(' '), role, kind, span);
  }

  /**
   * addName for a name written as its words one space apart ("Wang Wenbin"), its keys read from
   * that spelling: the same names come back again and again, and their keys are cached.
   */
  addSpelledName(display: string, role: string | null, kind: SpeakerKind, span: Span): Entity {
    const { keys, joined } = phraseKeys(display);
    return this.register(display, keys, joined, role, kind, span);
  }

  private register(display: string, keys: string[], joined: string, role: string | null, kind: SpeakerKind, span: Span): Entity {
    let entity = this.findByKeys(joined, keys, kind);
    if (!entity) {
      // Every field is set here, even those most entities never get, so that all entities share
      // one hidden class: fields added later would give each combination its own, and the
      // engine's many reads of entities would turn polymorphic (and deoptimise while typing).
      entity = { id: this.entities.length, name: display, keys, role, kind, gender: undefined, aliases: new Set(), mentions: [], person: kind === 'person' && role !== null, members: undefined, issuer: undefined, origin: undefined, unnamed: undefined, age: undefined };
      this.entities.push(entity);
      if (!this.byKeys.has(joined)) this.byKeys.set(joined, entity);
      if (keys.length === 1 && !this.firstSingle.has(keys[0])) this.firstSingle.set(keys[0], entity);
      if (role) this.indexRole(entity);
    } else {
      if (display !== entity.name) entity.aliases.add(display);
      if (!entity.role && role) {
        entity.role = role;
        this.indexRole(entity);
      }
      if (role && kind === 'person') entity.person = true;
      // ("Tarn Storm win the title" in a headline, then "Tarn Storm are champions": a team after all)
      else if (kind === 'organisation' && entity.kind === 'person' && !entity.person && keys.length >= 2) entity.kind = kind;
    }
    this.mention(entity, span, true);
    return entity;
  }

  /**
   * A speaker named only by a phrase ("US officials", "the ministry"): one entity per phrase; keyPhrase,
   * when the shown name leaves out a describing word, is what it is looked up by ("group Roadwise").
   */
  addPhrase(display: string, kind: SpeakerKind, span: Span, keyPhrase = display): Entity {
    const { keys, joined } = phraseKeys(keyPhrase);
    const found = this.byKeys.get(joined);
    const existing = found && found.kind === kind ? found : undefined;
    if (existing) {
      this.mention(existing, span, true);
      return existing;
    }
    return this.register(display, keys, joined, null, kind, span);
  }

  mention(entity: Entity, span: Span, full: boolean): void {
    // a new entity has no mentions: index -1 would be a slow property lookup, not an element
    const last = entity.mentions.length ? entity.mentions[entity.mentions.length - 1] : undefined;
    if (last && last.start === span.start) return;
    entity.mentions.push(span);
    const logged: LoggedMention = { pos: span.start, entity, full };
    this.mentionLog.insert(logged);
    let own = this.byEntity[entity.id];
    if (!own) {
      own = new MentionLog();
      this.byEntity[entity.id] = own;
    }
    own.insert(logged);
    const keys = entity.keys;
    if (full && entity.kind !== 'group' && keys.length >= 2) {
      this.indexUnder(keys[0], logged);
      if (keys[keys.length - 1] !== keys[0]) this.indexUnder(keys[keys.length - 1], logged);
    }
  }

  private indexUnder(k: string, logged: LoggedMention): void {
    let list = this.fullByKey.get(k);
    if (!list) {
      list = new MentionLog();
      this.fullByKey.set(k, list);
    }
    list.insert(logged);
  }

  private indexRole(entity: Entity): void {
    if (entity.kind !== 'person' || !entity.role) return;
    for (const k of new Set(roleKeys(entity.role))) {
      let list = this.byRoleKey.get(k);
      if (!list) {
        list = [];
        this.byRoleKey.set(k, list);
      }
      // an entity given its role after later ones were indexed goes in its place by id
      let at = list.length;
      while (at > 0 && list[at - 1].id > entity.id) at--;
      list.splice(at, 0, entity);
    }
  }

  /** The persons whose role has one of these words, in entity order. */
  private holdersOfRoleWord(word: string, alternative: string): Entity[] {
    const exact = this.byRoleKey.get(word) ?? [];
    if (alternative === word) return exact;
    const other = this.byRoleKey.get(alternative);
    if (!other) return exact;
    return [...new Set([...exact, ...other])].sort((a, b) => a.id - b.id);
  }

  private findByKeys(joined: string, keys: string[], kind: SpeakerKind): Entity | undefined {
    const exact = this.byKeys.get(joined);
    if (exact || kind !== 'person' || keys.length < 2) return exact;
    // Sergey / Sergei Lavrov: same surname, given names a letter or two apart
    return this.entities.find(
      (e) => e.kind === 'person' && e.keys.length === keys.length && e.keys[e.keys.length - 1] === keys[keys.length - 1] && similarGivenNames(e.keys[0], keys[0]),
    );
  }

  /**
   * A single name ("Wang", "Xi") binds to the most recent full name that has it as its first
   * or last word; before any such mention (a headline), to the first one that follows. (bare: the
   * name stands alone, no title or description before it.)
   */
  /**
   * "The Dean, the Very Rev Tom Crale, …", then "Dean Crale said": for a title that is also a given
   * name, before a surname, the person named before in full with that surname and another given
   * name whose role is that title; undefined when there is none ("his brother Dean Crale" is
   * someone else).
   */
  titledHolder(title: Token, surname: Token, pos: number): Entity | undefined {
    // (the cheap tests first: this is asked of every name of two words)
    if (!title.capitalized || givenNameGender(title.lower) === undefined || !titleAsGivenName([title, surname], 0, 2)) return undefined;
    const holder = this.resolveSingle(surname.text, pos);
    const word = key(title.text);
    return holder?.kind === 'person' && holder.keys.length >= 2 && holder.keys[0] !== word && holder.keys[holder.keys.length - 1] === key(surname.text) && holder.role !== null && roleKeys(holder.role).includes(word) ? holder : undefined;
  }

  resolveSingle(word: string, pos: number, gender?: 'male' | 'female', bare = false): Entity | undefined {
    const k = key(word);
    const list = this.fullByKey.get(k);
    const before = list?.lastBefore(pos);
    if (list && before) {
      // "Tom and Ann Vik …, Mr Vik said": when the latest Vik's gender (known, or read from a
      // common given name) is not the honorific's, the latest one whose gender does not conflict
      const other = gender && isOtherGender(before.entity, gender) ? list.latestWithin(pos, SAME_SURNAME_REACH, (m) => m.entity.kind === 'person' && !isOtherGender(m.entity, gender)) : undefined;
      if (other) {
        // (the title says what the one it finds is: "Mr Vik" after "Mrs Vik" was the other Vik)
        if (personGender(other.entity) === undefined) other.entity.gender = gender;
        return other.entity;
      }
      const member = gender ? this.coupleMember(list, before.entity, pos, gender) : undefined;
      if (member) return member;
      // ("Tom Vik opened the shop …, Mrs Vik said": a title of the other gender than every Vik
      // named is someone else of that name, not the latest Vik)
      // (the gender of the latest Vik's given name only: one read from a pronoun may be wrong)
      const given = before.entity.kind === 'person' && before.entity.keys.length >= 2 ? givenNameGender(before.entity.keys[0]) : undefined;
      if (gender && given !== undefined && given !== gender) return undefined;
      // ("Tom Vik won. Vik said …¶ Vik's father, Ian Vik, said …¶ Vik goes on": the surname alone,
      // no title, is still the Vik the article so called, not a later one only ever named in full,
      // unless it follows that one's full name closely)
      if (bare && !gender && before.entity.kind === 'person' && pos - before.pos > BARE_SURNAME_GAP) return this.bareOwner(k, before.entity, pos) ?? before.entity;
      // ("Ann Vik … Ela Vik … Mrs Vik said …¶ Mr Vik said": the title says what the latest Vik is,
      // when nothing else did, so a later title of the other gender finds the other Vik)
      if (gender && before.entity.kind === 'person' && personGender(before.entity) === undefined && list.latestWithin(pos, SAME_SURNAME_REACH, (m) => m.entity !== before.entity && m.entity.kind === 'person') !== undefined) before.entity.gender = gender;
      // ("Mr Vik denied it …. His nephew, Ian Vik, said …. Mr Vik thanked …": the title and
      // surname are still the Vik the article so called, not a later Vik it never called so)
      if (gender && before.entity.kind === 'person') {
        const owner = this.titledOwner(k, before.entity, pos, gender);
        if (owner) return owner;
      }
      return before.entity;
    }
    const single = this.firstSingle.get(k);
    if (single) return single;
    return list?.firstFrom(pos)?.entity;
  }

  /**
   * "Kabu and Dorel Misteval, both 67, …", then "said Mrs Misteval", when neither given name nor
   * anything said so far tells who is the woman: the two named together are read as custom
   * orders a couple's names, the husband's first, and the one the title picks keeps its gender,
   * so that the other title finds the other (the latest of the two, as before, was every title's).
   */
  private coupleMember(list: MentionLog, latest: Entity, pos: number, gender: 'male' | 'female'): Entity | undefined {
    if (latest.kind !== 'person' || latest.keys.length < 2 || personGender(latest) !== undefined) return undefined;
    const partner = list.latestWithin(pos, SAME_SURNAME_REACH, (m) => m.entity !== latest && m.entity.kind === 'person' && m.entity.keys.length >= 2)?.entity;
    if (!partner) return undefined;
    const named = this.firstMentionOf(latest);
    const partnerNamed = this.firstMentionOf(partner);
    if (Math.abs(named - partnerNamed) > COUPLE_SPAN) return undefined;
    // (one of the two known: the title finds the one it fits)
    const known = personGender(partner);
    if (known !== undefined) {
      if (known === gender) return partner;
      latest.gender = gender;
      return latest;
    }
    // ("A retired lollipop lady and her husband …" just before says the wife comes first)
    const order = this.coupleOrder;
    const together = Math.min(named, partnerNamed);
    const wifeFirst = order !== undefined && order.at < together && together - order.at <= COUPLE_ORDER_REACH && order.wifeFirst;
    const chosen = (gender === 'male') !== wifeFirst === partnerNamed < named ? partner : latest;
    chosen.gender = gender;
    return chosen;
  }

  /** The people named in full with this word in their name before pos, latest first. */
  namesakes(word: string, pos: number): Entity[] {
    const out: Entity[] = [];
    this.fullByKey.get(key(word))?.findBefore(pos, (m) => {
      if (m.entity.kind === 'person' && !out.includes(m.entity)) out.push(m.entity);
      return false;
    });
    return out;
  }

  /** Where a title of a gender and a surname ("Mr Vik") were read as a person, by the surname's key. */
  private readonly titledByKey = new Map<string, { pos: number; entity: Entity; gender: 'male' | 'female' }[]>();

  /** Note that the surname after a title of that gender ("Mr", "Mrs") at pos was read as that person. */
  noteTitledSurname(word: string, pos: number, entity: Entity, gender: 'male' | 'female'): void {
    const k = key(word);
    let list = this.titledByKey.get(k);
    if (!list) {
      list = [];
      this.titledByKey.set(k, list);
    }
    if (!list.some((b) => b.pos === pos)) list.push({ pos, entity, gender });
  }

  /**
   * Another person of that surname whom a title of that gender and the surname named before pos,
   * within SAME_SURNAME_REACH, when the latest one named in full never was so named.
   */
  private titledOwner(k: string, latest: Entity, pos: number, gender: 'male' | 'female'): Entity | undefined {
    const list = this.titledByKey.get(k);
    if (!list) return undefined;
    let owner: Entity | undefined;
    for (const b of list) {
      if (b.pos >= pos || b.gender !== gender) continue;
      if (b.entity === latest) return undefined;
      if (b.entity.kind === 'person' && pos - b.pos <= SAME_SURNAME_REACH) owner = b.entity;
    }
    return owner;
  }

  /** Note that the surname alone, with no title before it, at pos was read as that person. */
  noteBareSurname(word: string, pos: number, entity: Entity): void {
    const k = key(word);
    let list = this.bareByKey.get(k);
    if (!list) {
      list = [];
      this.bareByKey.set(k, list);
    }
    if (!list.some((b) => b.pos === pos)) list.push({ pos, entity });
  }

  /** The person the surname at pos was read as when noted standing alone, with no title or description. */
  bareAt(word: string, pos: number): Entity | undefined {
    return this.bareByKey.get(key(word))?.find((b) => b.pos === pos)?.entity;
  }

  /**
   * Another person of that surname whom the surname alone named before pos, within
   * SAME_SURNAME_REACH, when the latest one named in full never was so named.
   */
  private bareOwner(k: string, latest: Entity, pos: number): Entity | undefined {
    const list = this.bareByKey.get(k);
    if (!list) return undefined;
    let owner: Entity | undefined;
    for (const b of list) {
      if (b.pos >= pos) continue;
      if (b.entity === latest) return undefined;
      if (b.entity.kind === 'person' && pos - b.pos <= SAME_SURNAME_REACH) owner = b.entity;
    }
    return owner;
  }

  private firstMentionOf(entity: Entity): number {
    return this.byEntity[entity.id]?.firstFrom(0)?.pos ?? -1;
  }

  /** Where the entity was last mentioned before pos, or -1. */
  lastMentionBefore(entity: Entity, pos: number): number {
    return this.byEntity[entity.id]?.lastBefore(pos)?.pos ?? -1;
  }

  /** "Russian FM", "the minister": the one entity whose role carries those words. */
  resolveRole(roleWords: string[], pos: number): Entity | undefined {
    // most role words have no holder: the first word is looked up before the others are keyed
    const first = roleWordKeys(roleWords.length ? roleWords[0] : '')[0];
    const holders = this.holdersOfRoleWord(first, withoutFinalS(first));
    if (!holders.length) return undefined;
    const wanted = roleWords.length > 1 ? roleWords.flatMap(roleWordKeys) : roleWordKeys(roleWords.length ? roleWords[0] : '');
    // each wanted word also matches in the singular ("ministers" → "minister")
    const singular = wanted.map(withoutFinalS);
    const candidates = holders.filter((e) => wanted.every((w, i) => roleKeys(e.role as string).some((r) => r === w || r === singular[i])));
    if (candidates.length === 1) return candidates[0];
    if (candidates.length > 1) return this.mostRecent(candidates, pos);
    return undefined;
  }

  /**
   * The person last mentioned, at most PERSON_LOOK_BACK characters before pos, whose role holds
   * this title or one that means the same in sport ("boss": a manager).
   */
  recentRoleHolder(title: string, pos: number): Entity | undefined {
    const wanted = roleWordKeys(title);
    const same = ROLE_SYNONYMS.get(wanted.join(' '));
    return this.mentionLog.latestWithin(pos, PERSON_LOOK_BACK, (m) => {
      const role = m.entity.kind === 'person' ? m.entity.role : null;
      if (role === null) return false;
      const keys = roleKeys(role);
      return wanted.every((w) => keys.includes(w)) || (same !== undefined && same.some((w) => keys.includes(w)));
    })?.entity;
  }

  /**
   * The speaker last mentioned, at most LOOK_BACK characters before pos, whose name of several
   * words ends in this noun: "the official" after "a senior commission official".
   */
  recentWithHead(noun: string, pos: number): Entity | undefined {
    const k = key(noun);
    return this.mentionLog.latestWithin(pos, LOOK_BACK, (m) => m.entity.kind !== 'document' && m.entity.keys.length >= 2 && m.entity.keys[m.entity.keys.length - 1] === k && !ARTICLES.has(m.entity.keys[0]))?.entity;
  }

  /** The person last mentioned, at most PERSON_LOOK_BACK characters before pos, whose role is this one ("world record holder"). */
  recentWithRole(role: string | null, pos: number): Entity | undefined {
    if (role === null) return undefined;
    return this.mentionLog.latestWithin(pos, PERSON_LOOK_BACK, (m) => m.entity.kind === 'person' && m.entity.role === role)?.entity;
  }

  /** The person last named, at most PERSON_LOOK_BACK characters before pos, of this age. */
  recentOfAge(age: number, pos: number): Entity | undefined {
    return this.mentionLog.latestWithin(pos, PERSON_LOOK_BACK, (m) => m.entity.age === age)?.entity;
  }

  /**
   * The first person named in full within `reach` characters after `end` whose role holds
   * `roleWord` ("keeper" in "Keeper Ann Vik", singular or plural).
   */
  firstWithRoleAfter(end: number, reach: number, roleWord: string): Entity | undefined {
    const wanted = withoutFinalS(key(roleWord));
    for (let m = this.mentionLog.firstFrom(end + 1); m && m.pos - end <= reach; m = this.mentionLog.firstFrom(m.pos + 1)) {
      const e = m.entity;
      if (m.full && e.kind === 'person' && e.keys.length >= 2 && e.role !== null && roleKeys(e.role).some((r) => withoutFinalS(r) === wanted)) return e;
    }
    return undefined;
  }

  /** The person named in full at pos, if any ("Ann Vik has …" opening a paragraph). */
  personNamedAt(pos: number): Entity | undefined {
    const m = this.mentionLog.firstFrom(pos);
    return m && m.pos === pos && m.full && m.entity.kind === 'person' && m.entity.keys.length >= 2 ? m.entity : undefined;
  }

  /** Where someone of each age was first described without a name ("a 17-year-old boy was arrested"), and their gender. */
  readonly unnamedAges = new Map<number, { pos: number; gender: 'male' | 'female' | undefined }>();

  /** The person last named, at most PERSON_LOOK_BACK characters before pos, whose nationality is this ("irish"). */
  recentOfOrigin(origin: string, pos: number): Entity | undefined {
    return this.mentionLog.latestWithin(pos, PERSON_LOOK_BACK, (m) => m.entity.origin === origin)?.entity;
  }

  /** All persons whose role contains a word: "the ambassadors". */
  personsWithRole(roleWord: string, pos: number, plural = false): Entity[] {
    // (plural: the role's word as written, "organisers", which a body or a team is given)
    const w = plural ? key(roleWord) : withoutFinalS(key(roleWord));
    return (this.byRoleKey.get(w) ?? []).filter((e) => e.mentions.some((m) => m.start < pos));
  }

  /** The organisation last mentioned in [from, to): the body a sentence named before a pronoun in it. */
  organisationBetween(from: number, to: number): Entity | undefined {
    return this.mentionLog.latestWithin(to, to - from, (m) => m.pos >= from && m.entity.kind === 'organisation')?.entity;
  }

  /** The latest-registered organisation, document or group mentioned anywhere before pos: what "they" or "it" can be. */
  latestNonPersonBefore(pos: number): Entity | undefined {
    // newest first, so the usual answer is found after a few entities, not all of them
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i];
      if (e.kind !== 'person' && e.mentions.some((m) => m.start < pos)) return e;
    }
    return undefined;
  }

  /**
   * "Ann and Tom Vik run the café" and, after others are named, "the pair said": of the last few
   * persons mentioned before pos, the two most recently named together (first named with only
   * " and " between them), in the order named; undefined when the last two were named together already,
   * or no two were.
   */
  recentPairNamedTogether(pos: number): Entity[] | undefined {
    const persons = this.recentPersons(pos, PAIR_LOOK_BACK, PAIR_REACH);
    const n = persons.length;
    if (n < 3 || namedTogether(persons[n - 2], persons[n - 1])) return undefined;
    for (let i = n - 1; i >= 1; i--) {
      for (let j = i - 1; j >= 0; j--) {
        if (namedTogether(persons[j], persons[i])) return inOrderNamed(persons[j], persons[i]);
      }
    }
    return undefined;
  }

  /** The last two persons named before pos, when they were named together with one surname, a couple: "… where Ann and Tom Vik heard it". */
  lastTwoAsCouple(pos: number): Entity[] | undefined {
    const persons = this.recentPersons(pos, 2, PAIR_REACH);
    if (persons.length < 2 || !namedTogether(persons[0], persons[1])) return undefined;
    const [a, b] = inOrderNamed(persons[0], persons[1]);
    const surname = (e: Entity): string => e.name.split(' ').slice(1).join(' ');
    return surname(a) !== '' && surname(a) === surname(b) && a.name.split(' ').length === 2 ? [a, b] : undefined;
  }

  /** The n most recently mentioned distinct persons before pos: "the two ministers". */
  recentPersons(pos: number, n: number, maxBack = 600): Entity[] {
    const out: Entity[] = [];
    this.mentionLog.findBefore(pos, (m) => {
      if (m.entity.kind !== 'person' || out.includes(m.entity)) return false;
      if (pos - m.pos > maxBack) return true;
      out.push(m.entity);
      return out.length >= n;
    });
    return out.reverse();
  }

  /**
   * The most recent person mention before pos whose gender does not conflict; when that person's
   * gender is unknown, someone just before them known to be of that gender is preferred, unless
   * that one was named before `since`.
   */
  recentPerson(pos: number, gender: 'male' | 'female' | undefined, exclude?: Entity, skipPossessives = false, since = -1): Entity | undefined {
    let first: { entity: Entity; pos: number } | undefined;
    let found: Entity | undefined;
    const possessives = skipPossessives && this.possessives.size ? this.possessives : undefined;
    this.mentionLog.findBefore(pos, (m) => {
      // ("she said" in a report that names no woman must not search the whole article each time)
      if (pos - m.pos > PERSON_LOOK_BACK) return true;
      // (one named before `since`, where the last speaker was credited, is no better than one of
      // unknown gender named after it)
      if (m.pos < since && first !== undefined && first.pos >= since && !this.possessives.has(first.pos)) return true;
      // (one named before the excluded last speaker is no better than one of unknown gender named
      // after them, unless that was only an owner: "Tarn's shops")
      if (m.entity === exclude) return first !== undefined && !this.possessives.has(first.pos);
      if (possessives?.has(m.pos)) return false;
      const e = m.entity;
      if (e.kind !== 'person' || (!e.person && e.keys.length < 2) || e.animal) return false;
      // (the gender told, or that of a common given name: "Tom Vik and his assistant, Ann Lund, ….
      // He said" rules her out though no pronoun or title has told hers yet)
      if (gender && isOtherGender(e, gender)) return false;
      // (a common given name tells it too, for the one named last: "Sheila Vik" then is as much a
      // woman as one a pronoun showed; not past someone of unknown gender named after her)
      if (!gender || e.gender === gender || (e.gender === undefined && first === undefined && personGender(e) === gender)) {
        // (a person of unknown gender whose possessive opened a sentence beats one of that gender
        // named long before: "Vik's team will …. Asked about it, he said" after paragraphs of others)
        if (first !== undefined && first.pos - m.pos > 300 && first.entity.person && this.openingOwners.has(first.pos)) return true;
        found = e;
        return true;
      }
      if (!first) first = { entity: e, pos: m.pos };
      return first.pos - m.pos > 300;
    });
    return found ?? first?.entity;
  }

  /**
   * The most recent organisation whose name has one of these keys ("the force" → "Tarn Police"),
   * named at most LOOK_BACK characters before: a report that says "the council said" in every
   * paragraph and never names one must not search the whole article each time.
   */
  recentOrganisation(keys: readonly string[], pos: number, skipWorkplaces = false): Entity | undefined {
    return this.recentOrganisationWhere(pos, (e) => e.keys.length > 1 && e.keys.some((k) => keys.includes(k)), skipWorkplaces);
  }

  /**
   * "the club said" after "the Tarn Hawks": the latest name of two words or more ending in a plural
   * (a team's nickname), never shown to be a person's, within LOOK_BACK.
   */
  recentTeam(pos: number): Entity | undefined {
    return this.mentionLog.latestWithin(pos, LOOK_BACK, (m) => {
      const e = m.entity;
      if (e.kind === 'document' || e.kind === 'group' || e.person || e.gender || e.keys.length < 2) return false;
      const words = e.name.split(' ');
      return /\p{Lu}\p{Ll}+s$/u.test(words[words.length - 1]) && !givenNameGender(key(words[0]));
    })?.entity;
  }

  /** The latest organisation within LOOK_BACK that passes `test` (named other than as someone's workplace, when `skipWorkplaces`). */
  recentOrganisationWhere(pos: number, test: (e: Entity) => boolean, skipWorkplaces = false): Entity | undefined {
    return this.mentionLog.latestWithin(pos, LOOK_BACK, (m) => m.entity.kind === 'organisation' && !(skipWorkplaces && this.workplaces.has(m.pos)) && test(m.entity))?.entity;
  }

  /** Bodies named as where someone works ("an analyst at Tarn Securities"), by the mention's position. */
  private readonly workplaces = new Set<number>();

  noteWorkplace(pos: number): void {
    this.workplaces.add(pos);
  }

  /** Whether the entity's last mention before pos named it only as someone's workplace. */
  lastNamedAsWorkplace(entity: Entity, pos: number): boolean {
    return this.workplaces.size > 0 && this.workplaces.has(this.lastMentionBefore(entity, pos));
  }

  /** The latest organisation with a name of two words or more named at most maxBack characters before pos. */
  organisationWithin(pos: number, maxBack: number): Entity | undefined {
    return this.mentionLog.latestWithin(pos, Math.min(maxBack, LOOK_BACK), (m) => m.entity.kind === 'organisation' && m.entity.keys.length > 1)?.entity;
  }

  /** The most recent document of that kind ("the statement" → the joint statement issued earlier), within LOOK_BACK. */
  recentDocument(head: string, pos: number): Entity | undefined {
    const k = key(head);
    return this.mentionLog.latestWithin(pos, LOOK_BACK, (m) => m.entity.kind === 'document' && m.entity.keys[m.entity.keys.length - 1] === k)?.entity;
  }

  private mostRecent(candidates: Entity[], pos: number): Entity | undefined {
    return this.mentionLog.findBefore(pos, (m) => candidates.includes(m.entity))?.entity ?? candidates[0];
  }
}

/** ("The minister", a phrase of its own, is no description before it) */
const ARTICLES = new Set(['the', 'a', 'an']);

/** Titles sport copy uses for one another: "the Rovers boss" is the manager named before. */
const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['boss', ['manager', 'coach']],
  ['manager', ['boss']],
  ['skipper', ['captain']],
  ['captain', ['skipper']],
]);

/** How far back (in characters, about ten paragraphs) "the force" or "the statement" may find what it names. */
const LOOK_BACK = 4000;
/** How far back "he", "she" or "the 42-year-old" may find the person meant (about fifty paragraphs). */
const PERSON_LOOK_BACK = 20_000;

/** The word less one final "s": every role lookup does this, so no pattern is run for it. */
function withoutFinalS(word: string): string {
  return word.length > 0 && word.charCodeAt(word.length - 1) === 115 ? word.slice(0, -1) : word;
}

/** "statement", "report": a document that can speak for whoever issued it. */
export function isDocumentWord(t: Token): boolean {
  return t.info.document;
}
