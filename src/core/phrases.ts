import { endsInApostropheS, endsInPossessive, isBareNameWord, isPosition, isTitleWord, manNoun } from './entities';
import { NOT_NAME_WORDS, ORG_WORDS, ORGANISATION_KINDS, PAST_VERBS, PERSON_NOUNS, PRONOUN_WORDS, REPORTING_VERBS, SPOKESPERSON_NOUNS } from './lexicon';
import type { Token } from './tokens';
import { givenNameGender } from './givenNames';

/** Noun-phrase boundaries around a reporting verb, read over tokens. */

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'both', 'several', 'many', 'some', 'other']);

/** US, UN, TASS: an acronym is never the stop word it may spell. */
export function isAcronym(t: Token): boolean {
  return t.acronym;
}

export function isReportingVerb(t: Token | undefined): boolean {
  // a capitalised word ("the United States") is a name, not a verb
  return t !== undefined && t.info.reporting && !t.capitalized;
}

export function isSpeakerNoun(t: Token): boolean {
  return t.info.speakerNoun;
}

function isPhraseWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (t.capitalized) return t.acronym || !t.info.stop;
  return t.info.lowercasePhraseWord;
}

/** Skips "also", "has", "later" between a subject and its verb, going left from index k. */
export function skipAdverbsLeft(tokens: Token[], k: number): number {
  for (;;) {
    while (k >= 0 && tokens[k].kind === 'word' && tokens[k].info.verbAdverb) k--;
    // ("Ann Vik (pictured) said", "Tarn Water (TW) said": a short aside in brackets before the verb)
    const open = asideOpening(tokens, k);
    if (open < 0) return k;
    k = open - 1;
  }
}

/** Where "(" opens one to three words and the ")" at k, or -1. */
function asideOpening(tokens: Token[], k: number): number {
  if (k < 2 || tokens[k].text !== ')') return -1;
  for (let i = k - 1; i >= Math.max(0, k - 4); i--) {
    if (tokens[i].text === '(') return i < k - 1 ? i : -1;
    if (tokens[i].kind !== 'word') return -1;
  }
  return -1;
}

export function skipAdverbsRight(tokens: Token[], k: number): number {
  while (k < tokens.length && tokens[k].kind === 'word' && tokens[k].info.verbAdverb) k++;
  return k;
}

export interface Phrase {
  tokens: Token[];
  /** An apposition after the phrase (", a spokeswoman for the ministry,"): a role. */
  apposition?: Token[];
  /** "their governments", "his spokesman": the pronoun whose owner the phrase speaks for. */
  possessor?: Token;
  /** "A regular, who asked not to be named,": "who" after it says the noun is someone's. */
  someone?: boolean;
  /** "Sandra, who …, said": a relative clause opened by "who" follows the phrase, as it does a person. */
  who?: boolean;
}

const POSSESSIVES = new Set(['their', 'his', 'her', 'its']);

/** "One mother of three", "another father of two": one of many, and not the person named before. */
export const ONE_OF_MANY: ReadonlySet<string> = new Set(['one', 'another']);

/**
 * The noun phrase ending at index k, read leftwards: names, titles, speaker nouns and the
 * small words inside names ("Ministry of Foreign Affairs"), up to a determiner.
 */
export function phraseEndingAt(tokens: Token[], k: number, depth = 0): Phrase | undefined {
  if (k < 0 || depth > 2) return undefined;
  const t = tokens[k];
  if (t.kind === 'word' && t.info.pronoun) return { tokens: [t] };
  // ("“…,” one of them said": one of a group named before)
  if (k >= 2 && t.lower === 'them' && tokens[k - 1].lower === 'of' && tokens[k - 2].lower === 'one') return { tokens: tokens.slice(k - 2, k + 1) };
  // ("Tom Vik and his daughter said": a person named and a relative of theirs, together)
  if (k >= 3 && tokens[k - 2].lower === 'and' && !tokens[k - 2].capitalized && OWNERS.has(tokens[k - 1].lower) && relativeEndingAt(tokens, k)) {
    const named = phraseEndingAt(tokens, k - 3, depth + 1);
    const from = named ? tokens.indexOf(named.tokens[0]) : -1;
    if (named && !named.possessor && !named.apposition && from >= 0 && named.tokens.every((w) => w.capitalized && !w.info.org)) return { tokens: tokens.slice(from, k + 1) };
  }
  // "the mother of one said" ("One mother of three said": or "one", "another")
  if (k >= 3 && (tokens[k - 3].info.determiner || ONE_OF_MANY.has(tokens[k - 3].lower)) && familyCountAt(tokens, k - 2)) return { tokens: tokens.slice(k - 3, k + 1) };
  // ("Ann Vik of the campaign “Save the Mill” said", "… of the charity Mill Watch said": the person
  // named before a body described by a lowercase noun and then named speaks, not the body)
  const member = personOfDescribedBody(tokens, k);
  if (member) return member;
  // "Wang Wenbin, a spokeswoman for the ministry, told": step over the apposition
  if (t.kind === 'punct' && t.text === ',') {
    // ("Tom Vik, who ran the ‘Hook a Duck’ stall, said": a quoted name inside a relative clause)
    let quoted = false;
    for (let j = k - 1; j >= Math.max(0, k - 24); j--) {
      const u = tokens[j];
      if (u.kind === 'quote') {
        quoted = true;
        continue;
      }
      if (u.kind === 'punct' && u.text !== ',') break;
      if (u.kind === 'punct') {
        // ("The sisters, known to fans as “the Twins”, both said": or a participle of naming)
        if (quoted && !RELATIVE_OPENERS.has(tokens[j + 1]?.lower ?? '') && !NAMING_PARTICIPLES.has(tokens[j + 1]?.lower ?? '')) break;
        // "about 4,000 shops": a comma inside a number is no boundary
        if (inNumber(tokens, j)) continue;
        // ("Ann Vik, 54, of Mill Lane, Tarnby, said": the town after a street is the address's, and
        // the aside opens at the comma before "of")
        if (townOfAddress(tokens, j, k)) continue;
        // ("Ann Vik, 45, a mother of three from Tarnby, told": an age between commas stands
        // between the name and the apposition)
        // ("Ann Vik, master of the line's newest ferry, the Grey Heron, said": a name after "the" closing
        // a description of someone named before it is the described thing's, and she speaks)
        if (tokens[j + 1]?.lower === 'the' && !tokens[j + 1].capitalized && j + 2 < k && theNameOnly(tokens, j + 2, k)) {
          const described = describedBeforeThing(tokens, j, depth);
          if (described) return described;
        }
        const aged = j >= 3 && tokens[j - 1].info.digits && tokens[j - 1].text.length <= 3 && tokens[j - 2].text === ',' && tokens[j + 1]?.info.article === true;
        const head = phraseEndingAt(tokens, aged ? j - 3 : j - 1, depth + 1);
        const appo = tokens.slice(j + 1, k);
        // "The Group, which runs the sites, said", "Hale, the MP for Tarn, where the branch will close,
        // said", "Holt, speaking at a rally, said", "Vogt, of
        // Harrow Police, said", "Ekberg, in a rare interview, said": a relative clause, an aside
        // or an affiliation is no name, skip it
        // "A neighbour, who gave her name only as Carol, said": the name given is who speaks
        // (and "One survivor, a teacher who gave her name only as Ilse, said")
        const given = appo[0]?.lower === 'who' || appo[0]?.info.article ? nameGivenAs(appo) : undefined;
        if (given) return { tokens: given, apposition: describedBeforeGivenName(tokens, j) ?? phraseEndingAt(tokens, j - 1, depth + 1)?.tokens ?? wordsBefore(tokens, j) };
        // "One of the victims, a dairy farmer near Tarn who asked not to be named, said": someone
        // unnamed is the person the apposition describes ("a dairy farmer"; not "a mother of two",
        // and not one who "gave her name only as Mrs Vik")
        if (appo[0]?.kind === 'word' && (appo[0].text === 'a' || appo[0].text === 'an') && (unnamedOneBefore(tokens, j) || bareOneBefore(tokens, j)) && !appo.some((w) => w.info.honorific || w.lower === 'name')) {
          let n = 1;
          while (n < appo.length && n < 4 && appo[n].kind === 'word' && !appo[n].capitalized && !appo[n].info.personNoun) n++;
          if (n < appo.length && n < 4 && appo[n].info.personNoun && !appo[n].capitalized && appo[n + 1]?.lower !== 'of') return { tokens: appo.slice(0, n + 1) };
          // ("One, a retired engineer from Tarnby, said": whatever the noun, the one described speaks)
          const described = someoneBeforeWho(tokens, k);
          if (described) return { tokens: described.words, someone: true };
        }
        if (appo[0] && (/^(who|which|whose|whom|where|when|while|after|before)$/.test(appo[0].lower) || /^\p{Ll}+(ing|ed)$/u.test(appo[0].text) || appo[0].text === 'known' || (ASIDE_PREPOSITIONS.has(appo[0].text) && appo.length >= 2))) {
          // "A neighbouring shopkeeper, who did not want to be named, said": a noun for a person
          // ("Her husband, Tom Vik, 68, who runs the band, said": an age stands between name and clause)
          const end = j >= 3 && tokens[j - 1].info.digits && tokens[j - 2].text === ',' ? j - 3 : j - 1;
          const direct = phraseEndingAt(tokens, end, depth + 1);
          // ("Tom Vik, founder of Tarn Labs, which built it, said": a role before the clause is the
          // apposition of the name before it; "Outside, campaigner Ann Vik, who …" names her; so is
          // one whose body stands after "at", "of" or "for": "Tom Vik, head of leisure at Tarn
          // Council, which owns the pool, said", "Ann Vik, a director at Tarn Trust, which …, said")
          if (direct && end === j - 1 && (!direct.tokens[direct.tokens.length - 1].capitalized || direct.tokens.some((w) => w.lower === 'of' || w.lower === 'for' || (w.lower === 'at' && !w.capitalized)) || bodyAfterRolePreposition(tokens, direct))) {
            const named = phraseEndingAt(tokens, j, depth + 1);
            if (named?.apposition && named.tokens[named.tokens.length - 1].capitalized) return named;
          }
          // ("One shop owner on Tarn Street, whose …, said": the street is where the owner is)
          const placed = direct ? personBeforePlace(tokens, end, direct) : undefined;
          if (placed) return placed;
          const common = definiteCommonNoun(tokens, end);
          // ("A coast guard officer involved in the salvage, who …, said": the officer)
          const across = common && !direct ? personAcrossObject(tokens, end, common) : undefined;
          // ("The canal trust, which manages the towpath, said": so does a body named by its kind after "the")
          // ("A committee of bondholders, which …, said": or a body's noun before "of" and a bare plural)
          const body = common && ((common.tokens.length <= 3 && common.tokens[0].lower === 'the' && tokens[end].info.org) || bodyOfMany(common.tokens));
          // ("One regular, who asked not to be named, said": whatever the noun, "who" is said of
          // someone; "A broker from a city firm, who …": the noun the clause opens with, not the body)
          const someone = appo[0].lower === 'who' ? someoneBeforeWho(tokens, j) : undefined;
          if (someone && (someone.stop || someone.words[1].lower === 'of')) return { tokens: someone.words, someone: true };
          // ("Mrs Vik's daughter, Joan, who runs the shop, said": the relative before the name is
          // her role, as it is with no clause after the name)
          const at = direct ? tokens.indexOf(direct.tokens[0]) - 1 : -1;
          if (direct && appo[0].lower === 'who' && !direct.apposition && direct.tokens.length <= 3 && direct.tokens.every(isBareNameWord) && at >= 2 && tokens[at].text === ',' && relativeEndingAt(tokens, at - 1)) {
            return { tokens: direct.tokens, apposition: tokens.slice(at - 2, at), who: true };
          }
          // ("The cyclist, of Fern Road, told police": an address, "of" and a capitalised place,
          // after "the" and a lowercase noun no list holds, says the noun is someone's)
          const addressed = common !== undefined && !direct && appo[0].lower === 'of' && appo[1].capitalized && common.tokens.length === 2 && common.tokens[0].lower === 'the' && !tokens[end].capitalized && !tokens[end].info.org && !tokens[end].info.document;
          const subject = direct ?? across ?? (common && (personHead(common.tokens) || body || addressed) ? common : undefined);
          // ("Wendy, who declined to give her surname, said": "who" follows a person)
          if (subject) return subject === direct && appo[0].lower === 'who' ? { ...subject, who: true } : subject;
          if (someone) return { tokens: someone.words, someone: true };
          break;
        }
        // "Mr Vik's wife, Carol, said", "her son, Daniel, said": the name after a relative of someone
        if (appo.length >= 1 && appo.length <= 3 && appo.every(isBareNameWord) && relativeEndingAt(tokens, j - 1)) {
          // ("Holt, who is coached by her father, Tom, said": a relative after a preposition is no subject)
          if (j > 2 && ASIDE_PREPOSITIONS.has(tokens[j - 3].lower)) continue;
          return { tokens: appo, apposition: tokens.slice(j - 2, j) };
        }
        // "a mother of three who gave only her first name, Talisa, said": the name given is who speaks
        const firstName = firstNameGiven(tokens, j, appo);
        if (firstName) return firstName;
        const isNamePart = (w: Token) => w.kind === 'word' && ((w.capitalized && !NOT_NAME_WORDS.has(w.lower)) || w.text === 'and');
        if (appo.length >= 2 && appo.length <= 9 && appo.every(isNamePart) && appo[0].text !== 'and' && appo[appo.length - 1].text !== 'and') {
          // "Jane Roe, CEO, Tarn Labs, said": a title and its company stand after the name
          // ("Ann Vik, superintendent pharmacist, Tarn Pharmacies, said": a lowercase job, after a full name)
          const role = head && onlyTitles(head.tokens) ? head.tokens : undefined;
          const job = role ?? lowercaseJobBefore(tokens, j);
          const before = job ? j - 1 - job.length : -1;
          const named = before > 0 && tokens[before].text === ',' ? phraseEndingAt(tokens, before - 1, depth + 1) : undefined;
          if (named && job && (role || fullPersonalName(named.tokens))) return { tokens: named.tokens, apposition: job.concat(appo) };
          // "Dr Ann Vik, Consultant Radiologist and Clinical Lead for Imaging, said": press releases
          // capitalise a job title; one that opens with a title word, after a person's name, is her role
          if (head && appo[0].info.title && !appo[0].info.honorific && fullPersonalName(head.tokens)) return { tokens: head.tokens, apposition: appo };
          return { tokens: appo, apposition: head?.tokens ?? wordsBefore(tokens, j) };
        }
        // "A spokeswoman for the operator, Postline, said": the body is named after its kind
        if (appo.length <= 4 && appo.every(isBareNameWord) && spokespersonForKind(tokens, j)) return { tokens: appo };
        // "Her team, Nordvik, said", "The operator, Postline, said": a one-word name after a body's or a
        // person's lowercase noun, opened by a possessive or "the", names whom the noun describes
        if (appo.length === 1 && isBareNameWord(appo[0]) && head && nounBeforeName(tokens, head, j)) return { tokens: appo, apposition: head.tokens };
        // "The chair of judges, the critic Ann Vik, said": a role before the apposition, and the
        // apposition a short lowercase description and a name: the name speaks
        if (head && !head.tokens[head.tokens.length - 1].capitalized) {
          const named = describedName(appo);
          if (named) return { tokens: named, apposition: head.tokens.concat(appo.slice(0, appo.length - named.length)) };
        }
        // "The regatta's organisers, the Tarn Sailing Club, said", "Her employer, the Tarn Health
        // Board, said": a body named after a lowercase noun for people or a body is who speaks
        // ("The canal's licensing authority, the Wardens of the Lisk, said": after a body's own
        // noun, a name of the form "the X of Y" is that body's, whatever word ends it)
        const headNoun = head?.tokens[head.tokens.length - 1];
        if (head && headNoun && !head.apposition && bodyNoun(headNoun) && (bodyNamedAfterThe(appo) || (headNoun.info.org && bodyOfNamedAfterThe(appo)))) return { tokens: appo.slice(1), apposition: head.tokens };
        // "The Dean of Tarn, the Very Rev Ann Vik, said": a title's holder named with an honorific
        const h = head && isTitleWord(head.tokens[0]) && appo[0]?.lower === 'the' ? appo.findIndex((w) => w.info.honorific) : -1;
        if (h > 0 && h < 4 && appo.length - h > 2 && appo.slice(h + 1).every(isBareNameWord)) return { tokens: appo.slice(h + 1), apposition: head?.tokens };
        if (head && !head.tokens[0].info.pronoun && (looksLikeApposition(appo) || describesNamed(head, appo) || describesOpeningName(tokens, head, appo, j))) {
          // "Mr Vik's wife, Joan, 64, said": the relative before the name is the role
          const at = j - 1 - head.tokens.length;
          if (head.tokens.length <= 3 && head.tokens.every(isBareNameWord) && at >= 2 && tokens[at].text === ',' && relativeEndingAt(tokens, at - 1)) return { tokens: head.tokens, apposition: tokens.slice(at - 2, at) };
          return { tokens: head.tokens, apposition: appo };
        }
        // "The victim, a 52-year-old woman, said": any definite noun before the apposition speaks
        if (!head && (appo[0]?.lower === 'a' || appo[0]?.lower === 'an')) {
          const common = definiteCommonNoun(tokens, j - 1);
          if (common) return { tokens: common.tokens, apposition: appo };
        }
        const last = appo[appo.length - 1];
        const beforeLast = appo[appo.length - 2];
        if (!head && last?.capitalized && beforeLast?.capitalized && !NOT_NAME_WORDS.has(beforeLast.lower)) return { tokens: appo };
        // "Ann Vik, head of physics at Tarn University, one of six partners, said": a lowercase
        // apposition to the body that ends the one before it; the name before both speaks
        if (head && appo[0]?.kind === 'word' && !appo[0].capitalized && head.tokens[head.tokens.length - 1].capitalized) {
          const named = phraseEndingAt(tokens, j, depth + 1);
          if (named?.apposition && named.tokens.length >= 2 && named.tokens[named.tokens.length - 1].capitalized) return named;
        }
        break;
      }
    }
    return undefined;
  }
  // the phrase is tokens[from, k]: it grows leftwards one token at a time
  let from = k + 1;
  let nounSeen = false;
  for (let j = k; j >= 0 && k + 1 - from < 14; j--) {
    const u = tokens[j];
    if (u.kind !== 'word') break;
    const lower = u.lower;
    if (lower === 'the' && u.capitalized) {
      // "The Independent" in mid-sentence is a name; at a sentence start it is just "the"
      if (j > 0) from = j;
      // ("The Welshman Vik, who …, told": the noun for the person named is no part of the name)
      else if (from < k && manNoun(tokens[from])) from++;
      break;
    }
    if (u.info.determiner && !u.capitalized) {
      from = j;
      const left = j > 0 ? tokens[j - 1] : undefined;
      if (left && left.kind === 'word' && (left.lower === 'of' || left.lower === 'to' || left.lower === 'for' || left.lower === 'at' || left.lower === 'in')) continue;
      break;
    }
    if (isPhraseWord(u) || NUMBER_WORDS.has(lower)) {
      // (and a post in the plural, lowercase, after a count: "Two county councillors said")
      if (isSpeakerNoun(u) || u.capitalized || u.info.describesPerson || (pluralPost(u) && countedPost(tokens, j))) nounSeen = true;
      from = j;
      continue;
    }
    const grown = from <= k;
    if (u.info.innerConnector && grown && j > 0 && isPhraseWord(tokens[j - 1])) {
      from = j;
      continue;
    }
    // lowercase modifiers right before a speaker noun: "the foreign ministry", "a joint statement"
    // (up to three: "the regional civil protection agency"); before a body's capitalised name they
    // describe the body and are no part of its name ("the opposition Civic Front party"), while
    // "a senior Tarnish official" stays whole
    // (and after a name in the possessive before a body's word: "Tarnland's farm ministry", a body of its own)
    if (!u.capitalized && grown && k - from < 3 && (isSpeakerNoun(tokens[k]) || (pluralPost(tokens[k]) && k - j === 1 && countedPost(tokens, k))) && isModifier(u) && !(tokens[k].info.org && anyCapitalized(tokens, from, k + 1)) && determinerAfterModifiers(tokens, j - 1, 3 - (k - from), tokens[k].info.document, tokens[k].info.org && !tokens[k].capitalized)) {
      from = j;
      continue;
    }
    if (POSSESSIVES.has(lower) && grown) {
      while (from <= k && tokens[from].info.innerConnector) from++;
      return nounSeen && from <= k ? { tokens: tokens.slice(from, k + 1), possessor: u } : undefined;
    }
    break;
  }
  while (from <= k && tokens[from].info.innerConnector && !tokens[from].info.determiner) from++;
  // ("Von said": a connector alone is no phrase)
  if (!nounSeen || from > k) return undefined;
  // ("a practice residents have called": "a" heads no plural; the plural alone is the subject of a clause after a noun)
  if (from < k - 1 && (tokens[from].lower === 'a' || tokens[from].lower === 'an') && tokens[k].info.plural && !tokens[k].capitalized && !QUANTITIES.has(tokens[from + 1].lower)) return { tokens: [tokens[k]] };
  return { tokens: tokens.slice(from, k + 1) };
}

/**
 * "Ann Vik of the campaign “Save the Mill”", "Ann Vik of the charity Mill Watch" ending at k: a
 * full name opening the subject, "of the", a lowercase noun and the body's name, capitalised or in
 * marks. The phrase is the full name.
 */
function personOfDescribedBody(tokens: Token[], k: number): Phrase | undefined {
  let e = k;
  if (tokens[k]?.kind === 'quote') {
    // (the name in marks, one token, opening with a capital)
    if (!/^\P{L}*\p{Lu}/u.test(tokens[k].text)) return undefined;
    e = k - 1;
  } else {
    if (tokens[k]?.kind !== 'word' || !tokens[k].capitalized) return undefined;
    while (e >= 0 && k - e <= 5 && tokens[e].kind === 'word' && (tokens[e].capitalized || (tokens[e].info.innerConnector && tokens[e - 1]?.capitalized))) e--;
  }
  const noun = tokens[e];
  if (!noun || noun.kind !== 'word' || noun.capitalized || !LOWERCASE_WORD.test(noun.text) || noun.info.stop || noun.info.personNoun || noun.info.title || noun.info.plural) return undefined;
  if (tokens[e - 1]?.lower !== 'the' || tokens[e - 2]?.lower !== 'of' || tokens[e - 1].capitalized || tokens[e - 2].capitalized) return undefined;
  const given = tokens[e - 4];
  const surname = tokens[e - 3];
  if (!isBareNameWord(given) || !isBareNameWord(surname) || given.info.honorific) return undefined;
  // (the full name opens the subject: nothing capitalised, no word of a name, before it)
  const before = tokens[e - 5];
  if (before && before.kind === 'word' && (before.capitalized || before.info.nameConnector)) return undefined;
  return { tokens: [given, surname] };
}

/** "in Tarnby", "at Harl Quay": a preposition of place and a capitalised word at i. */
function placeFollows(tokens: Token[], i: number): boolean {
  const prep = tokens[i];
  const name = tokens[i + 1];
  return prep !== undefined && prep.kind === 'word' && !prep.capitalized && TRADE_PLACE_PREPOSITIONS.has(prep.lower) && name !== undefined && name.kind === 'word' && name.capitalized && !name.info.honorific && !name.info.title;
}

/** Prepositions between a trade and the place it is plied in ("the cobbler in Tarnby", "the head judge at the Guild"). */
export const TRADE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'on']);

/** A lowercase singular word of no kind the word lists give: not a body, a document, a verb's form or a word of grammar. */
function unlistedNounOfSomeone(u: Token): boolean {
  const i = u.info;
  return u.kind === 'word' && !u.capitalized && LOWERCASE_WORD.test(u.text) && !i.stop && !i.org && !i.document && !i.issue && !i.plural && !i.endsLy && !i.endsIng && !i.endsEd && !i.onlyVerb && !i.reporting && !i.pronoun && !i.digits && !i.determiner && !i.manner && !i.verbAdverb;
}

/** "councillors", "judges": a post in the plural, lowercase, a noun for the people holding it. */
function pluralPost(t: Token): boolean {
  return t.kind === 'word' && !t.capitalized && t.info.title && t.info.plural;
}

/**
 * "Three appeal judges", "Two report writers": a word that may be a verb of saying, after a count
 * and before a lowercase plural, qualifies that noun; it is no verb.
 */
export function countedNounModifier(tokens: Token[], v: number): boolean {
  const noun = tokens[v + 1];
  return isCount(tokens[v - 1]) && noun !== undefined && noun.kind === 'word' && !noun.capitalized && noun.info.plural;
}

/** "two", "three", "both", "several": a word that counts the noun after it. */
function isCount(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (COUNTS.has(t.lower) || t.lower === 'both' || t.lower === 'several');
}

/** "Two judges", "Three parish councillors": a count right before the noun at k, or before one word qualifying it. */
function countedPost(tokens: Token[], k: number): boolean {
  return isCount(tokens[k - 1]) || (tokens[k - 1]?.kind === 'word' && !tokens[k - 1].capitalized && isCount(tokens[k - 2]));
}

function anyCapitalized(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].capitalized) return true;
  return false;
}

/** A lowercase noun for people or a body ("organisers", "employer", "operator"), which a body's name may stand beside. */
function bodyNoun(t: Token): boolean {
  return t.kind === 'word' && !t.capitalized && !t.info.pronoun && (t.info.speakerNoun || t.info.personNoun || t.info.org);
}

/** "the Tarn Sailing Club": "the" and a capitalised name of two words or more (connectors inside it) ending in a body's word. */
function bodyNamedAfterThe(words: Token[]): boolean {
  const n = words.length;
  if (n < 3 || words[0].lower !== 'the' || words[0].capitalized || !words[n - 1].info.org || !words[1].capitalized) return false;
  for (let i = 1; i < n; i++) if (words[i].kind !== 'word' || !(words[i].capitalized || words[i].info.nameConnector)) return false;
  return true;
}

/** "the Wardens of the Lisk", "the Board of Wardens": "the", then capitalised words around a lowercase "of" (connectors inside). */
function bodyOfNamedAfterThe(words: Token[]): boolean {
  const n = words.length;
  if (n < 4 || words[0].lower !== 'the' || words[0].capitalized || !words[1].capitalized || !words[n - 1].capitalized) return false;
  let of = false;
  for (let i = 1; i < n; i++) {
    const w = words[i];
    if (w.kind !== 'word' || !(w.capitalized || w.info.nameConnector)) return false;
    if (w.lower === 'of' && !w.capitalized && i >= 2) of = true;
  }
  return of;
}

/** Words that let "a" stand before a plural: "a few residents", "a dozen officers". */
const QUANTITIES = new Set(['few', 'dozen', 'couple', 'handful', 'number', 'lot', 'hundred', 'thousand', 'score', 'group', 'pair']);

/** Prepositions before the place a person is in or on ("a shop owner on Tarn Street"). */
const PLACE_BEFORE = new Set(['on', 'in', 'near', 'from']);

/**
 * "One shop owner on Tarn Street", "A resident in Hale Road": a capitalised place ending at k after
 * "on", "in", "near" or "from", with a noun for a person right before that, opening the clause
 * after "One", "A", "An", "Another" or "The": the person's lowercase words.
 */
function personBeforePlace(tokens: Token[], k: number, place: Phrase): Phrase | undefined {
  const p = k - place.tokens.length;
  const prep = tokens[p];
  if (p < 2 || prep.kind !== 'word' || prep.capitalized || !PLACE_BEFORE.has(prep.lower) || !tokens[p - 1].info.personNoun || tokens[p - 1].capitalized) return undefined;
  for (const t of place.tokens) if (!t.capitalized || t.info.title || t.info.org) return undefined;
  let from = p - 1;
  while (from > 0 && p - from < 3 && tokens[from - 1].kind === 'word' && !tokens[from - 1].capitalized && !tokens[from - 1].info.determiner) from--;
  const opener = tokens[from - 1];
  if (!opener || opener.kind !== 'word' || !/^(one|a|an|another|the)$/.test(opener.lower) || (from - 1 > 0 && tokens[from - 2].kind === 'word')) return undefined;
  // (a noun for a person: someone, whom "he" or "she" may follow, even when no speaker noun)
  return { tokens: tokens.slice(from, p), someone: true };
}

/** Up to three words before the comma at j, after any punctuation among them ("in March, its head, Ann Vik": "its head"). */
function wordsBefore(tokens: Token[], j: number): Token[] {
  let from = j;
  while (from > 0 && j - from < 3 && tokens[from - 1].kind === 'word') from--;
  // ("whose managing director": the relative is no part of the role)
  if (from < j - 1 && tokens[from].lower === 'whose') from++;
  return tokens.slice(from, j);
}

/** "One victim", "One of the victims", "Another resident" ending before the comma at j and opening the clause. */
function unnamedOneBefore(tokens: Token[], j: number): boolean {
  let i = j - 1;
  while (i > 0 && j - i <= 4 && tokens[i].kind === 'word' && !tokens[i].capitalized && !tokens[i].info.reporting) i--;
  const one = tokens[i];
  if (i === j - 1 || one.kind !== 'word' || (one.lower !== 'one' && one.lower !== 'another')) return false;
  return i === 0 || tokens[i - 1].kind === 'punct';
}

/** "One, a retired engineer, said": "one" or "another" alone, opening the clause before the comma at j. */
function bareOneBefore(tokens: Token[], j: number): boolean {
  const one = tokens[j - 1];
  return one !== undefined && ONE_OF_MANY.has(one.lower) && (j === 1 || tokens[j - 2].kind === 'punct');
}

const LOWERCASE_WORD = /^[\p{Ll}-]+$/u;

/** Where up to `max` plain lowercase words from `from` end (no small word, no verb of saying): a role's or a description's words. */
function pastLowercaseWords(tokens: Token[], from: number, max: number): number {
  let m = from;
  while (m < tokens.length && m - from < max && tokens[m].kind === 'word' && !tokens[m].capitalized && LOWERCASE_WORD.test(tokens[m].text) && !tokens[m].info.stop && !tokens[m].info.reporting) m++;
  return m;
}

/** The words from `at` (at most five) when they name someone and a mark or the text's end follows them: the name an apposition closes on. */
function closingName(tokens: Token[], at: number): Token[] | undefined {
  const name: Token[] = [];
  while (at + name.length < tokens.length && name.length < 5 && tokens[at + name.length].kind === 'word') name.push(tokens[at + name.length]);
  const after = tokens[at + name.length];
  return namesSomeone(name) && (after === undefined || after.kind === 'punct') ? name : undefined;
}

/** A plain lowercase word that may modify a speaker noun ("the foreign ministry"): no verb, no adverb. */
export function isModifier(u: Token): boolean {
  return u.kind === 'word' && !u.capitalized && LOWERCASE_WORD.test(u.text) && !REPORTING_VERBS.has(u.lower) && !u.info.verbAdverb && !u.info.determiner && !CLAUSE_WORDS.has(u.lower) && (!u.info.stop || STOP_MODIFIERS.has(u.lower));
}

/**
 * The small words that may still describe a noun ("the new owners", "its own staff"); every other
 * one (a preposition, a pronoun, a verb's "was") ends the modifiers: "The town grew after its
 * residents said" is no phrase "grew after its residents".
 */
const STOP_MODIFIERS = new Set(['new', 'old', 'other', 'first', 'second', 'last', 'next', 'own', 'same', 'such', 'earlier', 'later', 'several', 'many', 'most', 'some', 'all', 'one', 'two', 'three', 'both', 'each', 'every', 'another', 'only']);

/** Words that open or join clauses, never modifiers of a noun ("a check that election observers …"). */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'and', 'or', 'but', 'if', 'when', 'while', 'as', 'than']);

/**
 * Whether a determiner stands at j, after at most `room` more modifiers read leftwards (or, before a
 * document, an owner: "the council's consultation document"; before a body's word, a name in the
 * possessive: "Tarnland's farm ministry").
 */
function determinerAfterModifiers(tokens: Token[], j: number, room: number, document = false, body = false): boolean {
  for (let m = j; m >= 0 && m >= j - room; m--) {
    const t = tokens[m];
    if (t.kind === 'word' && (t.info.determiner || ((document || (body && t.capitalized) || affiliationOwner(tokens, m)) && endsInApostropheS(t.text)))) return true;
    if (m === j - room || !isModifier(t)) return false;
  }
  return false;
}

/**
 * "Sgt Ann Vik of Tarn Police's rural crime team": a named owner after "of" (an affiliation after a
 * name) opens the unit's lowercase words as a determiner would, so the unit is no speaker of its own.
 */
function affiliationOwner(tokens: Token[], m: number): boolean {
  let i = m;
  while (i > 0 && m - i < 4 && tokens[i].kind === 'word' && tokens[i].capitalized) i--;
  return i < m && tokens[i].lower === 'of' && !tokens[i].capitalized;
}

/**
 * "… leisure at Tarn Council", "a trustee at the Tarn Trust": whether the phrase is a body's
 * capitalised name (perhaps after "the") after "at", "of" or "for", itself after a lowercase word
 * (the role's).
 */
function bodyAfterRolePreposition(tokens: Token[], phrase: Phrase): boolean {
  const first = tokens.indexOf(phrase.tokens[0]);
  const prep = tokens[first - 1];
  const role = tokens[first - 2];
  const name = phrase.tokens[phrase.tokens[0].lower === 'the' && phrase.tokens.length > 1 ? 1 : 0];
  return first >= 2 && name.capitalized && phrase.tokens[phrase.tokens.length - 1].info.org && prep.kind === 'word' && (prep.lower === 'at' || prep.lower === 'of' || prep.lower === 'for') && !prep.capitalized && role.kind === 'word' && !role.capitalized;
}

/** Words that open a relative clause after a name: "who", "which", "whose". */
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'whom']);

/** Participles that name what they follow: "known as", "nicknamed", "dubbed", "called". */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['known', 'nicknamed', 'dubbed', 'called', 'named']);

/** "Ann Vik", "Dr Tom de Hale": two to four name words, after honorifics only, and no body's word among them. */
function fullPersonalName(words: Token[]): boolean {
  let i = 0;
  while (i < words.length && words[i].info.honorific) i++;
  const n = words.length - i;
  if (n < 2 || n > 4) return false;
  for (; i < words.length; i++) if (!isBareNameWord(words[i])) return false;
  return true;
}

function onlyTitles(words: Token[]): boolean {
  for (const w of words) if (w.kind !== 'word' || !w.info.title) return false;
  return true;
}

/**
 * "superintendent pharmacist", "head of policy" before the comma at j: two to four lowercase
 * words after a comma, a title among them or a noun for someone's job last.
 */
function lowercaseJobBefore(tokens: Token[], j: number): Token[] | undefined {
  let c = j - 1;
  let title = false;
  while (c >= 0 && j - c <= 5 && tokens[c].kind === 'word' && !tokens[c].capitalized) if (tokens[c--].info.title) title = true;
  const words = tokens.slice(c + 1, j);
  if (c < 0 || tokens[c].text !== ',' || words.length < 2 || words.length > 4 || words[0].info.article) return undefined;
  // ("Tarn Lockers, whose managing director, Tom Vik, said": a relative opens a clause about the
  // name before it, and the job is the one of the name after it, who speaks)
  if (words[0].lower === 'whose') return undefined;
  const last = words[words.length - 1];
  return title || last.info.personNoun || JOB_ENDING.test(last.lower) ? words : undefined;
}

const JOB_ENDING = /(ist|er|or|ian)$/;

/** "a spokesman for the (postal) operator" before tokens[comma]: a spokesperson for a body named only by its kind, in lowercase. */
function spokespersonForKind(tokens: Token[], comma: number): boolean {
  let k = comma - 1;
  while (k > comma - 4 && k >= 0 && tokens[k].kind === 'word' && !tokens[k].capitalized && tokens[k].lower !== 'the') k--;
  if (k === comma - 1 || k < 2 || tokens[k].lower !== 'the' || tokens[k - 1].lower !== 'for') return false;
  return SPOKESPERSON_NOUNS.has(tokens[k - 2].lower);
}

/**
 * "for the Tarn branch of the Growers' Union", "for the local office of Harrow Bank": after "for"
 * at f, a part of a body (a lowercase noun after "the" and at most three modifiers) and "of" and
 * the body's capitalised name, ending in a body's word; where that name opens and ends. A
 * spokesperson for a branch speaks for the body the branch belongs to.
 */
export function bodyAfterPartOf(tokens: Token[], f: number): { from: number; to: number } | undefined {
  let k = tokens[f + 1]?.lower === 'the' ? f + 2 : f + 1;
  const first = k;
  while (k < tokens.length && k - first < 4 && tokens[k].kind === 'word' && tokens[k].lower !== 'of' && !tokens[k].info.stop && !tokens[k].info.reporting) k++;
  const part = tokens[k - 1];
  if (k === first || tokens[k]?.lower !== 'of' || part.capitalized || !LOWERCASE_WORD.test(part.text) || part.info.personNoun) return undefined;
  k = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  const from = k;
  while (k < tokens.length && tokens[k].kind === 'word' && (tokens[k].capitalized ? !tokens[k].info.stop : tokens[k].info.nameConnector && tokens[k + 1]?.capitalized === true)) k++;
  const to = k - 1;
  return to >= from && tokens[to].info.org ? { from, to } : undefined;
}

/**
 * "A spokesman for the Tarn branch of the Growers' Union" ending at k: the whole phrase, from its
 * article, when the body after "of" ends there.
 */
export function spokespersonForPartEndingAt(tokens: Token[], k: number): Phrase | undefined {
  for (let f = k - 3; f >= 1 && f >= k - 12; f--) {
    if (tokens[f].lower !== 'for' || !SPOKESPERSON_NOUNS.has(tokens[f - 1].lower) || tokens[f - 1].capitalized) continue;
    if (bodyAfterPartOf(tokens, f)?.to !== k) return undefined;
    const from = f >= 2 && tokens[f - 2].info.article ? f - 2 : f - 1;
    return { tokens: tokens.slice(from, k + 1) };
  }
  return undefined;
}

/** "Her team" or "the operator" ending at the comma at j: one lowercase speaker noun after "the" or a possessive that opens the clause. */
function nounBeforeName(tokens: Token[], head: Phrase, j: number): boolean {
  const noun = head.tokens[head.tokens.length - 1];
  if (head.apposition || noun.capitalized || !(noun.info.speakerNoun || noun.info.personNoun) || tokens[j - 1] !== noun || j < 2) return false;
  // ("The national roads agency, Vialnac, said": one or two lowercase words may describe the noun)
  let o = j - 2;
  while (o >= 0 && j - 2 - o < 2 && isModifier(tokens[o]) && !tokens[o].info.stop) o--;
  const opener = o >= 0 ? tokens[o] : undefined;
  if (!opener || (opener.lower !== 'the' && !POSSESSIVES.has(opener.lower))) return false;
  return o === 0 || tokens[o - 1].kind !== 'word';
}

function describesNamed(head: Phrase, appo: Token[]): boolean {
  return appo.length >= 2 && appo.length <= 6 && (appo[0].lower === 'a' || appo[0].lower === 'an') && !appo[0].capitalized && head.tokens[head.tokens.length - 1].capitalized;
}

/**
 * "Tarn Valley Power, the regional utility, said": "the" and one to three lowercase words after a
 * capitalised name that opens the clause (not "… police in Tarn, the capital, said").
 */
function describesOpeningName(tokens: Token[], head: Phrase, appo: Token[], comma: number): boolean {
  if (appo.length < 2 || appo.length > 4 || appo[0].lower !== 'the' || appo[0].capitalized || head.possessor || head.apposition) return false;
  for (let i = 1; i < appo.length; i++) if (appo[i].capitalized || appo[i].kind !== 'word' || appo[i].info.reporting) return false;
  let first = comma - head.tokens.length;
  if (head.tokens[0] !== tokens[first] || !head.tokens.every((t) => t.capitalized)) return false;
  // ("The Rev Ann Vik, the parish's vicar, said": a sentence's opening "The" stands before the name)
  if (first === 1 && tokens[0].text === 'The') first = 0;
  return first === 0 || tokens[first - 1].kind !== 'word';
}

/** Prepositions that open an aside or an affiliation after a subject (written in lowercase). */
const ASIDE_PREPOSITIONS = new Set(['of', 'from', 'at', 'in', 'on', 'for', 'with', 'like', 'by']);

/** Whether the comma at j joins the digits of one number ("4,000"): digits touch it on both sides. */
export function inNumber(tokens: Token[], j: number): boolean {
  const before = j > 0 ? tokens[j - 1] : undefined;
  const after = j + 1 < tokens.length ? tokens[j + 1] : undefined;
  return before !== undefined && after !== undefined && before.end === tokens[j].start && after.start === tokens[j].end && before.info.digits && after.info.digits;
}

/** "a committee of bondholders": an article, a lowercase body's noun, "of" and a bare plural (as definiteCommonNoun reads it). */
function bodyOfMany(words: Token[]): boolean {
  const n = words.length;
  return n >= 4 && words[0].info.article && words[n - 2].lower === 'of' && words[n - 1].info.plural && words[n - 3].info.org && !words[n - 3].capitalized;
}

/** "the family said", "the airline said": any definite noun right before a reporting verb speaks. */
export function definiteCommonNoun(tokens: Token[], k: number, ofAllowed = true): Phrase | undefined {
  const noun = k >= 0 ? tokens[k] : undefined;
  // (a noun for a person may be hyphened: "a passer-by")
  if (!noun || noun.kind !== 'word' || noun.capitalized || !(/^\p{Ll}+$/u.test(noun.text) || (noun.info.personNoun && LOWERCASE_WORD.test(noun.text))) || REPORTING_VERBS.has(noun.lower) || noun.info.verbAdverb) return undefined;
  // (three words before the noun: "the world record holder said"; "a rogue roofer who told" has no noun)
  for (let j = k - 1; j >= Math.max(0, noun.info.stop ? k - 2 : k - 3); j--) {
    const t = tokens[j];
    if (t.kind !== 'word') return undefined;
    // ("An ad hoc committee of bondholders said": a bare plural after "of" says whom the body
    // before it is of; that body's noun, up to three words after its article, heads the phrase)
    if (ofAllowed && j === k - 1 && t.lower === 'of' && noun.info.plural) {
      const body = tokens[j - 1]?.info.org ? definiteCommonNoun(tokens, j - 1, false) ?? possessedBodyNoun(tokens, j - 1) : undefined;
      if (body) return { tokens: tokens.slice(j - body.tokens.length, k + 1) };
    }
    // ("its owners said", "Its head teacher said": people of a body or a place named before, not the body)
    if ((t.lower === 'its' || t.lower === 'their') && (j === k - 1 || isModifier(tokens[k - 1])) && (pluralPersonNoun(noun) || noun.info.personNoun || noun.info.title)) return { tokens: tokens.slice(j + 1, k + 1), possessor: t };
    // ("Her mother said", "his neighbours said": someone of that person's; "his lawyer" is read as a
    // post, and "Tom Vik and his daughter said" names two)
    if ((t.lower === 'his' || t.lower === 'her') && j === k - 1 && tokens[j - 1]?.lower !== 'and' && !noun.info.title && (pluralPersonNoun(noun) || noun.info.personNoun)) return { tokens: [noun], possessor: t };
    // ("At the meeting, one mother told the room:": "one" or "another" right before a noun for a
    // person opens the phrase as an article does)
    if (j === k - 1 && ONE_OF_MANY.has(t.lower) && (noun.info.personNoun || noun.info.title)) return { tokens: [t, noun] };
    // ("the", "a", "an", "another")
    if (t.info.article) {
      // "the owner of the bar said": the noun before "of" is the head
      const of = j - 1;
      const owner = ofAllowed && of >= 1 && tokens[of].lower === 'of' && !tokens[of].capitalized ? definiteCommonNoun(tokens, of - 1, false) : undefined;
      return { tokens: tokens.slice(owner ? of - owner.tokens.length : j, k + 1) };
    }
    // ("the Tarn disaster office said": a name right after "the" may say whose body it is)
    // (two words of it: "the Tarn Valley water board")
    if (t.capitalized && noun.info.org && j < k - 1 && ofAllowed) {
      let a = j - 1;
      if (a >= 1 && tokens[a].capitalized && j - 1 > k - 4) a--;
      const name = tokens.slice(a + 1, j + 1);
      return a >= 0 && tokens[a].lower === 'the' && name.every((w) => w.kind === 'word' && !w.info.stop && !endsInApostropheS(w.text)) ? { tokens: tokens.slice(a, k + 1) } : undefined;
    }
    // "the couple's daughter said": a possessive before the noun belongs to the phrase
    // ("the county's highways department said", "the school's head teacher said": one word may
    // stand between them, before a body's noun or a title too)
    if (t.capitalized || !(/^\p{Ll}+$/u.test(t.text) || (possessiveOwnerOf(noun, k - j) && /^\p{Ll}+['\u2019]s$/u.test(t.text)))) return undefined;
  }
  return undefined;
}

/** Whether a lowercase possessive `distance` words before `noun` may say whose it is. */
function possessiveOwnerOf(noun: Token, distance: number): boolean {
  if (distance === 1) return personHead([noun]);
  return distance === 2 && (personHead([noun]) || noun.info.title || noun.info.org);
}

/**
 * "Tarnland's ministry", "Tarnland's state ministry": a body's lowercase noun at k, after at most two
 * modifiers and a capitalised name in the possessive, which says whose body it is (as "the" would).
 */
function possessedBodyNoun(tokens: Token[], k: number): Phrase | undefined {
  const noun = tokens[k];
  if (noun.kind !== 'word' || noun.capitalized || !noun.info.org) return undefined;
  for (let m = k - 1; m >= 0 && m >= k - 3; m--) {
    const t = tokens[m];
    if (t.kind === 'word' && t.capitalized && endsInApostropheS(t.text) && !t.info.pronoun) return { tokens: tokens.slice(m, k + 1) };
    if (!isModifier(t)) return undefined;
  }
  return undefined;
}

/** "involved in the salvage", "working for the council": prepositions whose object is no speaker. */
const OBJECT_PREPOSITIONS = new Set(['to', 'of', 'for', 'at', 'in']);

/** "a woman in the crowd", "a man watching from the bridge": prepositions of where someone was, whose object is no speaker. */
const WHERE_PREPOSITIONS = new Set(['at', 'in', 'near', 'from', 'outside', 'inside', 'beside', 'behind', 'by', 'on', 'opposite']);

/**
 * "A coast guard officer involved in the salvage said": "the" and lowercase words after a lowercase
 * preposition are what the participle acted on; a noun for a person after the sentence's opening
 * "a", "an" or "the", with only lowercase words up to the preposition, speaks.
 */
export function personAcrossObject(tokens: Token[], k: number, phrase: Phrase): Phrase | undefined {
  const p = k - phrase.tokens.length;
  const prep = tokens[p];
  // (the phrase is lowercase words after "the", as definiteCommonNoun reads them; or after "a"
  // where someone is: "A trader at a Tarnby bank said")
  const the = phrase.tokens[0].text === 'the';
  if (p < 2 || !(the || ((phrase.tokens[0].text === 'a' || phrase.tokens[0].text === 'an') && WHERE_PREPOSITIONS.has(prep.text))) || !(OBJECT_PREPOSITIONS.has(prep.text) || WHERE_PREPOSITIONS.has(prep.text))) return undefined;
  const s = subjectStart(tokens);
  if (!tokens[s]?.info.article || p - s > 8) return undefined;
  for (let j = s + 1; j < p; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.capitalized || isReportingVerb(t)) return undefined;
    // ("A woman in the crowd said": right before a preposition of place, the person is where they were)
    if (t.info.personNoun) return tokens[j + 1] !== prep || WHERE_PREPOSITIONS.has(prep.text) ? definiteCommonNoun(tokens, j) : undefined;
  }
  return undefined;
}

/**
 * "A trader at a Tarnby bank said": a sentence opening with "a", "an" or "the" and a noun for a
 * person (lowercase words may qualify it), then a preposition of where someone is and at most five
 * words, capitalised or not, right up to the verb at v: that person.
 */
export function personBeforeWhere(tokens: Token[], v: number): Phrase | undefined {
  const s = subjectStart(tokens);
  if (!tokens[s]?.info.article || v - s > 10) return undefined;
  let j = s + 1;
  while (j < v && tokens[j].kind === 'word' && !tokens[j].capitalized && !tokens[j].info.personNoun && !isReportingVerb(tokens[j])) j++;
  if (j >= v - 2 || !tokens[j].info.personNoun || tokens[j].capitalized || !WHERE_PREPOSITIONS.has(tokens[j + 1].text)) return undefined;
  for (let k = j + 2; k < v; k++) if (tokens[k].kind !== 'word' || isReportingVerb(tokens[k])) return undefined;
  return definiteCommonNoun(tokens, j);
}

/** "one councillor", "a senator", "the mayor": lowercase words before a post's noun that make it a phrase's head. */
const POST_OPENERS: ReadonlySet<string> = new Set(['one', 'a', 'an', 'another', 'the']);

/** Lowercase words that bring in someone new before a body's name: "a Tarn Air worker". */
const INDEFINITE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'another']);

/** The noun phrase starting at index k, read rightwards ("said Dr. Jane Smith, the agency's director"). */
export function phraseStartingAt(tokens: Token[], k: number): Phrase | undefined {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return undefined;
  if (t.info.pronoun) return { tokens: [t] };
  if (t.lower === 'one' && tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'them') return { tokens: tokens.slice(k, k + 3) };
  // ("said one, who asked not to be named": "one" alone, which a clause of "who" says is someone)
  if (t.lower === 'one' && !t.capitalized && tokens[k + 1]?.text === ',' && tokens[k + 2]?.lower === 'who') return { tokens: [t], someone: true };
  if (t.lower === 'one' && tokens[k + 1]?.lower === 'of') {
    const named = oneOfThenNamed(tokens, k);
    if (named) return named;
    // ("said one of the brokers, who asked not to be named": one of a plural noun's people)
    const many = oneOfPlural(tokens, k);
    if (many) return many;
  }
  // ("said a spokesman for the Tarn branch of the Growers' Union": the phrase runs to the body's name)
  const spokes = t.info.article ? k + 1 : k;
  if (SPOKESPERSON_NOUNS.has(tokens[spokes]?.lower ?? '') && tokens[spokes + 1]?.lower === 'for') {
    const body = bodyAfterPartOf(tokens, spokes + 1);
    if (body) return { tokens: tokens.slice(k, body.to + 1) };
    // ("said a spokesman for the trust": a body's word no speaker noun, after "for the", ends it)
    const noun = tokens[spokes + 3];
    if (tokens[spokes + 2]?.lower === 'the' && noun?.kind === 'word' && !noun.capitalized && (noun.info.org || ORGANISATION_KINDS.has(noun.lower)) && tokens[spokes + 4]?.kind !== 'word') return { tokens: tokens.slice(k, spokes + 4) };
  }
  // ("“…,” both men said": "both" and "men" or "women", a pair of people spoken of together)
  if (bothMenOrWomen(tokens, k) && (tokens[k + 2]?.kind !== 'word' || isReportingVerb(tokens[k + 2]))) return { tokens: tokens.slice(k, k + 2) };
  const out: Token[] = [];
  let j = k;
  let possessor: Token | undefined;
  // whether a word of the phrase so far is capitalised
  let capitalSeen = false;
  // ("said one stallholder, Ann Vik, 70": after a verb of saying, "one" and a noun no list holds, then a
  // comma and a full personal name: the name speaks, and the noun describes it)
  // (or "one" alone: "said one, Ann Vik, 70")
  const noun = tokens[k + 1]?.text === ',' ? 0 : 1;
  if (t.lower === 'one' && !t.capitalized && k > 0 && isReportingVerb(tokens[k - 1]) && (noun === 0 || (unlistedNounOfSomeone(tokens[k + 1]) && !tokens[k + 1].info.personNoun)) && tokens[k + 1 + noun]?.text === ',') {
    let e = k + 2 + noun;
    while (e < tokens.length && e - k - 2 - noun < 4 && isBareNameWord(tokens[e])) e++;
    const name = tokens.slice(k + 2 + noun, e);
    if (fullPersonalName(name) && tokens[e]?.kind !== 'word') return { tokens: name, apposition: tokens.slice(k, k + 1 + noun) };
  }
  // ("said one woman": "one" before a noun for a person opens the phrase, as an article does)
  // ("said one councillor.": or before a post's noun that ends the phrase)
  if (t.info.determiner || (t.lower === 'one' && !tokens[k + 1]?.capitalized && (tokens[k + 1]?.info.personNoun || (tokens[k + 1]?.info.title && tokens[k + 2]?.kind !== 'word')))) {
    out.push(t);
    capitalSeen = t.capitalized;
    j++;
  } else if (POSSESSIVES.has(t.lower)) {
    possessor = t;
    j++;
  }
  let nounSeen = false;
  // (mid-sentence only, as after "said": a sentence's opening "The woman" is read by its verb)
  const articled = out.length === 1 && t.info.article && !t.capitalized;
  // whether a lowercase word after the article qualifies a noun for a person ("the delivery driver")
  let qualified = false;
  // "added the father of two"
  if (out.length === 1 && familyCountAt(tokens, j)) return { tokens: [t, tokens[j], tokens[j + 1], tokens[j + 2]] };
  // "said the pair", "said the two", "said the two men": two people spoken of together
  const pair = articled && t.lower === 'the' ? pairWordsAt(tokens, j) : 0;
  if (pair) return { tokens: tokens.slice(k, j + pair) };
  for (; j < tokens.length && out.length < 14; j++) {
    const u = tokens[j];
    if (u.kind !== 'word') break;
    // "added her husband": a spouse after "her" or "his" is who speaks
    if (possessor !== undefined && !out.length && SPOUSES.has(u.lower) && tokens[j + 1]?.kind !== 'word') {
      out.push(u);
      nounSeen = true;
      j++;
      break;
    }
    // ("said the pony's owner", "said the shop's manager": a thing's in the possessive, after "the", then a noun for a person)
    // ("said the gallery's keeper.", "said the band's leader, who …": after a verb of saying, a
    // post or a noun of one who does a thing, "-or" or "-er", no list holds)
    if (articled && out.length === 1 && t.lower === 'the' && !u.capitalized && /^\p{Ll}+['\u2019]s$/u.test(u.text) && (personNounAt(tokens, j + 1) || (k > 0 && isReportingVerb(tokens[k - 1]) && postAfterOwner(tokens[j + 1]) && postEnds(tokens, j + 2))) && tokens[j + 2]?.kind !== 'word') {
      out.push(u, tokens[j + 1]);
      nounSeen = true;
      j += 2;
      break;
    }
    if (isPhraseWord(u) || NUMBER_WORDS.has(u.lower)) {
      // ("said its secretary general, …": after a possessive, a title is the head noun)
      // ("said one councillor.", "a senator said", "said the mayor.": after "one", "a" or "the"
      // alone, a post's lowercase noun ending the phrase is its head: someone of that post)
      if (isSpeakerNoun(u) || u.capitalized || u.info.describesPerson || (possessor !== undefined && u.info.title) || (u.info.title && out.length === 1 && POST_OPENERS.has(out[0].text) && tokens[j + 1]?.kind !== 'word')) nounSeen = true;
      if (u.capitalized) capitalSeen = true;
      out.push(u);
      continue;
    }
    // ("said the owner", "said one woman": after a lone determiner, "one" or a number, a noun for a person is the head)
    // ("said the delivery driver": or after one lowercase word that qualifies it, mid-sentence)
    // ("said the estate's gardener", "said the club's senior caretaker": after "the" and a lowercase owner
    // in the possessive, as after "the" alone)
    const ownedAfterThe = articled && out.length === 2 && !out[1].capitalized && endsInApostropheS(out[1].text) && !POSSESSIVES.has(out[1].lower);
    if (!nounSeen && !u.capitalized && (u.info.personNoun || (ownedAfterThe && u.info.title)) && (qualified || ownedAfterThe || (out.length === 1 && (out[0].info.determiner || out[0].lower === 'one' || NUMBER_WORDS.has(out[0].lower))))) {
      out.push(u);
      nounSeen = true;
      continue;
    }
    // ("‘…,’ said the cobbler.": after a verb of saying and "the", a noun no list holds, ending the
    // sentence, followed by a comma or by where the trade is plied, "in Tarnby", is someone's trade)
    if (articled && out.length === 1 && t.lower === 'the' && k > 0 && isReportingVerb(tokens[k - 1]) && unlistedNounOfSomeone(u) && (tokens[j + 1]?.text === '.' || tokens[j + 1]?.text === ',' || placeFollows(tokens, j + 1))) {
      out.push(u);
      nounSeen = true;
      // (with the place, capitalised words to their end: "the cobbler in Upper Tarnby")
      if (placeFollows(tokens, j + 1)) {
        out.push(tokens[++j]);
        while (tokens[j + 1]?.kind === 'word' && tokens[j + 1].capitalized) out.push(tokens[++j]);
        j++;
        break;
      }
      continue;
    }
    if (articled && (out.length === 1 || ownedAfterThe) && !u.capitalized && LOWERCASE_WORD.test(u.text) && !u.info.stop && personNounAt(tokens, j + 1)) {
      out.push(u);
      qualified = true;
      continue;
    }
    // ("said a Tarn Air worker", "replied a Tarn Bank booking agent": after "a" and a body's capitalised
    // name, a lowercase noun for a person, or one word and that noun, ending the phrase is its head)
    if (out.length >= 2 && INDEFINITE_OPENERS.has(out[0].text) && out.slice(1).every((w) => w.capitalized) && !u.capitalized) {
      const head = u.info.personNoun ? j : !u.info.stop && LOWERCASE_WORD.test(u.text) && tokens[j + 1]?.info.personNoun && !tokens[j + 1].capitalized ? j + 1 : -1;
      if (head >= 0 && !tokens[head].info.plural && tokens[head + 1]?.kind !== 'word') {
        for (let h = j; h <= head; h++) out.push(tokens[h]);
        nounSeen = true;
        break;
      }
    }
    const next = tokens[j + 1];
    const afterThe = next && (next.lower === 'the' || next.lower === 'la' || next.lower === 'der') ? tokens[j + 2] : next;
    // ("said the delivery driver from Holm Wickstead": where a person is from is no name of theirs;
    // "a spokesman from Tarn Water" speaks for it)
    if ((u.lower === 'of' || u.lower === 'at' || u.lower === 'from') && (endsInPersonalName(out) || (u.lower === 'from' && !capitalSeen && !out[out.length - 1]?.info.speakerNoun))) break;
    // ("said Detective Constable Ann Vik of Tarn Police’s dog unit": after a titled name, "of" and a
    // body's name in the possessive, owning a lowercase unit, say where the person works; no part of the name;
    // so do "of the city's dog unit")
    if (u.lower === 'of' && !u.capitalized && out.length >= 2 && out[out.length - 1].capitalized && out[out.length - 2].capitalized && ownedUnitAfter(tokens, j + 1)) break;
    if (u.info.innerConnector && afterThe && isPhraseWord(afterThe) && u.lower !== 'in') {
      out.push(u);
      if (u.capitalized) capitalSeen = true;
      if (next !== afterThe) {
        out.push(next);
        if (next.capitalized) capitalSeen = true;
        j++;
      }
      continue;
    }
    // "one logistics manager": up to two lowercase words before a speaker noun
    // ("Tarn's central bank": after a name in the possessive, lowercase words up to a body's noun)
    const ownerFirst = capitalSeen && possessiveName(out[0]) && (out.length === 1 || !out[out.length - 1].capitalized);
    // ("said Tarn Power's managing director, Ann Holt": a longer owner's name only before a role and a comma)
    const ownerLonger = !ownerFirst && capitalSeen && ownerThenLowercase(out);
    const lowercaseWord = !u.capitalized && (!capitalSeen || ownerFirst || ownerLonger) && LOWERCASE_WORD.test(u.text);
    // ("said Tarn's team-mate Ann Holt": after a name in the possessive, a role before a full name)
    // ("said Tarn's managing director, Ann Holt": or a role that a comma and a personal name follow)
    const roleAhead = (): boolean => (ownerFirst && (bodyAhead(tokens, j) || (out.length <= 2 && roleThenFullName(tokens, j)))) || roleThenCommaName(tokens, j);
    if (lowercaseWord && (capitalSeen ? roleAhead() : roleBeforeName(tokens, j) || (!nounSeen && speakerNounAhead(tokens, j + 1)))) {
      out.push(u);
      continue;
    }
    // ("said Tarn Rail managing director Ann Holt": after a body's name, a word that qualifies a
    // lowercase role, then a full name; as "Tarn Rail finance director Ann Holt" reads already)
    if (capitalSeen && out.every((w) => w.capitalized) && qualifiedRoleThenFullName(tokens, j)) {
      out.push(u);
      // ("clinical lead": a post no other rule reads as one joins with the word qualifying it)
      if (tokens[j + 1].lower === 'lead') out.push(tokens[++j]);
      continue;
    }
    // ("said the Tarn cox, Ann Vik": after a crew's or a team's name, a player's position, a comma and a name)
    if (capitalSeen && !u.capitalized && tokens[j + 1]?.text === ',' && isPosition(u.lower) && closingName(tokens, j + 2)) {
      out.push(u);
      nounSeen = true;
      j++;
    }
    break;
  }
  if (!nounSeen || capitalSeen) {
    const held = ownerRoleThenName(tokens, out, j, possessor);
    if (held) return held;
  }
  while (out.length && out[out.length - 1].info.innerConnector) out.pop();
  if (!nounSeen || !out.length) return undefined;
  const next = tokens[j];
  let apposition: Token[] | undefined;
  if (next && next.kind === 'punct' && next.text === ',') {
    const appo: Token[] = [];
    for (let m = j + 1; m < tokens.length && appo.length < 16; m++) {
      if (tokens[m].kind !== 'word') break;
      appo.push(tokens[m]);
    }
    // ("recalled one witness, who gave her name only as Sue": the name given is who speaks, as before a verb)
    const given = !capitalSeen && appo[0]?.lower === 'who' ? nameGivenAs(appo) : undefined;
    if (given) return { tokens: given, apposition: out };
    // ("The president of the Tarn Club, Dame Ann Holt, …": a name an honorific opens is who holds the role)
    // ("said the principal, Professor Ann Holt.": so is a full name after a title spelt out, "Professor", "Councillor")
    const honoured = (appo[0]?.info.honorific === true && namesSomeone(appo)) || titledFullName(appo);
    if (looksLikeApposition(appo) && !honoured) apposition = appo;
    // "said one resident, Anna Berg, 54": a common noun and then the name of who it is
    // ("said the Minister for Rural Affairs, Ana Lind": an office written with capitals, then its holder)
    // ("said Tarn's fisheries minister, Ana Lind": an owner in the possessive, then a lowercase role)
    // ("said the Wanderers captain, Hakon Strid": or a team's name and a lowercase role)
    else if ((!capitalSeen || opensWithTitle(out) || ownerThenRole(out) || endsInLowercaseRole(out)) && (namesSomeone(appo) || titledFullName(appo)) && (j + 1 + appo.length >= tokens.length || tokens[j + 1 + appo.length].kind === 'punct')) return { tokens: appo, apposition: out, possessor };
  } else if (next && next.kind === 'word' && (!capitalSeen || (next.lower === 'of' && ownerThenLowercase(out)))) {
    // "said the union's chief negotiator, Ana Lind": lowercase words finish the role
    // ("said its director of operations, Ana Lind": so does "of" and one or two lowercase words after a title)
    const head = out[out.length - 1];
    const of = next.lower === 'of' && head !== undefined && (head.info.title || isSpeakerNoun(head)) ? 1 : 0;
    const m = pastLowercaseWords(tokens, j + of, of ? 2 : 3);
    const name = m > j + of && tokens[m]?.text === ',' ? closingName(tokens, m + 1) : undefined;
    if (name) return { tokens: name, apposition: out.concat(tokens.slice(j, m)), possessor };
    // ("says the woman behind the scheme, play specialist Ann Vik": a noun for a person, a short
    // phrase of lowercase words after a preposition, a comma and a full name, perhaps after a
    // lowercase role: the name is who speaks, the description its role)
    const named = articled ? personDescribedThenNamed(tokens, out, j) : undefined;
    if (named) return { ...named, possessor };
  }
  return { tokens: out, apposition, possessor };
}

/**
 * "said one of the founders, Cass Orme, who …": "one of", "the" or an owner, one to three
 * lowercase words ending in a plural, a comma and a personal name: the name is the one who speaks.
 */
function oneOfThenNamed(tokens: Token[], k: number): Phrase | undefined {
  const owner = tokens[k + 2];
  if (!owner || owner.kind !== 'word' || !(owner.lower === 'the' || POSSESSIVES.has(owner.lower) || endsInApostropheS(owner.text))) return undefined;
  const m = pastLowercaseWords(tokens, k + 3, 3);
  if (m === k + 3 || !tokens[m - 1].info.plural || tokens[m]?.text !== ',') return undefined;
  const name = closingName(tokens, m + 1);
  return name && { tokens: name, apposition: tokens.slice(k, m) };
}

/**
 * "one of the brokers", "one of its cashiers at a branch in Tarnby": "one of", "the" or a possessive,
 * and up to three lowercase words ending in a plural noun, then a mark or a preposition: the
 * people they are one of, as "one of the brokers said" reads them.
 */
function oneOfPlural(tokens: Token[], k: number): Phrase | undefined {
  const owner = tokens[k + 2];
  if (!owner || owner.kind !== 'word' || !(owner.lower === 'the' || POSSESSIVES.has(owner.lower))) return undefined;
  const m = pastLowercaseWords(tokens, k + 3, 3);
  // ("One of the porters sacked in May, who asked not to be named": words that qualify the
  // plural, no verb of saying among them, up to the comma before "who")
  for (let p = k + 3; p < m; p++) if (tokens[p].info.plural && qualifiedUpToWho(tokens, p + 1)) return { tokens: tokens.slice(k + 2, p + 1) };
  const after = tokens[m];
  if (m === k + 3 || !tokens[m - 1].info.plural || (after?.kind === 'word' && !WHERE_PREPOSITIONS.has(after.lower))) return undefined;
  return { tokens: tokens.slice(k + 2, m) };
}

/** How many words may qualify a plural between it and ", who". */
const QUALIFIER_REACH = 6;

/** "sacked in May, who", "from the town, who": one to a few words, none of saying, then a comma and "who". */
function qualifiedUpToWho(tokens: Token[], from: number): boolean {
  let c = from;
  while (c < tokens.length && c - from < QUALIFIER_REACH && tokens[c].kind === 'word' && !tokens[c].info.reporting && tokens[c].lower !== 'who') c++;
  return c > from && !tokens[from].capitalized && tokens[c]?.text === ',' && tokens[c + 1]?.lower === 'who';
}

const DESCRIBING_PREPOSITIONS = new Set(['behind', 'at', 'from', 'in', 'on', 'with']);

/** "the woman behind the scheme, play specialist Ann Vik": the name after the comma, and the description before it. */
function personDescribedThenNamed(tokens: Token[], out: Token[], j: number): Phrase | undefined {
  const head = out[out.length - 1];
  if (out.length !== 2 || !head.info.personNoun || head.capitalized || !DESCRIBING_PREPOSITIONS.has(tokens[j].lower)) return undefined;
  let m = j + 1;
  while (m < tokens.length && m - j <= 5 && tokens[m].kind === 'word' && !tokens[m].capitalized && LOWERCASE_WORD.test(tokens[m].text) && !tokens[m].info.pronoun) m++;
  if (m === j + 1 || tokens[m]?.text !== ',' || tokens[m - 1].info.stop) return undefined;
  const n = pastLowercaseWords(tokens, m + 1, 3);
  const name = closingName(tokens, n);
  return name && { tokens: name, apposition: out.concat(tokens.slice(j, n)).filter((t) => t.kind === 'word') };
}

/**
 * "said the forum's chair, Professor Ann Holt", "said the Playhouse's artistic director, Ann Holt",
 * "said the landowner, Tom Vik": "the", perhaps an owner in the possessive, lowercase words (after
 * an owner, ending in a title), a comma and a personal name (perhaps after a title): the name is
 * who speaks, the rest its role.
 */
function ownerRoleThenName(tokens: Token[], out: Token[], j: number, possessor: Token | undefined): Phrase | undefined {
  const n = out.length;
  if (n < 1 || n > 4 || !out[0].info.article) return undefined;
  let p = n - 1;
  while (p > 0 && !endsInApostropheS(out[p].text)) p--;
  for (let q = p + 1; q < n; q++) if (out[q].capitalized) return undefined;
  let m = pastLowercaseWords(tokens, j, 3);
  // ("said the club's head of racing, Ann Vik", "said the director of archives, Tom Vik": a lowercase
  // title, "of" and up to three lowercase words for what it is over, then the comma: the title is the role)
  const field = m === j && tokens[j]?.lower === 'of' && !out[n - 1].capitalized && out[n - 1].info.title ? pastLowercaseWords(tokens, j + 1, 3) : j;
  if (field > j + 1 && tokens[field]?.text === ',') m = field;
  const role = m > j && m !== field ? tokens[m - 1] : out[n - 1];
  if (role === out[p] || tokens[m]?.text !== ',') return undefined;
  // ("said the landowner, Tom Vik": with no owner, any noun of up to three lowercase words will do)
  const plainNoun = !(role.info.endsEd || role.info.endsIng || role.info.endsLy);
  // (after an owner a title or a speaker's noun, or any other noun for one ("the band's conductor")
  // when a full personal name follows: "the club's records, Ann Vik, …" is no role)
  const known = role.info.title || role.info.speakerNoun;
  if (p === 0 ? !plainNoun : !known && !(plainNoun && !role.info.plural)) return undefined;
  let s = m + 1;
  while (s < tokens.length && s < m + 3 && tokens[s].kind === 'word' && tokens[s].capitalized && tokens[s].info.title) s++;
  const name = closingName(tokens, s);
  if (!name || (p > 0 && !known && !fullPersonalName(name))) return undefined;
  return { tokens: tokens.slice(m + 1, s + name.length), apposition: out.concat(tokens.slice(j, m)), possessor };
}

export const SPOUSES = new Set(['husband', 'wife']);

/** "the Minister for …", "Chief Constable": a role whose first word after any article is a title. */
function opensWithTitle(out: Token[]): boolean {
  const first = out[0]?.info.article ? out[1] : out[0];
  return first !== undefined && first.info.title && !first.info.honorific;
}

/** "the critic Ann Vik", "the veteran broadcaster Tom Vik", "former Olympian Ann Vik": an article, one to three lowercase words and two or three name words, or titles with no article; the name words. */
function describedName(appo: Token[]): Token[] | undefined {
  const n = appo.length;
  if (n < 3 || appo[0].capitalized) return undefined;
  // ("Her coach, former Olympian Ann Vik,": with no article, a lowercase title opens the
  // description, and title words, capitalised or not, may follow it)
  const bare = !appo[0].info.article;
  if (bare && (!appo[0].info.title || appo[0].info.honorific)) return undefined;
  let k = bare ? 0 : 1;
  while (k < n && k <= 3 && ((isModifier(appo[k]) && !appo[k].info.stop) || (bare && appo[k].info.title && !appo[k].info.honorific))) k++;
  const names = n - k;
  if (k < (bare ? 1 : 2) || names < 2 || names > 3) return undefined;
  for (let i = k; i < n; i++) if (!isBareNameWord(appo[i])) return undefined;
  return appo.slice(k);
}

/**
 * "a mother of three who gave only her first name, Talisa, said": the one name word after "first
 * name" and a comma at j; the words from the article to "who" are the role ("a mother of three").
 * (The other way copy gives a name it was told is `nameGivenAs`.)
 */
function firstNameGiven(tokens: Token[], j: number, appo: Token[]): Phrase | undefined {
  if (appo.length !== 1 || !isBareNameWord(appo[0]) || tokens[j - 2]?.lower !== 'first' || tokens[j - 1].lower !== 'name') return undefined;
  let who = j - 3;
  while (who > j - 10 && who > 0 && tokens[who].lower !== 'who') who--;
  let article = who - 1;
  while (article > who - 6 && article >= 0 && !tokens[article].info.article) article--;
  return tokens[who]?.lower === 'who' && article >= 0 && tokens[article].info.article && article < who - 1 ? { tokens: appo, apposition: tokens.slice(article, who) } : undefined;
}

/**
 * "A commuter waiting for a bus, who gave her name as Ann, said": the clause before the comma at j
 * opens with an article and its noun, then says where or what the one unnamed was doing; the
 * noun, not the tail of that ("a bus"), says who she is.
 */
function describedBeforeGivenName(tokens: Token[], j: number): Token[] | undefined {
  const opening = clauseOpeningNoun(tokens, j);
  return opening?.stop !== undefined && opening.words[0].info.article ? opening.words : undefined;
}

/**
 * The article ("a", "an", "the", "one", "another") and lowercase words that open the clause ending
 * at the comma at j, up to a preposition, a participle in "-ing" or one in "-ed" after the noun;
 * with where the words stopped.
 */
function clauseOpeningNoun(tokens: Token[], j: number): { words: Token[]; stop: Token | undefined } | undefined {
  let s = j - 1;
  while (s > 0 && tokens[s - 1].kind === 'word') s--;
  if (!tokens[s].info.article && !ONE_OF_MANY.has(tokens[s].lower)) return undefined;
  // ("One of the collectors, who …", "One of the shipping agents at the port, who …": one of the
  // people a plural noun after "of the" or a possessive names, up to three lowercase words;
  // "One of its volunteers, who …": a body's "its" too)
  if (ONE_OF_MANY.has(tokens[s].lower) && tokens[s + 1]?.lower === 'of' && (tokens[s + 2]?.lower === 'the' || POSSESSIVES.has(tokens[s + 2]?.lower ?? ''))) {
    let e = s + 3;
    while (e < j && e < s + 6 && tokens[e].kind === 'word' && !tokens[e].capitalized && !tokens[e].info.stop) e++;
    // (the noun is the last plural: "the shipping agents", not "the men running" the stall; a
    // plural in "-men" is one too: "One of the linesmen standing by, who …")
    while (e > s + 3 && !tokens[e - 1].info.plural && !menPlural(tokens[e - 1])) e--;
    return e > s + 3 ? { words: tokens.slice(s, e), stop: e < j ? tokens[e] : undefined } : undefined;
  }
  let m = s + 1;
  // (a participle in "-ed" before the noun describes it: "a retired teacher from Leeds")
  while (m < j && !tokens[m].capitalized && !tokens[m].info.stop && !tokens[m].info.endsIng && !(tokens[m].info.endsEd && m > s + 1)) m++;
  return m > s + 1 ? { words: tokens.slice(s, m), stop: m < j ? tokens[m] : undefined } : undefined;
}

/** "linesmen", "firemen", "women": a plural in "-men", which the plural's "-s" test misses. */
function menPlural(t: Token): boolean {
  return t.lower.length > 4 && t.lower.endsWith('men');
}

/**
 * "One regular, who asked not to be named,", "A gamekeeper on a nearby estate, who …": the noun
 * the clause opens with, before the comma at j and "who", or before where or what she was doing
 * ("on", "from", "near", a participle, "who"). ("A person familiar with the talks, who …" is left to
 * the rules for wire copy's unnamed sources.)
 */
function someoneBeforeWho(tokens: Token[], j: number): ReturnType<typeof clauseOpeningNoun> {
  const opening = clauseOpeningNoun(tokens, j);
  // (after "one of the", as many words as after "a")
  if (!opening || opening.words.length > (opening.words[1].lower === 'of' ? 6 : 3)) return undefined;
  const stop = opening.stop;
  // ("The driver who found him, who asked not to be named, …": or a clause of "who" that tells
  // which one, before the clause after the comma)
  // ("One of the dockers laid off in May, who …": after "one of" and a plural, whatever lowercase
  // words follow say which of them, an irregular participle too)
  const oneOf = opening.words[1].lower === 'of' && stop !== undefined && stop.kind === 'word' && !stop.capitalized;
  return stop === undefined || oneOf || stop.info.endsIng || stop.info.endsEd || WHERE_PREPOSITIONS.has(stop.lower) || (stop.lower === 'who' && !stop.capitalized) ? opening : undefined;
}

/**
 * "who gave her name only as Carol", "who asked to be identified only as Tom Vik", "who asked to be
 * known only as Tom": the one or two name words after "as".
 */
function nameGivenAs(appo: Token[]): Token[] | undefined {
  const n = appo.length;
  const as = n >= 5 && isBareNameWord(appo[n - 2]) ? n - 3 : n - 2;
  // ("known" only with "only": "who is known as Smudge" gives a nickname, not the name they asked for)
  const given = appo.some((w) => w.lower === 'name' || w.lower === 'identified') || (appo.some((w) => w.lower === 'known') && appo.some((w) => w.lower === 'only'));
  return as >= 2 && appo[as].lower === 'as' && isBareNameWord(appo[n - 1]) && given ? appo.slice(as + 1) : undefined;
}

const OWNERS = new Set(['his', 'her', 'their']);

/** "Mr Vik's wife", "her son": a noun for a relative after a possessive, ending at index k. */
export function relativeEndingAt(tokens: Token[], k: number): boolean {
  const noun = k >= 1 ? tokens[k] : undefined;
  const owner = k >= 1 ? tokens[k - 1] : undefined;
  if (!noun || !owner || noun.kind !== 'word' || noun.capitalized || !RELATIVES.has(noun.lower) || owner.kind !== 'word') return false;
  // ("the couple's son", "the victim's mother": a noun in the possessive after "the")
  return OWNERS.has(owner.lower) || (owner.capitalized && endsInApostropheS(owner.text)) || (k >= 2 && tokens[k - 2].lower === 'the' && /^\p{Ll}+['\u2019]s$/u.test(owner.text));
}

const RELATIVES = new Set(['wife', 'husband', 'partner', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'widow', 'widower', 'niece', 'nephew', 'aunt', 'uncle', 'cousin', 'fiancee', 'fiancé', 'fiancée', 'fiance']);

const PARENTS = new Set(['mother', 'father', 'grandmother', 'grandfather', 'mum', 'dad']);
const COUNTS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);

/**
 * "father of two", "mother of one" written as three words, at index i: what British copy calls
 * someone it has just named, as it does "the mother-of-two".
 */
export function familyCountAt(tokens: Token[], i: number): boolean {
  const parent = tokens[i];
  const of = tokens[i + 1];
  const count = tokens[i + 2];
  return (
    parent !== undefined && parent.kind === 'word' && !parent.capitalized && PARENTS.has(parent.lower) && of?.lower === 'of' && count?.kind === 'word' && (COUNTS.has(count.lower) || (count.info.digits && count.text.length <= 2))
  );
}

/** "the owner of the bar", "a neighbouring shopkeeper": lowercase words whose head (before any "of") names a person. */
export function personHead(words: Token[]): boolean {
  let head: Token | undefined;
  let of = false;
  for (const w of words) {
    if (w.capitalized && !w.info.article) return false;
    if (w.lower === 'of') {
      of = true;
      break;
    }
    head = w;
  }
  // ("A member of the audience, who …, said": one of a group, before "of", is a person)
  return head !== undefined && (head.info.personNoun || (of && head.lower === 'member'));
}

/** Quantifiers that may stand between a plural subject and its verb ("the pair both said"). */
export const FLOATED_QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'all', 'each']);

/** "both men", "both women" at k: two people of one sex spoken of together (nouns with no plural "-s"). */
export function bothMenOrWomen(tokens: Token[], k: number): boolean {
  const noun = tokens[k + 1];
  return tokens[k]?.kind === 'word' && tokens[k].lower === 'both' && noun !== undefined && noun.kind === 'word' && !noun.capitalized && (noun.lower === 'men' || noun.lower === 'women');
}

/** Nouns for two people together ("the pair", "the duo", "the couple"). */
export const PAIR_NOUNS = new Set(['pair', 'duo', 'couple']);

/**
 * After "the": how many words at j name two people together, ending the phrase ("pair", "duo",
 * "couple", "two", "two men", "two women", "two players"), or 0 (not "the two clubs", nor "the
 * pair of boots").
 */
export function pairWordsAt(tokens: Token[], j: number): number {
  // ("the pair both said": a floated quantifier may stand before the verb)
  const ends = (i: number): boolean => tokens[i]?.kind !== 'word' || (FLOATED_QUANTIFIERS.has(tokens[i].lower) && !tokens[i].capitalized && (tokens[i + 1]?.info.reporting ?? false));
  const w = tokens[j];
  if (!w || w.kind !== 'word' || w.capitalized) return 0;
  if ((PAIR_NOUNS.has(w.lower) || w.lower === 'two') && ends(j + 1)) return 1;
  const noun = tokens[j + 1];
  if (w.lower === 'two' && noun?.kind === 'word' && (noun.lower === 'men' || noun.lower === 'women' || pluralPersonNoun(noun)) && ends(j + 2)) return 2;
  return 0;
}

/** "owners", "workers": a lowercase noun for people in the plural. */
/**
 * "Both jockeys", "Two riders", "Several local traders": a count, up to one lowercase word, and a
 * plural noun for people or a post ending at k (the people a verb after them, or a clause of "who"
 * after them, speaks for).
 */
export function countedPeople(tokens: Token[], k: number): Phrase | undefined {
  const noun = k >= 1 ? tokens[k] : undefined;
  if (!noun || !(pluralPersonNoun(noun) || pluralPost(noun))) return undefined;
  const between = tokens[k - 1];
  const at = isCount(between) ? k - 1 : between.kind === 'word' && !between.capitalized && /^\p{Ll}+$/u.test(between.text) && !between.info.stop && isCount(tokens[k - 2]) ? k - 2 : -1;
  return at >= 0 ? { tokens: tokens.slice(at, k + 1) } : undefined;
}

export function pluralPersonNoun(t: Token): boolean {
  return t.kind === 'word' && !t.capitalized && t.info.plural && (t.info.personNoun || (t.lower.endsWith('s') && PERSON_NOUNS.has(t.lower.slice(0, -1))));
}

/** Whether a lowercase noun for a person ("driver", "resident") stands at j. */
/** Whether the post ends its sentence at j, or a clause of "who" follows it (no name in apposition: "the forum's chair, Professor Ann Vik"). */
function postEnds(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && (t.text === '.' || (t.text === ',' && tokens[j + 1]?.lower === 'who'));
}

/** "director", "conductor": a lowercase post, or an agent noun in "-or" or "-er" no list holds. */
function postAfterOwner(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.capitalized && ((t.info.title && !t.info.plural) || (/[eo]r$/.test(t.text) && unlistedNounOfSomeone(t)));
}

function personNounAt(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && t.kind === 'word' && !t.capitalized && t.info.personNoun;
}

/** Whether a speaker noun stands at j, or after one or two more lowercase words. */
function speakerNounAhead(tokens: Token[], j: number): boolean {
  let named = false;
  for (let m = j; m < tokens.length && m < j + 3; m++) {
    const t = tokens[m];
    if (t.kind !== 'word') return false;
    // "one senior Kremlin official": one capitalised word, the body's name, may stand before the noun
    if (t.capitalized) {
      if (named || t.info.stop || t.info.title || t.info.pronoun) return false;
      named = true;
      continue;
    }
    if (isSpeakerNoun(t)) return true;
    if (!LOWERCASE_WORD.test(t.text) || t.info.stop || t.info.reporting) return false;
  }
  return false;
}

/** "Tarn's fisheries minister": a name in the possessive and lowercase words ending in a title or a noun for a person. */
function ownerThenRole(out: Token[]): boolean {
  const n = out.length;
  if (n < 2 || !possessiveName(out[0]) || !(out[n - 1].info.title || out[n - 1].info.speakerNoun)) return false;
  for (let i = 1; i < n; i++) if (out[i].capitalized) return false;
  return true;
}

/** "the Wanderers captain", "Tarn head coach": a lowercase title or speaker's noun ends the words. */
function endsInLowercaseRole(out: Token[]): boolean {
  const last = out[out.length - 1];
  return out.length >= 2 && last !== undefined && !last.capitalized && (last.info.title || last.info.speakerNoun || isPosition(last.lower)) && !last.info.plural;
}

/** "Tarn's": a capitalised word in the possessive. */
export function possessiveName(t: Token): boolean {
  return t.capitalized && t.text.length >= 3 && endsInApostropheS(t.text);
}

/** "central bank", "health ministry": up to three lowercase words, the last a speaker noun or an organisation's. */
function bodyAhead(tokens: Token[], j: number): boolean {
  for (let m = j; m < tokens.length && m < j + 3; m++) {
    const t = tokens[m];
    if (t.kind !== 'word' || t.capitalized) return false;
    if (isSpeakerNoun(t) || t.info.org) return true;
    if (!LOWERCASE_WORD.test(t.text) || t.info.stop || t.info.reporting) return false;
  }
  return false;
}

/** Two to four capitalised words, none a stop word or a title: a personal name. */
function namesSomeone(words: Token[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  // ("The president of the Tarn Club, Dame Ann Holt, …": an honorific may open the name)
  const from = words.length >= 3 && words[0].info.honorific && words[0].capitalized ? 1 : 0;
  for (let i = from; i < words.length; i++) {
    const w = words[i];
    if (!w.capitalized || w.info.stop || w.info.title || w.acronym) return false;
  }
  return true;
}

/**
 * "Professor Ann Holt", "Detective Inspector Tom Vik": one or two capitalised titles no list of
 * honorifics holds, then two or three bare name words (no title, no body's word).
 */
function titledFullName(words: Token[]): boolean {
  const n = words.length;
  if (n < 3 || n > 5 || !words[0].capitalized || !words[0].info.title || words[0].info.honorific) return false;
  const from = words[1].capitalized && words[1].info.title ? 2 : 1;
  if (n - from < 2 || n - from > 3) return false;
  for (let i = from; i < n; i++) if (!isBareNameWord(words[i]) || words[i].info.title || words[i].info.stop) return false;
  return true;
}

/** "Tarn Police’s rural crime team" from k: capitalised words, the last in the possessive, then a lowercase word. */
function ownedUnitAfter(tokens: Token[], k: number): boolean {
  // ("of the city's dog unit": after "the", a lowercase owner in the possessive does too)
  const the = tokens[k]?.lower === 'the';
  if (the) k++;
  const first = k;
  while (k < tokens.length && k - first < 4 && tokens[k].kind === 'word' && tokens[k].capitalized && !endsInApostropheS(tokens[k].text)) k++;
  const owner = tokens[k];
  const unit = tokens[k + 1];
  return owner !== undefined && owner.kind === 'word' && (k > first ? owner.capitalized : the && !owner.capitalized) && endsInApostropheS(owner.text) && unit !== undefined && unit.kind === 'word' && !unit.capitalized;
}

/** "Jean-Luc Picard of Starfleet": after two name words and no title or organisation, "of" starts an affiliation. */
function endsInPersonalName(out: Token[]): boolean {
  if (out.length < 2 || !out[out.length - 2].capitalized || !out[out.length - 1].capitalized) return false;
  for (const t of out) if (isTitleWord(t) || ORG_WORDS.has(t.lower)) return false;
  return true;
}

/** "chief engineer Priya Nandakumar": lowercase words that lead straight into a capitalised name. */
function roleBeforeName(tokens: Token[], j: number): boolean {
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (t.capitalized) return !NOT_NAME_WORDS.has(t.lower) && tokens[k + 1]?.kind === 'word' && tokens[k + 1].capitalized;
    if (REPORTING_VERBS.has(t.lower) || t.info.verbAdverb) return false;
  }
  return false;
}

/** "Tarn Power's managing": capitalised words, the last of them (the fourth at most) in the possessive, then only lowercase words. */
function ownerThenLowercase(out: Token[]): boolean {
  let p = 0;
  while (p < out.length && p < 4 && out[p].capitalized && !endsInApostropheS(out[p].text)) p++;
  if (p >= out.length || !possessiveName(out[p])) return false;
  for (let q = p + 1; q < out.length; q++) if (out[q].capitalized) return false;
  return true;
}

/** "managing director, Ann Holt.": up to three lowercase words ending in a title or a speaker's noun (one person), a comma and a personal name that ends the sentence or clause (no comma after it). */
function roleThenCommaName(tokens: Token[], j: number): boolean {
  const m = pastLowercaseWords(tokens, j, 3);
  const role = tokens[m - 1];
  if (m === j || tokens[m]?.text !== ',' || !(role.info.title || isSpeakerNoun(role)) || role.info.plural) return false;
  const name = closingName(tokens, m + 1);
  // (the name closes the clause: "X's operations director, Ann Holt, commented" is read by its verb)
  return name !== undefined && tokens[m + 1 + name.length]?.text !== ',';
}

/** "managing director Ann Holt", "sales manager Ann Holt": a lowercase word, a lowercase title or speaker's noun (one person), then two capitalised name words. */
function qualifiedRoleThenFullName(tokens: Token[], j: number): boolean {
  const u = tokens[j];
  const role = tokens[j + 1];
  if (u?.kind !== 'word' || u.capitalized || !LOWERCASE_WORD.test(u.text) || u.info.stop || u.info.reporting || u.info.verbAdverb) return false;
  // ("said Tarn Health clinical lead Ann Holt": "lead", the noun for whoever leads a field, is a
  // post here, between the word qualifying it and a full name)
  if (role?.kind !== 'word' || role.capitalized || role.info.plural || !(role.info.title || isSpeakerNoun(role) || role.lower === 'lead')) return false;
  return isBareNameWord(tokens[j + 2]) && isBareNameWord(tokens[j + 3]);
}

/** "team-mate Ann Holt", "former coach Ann Holt": one or two lowercase words, then two capitalised name words. */
function roleThenFullName(tokens: Token[], j: number): boolean {
  let k = j + 1;
  if (tokens[k]?.kind === 'word' && !tokens[k].capitalized) {
    if (tokens[k].info.stop || tokens[k].info.reporting || tokens[j].info.stop) return false;
    k++;
  }
  return !tokens[j].info.stop && !tokens[j].info.reporting && isBareNameWord(tokens[k]) && isBareNameWord(tokens[k + 1]);
}

/** ", a Prague-based journalist," / ", director of the centre," / ", 52," — not a new clause. */
/** Words that may stand before an age in an aside after a name: ", now 82,". */
const AGE_LEADS: ReadonlySet<string> = new Set(['now', 'then', 'aged']);

function looksLikeApposition(words: Token[]): boolean {
  if (!words.length || words.some((w) => w.kind !== 'word')) return false;
  // ", 52," — an age
  if (words.length === 1 && /^\d{1,3}$/.test(words[0].text)) return true;
  // ", seven," — a child's age, written in words as house styles set ages under ten
  if (words.length === 1 && AGES_IN_WORDS.has(words[0].text)) return true;
  // (", now 82,", ", then 19,", ", aged 40,": an age after a word that dates or states it)
  if (words.length === 2 && /^\d{1,3}$/.test(words[1].text) && AGE_LEADS.has(words[0].text)) return true;
  // ", who heads the delegation," is a relative clause, not a title
  if (/^(who|which|whose|whom|that)$/.test(words[0].lower)) return false;
  // (", was in tears but spoke to reporters.": a finite verb opens the sentence's predicate)
  if (/^(was|were|is|are|has|have|had|will|would|could|can|did|does)$/.test(words[0].lower)) return false;
  if (words.some((w) => REPORTING_VERBS.has(w.lower) && w.lower !== 'state')) return false;
  const first = words[0].lower;
  // ", the world No 6,", ", the number two seed,": a ranking
  if (first === 'the' && rankingIn(words)) return true;
  // (", the consortium that built the piles,", ", a charity based in Tarn,": a body's noun in lowercase describes one)
  // (", the heaviest man on the rope,": so does a noun for a person)
  if (first === 'a' || first === 'an' || first === 'the') return words.some((w) => isSpeakerNoun(w) || isTitleWord(w) || (w.info.org && !w.capitalized) || (w.info.personNoun && !w.capitalized) || /ist$|er$|or$|ian$|ant$|ent$/.test(w.lower));
  // (", welcomed the announcement.": a verb in the past and its object are the sentence's predicate;
  // so is an irregular past: "Tom Vik and the yard's vet, Ann Lund, spent the night …")
  if (words.length > 1 && (words[0].info.endsEd || PAST_VERBS.has(words[0].lower)) && words[1].info.article) return false;
  if (words.some((w) => isTitleWord(w) || isSpeakerNoun(w)) && !PRONOUN_WORDS.has(first)) return true;
  // ", Tarn Police's water safety lead,": a body's name in the possessive and a post in lowercase
  const owner = words.findIndex((w) => w.capitalized && endsInApostropheS(w.text));
  return owner > 0 && words.length - owner > 1 && words.length - owner < 5 && words.every((w, i) => i <= owner || !w.capitalized);
}

/** "No 6", "No. 1", "number two": a ranking among words. */
function rankingIn(words: Token[]): boolean {
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i];
    const next = words[i + 1].text;
    if ((w.text === 'No' || w.text === 'No.' || w.lower === 'number') && (/^\d{1,3}$/.test(next) || AGES_IN_WORDS.has(next))) return true;
  }
  return false;
}

/** Ages under ten as words, in lowercase (a capitalised "Seven" may open a name). */
const AGES_IN_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

/** Index of the first token of the sentence's subject: after an opening "In Beijing," phrase. */
export function subjectStart(tokens: Token[]): number {
  const first = tokens[0];
  if (first && first.kind === 'word' && OPENING_ADVERBIALS.has(first.lower)) {
    const comma = tokens.findIndex((t) => t.kind === 'punct' && t.text === ',');
    if (comma > 0 && comma < 10) return comma + 1;
  }
  // ("But Ms Vik was not convinced", "And Tom Hale said …": a conjunction opening the sentence
  // before a capitalised subject stands outside it)
  if (first && first.kind === 'word' && SENTENCE_CONJUNCTIONS.has(first.lower) && tokens[1]?.kind === 'word' && tokens[1].capitalized) return 1;
  // "ORSKAVA, March 9 (Tarn Wire) - Opposition leader …": a wire dateline, a place in capitals and
  // the agency's name up to a dash, stands before the subject
  if (first && first.acronym && first.text.length >= 3) return afterDateline(tokens);
  return 0;
}

/** Where the subject starts after a dateline: past a dash at most 14 tokens on, after ")" or with a comma after the place. */
function afterDateline(tokens: Token[]): number {
  for (let i = 2; i < tokens.length - 1 && i <= 14; i++) {
    const t = tokens[i];
    if (t.kind === 'quote') return 0;
    if (t.kind !== 'punct' || !(t.text === '-' || t.text === '\u2013' || t.text === '\u2014' || t.text === '--')) continue;
    return tokens[i - 1].text === ')' || tokens[1].text === ',' ? i + 1 : 0;
  }
  return 0;
}

/** Conjunctions that may open a sentence before its subject, with no comma: "But …", "And …", "Yet …". */
const SENTENCE_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet']);

/** Words that open an adverbial before a sentence's subject: "In Beijing, …", "Later, …". */
const OPENING_ADVERBIALS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'meanwhile', 'however', 'also', 'earlier', 'later', 'separately', 'yesterday', 'today', 'last']);

/**
 * ", of Mill Lane, Tarnby,": the comma at j stands between a street and its town in an address
 * opened by "of" or "from" after a comma, and the town (one to three capitalised words) runs to
 * the comma at k.
 */
function townOfAddress(tokens: Token[], j: number, k: number): boolean {
  const town = tokens.slice(j + 1, k);
  if (town.length < 1 || town.length > 3 || !town.every(isBareNameWord)) return false;
  let i = j - 1;
  while (i >= 0 && j - i <= 4 && isBareNameWord(tokens[i])) i--;
  if (i === j - 1 || i < 1) return false;
  const opener = tokens[i];
  return opener.kind === 'word' && !opener.capitalized && (opener.lower === 'of' || opener.lower === 'from') && tokens[i - 1].text === ',';
}

/**
 * The body a sentence opens on, after any "The", and the index of the word after it (its verb):
 * capitalised words (at most `maxWords`), the last a body's word and no possessive ("The Tarn
 * Cycling Forum welcomed …"), or with `lowercaseKind`, one lowercase word for a body after "The"
 * ("The bank rejected …"). Callers check the verb.
 */
export function openingBody(tokens: readonly Token[], maxWords: number, lowercaseKind: boolean): { from: number; to: number } | undefined {
  const from = tokens[0]?.lower === 'the' ? 1 : 0;
  let to = from;
  while (to < tokens.length && to - from < maxWords && tokens[to].kind === 'word' && tokens[to].capitalized) to++;
  if (to === from && lowercaseKind && from === 1 && tokens[1]?.kind === 'word' && tokens[1].info.org && !endsInPossessive(tokens[1].text)) return { from, to: 2 };
  const noun = tokens[to - 1];
  return to - from >= 2 && noun.info.org && !endsInPossessive(noun.text) ? { from, to } : undefined;
}

/** Whether tokens[from, to) are capitalised words only, none a title or a given name ("Grey Heron", not "Rev Tom Vik"). */
function theNameOnly(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = tokens[i];
    if (w.kind !== 'word' || !w.capitalized || w.info.title || w.info.honorific || givenNameGender(w.lower)) return false;
  }
  return true;
}

/**
 * "Ann Vik, master of the line's newest ferry, | the Grey Heron": the person (two capitalised
 * words or more, no body) named before a lowercase description that ends at the comma `j`, with
 * that description as the apposition; undefined when no such name opens it.
 */
function describedBeforeThing(tokens: Token[], j: number, depth: number): Phrase | undefined {
  let c = j - 1;
  while (c > j - 12 && c > 0 && tokens[c].kind === 'word' && !tokens[c].info.reporting) c--;
  if (c <= 1 || c >= j - 1 || tokens[c].text !== ',' || tokens[c + 1].capitalized) return undefined;
  const named = phraseEndingAt(tokens, c - 1, depth + 1);
  if (!named || named.possessor || named.apposition || named.tokens.length < 2 || !named.tokens.every((w) => w.capitalized && !w.info.org)) return undefined;
  return { tokens: named.tokens, apposition: tokens.slice(c + 1, j) };
}

/** Participles by which a judge, a court or an inquiry states what it decided: ", ruling that …". */
const FINDING_PARTICIPLES: ReadonlySet<string> = new Set(['ruling', 'finding']);

/**
 * "Judge Ann Vik fined her, ruling that the dogs were “…”": "ruling" or "finding" after a
 * comma and before "that" reports the decision of the sentence's subject, as "saying" would; as
 * nouns ("the ruling that …") neither follows a comma.
 */
export function findingParticiple(tokens: Token[], v: number): boolean {
  const t = tokens[v];
  return t.kind === 'word' && FINDING_PARTICIPLES.has(t.text) && tokens[v + 1]?.text === 'that' && tokens[v - 1]?.text === ',';
}
