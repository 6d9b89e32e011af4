import { ageBefore, endsInApostropheS, endsInPossessive, EntityRegistry, isBareNameWord, isDocumentWord, isNameWord, isOtherGender, isTitleWord, key, personGender, roleText, roleTextIn, splitNamePhrase, yearsOld } from './entities';
import type { Entity } from './entities';
import { givenNameGender, honorificGender } from './givenNames';
import { actsOnItsOwn, hasCue } from './nameMentions';
import { BODY_KIND_NAME_WORDS, BUSINESS_NAME_WORD_SET, BUSINESS_NAME_WORDS, BUSINESS_NOUNS, FEMALE_CUES, genderOfNoun, MALE_CUES, ORG_WORDS, ORGANISATION_KINDS, PAST_VERBS, PRONOUNS, TRADE_NOUNS } from './lexicon';
import { bodyAfterPartOf, bothMenOrWomen, countedPeople, definiteCommonNoun, findingParticiple, FLOATED_QUANTIFIERS, isModifier, openingBody, PAIR_NOUNS, pairWordsAt, familyCountAt, isReportingVerb, isSpeakerNoun, ONE_OF_MANY, personAcrossObject, personBeforeWhere, personHead, phraseEndingAt, pluralPersonNoun, phraseStartingAt, relativeEndingAt, skipAdverbsLeft, skipAdverbsRight, spokespersonForPartEndingAt, SPOUSES, subjectStart, TRADE_PLACE_PREPOSITIONS } from './phrases';
import type { Phrase } from './phrases';
import type { Sentence } from './sentences';
import { Token, tokenize } from './tokens';
import { DEMONYM, demonymMan, NATIONALITIES, originOf } from './nationalities';
import type { Span } from './types';

/** The result of attributing one quote. */
export interface Attribution {
  entity: Entity | null;
  /** Everyone the quote is jointly credited to (a group's members). */
  coSpeakers: Entity[];
  rule: string;
  confidence: number;
  cue?: Span;
  /** The reporting verb was one that also describes ("called", "accused"): a sign of a scare quote. */
  weak: boolean;
  /** The cue names someone who cannot be named ("her grandmother said"): no speaker is carried to the quote. */
  someoneElse?: boolean;
}

export const NO_ATTRIBUTION: Attribution = { entity: null, coSpeakers: [], rule: 'none', confidence: 0, weak: false };

/** "a statement", "their report": the words before a document noun that are not part of its name. */
const DOCUMENT_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);
/** "ambassadors to the US": the head noun stands before these. */
const HEAD_PREPOSITIONS = new Set(['to', 'of', 'for', 'at', 'in']);
const GROUP_COUNTS = new Set(['two', 'three', 'four', 'both']);
const QUANTITY_PRONOUNS = new Set(['several', 'many', 'some', 'most', 'few', 'others', 'all', 'none']);
const DOCUMENT_SOURCES = new Set(['from', 'by', 'of']);

/** The tokens themselves when all are words (phrases usually are), else their words. */
function wordsOf(tokens: Token[]): Token[] {
  for (const t of tokens) if (t.kind !== 'word') return tokens.filter((w) => w.kind === 'word');
  return tokens;
}

/** "a statement from the Harbour Ministry": the index of "from", "by" or "of" after a lowercase document noun, or -1. */
function sourceAfterDocument(words: Token[]): number {
  let docAt = 0;
  while (docAt < words.length && !(isDocumentWord(words[docAt]) && !words[docAt].capitalized)) docAt++;
  for (let i = docAt + 1; i < words.length; i++) if (DOCUMENT_SOURCES.has(words[i].lower)) return i;
  return -1;
}

function someCapitalized(words: Token[], from: number): boolean {
  for (let i = from; i < words.length; i++) if (words[i].capitalized) return true;
  return false;
}

/** The role an apposition gives (", a spokeswoman for the ministry,"), its leading article left out. */
function appositionRole(apposition: Token[] | undefined): string | null {
  if (!apposition) return null;
  const aged = ageBefore(apposition);
  const first = apposition[aged];
  const article = first !== undefined && (first.lower === 'a' || first.lower === 'an' || first.lower === 'the');
  // ("Vornix, the larger of the two, said": "the" and a comparison with no noun after it ranks a
  // body or a person among others named; it gives no post, and makes no person of the name)
  const rank = apposition[aged + 1];
  if (article && first.lower === 'the' && rank !== undefined && RANKING_ADJECTIVE.test(rank.lower)) {
    const after = apposition[aged + 2];
    if (after === undefined || after.lower === 'of') return null;
  }
  return roleText(apposition.slice(aged + (article ? 1 : 0)));
}

/** "larger", "second-biggest", "newest": a comparison of size, strength or newness standing for a noun (not "older" or "younger", which rank people). */
const RANKING_ADJECTIVE = /^(?:[a-z]+-)?(?:larg|small|bigg|new|strong|weak|rich|wealthi|high|low|great)(?:er|est)$/;

/** "His reply was blunt: “…”": what someone said, named by a noun; whose it is, speaks. */
export const UTTERANCE_NOUNS = ['message', 'reply', 'response', 'answer', 'verdict', 'retort'];

const SPEAKS_FOR_OWNER = new Set(['government', 'governments', 'office', 'offices', 'administration', 'administrations', 'ministry', 'ministries', 'campaign', 'campaigns', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokespersons', 'representatives', 'press office', ...UTTERANCE_NOUNS]);


/** Nouns for a body of several members that a story may name only by the noun: "the rival syndicate". */
const UNNAMED_BODIES: ReadonlySet<string> = new Set(['consortium', 'syndicate', 'coalition', 'alliance']);

/** Words that bring in someone new, one of many: "a", "an", "one", "another". */
const INDEFINITE_ONES: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/** What a body publishes under its own name: "its statement", "its website". */
const ISSUED_BY_OWNER = new Set(['statement', 'website']);

/** "fisheries directorate": a lowercase noun for a body with one lowercase word before it that describes it. */
function lowercaseBodyNoun(noun: Token | undefined, modifier: Token | undefined): boolean {
  if (noun === undefined || modifier === undefined || noun.kind !== 'word' || modifier.kind !== 'word') return false;
  return !noun.info.stop && !modifier.info.stop && !noun.info.reporting && /^\p{Ll}+$/u.test(noun.text) && /^\p{Ll}+$/u.test(modifier.text);
}

export const SPOKES_GENDER: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['spokesman', 'male'],
  ['spokeswoman', 'female'],
  ['spokesperson', null],
]);

/** How far (in characters) "the spokesman" may stand from the "spokesman for …" it refers to. */
const SPOKESPERSON_REACH = 2500;

/**
 * Turns phrases into speakers: names, surname-only and title-only mentions, pronouns,
 * organisations, documents (which speak for their issuer) and groups.
 */
export class SpeakerResolver {
  /**
   * The most recent attributed speaker, where that was, and where the sentence crediting them ends,
   * for pronouns; reported: the credit was a sentence of reported speech, with no quote, that the
   * speaker's name opens ("Ann Hale said the crew would rest.").
   */
  private last: { entity: Entity; pos: number; paragraph: number; sentenceEnd: number; reported: boolean } | undefined;

  /** The organisation last credited through "a spokeswoman for …", with that person's gender (null: "spokesperson"). */
  private spokesperson: { entity: Entity; gender: 'male' | 'female' | null; pos: number } | undefined;

  /** Where the paragraph after the current one opens (-1: none), which the caller notes. */
  nextParagraphStart = -1;

  /** The tokens of the current paragraph's first sentence, which the caller notes. */
  paragraphOpening: Token[] | undefined = undefined;
  previousParagraphOpening: Token[] | undefined = undefined;

  /** Where the last sentence opens that has someone unnamed speak ("who asked not to be named"), or -1. */
  anonymousAt = -1;
  /** Where in that sentence the words leaving someone unnamed stand: a pronoun before them is someone else ("She thanked the driver, who has not been named, for …"). */
  anonymousWordAt = -1;

  constructor(readonly registry: EntityRegistry) {}

  noteSpeaker(entity: Entity, pos: number, paragraph: number, sentenceEnd = pos, reported = false): void {
    this.last = { entity, pos, paragraph, sentenceEnd, reported };
  }

  lastSpeaker(): Entity | undefined {
    return this.last?.entity;
  }

  /**
   * "The rival syndicate, backed by …, …" opening this paragraph or the one before: "The", at most
   * two lowercase words and a noun for a body unnamed, which "the group" or that noun means; the
   * body, noted by those words, or undefined.
   */
  private openingBodyNoun(noun: string, pos: number): Entity | undefined {
    for (const t of [this.paragraphOpening, this.previousParagraphOpening]) {
      if (!t || t[0]?.text !== 'The' || t[0].start >= pos) continue;
      let i = 1;
      while (i < 3 && t[i]?.kind === 'word' && !t[i].capitalized && !t[i].info.stop && !UNNAMED_BODIES.has(t[i].lower)) i++;
      const head = t[i];
      const after = t[i + 1];
      if (!head || head.capitalized || !UNNAMED_BODIES.has(head.lower) || (noun !== head.lower && noun !== 'group') || after?.text !== ',') continue;
      return this.registry.addPhrase(displayPhrase(t.slice(1, i + 1)), 'organisation', spanOf(t.slice(1, i + 1)));
    }
    return undefined;
  }

  /**
   * "the water company", "the energy firm" (from "a spokesman for the energy firm"): "the", a
   * lowercase word of a trade and a business's noun; the latest body whose name has that word
   * ("Tarnmoor Water", "Holt Energy"; "Tarn Buses" for "the bus operator"), or undefined.
   */
  private tradeBody(words: Token[], pos: number): Entity | undefined {
    if (words.length !== 3 || words[0].lower !== 'the') return undefined;
    const trade = words[1];
    const noun = words[2];
    if (trade.kind !== 'word' || trade.capitalized || trade.info.stop || noun.capitalized || !BUSINESS_NOUNS.has(noun.lower)) return undefined;
    const k = key(trade.text);
    return this.registry.recentOrganisationWhere(pos, (e) => e.keys.length > 1 && (e.keys.includes(k) || e.keys.includes(`${k}s`) || e.keys.includes(`${k}es`)));
  }

  /** "the jockey", "the councillor": the person whose role is that post's noun, if one is. */
  private postHolder(noun: Token, pos: number): Entity | undefined {
    const holder = this.registry.resolveRole([noun.text], pos);
    return holder?.kind === 'person' ? holder : undefined;
  }

  /** Of the people named in full with this surname before pos whose ages were given, the oldest ('elder') or the youngest. */
  private namesakeByAge(surname: string, pos: number, generation: 'elder' | 'younger'): Entity | undefined {
    let pick: Entity | undefined;
    let aged = 0;
    for (const e of this.registry.namesakes(surname, pos)) {
      if (e.age === undefined) continue;
      aged++;
      if (pick === undefined || (generation === 'elder' ? e.age > (pick.age as number) : e.age < (pick.age as number))) pick = e;
    }
    return aged >= 2 ? pick : undefined;
  }

  /** Where the last speaker was noted, or -1. */
  lastSpeakerPos(): number {
    return this.last?.pos ?? -1;
  }

  resolve(phrase: Phrase, pos: number, paragraph: number): { entity: Entity | null; members: Entity[] } {
    const words = wordsOf(phrase.tokens);
    if (!words.length) return { entity: null, members: [] };
    const owner = phrase.possessor ? this.resolveOwner(phrase.possessor, words, pos, paragraph) : undefined;
    if (owner) return owner;
    // ("its owners said", "their workers said": people of the body or place named before, unnamed,
    // together; "Its head teacher said": the one known by that post, or someone unnamed; "her
    // mother said", "his neighbours said": someone of that person's, unnamed, or the one so described)
    const ownedBy = phrase.possessor?.lower;
    const personal = ownedBy === 'his' || ownedBy === 'her';
    if ((ownedBy === 'its' || ownedBy === 'their' || personal) && words.length <= 2 && words.every((w) => !w.capitalized)) {
      const head = words[words.length - 1];
      if (pluralPersonNoun(head)) return { entity: this.registry.addPhrase(displayPhrase(words), 'group', spanOf(words)), members: [] };
      // (a post of his or hers, "his lawyer", is read as any other role)
      if (!head.info.plural && (personal ? head.info.personNoun && !head.info.title : head.info.personNoun || head.info.title)) {
        const holder = this.registry.resolveRole(words.map((w) => w.text), pos);
        if (holder) return { entity: holder, members: [] };
        return this.someoneDescribed(displayPhrase(words), words);
      }
    }
    if (words.length === 1 && words[0].info.pronoun) return this.resolvePronoun(words[0].lower, pos, paragraph, words[0].start);
    // ("“…,” one of them said": one of the group "they" would be; the group is credited)
    if (words.length === 3 && words[0].lower === 'one' && words[1].lower === 'of' && words[2].lower === 'them') {
      // ("One of them, who asked not to be named, …": someone of the group, left unnamed, whom
      // "she said" then finds)
      if (phrase.someone) {
        return this.someoneDescribed(spelled(words), words);
      }
      const group = this.resolvePronoun('they', pos, paragraph, words[2].start);
      // (a group spoken of since the last speaker, or that speaker: "One of them told us" inside a
      // quote is one of whatever the speaker was talking about)
      const last = this.last;
      const since = group.entity !== null && (!last || last.entity === group.entity || this.registry.lastMentionBefore(group.entity, pos) > last.pos);
      if (group.entity && group.entity.kind === 'group' && since) return group;
      // ("Regulars came in force. One of them, who lives nearby, said: “…”": with no group to be
      // one of, a "who" clause still says a person speaks, someone unnamed)
      if (phrase.who) {
        return this.someoneDescribed(spelled(words), words);
      }
      return { entity: null, members: [] };
    }
    // ("‘…,’ said one, who asked not to be named": one of whoever was spoken of, left unnamed, as "One of them, who …")
    if (phrase.someone && words.length === 1 && words[0].lower === 'one') {
      return this.someoneDescribed(spelled(words), words);
    }
    // ("One of the shipping agents, who asked not to be named, said": one of the people the plural
    // names, a person whatever the noun, whom "he said" finds next)
    if (phrase.someone && words.length >= 4 && ONE_OF_MANY.has(words[0].lower) && words[1].lower === 'of') {
      return this.someoneDescribed(displayPhrase(words), words);
    }
    // ("Several say …", "Many said …": a quantity standing alone names no one)
    if (words.length === 1 && QUANTITY_PRONOUNS.has(words[0].lower)) return { entity: null, members: [] };
    // "Another passenger, a teacher who gave her name only as Mrs Vik, said": the name the apposition ends on
    const appos = phrase.apposition;
    if (appos && appos.length >= 3 && words[0].info.article && appos[appos.length - 1].capitalized && appos[appos.length - 2].info.honorific && !words.some((t, i) => i > 0 && t.capitalized)) {
      return this.resolve({ tokens: appos.slice(-2) }, pos, paragraph);
    }
    // "said the 67-year-old", "the 42-year-old mother-of-two": a description stands for the person last named
    // ("the 20-year-old" is not whose cross was met in "Ferrow met Danny Oyal's cross")
    // ("her grandmother said", "his 20-year-old son said" are someone else)
    // ("One mother of three, who …, said": someone new, not the person last named)
    if (!phrase.possessor && words.length === 4 && (ONE_OF_MANY.has(words[0].lower) || (words[0].info.article && words[0].lower !== 'the')) && familyCountAt(words, 1)) {
      const person = this.registry.addPhrase(displayPhrase(words.slice(1)), 'person', spanOf(words));
      person.person = true;
      this.learnGender(person, words, undefined);
      return { entity: person, members: [] };
    }
    // ("the pair said", "the duo said", "the two said", "the two men said": the two people named
    // last, together, as "the two ministers" are)
    if (!phrase.possessor && namesAPair(words)) {
      // ("Ann and Tom Vik run the café …", others named since, then "the pair said": the two named
      // together, credited as the two, not the last two named apart; two who opened a sentence
      // together, "A and B reached the final, beating C and D", before any others)
      // (or the last two named, when they were named together: "… where Ann and Tom Vik heard it")
      const together = this.registry.subjectPairBefore(pos) ?? this.registry.recentPairNamedTogether(pos) ?? this.registry.lastTwoAsCouple(pos);
      if (together) {
        const group = this.groupOf(together, words);
        // ("Ann and Tom Vik": one surname is written once)
        const [a, b] = together.map((m) => m.name.split(' '));
        const name = a.length === 2 && b.length === 2 && a[1] === b[1] ? `${a[0]} and ${b.join(' ')}` : together.map((m) => m.name).join(' and ');
        return { entity: this.registry.addPhrase(name, 'group', spanOf(words)), members: group.members };
      }
      const members = this.registry.recentPersons(pos, 2);
      if (members.length === 2) return this.groupOf(members, words);
    }
    // the noun after "the", or the noun alone: "the trader", "the force", "the councillor"
    // (a sentence's opening "The" is not read into the phrase)
    const kindWord = words.length === 2 && words[0].lower === 'the' ? words[1] : words.length === 1 ? words[0] : undefined;
    // ("A Tarnby stamp trader who sold fakes was fined.¶ Ivo Marsh, 61, …" then "the trader
    // said": the person the lead so described before naming)
    // ("Lollipop lady hangs up her coat" above the story, then "the lollipop lady said": the
    // headline's subject, the person the story names first with an age)
    if (!phrase.possessor && words.length === 3 && words[0].lower === 'the' && !words[1].capitalized && !words[2].capitalized) {
      const described = this.registry.leadNounOf(`${words[1].lower} ${words[2].lower}`, pos);
      if (described) return { entity: described, members: [] };
    }
    if (!phrase.possessor && kindWord && !kindWord.capitalized) {
      const described = this.registry.leadNounOf(kindWord.lower, pos);
      if (described) return { entity: described, members: [] };
      // ("A painter who forged …" or "Tom Vik, who organised the raids," then "the forger said",
      // "the organiser said": the one so said to have done it; a post's noun, "the manager", is
      // whoever holds the post now, not one "who managed" before)
      const agent = isTitleWord(kindWord) ? undefined : this.registry.agentNounOf(kindWord.lower, pos);
      if (agent) return { entity: agent, members: [] };
      // ("Vik beat Holt in a sudden-death finish. “…,” the champion said": the one who beat someone)
      if (kindWord.lower === 'champion' || kindWord.lower === 'winner' || kindWord.lower === 'victor') {
        const winner = this.registry.agentNounOf('winner', pos);
        if (winner) return { entity: winner, members: [] };
      }
    }
    // ("“…,” Tarn Coal said.¶ “…,” the miner said": a trade's noun is the body that spoke last,
    // within three paragraphs, by a capitalised name (one no given name opens and given no gender
    // may be a body's); a word that may as well be a person's job names no business otherwise)
    if (!phrase.possessor && words.length === 2 && words[0].lower === 'the' && !words[1].capitalized && TRADE_NOUNS.has(words[1].lower)) {
      const last = this.last;
      const body = last && /^\p{Lu}/u.test(last.entity.name) && (last.entity.kind === 'organisation' || (last.entity.kind === 'person' && !last.entity.gender && last.entity.keys.length > 1 && !givenNameGender(last.entity.keys[0])));
      if (last && body && paragraph - last.paragraph <= 3) return { entity: last.entity, members: [] };
    }
    if (!phrase.possessor && describesPerson(words)) {
      // ("the 24-year-old said": the one whose age the article gave as 24, or, when it gave no
      // one's, someone it described by that age without a name, "a 24-year-old man", who is nobody's name)
      const age = describedAge(words);
      if (age !== undefined) {
        const aged = this.registry.recentOfAge(age, pos);
        if (aged) return { entity: aged, members: [] };
        const unnamed = this.registry.unnamedAges.get(age);
        if (unnamed && unnamed.pos < pos) {
          const person = this.registry.addPhrase(displayPhrase(words), 'person', spanOf(words));
          person.person = true;
          person.unnamed = true;
          person.gender ??= unnamed.gender;
          return { entity: person, members: [] };
        }
      }
      // ("said the Irishman": the one an "Irish" was written before, if any)
      const last = words[words.length - 1];
      // ("Danish playmaker Ann Vik" then "the Dane": a nationality's noun finds the adjective written before a name)
      const native = last.capitalized ? this.registry.recentOfOrigin(originOf(last), pos) : undefined;
      // ("Jockey Ann Vik won …", her agent named and quoted since, then "the jockey said": the one
      // whose post is that noun, not whoever was named last)
      const post = !native && kindWord && !kindWord.capitalized && isTitleWord(kindWord) ? this.postHolder(kindWord, pos) : undefined;
      if (post) return { entity: post, members: [] };
      // ("“…,” Vik said.¶ Tarrant, who works as a nurse, was named player of the match.¶ “…,” the
      // 27-year-old Welshwoman said": a description is of the one brought in since the last quote's
      // speaker as the subject opening this paragraph or the one before, when nothing tells that
      // one's gender otherwise, not of the last speaker because hers was known)
      const gender = genderOfWords(words);
      const spoke = this.last;
      const since = !native && gender && spoke ? this.registry.recentPerson(pos, undefined, undefined, true) : undefined;
      if (since && spoke && gender && since !== spoke.entity && since.gender === undefined && personGender(since) === undefined && this.registry.lastMentionBefore(since, pos) > spoke.sentenceEnd && [this.paragraphOpening, this.previousParagraphOpening].some((t) => t?.[0] !== undefined && since.mentions.some((m) => m.start === t[0].start))) return { entity: since, members: [] };
      if (native) return { entity: native, members: [] };
      const recent = this.registry.recentPerson(pos, gender, undefined, true);
      // ("Ann Vik won the title, beating Tom Hale. “…,” the 22-year-old said": one named last only as
      // whom the sentence's subject acted on yields to that subject, when nobody spoke since)
      const subject = recent ? this.registry.subjectOverLastMention(recent, pos) : undefined;
      if (recent && subject && subject.kind === 'person' && (subject.person || subject.gender !== undefined || personGender(subject) !== undefined) && (!gender || !isOtherGender(subject, gender))) {
        const seenAt = this.registry.lastMentionBefore(recent, pos);
        if (pos - seenAt <= SUBJECT_REACH && (spoke === undefined || spoke.pos < seenAt)) return { entity: subject, members: [] };
      }
      return { entity: recent ?? null, members: [] };
    }
    // ("Councillor Ann Vik said …. The councillor added": a post in lowercase after "the" is the
    // person given it as a title before, as "the judge" is, not a body of that name)
    if (words.length === 2 && !phrase.possessor && kindWord && kindWord.info.title && !kindWord.capitalized && !kindWord.info.plural) {
      const post = this.postHolder(kindWord, pos);
      if (post) return { entity: post, members: [] };
    }
    // ("Tarnmoor Water was fined …. “…,” the water company said": a business's noun after a word
    // of its trade that a body named before has in its name)
    const traded = phrase.possessor ? undefined : this.tradeBody(words, pos);
    if (traded) return { entity: traded, members: [] };
    // "the force said", "the association said": the organisation of that kind named before
    // ("Varn Bouw, the consortium that built it" or "the private company Varn Bouw" before: the one
    // the article so described, also when "The company said" opens a sentence)
    const described = kindWord && !kindWord.capitalized ? this.registry.describedAs(kindWord.lower, pos) : undefined;
    if (described) return { entity: described, members: [] };
    // "the company said": the business that spoke last, whatever its name
    if (kindWord && !kindWord.capitalized && BUSINESS_NOUNS.has(kindWord.lower)) {
      const last = this.last;
      // (not a body its own name calls no business: "the board said" or "the Ostby Chamber of
      // Commerce said" just before, then "a spokesman for the operator said", is another body)
      if (last && last.entity.kind === 'organisation' && paragraph - last.paragraph <= 3 && !namedAsPublicBody(last.entity)) return { entity: last.entity, members: [] };
      // ("Tarnlink said it would not appeal. “…,” the company said": the subject that spoke just
      // before in the paragraph, taken for a person only for speaking, with no given name, gender or
      // role, is the company)
      if (last && last.entity.kind === 'person' && last.paragraph === paragraph && !last.entity.gender && !last.entity.role && !last.entity.unnamed && !givenNameGender(last.entity.keys[0])) {
        last.entity.kind = 'organisation';
        return { entity: last.entity, members: [] };
      }
      // ("Ventrolux develops solar farms. “…,” the company says": the paragraph's subject, no person's name)
      // (or the paragraph before's: "Ostrelle, which is listed in …, said it would appeal.¶ “…,” the company said";
      // "The row drew in Vale Link Buses, whose …")
      const opening = openingSubject(this.paragraphOpening);
      const thing = opening ? undefined : thingNamed(this.previousParagraphOpening);
      // ("Harlow Mills closed its doors.¶ “…,” the firm said": the subject that opened the paragraph before)
      const subject = opening?.name ?? thing ?? openingSubject(this.previousParagraphOpening)?.name;
      const known = subject && this.registry.resolveSingle(subject[subject.length - 1].text, pos);
      // (a name so said of a thing may stand for one only guessed to be a person: no role, no gender;
      // so may a paragraph's subject that no given name opens: "Tarn Growers designs indoor farms")
      // ("Shares in Tarn Minerals, the largest producer, fell": a company, whatever else its name was taken for)
      const shares = opening?.shares === true;
      // ("including newcomer Fjellnet": a word for a competitor before the name is as much a company's as a person's)
      const rival = known?.role !== null && known?.role !== undefined && COMPETITOR_ROLES.has(known.role.toLowerCase());
      if (subject && (known?.kind !== 'person' || shares || ((thing || !givenNameGender(subject[0].lower)) && (!known.role || rival) && !known.gender))) {
        const entity = this.registry.addPhrase(displayPhrase(subject), 'organisation', spanOf(subject));
        // (an apposition, "the largest producer", made it a person: shares are a company's)
        if ((shares || rival) && entity.kind === 'person' && !entity.gender) entity.kind = 'organisation';
        return { entity, members: [] };
      }
    }
    // "A spokesman for Tarn Homes said …", then "the spokesman said": the body he speaks for
    if (kindWord && !kindWord.capitalized && words[0].lower === 'the') {
      const spoken = this.spokespersonFor(kindWord.lower, pos);
      if (spoken) return { entity: spoken, members: [] };
    }
    // ("the society said": any other body's word finds a body whose name has it; "the company"
    // any business named, when no subject said which)
    const kindOf = kindWord && !kindWord.capitalized ? (ORGANISATION_KINDS.get(kindWord.lower) ?? (BUSINESS_NOUNS.has(kindWord.lower) ? BUSINESS_NAME_WORDS : kindWord.info.org ? [kindWord.lower] : undefined)) : undefined;
    if (kindOf) {
      const named = this.registry.recentOrganisation(kindOf, pos) ?? (TEAM_NOUNS.has(kindWord?.lower ?? '') ? this.registry.recentTeam(pos) : undefined);
      // ("The port's operator, Kessary Docks, …. “…,” said Ann Vik, an analyst at Tarn Securities.¶ The
      // company said": a business named last only as where someone works is not the one the story
      // is about, when another business was named before it)
      const story = named && kindOf === BUSINESS_NAME_WORDS && this.registry.lastNamedAsWorkplace(named, pos) ? (this.registry.recentOrganisation(kindOf, pos, true) ?? this.registry.recentOrganisationWhere(pos, tradingName, true)) : undefined;
      const entity = story ?? named;
      if (entity) return { entity, members: [] };
    }
    // ("Dr Ann Vik, medical director of Tarn Hearing Alliance, said …¶ “…,” the charity said": with
    // no body named for a charity, the body a speaker was introduced as serving, when its name
    // gives it no other kind, neither a council, a school nor a business)
    if (kindWord && !kindWord.capitalized && kindWord.lower === 'charity') {
      const served = this.bodyInRole(pos, spanOf(words));
      if (served) return { entity: served, members: [] };
    }
    // ("Workers at Brisco Steel walked out. … the company said": a body whose name has no word of
    // any kind of body, a trade's name, is the business meant)
    if (kindWord && !kindWord.capitalized && BUSINESS_NOUNS.has(kindWord.lower)) {
      const business = this.registry.recentOrganisationWhere(pos, tradingName);
      if (business) return { entity: business, members: [] };
    }
    // ("The cup is run by the Fenland Bowls Board. A spokesperson for the organisation said":
    // a word for any body at all is the latest body named, whatever its kind)
    if (kindWord && !kindWord.capitalized && ANY_BODY_NOUNS.has(kindWord.lower)) {
      // (within the registry's own reach)
      const named = this.registry.organisationWithin(pos, Infinity);
      if (named) return { entity: named, members: [] };
    }
    // ("The Tarn Cycling Forum welcomed it. “…,” the campaign group said": a group, of a purpose or
    // not, is the body whose name opens the paragraph or the one before; "A group of residents
    // met …" opens with no body's name)
    const unarticled = words[0].lower === 'the' ? words.slice(1) : words;
    if (!phrase.possessor && unarticled.length <= 2 && unarticled[unarticled.length - 1].lower === 'group' && unarticled.every((w) => !w.capitalized && !w.info.determiner && !w.info.pronoun)) {
      const body = bodyOpening(this.paragraphOpening) ?? bodyOpening(this.previousParagraphOpening);
      if (body) return { entity: this.registry.addPhrase(displayPhrase(body), 'organisation', spanOf(body)), members: [] };
    }
    // ("‘…,’ admits the head judge at the Guild of Criers. … The judge, Tom Vik, said": a
    // description by a trade and a place, and the person it describes named after it)
    const trade = phrase.possessor ? -1 : describedByPlace(words);
    if (trade > 0) {
      const named = this.namedAfterDescription(words[trade], words[words.length - 1].end);
      if (named) return { entity: named, members: [] };
      // (named nowhere near: the one the words describe, not the place; a post's holder is found
      // as any other role's)
      if (!words[trade].info.title) {
        return this.someoneDescribed(displayPhrase(words), words);
      }
    }
    const group = this.resolveGroup(words, pos);
    if (group) return group;
    // "a statement from the Harbour Ministry": the document speaks for whoever it is from
    const from = sourceAfterDocument(words);
    if (from > 0 && someCapitalized(words, from + 1)) {
      const source = this.resolve({ tokens: words.slice(from + 1) }, pos, paragraph);
      if (source.entity) return source;
    }
    const head = words[words.length - 1];
    if (isDocumentWord(head) && !head.capitalized) {
      // "the council's consultation document", "Tarn Water's annual report": the owner issued it
      const owner = this.documentOwner(words, pos);
      if (owner) return { entity: owner, members: [] };
      const doc = this.registry.recentDocument(head.lower, pos) ?? this.registry.addPhrase(displayPhrase(words), 'document', spanOf(words));
      return this.throughIssuer(doc);
    }
    // "a spokesman for Kestle and Vane": one speaks for one body, whose name may hold an "and"
    const n = words.length;
    if (n >= 5 && words[n - 2].lower === 'and' && words[n - 4].lower === 'for' && SPOKES_GENDER.has(words[n - 5].lower) && words[n - 1].capitalized && words[n - 3].capitalized) {
      const entity = this.registry.addPhrase(`${words[n - 3].text} and ${words[n - 1].text}`, 'organisation', spanOf(words.slice(n - 3)));
      this.noteSpokesperson(words, entity, pos);
      return { entity, members: [] };
    }
    // "a spokesman for Tarn Homes": the body speaks through him, and it is the body a reader
    // would credit (wire style names the body, not its mouthpiece)
    const before = bodyBeforeSpokesperson(words);
    // ("a Holt spokesman": a person's spokesman, when Holt is someone the article named; "a
    // Harbourgate spokeswoman": the body named in full before, "Harbourgate Mutual")
    // (a name only guessed to be someone's, no given name, role or gender to it, is the body's: "Fenmoor Mutual raised …")
    const found = before && this.registry.resolveSingle(before[before.length - 1].text, pos);
    const guessed = found?.kind === 'person' && !found.person && !found.role && !found.gender && !givenNameGender(found.keys[0]);
    const known = found && (found.kind === 'organisation' || guessed) && before.every((w) => found.keys.includes(key(w.text))) ? found : undefined;
    const body = bodyAfterSpokesperson(words) ?? (found?.kind !== 'person' || known ? before : undefined);
    if (body) {
      const named = body === before ? known : undefined;
      if (named) named.kind = 'organisation';
      const entity = named ?? this.registry.addPhrase(displayPhrase(body), 'organisation', spanOf(body));
      this.noteSpokesperson(words, entity, pos);
      return { entity, members: [] };
    }
    // "Tarn Police said … . A spokesman said:": a spokesperson with no body named speaks for the
    // organisation named earlier in the paragraph; "a spokesperson for the office": for the one
    // whose name has that word
    if (SPOKES_GENDER.has(words[n - 1].lower) && (n === 1 || (n === 2 && words[0].info.article)) && !words[n - 1].capitalized && this.paragraphOpening?.length) {
      // ("Tarn Rail said it backed the plan.¶ ‘…,’ a spokeswoman said": or the body whose name opened the paragraph before)
      const prev = this.previousParagraphOpening;
      let body = this.registry.organisationWithin(pos, pos - this.paragraphOpening[0].start);
      if (!body && prev?.[0]?.capitalized) {
        const named = this.registry.organisationWithin(pos, pos - prev[0].start);
        if (named && named.name.split(' ').every((w, i) => prev[i]?.text === w)) body = named;
      }
      if (body) {
        this.noteSpokesperson(words, body, pos);
        return { entity: body, members: [] };
      }
    } else if ((n === 5 && SPOKES_GENDER.has(words[1].lower) && words[2].lower === 'for' && words[3].lower === 'the' && !words[4].capitalized) || (n === 6 && SPOKES_GENDER.has(words[1].lower) && words[2].lower === 'for' && words[3].lower === 'the' && lowercaseBodyNoun(words[5], words[4])) || ((n === 2 || (n === 3 && words[0].info.article)) && !words[n - 2].capitalized && SPOKES_GENDER.has(words[n - 1].lower))) {
      // (and "a police spokesperson": the body's word before the spokesperson)
      // ("a spokeswoman for the fisheries directorate": the body's noun, after the word describing it)
      const forThe = n === 5 || n === 6;
      const kind = words[forThe ? n - 1 : n - 2].lower;
      // ("a spokesperson for the partnership": any word of a body's name will do after "for the")
      const keys = ORGANISATION_KINDS.get(kind) ?? (ORG_WORDS.has(kind) || forThe ? [kind] : undefined);
      const body = keys && this.registry.recentOrganisation(keys, pos);
      // (a body "named" by a role, "the leader of Tarn Council", is no body a council spokesperson speaks for)
      if (body && (forThe || !ROLE_OF_BODY.test(body.name))) {
        this.noteSpokesperson(words, body, pos);
        return { entity: body, members: [] };
      }
      // ("a spokesperson for the diocese" with no diocese named: "the diocese" speaks, through them)
      // ("The rival syndicate, backed by …, had offered …. A spokesman for the group said": a body the
      // paragraph opened on, by a noun and no name, is the one "the group" or its own noun means)
      const described = n === 5 ? this.openingBodyNoun(kind, pos) : undefined;
      if (described) {
        this.noteSpokesperson(words, described, pos);
        return { entity: described, members: [] };
      }
      if (forThe) {
        const spoken = this.resolve({ tokens: words.slice(3) }, pos, paragraph);
        if (spoken.entity) this.noteSpokesperson(words, spoken.entity, pos);
        return spoken;
      }
    }
    // ("said a Tarn Air worker", "one Halden Bank cashier said": someone who works for the body,
    // named only by that, speaks for themself; "a Tarn Air spokesman" is the body's voice)
    if (n >= 3 && INDEFINITE_ONES.has(words[0].lower) && words[1].capitalized && !head.capitalized && head.info.personNoun && !isPlural(head) && !isTitleWord(head)) {
      const person = this.registry.addPhrase(displayPhrase(words.slice(1)), 'person', spanOf(words));
      person.person = true;
      this.learnGender(person, words, phrase.apposition);
      return { entity: person, members: [] };
    }
    const parsed = splitNamePhrase(words);
    // "Analyst Jon Hale of Tarn Securities wrote": the person speaks, not the firm
    if (parsed && parsed.org) {
      const at = personBeforeBody(words);
      if (at > 0) return this.resolve({ tokens: words.slice(0, at) }, pos, paragraph);
      // ("Tom Vik of Halvard Capital", a firm's name with no body's word: the person, when the
      // given name and surname before "of" were read as someone's)
      if (words.length > 3 && words[2].lower === 'of' && isBareNameWord(words[0]) && isBareNameWord(words[1])) {
        const known = this.registry.resolveSingle(words[1].text, pos);
        if (known?.kind === 'person' && known.keys.length === 2 && known.keys[0] === key(words[0].text)) return { entity: known, members: [] };
      }
    }
    // "Foreign Ministry Spokesperson": an office held by a person named elsewhere in the article
    // ("a ministry spokesman" is someone not named yet: "a" brings in a new one, not the
    // "opposition health spokesman" named before)
    if (parsed && parsed.org && isTitleWord(head) && !isPlural(head) && words[0].lower !== 'a' && words[0].lower !== 'an') {
      const holder = this.registry.resolveRole(words.filter((t) => t.capitalized || isTitleWord(t)).map((t) => t.text), pos) ?? this.clubTitleHolder(words, pos);
      if (holder) return { entity: holder, members: [] };
    }
    if (parsed && parsed.org) {
      // "the motoring group Roadwise": a lowercase organisation word before a body's one-word name
      // is no part of it, unless that word names a known person ("told the committee Vik")
      // ("the consumer group Fair Money Watch": so is one before a name of several words, when that
      // is no person's)
      const [org, own] = parsed.name;
      const last = parsed.name[parsed.name.length - 1];
      const bare = own !== undefined && !org.capitalized && org.info.org && own.capitalized && !own.info.org && !own.info.title && this.registry.resolveSingle(last.text, pos)?.kind !== 'person' && (parsed.name.length === 2 || !givenNameGender(own.lower));
      // ("Operator Marbrook Coaches said": a business's trade opening the sentence before its name
      // of two words or more is no part of it)
      const trade = !bare && parsed.name.length >= 3 && org.capitalized && (BUSINESS_NOUNS.has(org.lower) || TRADE_NOUNS.has(org.lower)) && parsed.name.slice(1).every((w) => w.capitalized);
      const entity = this.registry.addPhrase(displayPhrase(bare || trade ? parsed.name.slice(1) : parsed.name), 'organisation', spanOf(words), displayPhrase(trade ? parsed.name.slice(1) : parsed.name));
      // ("Forecasters at the Tarn Weather Centre confirmed …", then "a spokesman for the centre
      // said": the body the people are at is named too, as the latest body of its kind)
      const body = bodyOfPeopleAt(words);
      if (body > 0) this.registry.addPhrase(displayPhrase(words.slice(body)), 'organisation', spanOf(words.slice(body)));
      this.noteSpokesperson(words, entity, pos);
      return { entity, members: [] };
    }
    const holder = parsed && parsed.name.length === 2 && parsed.role.length === 0 ? this.registry.titledHolder(parsed.name[0], parsed.name[1], pos) : undefined;
    if (holder) return { entity: holder, members: [] };
    if (parsed && parsed.name.length >= 2) {
      const role = roleText(parsed.role) ?? appositionRole(phrase.apposition);
      const entity = this.registry.addSpelledName(spelled(parsed.name), role, 'person', spanOf(parsed.name));
      entity.person = true;
      this.learnGender(entity, words, phrase.apposition);
      return { entity, members: [] };
    }
    if (parsed && parsed.name.length === 1 && parsed.role.length === 1 && parsed.role[0].text === 'The') {
      // "The Independent" written mid-sentence: the article is part of the name
      return { entity: this.registry.addPhrase(`The ${parsed.name[0].text}`, 'organisation', spanOf(words)), members: [] };
    }
    if (parsed && parsed.name.length === 1 && parsed.role.length === 0 && words.length === 1 && sentenceCapitalOnly(words)) return this.sentenceOpeningGroup(words);
    if (parsed && parsed.name.length === 1) {
      const word = parsed.name[0];
      // ("the Ashbys said", after "Ann and Leo Ashby": the family, by its surname in the plural)
      if (parsed.role.length === 0 && isFamilyPlural(word) && this.registry.resolveSingle(word.text.slice(0, -1), pos)?.kind === 'person') {
        return { entity: this.registry.addPhrase(word.text, 'group', spanOf([word])), members: [] };
      }
      const appos = appositionRole(phrase.apposition);
      const honorific = rolesGender(parsed.role);
      // (a surname standing alone is whom the names pass read it as, there)
      const bare = words.length === 1 && parsed.role.length === 0 && !appos && !honorific ? this.registry.bareAt(word.text, word.start) : undefined;
      // ("Wendy, who declined to give her surname, said": a common given name alone, with "who"
      // after it, is a person's, not a body's)
      const person = parsed.role.length > 0 || (!!appos && NAME_LIKE.test(word.text)) || (phrase.who === true && words.length === 1 && givenNameGender(word.lower) !== undefined);
      // ("Tom Hale, 70, and his son, Ivo Hale, 41, …. “…,” the elder Mr Hale said": of two namesakes
      // whose ages were given, the older or the younger)
      const generation = parsed.role.length > 0 ? elderOrYounger(parsed.role) : undefined;
      const aged = generation ? this.namesakeByAge(word.text, pos, generation) : undefined;
      if (aged) return { entity: aged, members: [] };
      const entity = bare ?? this.registry.resolveSingle(word.text, pos, honorific) ?? this.registry.addSpelledName(word.text, roleText(parsed.role) ?? appos, person ? 'person' : 'organisation', spanOf([word]));
      if (parsed.role.length || appos) entity.person = true;
      if (entity.kind === 'person') entity.person = true;
      return { entity, members: [] };
    }
    // a role alone: "the minister", "Russian FM", "a spokesman"
    const roleWords = words.filter((t) => isTitleWord(t) || (t.capitalized && t.lower !== 'the'));
    // ("Three appeal judges refused. “…,” the judges said": a post in the plural, lowercase, is the
    // people holding it, not the one holder of that title named in the article)
    const several = !head.capitalized && isPlural(head) && isTitleWord(head);
    if (roleWords.length && !several) {
      const entity = this.registry.resolveRole(roleWords.map((t) => t.text), pos);
      if (entity) return { entity, members: [] };
      const holder = this.clubTitleHolder(words, pos);
      if (holder) return { entity: holder, members: [] };
    }
    // "A senior commission official said …" and then "the official said": the one described before
    if (words.length === 2 && words[0].lower === 'the' && !head.capitalized) {
      const earlier = this.registry.recentWithHead(head.text, pos);
      if (earlier) return { entity: earlier, members: earlier.members ?? [] };
    }
    const definite = words.length >= 2 && words[0].info.article;
    // "The world record holder, Ann Vik, was watching …" and then "the world record holder said"
    if (definite && words[0].lower === 'the' && !head.capitalized) {
      const holder = this.registry.recentWithRole(roleTextIn(words, 1, words.length), pos);
      if (holder) return { entity: holder, members: [] };
    }
    // ("said one woman": "one" and a noun for a person name someone, as "a woman" does)
    if (words.some(isSpeakerNoun) || roleWords.length || definite || phrase.someone || (words[0].lower === 'one' && personHead(words))) {
      // "the owner of the bar": a person, whom he or she may refer to later
      // ("The health minister, speaking in Tarnby, said …", "Another analyst said …": a
      // lowercase title for one person's post is someone, whom "she said" may find next)
      // (a sentence's opening "The" is not read into the phrase)
      const office = (!words[0].info.article || words[0].lower === 'the') && isTitleWord(head) && !isPlural(head) && !SPOKES_GENDER.has(head.lower) && words.every((w) => !w.capitalized);
      // ("A second official said": one more of those holding a post, a person, whom "he said"
      // then finds, also after someone unnamed spoke)
      if (personHead(words) || phrase.someone || office || oneMoreHolder(words)) {
        const person = this.registry.addPhrase(displayPhrase(words), 'person', spanOf(words));
        person.person = true;
        // ("the person said", "a person familiar with the talks said": wire copy's unnamed source,
        // followed like anyone for "he said", but the word "person" names nobody)
        if (head.lower === 'person' && words.length <= 2) person.unnamed = true;
        this.learnGender(person, words, undefined);
        return { entity: person, members: [] };
      }
      // (a capital that opens the sentence names no body)
      if (sentenceCapitalOnly(words)) return this.sentenceOpeningGroup(words);
      const entity = this.registry.addPhrase(displayPhrase(words), words.some((t) => t.capitalized && t.lower !== 'the') || !isPlural(head) ? 'organisation' : 'group', spanOf(words));
      // ("a spokesman for Tarn Homes": a body whose name has no word of an organisation)
      if (entity.kind === 'organisation' && entity.name.length > head.text.length) this.noteSpokesperson(words, entity, pos);
      return { entity, members: [] };
    }
    return { entity: null, members: [] };
  }

  /** "Critics said", "Some residents say": the group "critics said" mid-sentence is, under the same name. */
  private sentenceOpeningGroup(words: Token[]): { entity: Entity; members: Entity[] } {
    return { entity: this.registry.addPhrase(spelledLower(words), 'group', spanOf(words)), members: [] };
  }

  /**
   * "their governments", "his office": bodies that speak for the people they belong to are
   * credited to those people; "their lawyers" or "her mother" speak for themselves.
   */
  private resolveOwner(possessor: Token, words: Token[], pos: number, paragraph: number): { entity: Entity | null; members: Entity[] } | undefined {
    const head = words[words.length - 1].lower;
    // "added her husband": the one of his gender who shares her surname ("Edwina and Arthur Vik")
    if (SPOUSES.has(head) && words.length === 1 && /^h(er|is)$/.test(possessor.lower)) {
      const owner = this.resolvePronoun(possessor.lower === 'his' ? 'he' : 'she', pos, paragraph).entity;
      const gap = owner && owner.kind === 'person' ? owner.name.lastIndexOf(' ') : -1;
      const gender = head === 'husband' ? 'male' : 'female';
      const spouse = owner && gap > 0 ? this.registry.resolveSingle(owner.name.slice(gap + 1), pos, gender) : undefined;
      if (spouse && spouse !== owner && spouse.kind === 'person' && spouse.gender !== (gender === 'male' ? 'female' : 'male')) return { entity: spouse, members: [] };
    }
    // ("a statement on its website said", "its statement said": the body "it" stands for issued it)
    if (possessor.lower === 'its' && ISSUED_BY_OWNER.has(head)) {
      const issuer = this.resolvePronoun('it', pos, paragraph);
      return issuer.entity && issuer.entity.kind !== 'person' ? issuer : undefined;
    }
    if (!SPEAKS_FOR_OWNER.has(head)) return undefined;
    if (possessor.lower === 'their') {
      const pair = this.registry.recentPersons(pos, 2, 300);
      if (pair.length === 2) return { entity: pair[0], members: pair };
      return undefined;
    }
    const owner = this.resolvePronoun(possessor.lower === 'his' ? 'he' : possessor.lower === 'its' ? 'it' : 'she', pos, paragraph);
    return owner.entity ? owner : undefined;
  }

  /**
   * The owner in the possessive before a document's noun ("council's" in "the council's consultation
   * document", "Tarn Water's" in "Tarn Water's annual report"): a body of that kind named before, or
   * the one so named; undefined when no word before the noun is in the possessive.
   */
  private documentOwner(words: Token[], pos: number): Entity | undefined {
    let p = words.length - 2;
    while (p >= 0 && !endsInApostropheS(words[p].text)) p--;
    if (p < 0) return undefined;
    const owner = words[p];
    const bare = owner.text.slice(0, -2);
    if (!owner.capitalized) {
      // ("the council's report": the body of that kind named before, if any)
      const kinds = ORGANISATION_KINDS.get(bare.toLowerCase()) ?? (ORG_WORDS.has(bare.toLowerCase()) ? [bare.toLowerCase()] : undefined);
      return p === 0 || (p === 1 && words[0].info.article) ? (kinds && this.registry.recentOrganisation(kinds, pos)) : undefined;
    }
    let from = p;
    while (from > 0 && words[from - 1].capitalized && !words[from - 1].info.article) from--;
    const known = this.registry.resolveSingle(bare, pos);
    if (from === p || known?.kind === 'person') return known;
    // ("Ann Vik's letter": a person's, when a given name opens the name)
    const name = `${spelled(words.slice(from, p))} ${bare}`;
    const span = spanOf(words.slice(from, p + 1));
    return givenNameGender(words[from].lower) ? this.registry.addSpelledName(name, null, 'person', span) : this.registry.addPhrase(name, 'organisation', span);
  }

  /** "the two ministers", "Chinese and Russian ambassadors", "both sides". */
  private resolveGroup(words: Token[], pos: number): { entity: Entity; members: Entity[] } | undefined {
    const joined = this.resolveJoinedNames(words, pos);
    if (joined) return joined;
    // "ambassadors to the US": the head noun stands before the prepositional phrase
    let prep = -1;
    for (let i = 1; i < words.length && prep < 0; i++) if (HEAD_PREPOSITIONS.has(words[i].lower)) prep = i;
    const head = prep > 0 ? words[prep - 1] : words[words.length - 1];
    // ("both men", "both women": the two named last, if neither is of the other sex and the
    // paragraph does not open on people counted, unnamed, "Two neighbours said …"; else two people unnamed)
    if (words.length === 2 && bothMenOrWomen(words, 0)) {
      // ("After the hearing the twins said they regretted it. “…,” both men said": the people a plural
      // noun names as the subject of a verb of saying in the paragraph's opening sentence, not the
      // two named last)
      const spoken = pluralSpeakingBefore(this.paragraphOpening, pos);
      if (spoken) return { entity: this.registry.addPhrase(displayPhrase([spoken]), 'group', spanOf([spoken])), members: [] };
      const pair = this.registry.recentPersons(pos, 2);
      const gender = head.lower === 'men' ? 'male' : 'female';
      const opening = this.paragraphOpening?.[0];
      const counted = opening !== undefined && opening.kind === 'word' && GROUP_COUNTS.has(opening.lower);
      if (!counted && pair.length === 2 && pair.every((m) => !isOtherGender(m, gender))) return this.groupOf(pair, words);
      return { entity: this.registry.addPhrase(displayPhrase(words), 'group', spanOf(words)), members: [] };
    }
    if (!isPlural(head) || head.capitalized) return undefined;
    const count = words.find((t) => GROUP_COUNTS.has(t.lower));
    let members: Entity[] = [];
    if (count) {
      // ("the two ministers", "both sides": those named last; "Two traders said", a sentence opened
      // by the number, are people not named before)
      if (count === words[0] && count.capitalized && count.lower !== 'both') return undefined;
      const n = count.lower === 'both' || count.lower === 'two' ? 2 : count.lower === 'three' ? 3 : 4;
      members = this.registry.recentPersons(pos, n);
      if (members.length !== n) return undefined;
      // ("Both jockeys said", after a jockey and a trainer were named: one given another post is
      // not one of them, and the group is the noun's people, unnamed)
      if (isTitleWord(head) && members.some((m) => otherPost(m, head.lower))) return undefined;
    } else if (isTitleWord(head) || isSpeakerNoun(head)) {
      members = this.registry.personsWithRole(head.lower, pos);
      // ("Race organisers Tarn Road Runners said …", then "the organisers said": the one name given
      // that plural role is a body or a team, and speaks)
      const bodies = members.length < 2 ? this.registry.personsWithRole(head.lower, pos, true) : [];
      if (bodies.length === 1 && pluralRoleOf(bodies[0], head.lower)) return { entity: bodies[0], members: [] };
    }
    if (members.length < 2) return undefined;
    return this.groupOf(members, words);
  }

  /** The people jointly credited, as a group named by the phrase's words; the first of them speaks. */
  private groupOf(members: Entity[], words: Token[]): { entity: Entity; members: Entity[] } {
    const entity = this.registry.addPhrase(members.map((m) => m.name).join(' and '), 'group', spanOf(words));
    entity.members = members;
    return { entity: members[0], members };
  }

  /** "Qin Gang and Anatoly Antonov": two names joined are a group of two. */
  private resolveJoinedNames(words: Token[], pos: number): { entity: Entity; members: Entity[] } | undefined {
    if (!words.some((w) => w.lower === 'and' && !w.capitalized)) return undefined;
    const parts: Token[][] = [[]];
    for (const w of words) {
      if (w.lower === 'and' && !w.capitalized) parts.push([]);
      else parts[parts.length - 1].push(w);
    }
    if (parts.length < 2) return undefined;
    const members: Entity[] = [];
    // a relative left unnamed ("Tom Vik and his daughter"): the group is named by its words
    let relative = false;
    for (const part of parts) {
      if (members.length > 0 && part.length === 2 && relativeEndingAt(part, 1)) {
        relative = true;
        continue;
      }
      const parsed = splitNamePhrase(part);
      const found =
        !parsed || parsed.org || parsed.name.length === 0
          ? undefined
          : parsed.name.length === 1
            ? this.registry.resolveSingle(parsed.name[0].text, pos, rolesGender(parsed.role))
            : this.registry.addSpelledName(spelled(parsed.name), roleText(parsed.role), 'person', spanOf(parsed.name));
      if (!found) {
        // "Police and Crime Commissioner Ann Vik": the "and" is inside the title of the one person named
        if (part !== parts[parts.length - 1]) {
          const lastPart = splitNamePhrase(parts[parts.length - 1]);
          if (lastPart && !lastPart.org && lastPart.name.length >= 2 && lastPart.role.some(isTitleWord)) return undefined;
        }
        // "the Competition and Markets Board": one body whose name holds an "and"
        if (parts.length === 2 && parts[0].length === 1 && !parts[0][0].info.org && parts[1][0].capitalized && parts[1].length >= 2 && parts[1][parts[1].length - 1].info.org) return undefined;
        // "China and Russia said": not people, but they speak together
        if (parts.every((p) => p.length > 0 && p.every((t) => t.capitalized))) {
          // ("Tarn Police and Tarn Fire and Rescue Service said": the first body and the rest are named,
          // for "a police spokesperson" later)
          this.noteBody(parts[0]);
          this.noteBody(words.slice(parts[0].length + 1));
          return { entity: this.registry.addPhrase(displayPhrase(words), 'group', spanOf(words)), members: [] };
        }
        return undefined;
      }
      members.push(found);
    }
    const group = this.registry.addPhrase(relative ? displayPhrase(words) : members.map((m) => m.name).join(' and '), 'group', spanOf(words));
    group.members = members;
    return { entity: members[0], members };
  }

  private throughIssuer(doc: Entity): { entity: Entity; members: Entity[] } {
    const issuer = doc.issuer;
    if (!issuer) return { entity: doc, members: [] };
    if (issuer.members?.length) return { entity: issuer.members[0], members: issuer.members };
    return { entity: issuer, members: [] };
  }

  /**
   * "the Liberal MP", "the Rovers boss", "the City manager": a party or a club before the title
   * of someone named before with that title ("Local MP Ann Vik", "manager Tom Hale").
   */
  private clubTitleHolder(words: Token[], pos: number): Entity | undefined {
    const title = words[words.length - 1];
    if (words.length < 3 || words.length > 4 || words[0].lower !== 'the' || !isTitleWord(title) || title.info.honorific || !modifiersOnly(words, 1, words.length - 1)) return undefined;
    return this.registry.recentRoleHolder(title.text, pos);
  }

  /** "a spokeswoman for the board": the organisation speaks through someone "she" may refer to next. */
  private noteSpokesperson(words: Token[], entity: Entity, pos: number): void {
    for (const w of words) {
      if (w.capitalized) continue;
      const gender = SPOKES_GENDER.get(w.lower);
      if (gender !== undefined) {
        this.spokesperson = { entity, gender, pos };
        return;
      }
    }
  }

  /** Registers two or more capitalised words ending in an organisation word ("Tarn Police") as a body. */
  private noteBody(name: Token[]): void {
    if (name.length > 1 && name[name.length - 1].info.org) this.registry.addPhrase(displayPhrase(name), 'organisation', spanOf(name));
  }

  /** The organisation "the spokesman" (of that gender, if given) spoke for, when that was at most a few paragraphs back. */
  private spokespersonFor(noun: string, pos: number): Entity | undefined {
    const gender = SPOKES_GENDER.get(noun);
    const spokes = this.spokesperson;
    if (gender === undefined || !spokes || pos - spokes.pos > SPOKESPERSON_REACH) return undefined;
    return gender === null || spokes.gender === null || spokes.gender === gender ? spokes.entity : undefined;
  }

  /** The body in the role of the latest person named before pos whose role ends "of/at/for" a name of a body of no other kind. */
  private bodyInRole(pos: number, span: Span): Entity | undefined {
    for (let i = this.registry.entities.length - 1; i >= 0; i--) {
      const e = this.registry.entities[i];
      if (e.kind !== 'person' || !e.role || e.mentions.length === 0 || e.mentions[0].start >= pos) continue;
      const m = /\b(?:of|at|for) ((?:\p{Lu}[\p{L}’'-]*\s)+\p{Lu}[\p{L}’'-]*)$/u.exec(e.role);
      if (!m) continue;
      const words = m[1].split(/\s+/);
      const keys = words.map((w) => key(w));
      if (!ORG_WORDS.has(keys[keys.length - 1]) || keys.some((k) => BODY_KIND_NAME_WORDS.has(k) || BUSINESS_NAME_WORD_SET.has(k) || NOT_A_CHARITY.has(k))) continue;
      return this.registry.addPhrase(m[1], 'organisation', span);
    }
    return undefined;
  }

  /**
   * The person a description by trade and place ("the head gardener at Tarn Hall", ending at
   * `end`) turns out to be, as a feature names them after its opening quote: the first named
   * later, within a few paragraphs, with that trade as their role ("Keeper Ann Vik said", "The
   * judge, Tom Vik,"), or named in full as the next paragraph opens ("Ann Vik has spent the winter
   * …"). (A name opening the next sentence of the paragraph is read by the quote's own cue: see
   * nameAfterDescription.)
   */
  private namedAfterDescription(trade: Token, end: number): Entity | undefined {
    const byRole = this.registry.firstWithRoleAfter(end, DESCRIBED_REACH, trade.text);
    if (byRole) return byRole;
    const next = this.nextParagraphStart;
    return next > end ? this.registry.personNamedAt(next) : undefined;
  }

  /** Someone the words describe, unnamed but a person, whom "he" or "she" may find next. */
  private someoneDescribed(name: string, words: Token[]): { entity: Entity; members: Entity[] } {
    const person = this.registry.addPhrase(name, 'person', spanOf(words));
    person.person = true;
    return { entity: person, members: [] };
  }

  /** `at`: where the pronoun itself stands, when it stands in the text. */
  private resolvePronoun(pronoun: string, pos: number, paragraph: number, at = pos): { entity: Entity | null; members: Entity[] } {
    const gender = PRONOUNS.get(pronoun);
    if (gender === 'male' || gender === 'female') {
      const last = this.last;
      // ("“…,” he said.¶ Ann Vik, whose son …, said she had not slept.¶ “…,” she said": she is
      // the one named since the last speaker, not a woman quoted before him)
      const recent = this.registry.recentPerson(pos, gender, undefined, false, last && last.entity.kind === 'person' && last.pos < pos ? last.pos : -1);
      // someone unnamed spoke since the last speaker: "he" or "she" is them, named by a noun in that sentence or not at all
      if (this.anonymousAt > (last?.pos ?? -1) && at > this.anonymousWordAt) return { entity: recent && this.registry.lastMentionBefore(recent, pos) >= this.anonymousAt ? recent : null, members: [] };
      // "A spokeswoman for the board said … ‘…,’ she said": she speaks for the board, unless
      // someone was named since
      // ("A man who bought two of them lost £8,000. In a statement, he said: “…”": one the paragraph
      // opened on, unnamed, by "a", a noun of that gender and "who", is "he" or "she" there, unless
      // someone of that gender was named since)
      const opening = this.paragraphOpening;
      if (opening && opening.length > 3 && opening[0].start < at && (opening[0].lower === 'a' || opening[0].lower === 'an') && !opening[1].capitalized && genderOfNoun(opening[1].lower) === gender && opening[2].lower === 'who' && (!recent || this.registry.lastMentionBefore(recent, pos) < opening[0].start)) {
        let end = 3;
        while (end < opening.length && end < 12 && opening[end].kind === 'word') end++;
        if (opening[end]?.text === ',') return this.someoneDescribed(displayPhrase(opening.slice(1, end)), opening.slice(0, end));
      }
      const spokes = this.spokesperson;
      if (last && spokes && spokes.entity === last.entity && paragraph - last.paragraph <= 1 && (spokes.gender === null || spokes.gender === gender)) {
        if (!recent || this.registry.lastMentionBefore(recent, pos) < spokes.pos) return { entity: last.entity, members: [] };
      }
      let chosen: Entity | undefined = recent;
      // (a last speaker whose common given name tells the other gender never keeps the floor:
      // "Karl Vik called her “…”. She shrugs. “…”" is hers)
      if (last && last.entity.kind === 'person' && paragraph - last.paragraph <= 2 && !isOtherGender(last.entity, gender)) {
        // the last speaker keeps the floor unless someone else of that gender was named after them
        const rival = this.registry.recentPerson(pos, gender, last.entity);
        const seen = (e: Entity) => Math.max(this.registry.lastMentionBefore(e, pos), e === last.entity ? last.pos : -1);
        // a rival known to be of that gender beats a last speaker whose gender is unknown
        // (unless the last speaker is the one a sentence of reported speech opened with as its subject,
        // and the rival was named before that: "Ann Hale said the crew would rest.¶ “…,” he said");
        // a common given name makes it known ("Maureen Vey said … ‘…,’ she said" is Maureen's, not
        // that of a daughter a cue showed to be a woman two paragraphs before)
        // (nor one named before the sentence that left the last speaker unnamed: "One, a retired
        // engineer, said …. “…,” he said" is the engineer)
        // (nor one named only before the last speaker's credit in this same paragraph: "X’s
        // solicitor, Y, told the court …. He said X was “…”" is Y's)
        const rivalKnown = rival !== undefined && rival.gender === gender && !personGender(last.entity) && seen(rival) > seen(last.entity) - 300 && !(last.reported && paragraph - last.paragraph <= 1) && !(last.pos >= this.anonymousAt && this.anonymousAt >= 0 && seen(rival) < this.anonymousAt) && !(paragraph === last.paragraph && seen(rival) < last.pos);
        // a name met only in the rest of the sentence that credited the last speaker ("…, said Ana
        // Lind, an analyst at Tarn Securities"), and never shown to be a person, is no rival: it is
        // more likely a firm or a place than the next speaker
        const unproven = rival !== undefined && !rival.person && rival.gender !== gender && last.entity.person && seen(rival) < last.sentenceEnd;
        // (nor one of unknown gender met as what someone of that gender has, past the subject: "The
        // winner smiled when asked about her opponent, Tom Vik. “…,” she said" is the winner's)
        const owned = rival !== undefined && !rival.gender && !personGender(rival) && this.registry.lastMetAsOwned(rival, pos, gender);
        chosen = rival && !unproven && !owned && (seen(rival) > seen(last.entity) || rivalKnown) ? rival : last.entity;
      }
      // ("Vik plays Tom Hale in Sunday's final. … “…,” he said": one named last only as whom the
      // sentence's subject acts on yields to that subject, when nobody spoke since and the subject may be of that gender)
      if (chosen && chosen !== last?.entity) {
        const subject = this.registry.subjectOverLastMention(chosen, pos);
        const seenAt = this.registry.lastMentionBefore(chosen, pos);
        if (subject && subject.kind === 'person' && (subject.person || subject.gender !== undefined || personGender(subject) === gender) && !isOtherGender(subject, gender) && pos - seenAt <= SUBJECT_REACH && (last === undefined || last.pos < seenAt)) chosen = subject;
      }
      if (chosen) {
        if (!chosen.gender) chosen.gender = gender;
        return { entity: chosen, members: [] };
      }
      return { entity: null, members: [] };
    }
    if (gender === 'plural' || gender === 'neuter') {
      const last = this.last;
      if (last && last.entity.kind !== 'person' && paragraph - last.paragraph <= 3) return { entity: last.entity, members: last.entity.members ?? [] };
      const group = this.registry.latestNonPersonBefore(pos);
      if (group) return group.kind === 'document' ? this.throughIssuer(group) : { entity: group, members: group.members ?? [] };
    }
    return { entity: null, members: [] };
  }

  /**
   * "the 29-year-old", "the Dane": the person a description names by the age or the nationality
   * the article gave them, or undefined when it gives neither or nobody has it.
   */
  knownByDescription(phrase: Phrase, pos: number): Entity | undefined {
    const words = wordsOf(phrase.tokens);
    if (phrase.possessor || !describesPerson(words)) return undefined;
    const age = describedAge(words);
    if (age !== undefined) return this.registry.recentOfAge(age, pos);
    const last = words[words.length - 1];
    if (!last.capitalized) return undefined;
    return this.registry.recentOfOrigin(originOf(last), pos);
  }

  /** From the words of a name and of its apposition, if any. */
  private learnGender(entity: Entity, words: Token[], apposition: Token[] | undefined): void {
    if (entity.gender) return;
    const cue = (cues: ReadonlySet<string>) => hasCue(words, 0, words.length, cues) || (apposition !== undefined && hasCue(apposition, 0, apposition.length, cues));
    if (cue(FEMALE_CUES)) entity.gender = 'female';
    else if (cue(MALE_CUES)) entity.gender = 'male';
  }
}

/** How far before a pronoun the sentence whose subject acts on someone may stand (see resolvePronoun). */
const SUBJECT_REACH = 250;

/** Words for a competitor, said of companies as often as of people: "newcomer Fjellnet", "rival Telvik". */
const COMPETITOR_ROLES = new Set(['newcomer', 'rival', 'challenger', 'incumbent', 'competitor', 'entrant']);

/** The most words an aside between commas may hold in openingSubject. */
const ASIDE_WORDS = 12;

/**
 * "Ventrolux develops and operates …": one to three name words opening the sentence, then a
 * lowercase verb in -s ("develops", "has", "was"), or the company after "Shares in"; the words
 * named and whether they were a company's by its shares, or undefined.
 */
function openingSubject(tokens: Token[] | undefined): { name: Token[]; shares: boolean } | undefined {
  if (!tokens) return undefined;
  // ("Shares in Tarn Minerals fell …": wire copy's company, whose shares open the paragraph)
  if (tokens.length > 3 && tokens[0].lower === 'shares' && (tokens[1].lower === 'in' || tokens[1].lower === 'of')) {
    let e = 2;
    while (e < tokens.length && e < 6 && isNameWord(tokens[e])) e++;
    return e > 2 && !endsInPossessive(tokens[e - 1].text) ? { name: tokens.slice(2, e), shares: true } : undefined;
  }
  let k = 0;
  while (k < tokens.length && k < 3 && isNameWord(tokens[k]) && !tokens[k].info.org) k++;
  // ("Ferncrest's robots can …": an owner in the possessive is no subject, and its noun no verb)
  if (k > 0 && endsInPossessive(tokens[k - 1].text)) return undefined;
  // ("Fjellnet, backed by three power companies, won its first licence": an aside of words
  // between commas may stand before a verb before "its")
  if (k > 0 && tokens[k]?.text === ',') {
    let close = k + 1;
    while (close < tokens.length && close <= k + ASIDE_WORDS && tokens[close].kind === 'word') close++;
    return close > k + 1 && tokens[close]?.text === ',' && actsOnItsOwn(tokens, close + 1) ? { name: tokens.slice(0, k), shares: false } : undefined;
  }
  const verb = tokens[k];
  if (k === 0 || !verb || verb.kind !== 'word' || verb.capitalized || verb.lower.length < 2 || verb.info.stop) return undefined;
  // (a verb in "-s", or any verb before "its": "Harlow Mills closed its doors")
  if (verb.lower.charCodeAt(verb.lower.length - 1) !== 115 && !actsOnItsOwn(tokens, k)) return undefined;
  return { name: tokens.slice(0, k), shares: false };
}

const PEOPLE_AT = new Set(['at', 'of', 'from']);

/** The body's name that opens the sentence, after any "The", before its verb ("The Tarn Cycling Forum welcomed …"). */
function bodyOpening(tokens: Token[] | undefined): Token[] | undefined {
  const body = tokens && openingBody(tokens, Infinity, false);
  const verb = body && tokens[body.to];
  return body && verb?.kind === 'word' && !verb.info.stop ? tokens.slice(body.from, body.to) : undefined;
}

/**
 * "Forecasters at the Tarn Weather Centre", "Researchers from the Brack Institute": a plural noun
 * for people, "at", "of" or "from", and a body's capitalised name ending in a body's word; the
 * index where the body's name opens, or -1.
 */
function bodyOfPeopleAt(words: Token[]): number {
  const n = words.length;
  if (n < 4 || !words[0].info.plural || words[0].info.org || words[1].capitalized || !PEOPLE_AT.has(words[1].lower)) return -1;
  const from = words[2].lower === 'the' && !words[2].capitalized ? 3 : 2;
  if (n - from < 2 || !words[n - 1].info.org || !words[from].capitalized) return -1;
  for (let i = from; i < n; i++) if (!words[i].capitalized && !words[i].info.nameConnector) return -1;
  return from;
}

/** "Vale Link Buses, whose …", "Ostrelle, which …": the first name (of up to four words) said of a thing by the relative after its comma. */
function thingNamed(tokens: Token[] | undefined): Token[] | undefined {
  if (!tokens) return undefined;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i].text !== ',' || (tokens[i + 1].lower !== 'which' && tokens[i + 1].lower !== 'whose')) continue;
    let k = i;
    while (k > 0 && i - k < 4 && isNameWord(tokens[k - 1]) && !endsInPossessive(tokens[k - 1].text)) k--;
    // ("Tom Vik, whose son …" is a person's: the name must not open with a given name)
    return k < i && (k === 0 || !tokens[k - 1].capitalized) && !givenNameGender(tokens[k].lower) ? tokens.slice(k, i) : undefined;
  }
  return undefined;
}

/**
 * The index of "of" or "at" in "Analyst Jon Hale of Tarn Securities": two name words (after any
 * titles) before it and a body's word after it; -1 when the phrase is not so made.
 */
function personBeforeBody(words: Token[]): number {
  let at = -1;
  for (let i = 2; i < words.length - 1 && at < 0; i++) if (!words[i].capitalized && (words[i].lower === 'of' || words[i].lower === 'at')) at = i;
  if (at < 0) return -1;
  for (let i = 0; i < at; i++) {
    const w = words[i];
    if (!w.capitalized || w.info.org || w.info.stop || w.acronym || (isTitleWord(w) && i >= at - 2)) return -1;
  }
  for (let i = at + 1; i < words.length; i++) if (words[i].info.org) return at;
  // "Ann Vik of the Open Skies Watch": a name of two capitalised words or more after "the"
  return words[at + 1].lower === 'the' && words.length - at >= 4 && modifiersOnly(words, at + 2, words.length) ? at : -1;
}

/** words[from, to) are capitalised words that are neither titles nor stop words: "Liberal", "Tarn Rovers". */
function modifiersOnly(words: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!words[i].capitalized || isTitleWord(words[i]) || words[i].info.stop) return false;
  return true;
}

/** A word spelled as a name is ("Daniel"), not as an acronym ("U.S."). */
const NAME_LIKE = /^\p{Lu}\p{Ll}+$/u;

/**
 * A short lowercase phrase holding an age or a "mother-of-two" ("the 67-year-old", "the 31-year-old
 * striker"), or "the" and a noun for someone just named ("the defender", "the widow"; "a defender" is someone new).
 */
function describesPerson(words: Token[]): boolean {
  if (words.length > 4) return false;
  // "The Italian, who took charge in October, added": a sentence's opening "The" is not read into
  // the phrase, so the nationality stands alone (but "Finn", "Dane" or "Pole" alone may be a name)
  if (words.length === 1 && words[0].capitalized && NATIONALITIES.has(words[0].lower) && words[0].lower.length > 5) return true;
  let described = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // "the father of two"
    if (i === 1 && familyCountAt(words, i)) return words.length === 4;
    // "said the Dane": a nationality right after "the", ending the phrase (alone, "Dane" or
    // "Finn" may be someone's name)
    // ("the 31-year-old Briton": an age may stand between)
    if (w.capitalized && i === words.length - 1 && i > 0 && (words[i - 1].lower === 'the' || (words[0].lower === 'the' && words[i - 1].info.describesPerson && AGE_OR_FAMILY.test(words[i - 1].lower))) && (NATIONALITIES.has(w.lower) || demonymMan(w) || DEMONYM.test(w.lower))) {
      described = true;
      continue;
    }
    // ("the Kelby-born plasterer": only a person is born somewhere, so a place's "-born" before a
    // lowercase noun ending the phrase describes someone, whatever the noun)
    if (i > 0 && i === words.length - 2 && words[0].lower === 'the' && w.capitalized && /\p{L}-born$/u.test(w.lower) && words[i + 1].kind === 'word' && !words[i + 1].capitalized) {
      described = true;
      continue;
    }
    // ("the Irishman" is written with a capital)
    // ("the Tarn midfielder", "the former Wales international": a team's or a country's name
    // before the noun that describes the player is still a description)
    if (w.capitalized && !w.info.article && !w.info.describesPerson && !(i > 0 && words[0].lower === 'the' && i < words.length - 1 && !w.info.title && !w.info.honorific && finalDescription(words))) return false;
    if (w.info.describesPerson) described = true;
  }
  if (described && (words[0].lower === 'a' || words[0].lower === 'an')) {
    for (const w of words) if (w.info.describesPerson && !AGE_OR_FAMILY.test(w.lower)) return false;
  }
  return described;
}

/** The age in a description: "the 24-year-old", "the 24-year-old striker". */
function describedAge(words: Token[]): number | undefined {
  for (const w of words) {
    const age = yearsOld(w);
    if (age !== undefined) return age;
  }
  return undefined;
}

/** Whether the phrase ends on a lowercase noun that describes a person ("midfielder", "veteran"). */
function finalDescription(words: Token[]): boolean {
  const last = words[words.length - 1];
  return !last.capitalized && last.info.describesPerson && !AGE_OR_FAMILY.test(last.lower);
}

const REFLEXIVES: ReadonlySet<string> = new Set(['itself', 'themselves', 'himself', 'herself']);

/**
 * "the pair", "the duo", "the couple", "the two", "the two men": two people spoken of together,
 * in lowercase, with "the" (not "a couple of residents", nor "the two clubs").
 */
/** How far after a description by trade and place the one named with that trade is looked for (a few paragraphs). */
const DESCRIBED_REACH = 1200;

/**
 * "the last cobbler in Tarnby", "the head keeper of natural history at the Tarn Museum": "the",
 * lowercase words (a trade, what it is of) and a preposition of place before a capitalised name
 * (a place or a body, "the" and "of" inside it) to the end. The index of the trade's noun, the
 * word before the first preposition, or -1.
 */
function describedByPlace(words: Token[]): number {
  if (words.length < 4 || words[0].lower !== 'the' || words[0].capitalized) return -1;
  let p = 1;
  let noun = -1;
  while (p < words.length && p <= 6 && words[p].kind === 'word' && !words[p].capitalized && !words[p].info.pronoun && !TRADE_PLACE_PREPOSITIONS.has(words[p].lower)) {
    if (words[p].lower === 'of' && noun < 0) noun = p - 1;
    p++;
  }
  if (noun < 0) noun = p - 1;
  const head = words[noun];
  if (noun < 1 || p >= words.length - 1 || !TRADE_PLACE_PREPOSITIONS.has(words[p].lower) || head.lower === 'of' || head.info.stop || head.info.plural || head.info.org) return -1;
  if (!words[words.length - 1].capitalized) return -1;
  for (let i = p + 1; i < words.length; i++) {
    const w = words[i];
    if (w.info.honorific || !(w.capitalized || PLACE_NAME_CONNECTORS.has(w.lower))) return -1;
  }
  return noun;
}

/** Lowercase words inside a place's or a body's name ("the Guild of Shire Criers"). */
const PLACE_NAME_CONNECTORS = new Set(['the', 'of', 'and']);

function namesAPair(words: Token[]): boolean {
  return words.length >= 2 && words[0].lower === 'the' && pairWordsAt(words, 1) === words.length - 1;
}

/** "Ashbys": one capitalised word in the plural, no body's word, no possessive. */
function isFamilyPlural(t: Token): boolean {
  return t.kind === 'word' && t.capitalized && !t.acronym && !t.info.org && !t.info.title && t.text.length > 3 && /\p{Ll}s$/u.test(t.text) && !endsInApostropheS(t.text);
}

/** A lowercase word and "of" opening a name: a post in a body ("leader of Tarn Council"), not the body. */
const ROLE_OF_BODY = /^\p{Ll}\S* of /u;

const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth']);

/** "a second official", "a third officer": one more holder of a post named by a lowercase noun, in the singular. */
function oneMoreHolder(words: Token[]): boolean {
  const head = words[words.length - 1];
  // (a sentence's opening "A" may have been left out of the phrase)
  const from = words.length === 3 && (words[0].lower === 'a' || words[0].lower === 'an') ? 1 : 0;
  const more = words.length - from === 2 && ORDINALS.has(words[from].lower);
  return more && !head.capitalized && !head.info.plural && head.info.title && isSpeakerNoun(head);
}

/** "67-year-old", "mother-of-two": descriptions that may follow "a" and still mean someone named. */
const AGE_OR_FAMILY = /\d|-of-/;

/** "Mr", "Mrs", "Ms", "Miss" before a surname: the gender they give. */
function rolesGender(role: Token[]): 'male' | 'female' | undefined {
  for (const w of role) if (w.info.honorific) return honorificGender(w.lower);
  return undefined;
}

function genderOfWords(words: Token[]): 'male' | 'female' | undefined {
  for (const w of words) {
    if (FEMALE_CUES.has(w.lower)) return 'female';
    if (MALE_CUES.has(w.lower)) return 'male';
    // "the Irishman", "the Yorkshirewoman"
    if (w.capitalized && demonymMan(w)) return w.lower.endsWith('woman') ? 'female' : 'male';
  }
  return undefined;
}

/**
 * Reads "X published an article", "the two presidents issued a joint statement": remembers who
 * issued each document so that "the statement said" can be credited to them.
 */
export function noteIssuers(tokens: Token[], resolver: SpeakerResolver, paragraph: number): void {
  statementLeadIn(tokens, resolver, paragraph);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    // "published a report", or a reporting verb "in a statement"
    if (!t.info.issue && !((isReportingVerb(t) || (ADDRESS_VERBS.has(t.lower) && !t.capitalized)) && tokens[i + 1]?.lower === 'in' && DOCUMENT_DETERMINERS.has(tokens[i + 2]?.lower ?? ''))) continue;
    let k = i + 1;
    while (k < tokens.length && tokens[k].kind === 'word' && !isDocumentWord(tokens[k]) && k - i <= 4) k++;
    const doc = tokens[k];
    if (!doc || !isDocumentWord(doc)) continue;
    const subjectEnd = skipAdverbsLeft(tokens, i - 1);
    let end = subjectEnd;
    let found = phraseEndingAt(tokens, end);
    if (!found) found = phraseEndingAt(tokens, (end = skipJointly(tokens, subjectEnd)));
    // ("The central bank said in a statement": a body's lowercase noun after "the" issued it too)
    if (!found) found = definiteCommonNoun(tokens, (end = subjectEnd));
    if (!found) continue;
    const subject = whoseOwner(tokens, end - found.tokens.length - (found.possessor ? 1 : 0), resolver, t.start) ?? found;
    const issuer = resolver.resolve(subject, t.start, paragraph);
    if (!issuer.entity) continue;
    const docWords = tokens.slice(i + 1, k + 1).filter((w) => w.kind === 'word' && !DOCUMENT_DETERMINERS.has(w.lower));
    const document = resolver.registry.addPhrase(displayPhrase(docWords), 'document', spanOf(docWords));
    document.issuer = issuer.members.length > 1 ? groupOf(resolver.registry, issuer.members, docWords) : issuer.entity;
  }
}

/** After "heard that", "said that", "found that" before tokens[v]: where the clause's subject starts, or 0. */
function reportedClauseStart(tokens: Token[], v: number): number {
  for (let k = v - 1; k >= 2; k--) {
    const t = tokens[k];
    if (t.kind === 'quote') return 0;
    if (t.lower !== 'that' || t.capitalized) continue;
    const verb = tokens[k - 1];
    return verb.kind === 'word' && !verb.capitalized && (verb.info.reporting || CLAUSE_VERBS.has(verb.lower)) ? k + 1 : 0;
  }
  return 0;
}

/** Verbs of learning that take a clause: "the court heard that …". */
const CLAUSE_VERBS = new Set(['heard', 'learned', 'learnt', 'found']);

/**
 * "Ann Vik apologised in an email": verbs of address that are no reporting verbs, but whose
 * subject wrote the document they were made in.
 */
const ADDRESS_VERBS = new Set(['apologised', 'apologized', 'apologises', 'apologizes', 'thanked', 'assured', 'reassured']);

/**
 * "Ann Vik, whose office issued a statement": the person the relative clause is about, when the
 * phrase before its comma names someone already known, issued it, not a bare "office".
 */
function whoseOwner(tokens: Token[], k: number, resolver: SpeakerResolver, pos: number): Phrase | undefined {
  if (k < 2 || tokens[k].lower !== 'whose' || tokens[k - 1].text !== ',') return undefined;
  const owner = phraseEndingAt(tokens, k - 2);
  const last = owner?.tokens[owner.tokens.length - 1];
  return last && last.capitalized && resolver.registry.resolveSingle(last.text, pos)?.kind === 'person' ? owner : undefined;
}

/**
 * "In a statement, …", "In a joint statement, …" (a lowercase word may stand before the document's):
 * the index of the document's noun, or 0.
 */
export function leadInDocument(tokens: Token[]): number {
  if (tokens.length < 4 || tokens[0].lower !== 'in' || !DOCUMENT_DETERMINERS.has(tokens[1].lower) || tokens[2].kind !== 'word') return 0;
  // ("In a victim impact statement read to the court, …": up to two lowercase words before the document)
  for (let k = 2; k <= 4 && k < tokens.length && tokens[k].kind === 'word'; k++) {
    if (isDocumentWord(tokens[k])) return k;
    if (tokens[k].capitalized) return 0;
  }
  return 0;
}

/** "In a statement (released through police), the family said …": the family issued the statement. */
function statementLeadIn(tokens: Token[], resolver: SpeakerResolver, paragraph: number): void {
  const d = leadInDocument(tokens);
  if (!d) return;
  let comma = d + 1;
  while (comma < tokens.length && comma < 16 && tokens[comma].text !== ',') comma++;
  for (let v = comma + 1; v < tokens.length && v < comma + 12; v++) {
    if (!isReportingVerb(tokens[v])) continue;
    // the subject stands after the lead-in's comma
    const subject = subjectOfVerb(tokens, v, false);
    if (!subject || subject.tokens[0].start < tokens[comma].start) return;
    // ("the two governments said": a count guesses its members from the names before; left to the quote's own rules)
    if (subject.tokens.some((t) => GROUP_COUNTS.has(t.lower))) return;
    const issuer = resolver.resolve(subject, tokens[v].start, paragraph);
    if (!issuer.entity) return;
    const document = resolver.registry.addPhrase(tokens[d].text, 'document', spanOf([tokens[d]]));
    document.issuer = issuer.members.length > 1 ? groupOf(resolver.registry, issuer.members, [tokens[d]]) : issuer.entity;
    return;
  }
}

function skipJointly(tokens: Token[], k: number): number {
  while (k >= 0 && tokens[k].kind === 'word' && tokens[k].info.endsLy) k--;
  return k;
}

function groupOf(registry: EntityRegistry, members: Entity[], words: Token[]): Entity {
  const group = registry.addPhrase(members.map((m) => m.name).join(' and '), 'group', spanOf(words));
  group.members = members;
  return group;
}

/** A body's proper name with no word of a kind of body in it ("Brisco Steel", "Harlow Mills"): a business's. */
function tradingName(e: Entity): boolean {
  const words = e.name.split(' ');
  return words.every((w) => /^\p{Lu}/u.test(w)) && !ORG_WORDS.has(e.keys[e.keys.length - 1]);
}

/** "the elder Mr Vik", "the younger Vik": which of two namesakes the words before the surname mean, if they say. */
function elderOrYounger(role: Token[]): 'elder' | 'younger' | undefined {
  for (const t of role) {
    if (t.lower === 'elder' || t.lower === 'older') return 'elder';
    if (t.lower === 'younger') return 'younger';
  }
  return undefined;
}

/** The head nouns of bodies that are no business: "the board", "the Ostby Chamber of Commerce". */
const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set(['board', 'chamber', 'council', 'union', 'police', 'constabulary', 'association', 'federation', 'ministry', 'department', 'agency', 'authority', 'commission', 'committee', 'court', 'government', 'university', 'school', 'college', 'hospital', 'charity', 'trust', 'society', 'club', 'party', 'guild', 'league', 'museum', 'library', 'foundation', 'institute', 'parliament', 'embassy']);

/** Whether a body's name is headed by a word for a body that is no business: the noun before "of", or its last word. */
function namedAsPublicBody(e: Entity): boolean {
  const words = e.name.toLowerCase().split(' ');
  const of = words.indexOf('of');
  return PUBLIC_BODY_HEADS.has(words[of > 0 ? of - 1 : words.length - 1]);
}

/** Words for a body of any kind: "the organisation". */
const ANY_BODY_NOUNS: ReadonlySet<string> = new Set(['organisation', 'organization']);

/** Words in the names of bodies that are never a charity: a state's offices, courts, parties, firms, papers. */
const NOT_A_CHARITY: ReadonlySet<string> = new Set(['ministry', 'department', 'government', 'court', 'party', 'parliament', 'embassy', 'army', 'navy', 'commission', 'authority', 'inc', 'ltd', 'plc', 'llc', 'corp', 'news', 'press', 'radio', 'television', 'tv', 'times', 'post', 'herald', 'gazette', 'courier', 'service', 'office']);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * "Ann Vik on Monday said", "Three judges on Thursday ruled": the day between a subject and its
 * verb is no part of the subject; the index left of "on" and its weekday, or k when there is none.
 */
function pastDayBefore(tokens: Token[], k: number): number {
  if (k < 2 || tokens[k].kind !== 'word' || !WEEKDAYS.has(tokens[k].lower) || tokens[k - 1].lower !== 'on' || tokens[k - 1].capitalized) return k;
  const before = tokens[k - 2];
  return before.kind === 'word' && !before.info.stop && !before.info.reporting ? skipAdverbsLeft(tokens, k - 2) : k;
}

/**
 * "A statement read on her behalf by her solicitor outside court said", "A statement issued on
 * behalf of Tarn Rail said": a sentence whose subject opens with a document's noun, "on" a
 * possessive pronoun and "behalf", or "on behalf of" a name, before the verb at end + 1: whom it
 * speaks for (the pronoun, or the name).
 */
function behalfOfDocument(tokens: Token[], end: number): Phrase | undefined {
  const start = subjectStart(tokens);
  let doc = start;
  while (doc <= end && doc - start <= 2 && !(tokens[doc].kind === 'word' && !tokens[doc].capitalized && isDocumentWord(tokens[doc]))) doc++;
  if (doc > end || doc - start > 2 || !tokens[start].info.article) return undefined;
  for (let i = doc + 1; i + 2 <= end; i++) {
    if (tokens[i].lower !== 'on') continue;
    const owner = subjectOfPossessive(tokens[i + 1]);
    if (tokens[i + 2].lower === 'behalf' && owner) return { tokens: [owner] };
    if (tokens[i + 1].lower === 'behalf' && tokens[i + 2].lower === 'of') {
      const named = phraseStartingAt(tokens, i + 3);
      return named && named.tokens[0].capitalized ? named : undefined;
    }
  }
  return undefined;
}

/** A possessive determiner read as its subject's pronoun, where it stands: "her" as "she" ("on her behalf", "in her own words"). */
export function subjectOfPossessive(owner: Token): Token | undefined {
  const subject = owner.lower === 'her' ? 'she' : owner.lower === 'his' ? 'he' : owner.lower === 'their' ? 'they' : undefined;
  return subject ? new Token(tokenize(subject, 0, subject.length, [])[0].facts, owner.start) : undefined;
}

/**
 * "Chief engineer Ann Vik was quoted … as saying": a title word the sentence's opening capitalises
 * and one lowercase word of the post, at start, before a name: the name (the title word alone is
 * no one's name).
 */
function roleThenName(tokens: Token[], start: number): Phrase | undefined {
  const title = tokens[start];
  const post = tokens[start + 1];
  if (title === undefined || post === undefined || title.kind !== 'word' || !title.capitalized || !title.info.title || title.info.honorific) return undefined;
  if (post.kind !== 'word' || post.capitalized || !/^\p{Ll}+$/u.test(post.text) || post.info.stop || post.info.reporting || post.info.verbAdverb || post.info.pronoun) return undefined;
  if (!tokens[start + 2]?.capitalized || tokens[start + 2].info.stop) return undefined;
  const named = phraseStartingAt(tokens, start + 2);
  return named && named.tokens.every((t) => t.capitalized && !t.info.org) ? named : undefined;
}

/** The speaker of a sentence's reporting verb: the phrase before it, or after it when inverted. */
export function subjectOfVerb(tokens: Token[], v: number, allowInversion: boolean): Phrase | undefined {
  const verb = tokens[v];
  if (openingPhraseParticiple(tokens, v)) return undefined;
  const left = v > 0 ? tokens[v - 1] : undefined;
  if (verb.info.endsIng && left && left.kind === 'word' && isDocumentWord(left)) {
    const doc = phraseEndingAt(tokens, v - 1);
    if (doc) return doc;
  }
  if (verb.info.endsIng) {
    // ("Rates will fall, Ann Holt told reporters, adding that …": a participle after a comma has the
    // subject of the reporting verb before it in the sentence, not the sentence's opening words)
    const afterComma = left?.text === ',';
    // ("The appeal court quashed the order, ruling that …": a participle of finding has the
    // subject of the clause's verb in the past before it, whatever that verb)
    const finding = findingParticiple(tokens, v);
    for (let u = v - 2; afterComma && u >= 0; u--) {
      const t = tokens[u];
      // ("Ann Vik, the head, apologised to staff, describing …": or a verb of address)
      const past = finding && t.kind === 'word' && t.info.endsEd && !t.info.reporting;
      if (t.kind !== 'word' || !(t.info.reporting || ADDRESS_VERBS.has(t.lower) || past) || t.info.endsIng || t.capitalized) continue;
      const said = subjectOfVerb(tokens, u, allowInversion);
      if (said) return said;
      // (a participle in the past inside the clause, "offences committed in May", has no subject)
      if (past) continue;
      break;
    }
    // ("The court heard that a contractor, Ann Vik, had written to him describing …": the participle
    // is the reported clause's, whose subject stands after "that")
    const clause = reportedClauseStart(tokens, v);
    if (clause > 0) {
      const subject = phraseStartingAt(tokens, clause);
      if (subject) return subject;
    }
    const start = subjectStart(tokens);
    return roleThenName(tokens, start) ?? phraseStartingAt(tokens, start);
  }
  let subjectEnd = skipAdverbsLeft(tokens, pastDayBefore(tokens, skipAdverbsLeft(tokens, v - 1)));
  // ("The sisters both said", "They all told reporters": a quantifier floated after a plural subject is none of it)
  const floated = tokens[subjectEnd];
  const quantified = subjectEnd >= 1 && floated.kind === 'word' && !floated.capitalized && FLOATED_QUANTIFIERS.has(floated.lower) && (tokens[subjectEnd - 1].info.plural || tokens[subjectEnd - 1].lower === 'they' || PAIR_NOUNS.has(tokens[subjectEnd - 1].lower) || (subjectEnd >= 2 && tokens[subjectEnd - 1].text === ','));
  if (quantified) subjectEnd = skipAdverbsLeft(tokens, subjectEnd - 1);
  // "a warning from the chairman, Ann Vik, who asked members to “…”": "who" after a comma is the name
  // before it (for what follows the verb: a quote before it is not what the clause reports)
  if (!allowInversion && subjectEnd >= 2 && tokens[subjectEnd].lower === 'who' && tokens[subjectEnd - 1].text === ',') {
    // (a personal name of two words or more, not a place: "a station in London, who told them")
    const named = phraseEndingAt(tokens, subjectEnd - 2);
    if (named && named.tokens.length >= 2 && named.tokens.every((t) => t.capitalized && !t.info.org)) return named;
    // ("owned by the Ashbys, who said": a family by its surname in the plural, after "the")
    const family = tokens[subjectEnd - 2];
    const the = tokens[subjectEnd - 3];
    if (named && named.tokens[named.tokens.length - 1] === family && named.tokens.length <= 2 && isFamilyPlural(family) && the?.lower === 'the' && !the.capitalized) return { tokens: [the, family] };
  }
  // "handed to the county museum, which described them as “…”": "which" after a comma is the body
  // before it, when a body's noun ends that phrase
  if (!allowInversion && subjectEnd >= 2 && tokens[subjectEnd].lower === 'which' && tokens[subjectEnd - 1].text === ',') {
    // (or its kind after "the": "the county museum")
    const named = phraseEndingAt(tokens, subjectEnd - 2) ?? definiteCommonNoun(tokens, subjectEnd - 2);
    if (named && !named.apposition && named.tokens[named.tokens.length - 1].info.org) return named;
  }
  // ("A statement read on her behalf by her solicitor said": the document speaks for whom it was
  // read or issued, "her", or "on behalf of Tarn Rail")
  const behalf = !allowInversion ? behalfOfDocument(tokens, subjectEnd) : undefined;
  if (behalf) return behalf;
  // "her husband said": a spouse after "her" or "his" (see resolveOwner)
  // ("Her husband, 74, said": an age between commas may stand between)
  const spouseAt = subjectEnd >= 4 && tokens[subjectEnd].text === ',' && tokens[subjectEnd - 1].info.digits && tokens[subjectEnd - 2].text === ',' ? subjectEnd - 3 : subjectEnd;
  if (spouseAt >= 1 && SPOUSES.has(tokens[spouseAt].lower) && /^h(er|is)$/.test(tokens[spouseAt - 1].lower)) return { tokens: [tokens[spouseAt]], possessor: tokens[spouseAt - 1] };
  // ("A spokesperson for the trust said": the spokesperson speaks for the trust, and may be "the
  // spokesperson" later)
  const p = subjectEnd - 2;
  if (p >= 2 && tokens[p + 1].lower === 'the' && tokens[p].lower === 'for' && SPOKES_GENDER.has(tokens[p - 1].lower) && tokens[p - 2].info.article && !tokens[subjectEnd].capitalized) return { tokens: tokens.slice(p - 2, subjectEnd + 1) };
  // ("A spokeswoman for the fisheries directorate said": one lowercase word may describe the body's noun)
  if (p >= 3 && tokens[p].lower === 'the' && tokens[p - 1].lower === 'for' && SPOKES_GENDER.has(tokens[p - 2].lower) && tokens[p - 3].info.article && lowercaseBodyNoun(tokens[subjectEnd], tokens[subjectEnd - 1])) return { tokens: tokens.slice(p - 3, subjectEnd + 1) };
  // ("A spokeswoman for the council's highways committee said": so does one for a body named by
  // its owner in the possessive, then one to three lowercase words ending in a body's noun)
  if (subjectEnd >= 5 && tokens[subjectEnd]?.kind === 'word' && !tokens[subjectEnd].capitalized && tokens[subjectEnd].info.org) {
    let o = subjectEnd - 1;
    while (o > subjectEnd - 3 && tokens[o].kind === 'word' && !tokens[o].capitalized && !endsInApostropheS(tokens[o].text) && isModifier(tokens[o])) o--;
    if (o >= 4 && tokens[o].kind === 'word' && !tokens[o].capitalized && endsInApostropheS(tokens[o].text) && tokens[o - 1].lower === 'the' && tokens[o - 2].lower === 'for' && SPOKES_GENDER.has(tokens[o - 3].lower) && tokens[o - 4].info.article) return { tokens: tokens.slice(o - 4, subjectEnd + 1) };
  }
  // ("A spokesman for the Tarn branch of the Growers' Union said": so does one for a part of a body)
  const part = spokespersonForPartEndingAt(tokens, subjectEnd);
  if (part) return part;
  let before = phraseEndingAt(tokens, subjectEnd);
  // ("the Tarn disaster office said": the body's name before its lowercase kind belongs to it;
  // so does an owner in the possessive: "the county's highways department said")
  if (before && before.tokens.length === 1 && before.tokens[0].info.org && !before.tokens[0].capitalized && subjectEnd >= 2 && tokens[subjectEnd - 1].kind === 'word' && !tokens[subjectEnd - 1].capitalized) {
    const named = definiteCommonNoun(tokens, subjectEnd);
    if (named && named.tokens.length > 2 && (named.tokens[1].capitalized || endsInApostropheS(named.tokens[1].text))) before = named;
  }
  // "Tarn Events thanked the police and said": what a verb before "and" acted on does not speak
  // ("met the fisheries minister, Colin Abbot, and said": an apposition before the name and its commas are the object's too)
  const lead = before?.apposition && before.apposition[0].start < before.tokens[0].start ? before.apposition.length + 2 : 0;
  // ("Tom Vik, the farmer who found it, said": an apposition after the name stands between it and the verb)
  const trails = before?.apposition !== undefined && before.apposition.length > 0 && before.apposition[0].start > before.tokens[0].start;
  let objectAt = before ? (trails ? tokens.indexOf(before.tokens[0]) : subjectEnd + 1 - before.tokens.length) - 1 - (before.possessor ? 1 : 0) - lead : -1;
  // ("One of them, a teacher who gave her name only as Ann, said": a name given in a clause stands
  // apart from the words it names, which open the phrase, so what comes before those is the object's place)
  if (before && lead) {
    const name = tokens.indexOf(before.tokens[0]);
    const apposition = before.apposition ?? [];
    if (tokens[name - 2] !== apposition[apposition.length - 1]) objectAt = tokens.indexOf(apposition[0]) - 1;
  }
  if (before && subjectEnd < v - 1 && (objectOfVerb(tokens, objectAt) || unclosedApposition(tokens, objectAt))) {
    const coordinated = coordinatedSubject(tokens, subjectEnd, v);
    if (coordinated) return coordinated;
  }
  if (before) {
    const source = (objectAt >= 2 ? sourceBeforeModifier(tokens, objectAt) ?? relativeClauseSubject(tokens, objectAt) : undefined) ?? tieInside(tokens, before);
    if (source) return source;
    if (placeObject(tokens, subjectEnd, before)) return subjectAcrossPlace(tokens, subjectEnd - before.tokens.length) ?? before;
    // ("An engineer at the plant said": a lowercase body after a preposition is where the person before it is)
    // (personAcrossObject reads only a phrase opened by a lowercase "the", "a" or "an")
    return (!before.apposition && !before.possessor ? personAcrossObject(tokens, subjectEnd, before) : undefined) ?? before;
  }
  // only a verb that cannot be a noun ("said", "replied"; not "promise", "report") lets any
  // definite noun before it speak, and so does one a reflexive follows ("the trust describes itself as")
  if (verb.info.endsEd || verb.info.onlyVerb || REFLEXIVES.has(tokens[v + 1]?.lower ?? '')) {
    // ("The stewards later said", "The umpires also said": an adverb between the noun and its verb
    // (an adverb of time or sequence only; not "and", "but" or an auxiliary: "the rules were said …")
    const adverbsOnly = subjectEnd === v - 2 && tokens[v - 1].kind === 'word' && !tokens[v - 1].capitalized && SEQUENCE_ADVERBS.has(tokens[v - 1].lower);
    const nounAt = (quantified && subjectEnd === v - 2) || adverbsOnly ? subjectEnd : v - 1;
    // ("Both riders said", "Two keepers later said": or a count before a plural noun for people)
    const common = definiteCommonNoun(tokens, nounAt) ?? countedPeople(tokens, nounAt);
    if (common) {
      // (the token before the noun phrase: "close to" or a relative clause's verb may stand there)
      const at = nounAt - common.tokens.length;
      const source = at >= 2 ? (sourceBeforeModifier(tokens, at) ?? relativeClauseSubject(tokens, at)) : undefined;
      return source ?? personOfBody(tokens, at, common) ?? personAcrossObject(tokens, nounAt, common) ?? common;
    }
  }
  const relative = personBeforeRelative(tokens, v);
  if (relative) return relative;
  // ("A trader at a Tarnby bank said": a place with a capital in it, which no phrase before the verb reads)
  const where = verb.info.endsEd || verb.info.onlyVerb ? personBeforeWhere(tokens, v) : undefined;
  if (where) return where;
  const coordinated = coordinatedSubject(tokens, subjectEnd, v);
  if (coordinated) return coordinated;
  if (allowInversion) return phraseStartingAt(tokens, skipAdverbsRight(tokens, v + 1));
  return undefined;
}

/** Prepositions that open a sentence with the medium or occasion of what follows ("In a video posted online, …"). */
const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'through', 'via']);

/**
 * "In a video posted online, the mayor urged calm": a verb in "-ed" after a sentence's opening
 * preposition, its article and a noun (one or two lowercase words) is a participle describing that
 * noun, not a finite verb: the object of a preposition is nobody's subject.
 */
function openingPhraseParticiple(tokens: Token[], v: number): boolean {
  if (!tokens[v].info.endsEd) return false;
  let k = v - 1;
  const nounEnd = k;
  while (k >= 0 && nounEnd - k < 2 && tokens[k].kind === 'word' && !tokens[k].capitalized && !tokens[k].info.article && !tokens[k].info.pronoun) k--;
  if (k === nounEnd || k < 1 || !tokens[k].info.article || tokens[k].capitalized) return false;
  const prep = tokens[k - 1];
  if (prep.kind !== 'word' || !prep.capitalized || !OPENING_PREPOSITIONS.has(prep.lower)) return false;
  const before = tokens[k - 2];
  return before === undefined || before.kind !== 'word' && /^[.!?\n]/.test(before.text);
}

/**
 * "A woman who lives nearby said", "a man who runs a café two doors down said": a person's noun,
 * then a relative clause whose end no phrase marks, before the verb at v. The clause runs from
 * "who" to the verb with no comma, conjunction or other reporting verb in it.
 */
function personBeforeRelative(tokens: Token[], v: number): Phrase | undefined {
  for (let who = v - 1; who >= 1 && who >= v - 9; who--) {
    const t = tokens[who];
    if (t.kind !== 'word' || t.info.reporting || CLAUSE_BREAKS.has(t.lower)) return undefined;
    if (t.lower !== 'who') continue;
    const verb = tokens[who + 1];
    const head = tokens[who - 1];
    if (who + 1 >= v || verb.kind !== 'word' || verb.capitalized || verb.info.stop) return undefined;
    if (head.kind !== 'word' || head.capitalized || !(head.info.personNoun || pluralPersonNoun(head))) return undefined;
    // ("Both riders who led said": or a count before the plural)
    return definiteCommonNoun(tokens, who - 1) ?? countedPeople(tokens, who - 1);
  }
  return undefined;
}

const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'that', 'which']);

/**
 * "Sergeant Tom Bell of the roads policing unit said": a personal name before "of" and the
 * lowercase body (`body`, after tokens[of]) is who speaks for it.
 */
function personOfBody(tokens: Token[], of: number, body: Phrase): Phrase | undefined {
  if (of < 2 || tokens[of].lower !== 'of' || tokens[of].capitalized || !body.tokens[body.tokens.length - 1].info.org) return undefined;
  const named = phraseEndingAt(tokens, of - 1);
  const n = named?.tokens.length ?? 0;
  return named && n >= 2 && isBareNameWord(named.tokens[n - 1]) && isBareNameWord(named.tokens[n - 2]) && !named.possessor ? named : undefined;
}

/** The words that tie an unnamed source to whom it is near: "close to", "familiar with", "briefed on". */
const SOURCE_TIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['to', ['close', 'closest']],
  ['with', ['familiar']],
  ['on', ['briefed']],
]);

/** Wire copy's unnamed source, a noun for no particular kind of person. */
const SOURCE_NOUNS = new Set(['source', 'sources', 'people', 'aide', 'aides', 'ally', 'allies', 'friend', 'friends', 'insider', 'insiders', 'official', 'officials']);

/**
 * "A source close to the board said", "a person familiar with the talks said", "one official
 * briefed on the plan said": the object of the tie, ending after tokens[at], is not the subject;
 * the noun before the tie is.
 */
function sourceBeforeModifier(tokens: Token[], at: number): Phrase | undefined {
  const prep = tokens[at];
  const tie = at >= 2 ? tokens[at - 1] : undefined;
  if (tie === undefined || prep.kind !== 'word' || !SOURCE_TIES.get(prep.lower)?.includes(tie.lower)) return undefined;
  const head = tokens[at - 2];
  if (head.kind !== 'word' || (!head.info.personNoun && !head.info.speakerNoun && !head.info.title && !SOURCE_NOUNS.has(head.lower))) return undefined;
  return definiteCommonNoun(tokens, at - 2) ?? { tokens: [head] };
}

/**
 * "A witness who helped the woman told …": the phrase before the verb is the object of a relative
 * clause's verb at v; the noun before "who" is the subject.
 */
function relativeClauseSubject(tokens: Token[], v: number): Phrase | undefined {
  // ("a spokesman for the family who put out the tin said": a phrasal verb's particle may stand
  // between the clause's verb and its object)
  const particle = v >= 3 && VERB_PARTICLES.has(tokens[v].lower) && tokens[v + 1]?.info.article === true && tokens[v - 1].kind === 'word' && !tokens[v - 1].capitalized && tokens[v - 2].lower === 'who';
  if (particle) v--;
  const verb = tokens[v];
  const who = tokens[v - 1];
  if (verb.kind !== 'word' || verb.capitalized || verb.info.reporting || (who.lower !== 'who' && who.lower !== 'that')) return undefined;
  // (a verb in the past, or one in "-s" before an article: "who helped the", "that runs the"; not
  // "a check that election observers described", where the noun phrase is the clause's subject;
  // after "who" and before its particle, any lowercase word is the clause's verb: "who set up the")
  if (!particle && !objectOfVerb(tokens, v) && !(verb.lower.endsWith('s') && tokens[v + 1]?.info.article)) return undefined;
  if (particle && (verb.info.stop || verb.info.endsLy)) return undefined;
  const head = tokens[v - 2];
  // ("the family who …": a noun for who speaks may end in "-ly" as an adverb does)
  if (head.kind !== 'word' || head.capitalized || head.info.stop || head.info.endsEd || head.info.endsIng || (head.info.endsLy && !head.info.speakerNoun && !head.info.personNoun)) return undefined;
  return definiteCommonNoun(tokens, v - 2) ?? countedPeople(tokens, v - 2);
}

/** Particles of phrasal verbs that may stand before their object ("put out the tin", "set up the fund"). */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'off', 'down', 'over', 'away', 'back', 'together']);

/** "source close to the board", read as one phrase: the source, if a tie stands inside it. */
function tieInside(tokens: Token[], phrase: Phrase): Phrase | undefined {
  const words = phrase.tokens;
  for (let i = 2; i < words.length - 1; i++) {
    if (!SOURCE_TIES.get(words[i].lower)?.includes(words[i - 1].lower)) continue;
    const at = tokens.indexOf(words[i]);
    return at >= 2 ? sourceBeforeModifier(tokens, at) : undefined;
  }
  return undefined;
}

/** Whether tokens[p] is a lowercase verb in the past ("thanked", "praised") that the phrase after it is the object of. */
function objectOfVerb(tokens: Token[], p: number): boolean {
  const t = p >= 0 ? tokens[p] : undefined;
  return t !== undefined && t.kind === 'word' && !t.capitalized && ((t.info.endsEd && !t.info.reporting) || PAST_VERBS.has(t.lower));
}

/**
 * "met the fisheries minister, Ivo Penn and said": the comma at p opens an apposition the writer
 * did not close, after a lowercase noun phrase (at most four words) that a verb takes as object.
 */
function unclosedApposition(tokens: Token[], p: number): boolean {
  if (p < 2 || tokens[p].text !== ',') return false;
  for (let k = p - 1; k >= 0 && k >= p - 5; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.capitalized) return false;
    if (t.info.article) return objectOfVerb(tokens, k - 1);
  }
  return false;
}

/** Prepositions that make the name after them a place the subject is in or near, not the subject. */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside']);

/** Whether the phrase ending at k ("… workers in Cranmere said") is the object of "in", "near" or "outside". */
function placeObject(tokens: Token[], k: number, phrase: Phrase): boolean {
  const p = k - phrase.tokens.length;
  if (phrase.apposition || phrase.possessor || p < 1 || tokens[k].kind !== 'word' || tokens[p + 1] !== phrase.tokens[0]) return false;
  const prep = tokens[p];
  if (prep.kind !== 'word' || prep.capitalized || !PLACE_PREPOSITIONS.has(prep.lower)) return false;
  // ("outside the Red Lion": "the" may open the place's name)
  const the = phrase.tokens.length > 1 && phrase.tokens[0].lower === 'the' && !phrase.tokens[0].capitalized;
  // (a body's name is where someone is only "outside" or "near" it: "outside the Crown Hotel")
  const beside = prep.lower === 'outside' || prep.lower === 'near';
  for (const t of the ? phrase.tokens.slice(1) : phrase.tokens) if (!t.capitalized || (t.info.org && !beside) || t.info.title) return false;
  return true;
}

/**
 * "The union representing bakery workers in Cranmere said", "The family of a man who died near
 * Oakhollow have described …": the sentence opens with "the" or "a" and a lowercase noun, and
 * what follows it up to the place (before p) is one phrase with no comma: that noun speaks.
 */
function subjectAcrossPlace(tokens: Token[], p: number): Phrase | undefined {
  const s = subjectStart(tokens);
  // (at most 30 words between: the subject of a sentence, not a page run together)
  if (s + 2 > p || p - s > 30 || !tokens[s].info.article) return undefined;
  for (let k = s + 1; k < p; k++) if (tokens[k].kind !== 'word' || isReportingVerb(tokens[k])) return undefined;
  return definiteCommonNoun(tokens, s + 1);
}

/**
 * "The association welcomed the deal but said …": a verb after "and" or "but" shares the subject
 * of its clause: the sentence's subject, or, after a backshifted auxiliary ("Orme said Penn had
 * lost … and had told …"), the name a reporting verb before it introduced.
 */
function coordinatedSubject(tokens: Token[], left: number, v: number): Phrase | undefined {
  let joined = false;
  let auxiliary = false;
  for (let k = left + 1; k < v; k++) {
    const lower = tokens[k].lower;
    if ((lower === 'and' || lower === 'but') && !tokens[k].capitalized) joined = true;
    else if (joined && BACKSHIFTED.has(lower)) auxiliary = true;
  }
  if (!joined) return undefined;
  if (auxiliary) {
    for (let r = v - 1; r >= 0; r--) {
      if (!isReportingVerb(tokens[r]) || isWeakVerb(tokens[r])) continue;
      const at = tokens[r + 1]?.lower === 'that' ? r + 2 : r + 1;
      const embedded = phraseStartingAt(tokens, at);
      if (embedded && embedded.tokens.some((t) => t.capitalized)) return embedded;
      break;
    }
  }
  const start = subjectStart(tokens);
  const subject = phraseStartingAt(tokens, start);
  if (subject?.tokens[0].info.pronoun) return subject;
  const at = subject ? start + subject.tokens.length + (subject.apposition ? subject.apposition.length + 2 : 0) + (subject.possessor ? 1 : 0) : start;
  const next = tokens[at];
  if ((subject ? start + subject.tokens.length : at) >= left) return undefined;
  // "The court heard that Ann Vik called police and said …": who was heard, not the court, said it
  const told = next?.lower === 'was' || next?.lower === 'were' ? (tokens[at + 1]?.lower === 'told' ? at + 2 : -1) : next?.lower === 'heard' || next?.lower === 'learned' || next?.lower === 'learnt' ? at + 1 : -1;
  if (told > 0 && tokens[told]?.lower === 'that' && told < left) {
    const embedded = phraseStartingAt(tokens, told + 1);
    if (embedded && embedded.tokens.some((t) => t.capitalized) && told + embedded.tokens.length < left) return embedded;
  }
  // ("The Tarn branch of the consumer group Fair Deal welcomed the plan but said", "The campaign
  // group Fair Deal welcomed …": no name, a name or "of" after the opening words; the subject
  // is whoever comes right before the first verb)
  if (!subject || next?.capitalized === true || tokens[at + 1]?.lower === 'of') {
    let verb = at + 1;
    while (verb < left && !objectOfVerb(tokens, verb)) verb++;
    const end = skipAdverbsLeft(tokens, verb - 1);
    const found = verb < left ? phraseEndingAt(tokens, end) : undefined;
    // (a body's name, or a name after a body's kind, which is no part of it: not "The mother of
    // Ann Vik welcomed …")
    let from = found ? end - found.tokens.length + 1 : end;
    while (from < end && !tokens[from].capitalized && tokens[from].info.org && tokens[from + 1].capitalized) from++;
    const named = found && { tokens: found.tokens.slice(from - end - 1 + found.tokens.length), possessor: found.possessor };
    const kind = tokens[from - 1];
    const body = named !== undefined && (named.tokens.some((t) => t.info.org) || (kind !== undefined && !kind.capitalized && kind.info.org));
    return body && !named.possessor && named.tokens.some((t) => t.capitalized) ? stripArticle(named) : undefined;
  }
  if (!next || next.kind !== 'word' || next.capitalized) return undefined;
  return stripArticle(bodyAfterName(tokens, start, subject, at, left) ?? subject);
}

/**
 * "The Tarn angling club called it “…” and demanded …": a name opening the sentence before a
 * body's lowercase kind ("angling club", "residents' association") is whose body it is, and the
 * body is the subject. Up to two lowercase words, none a verb, may stand between name and kind
 * (the phrase read from the name may already hold them: "Tarn residents").
 */
function bodyAfterName(tokens: Token[], start: number, subject: Phrase, at: number, left: number): Phrase | undefined {
  if (subject.possessor || subject.apposition || !tokens[start].info.article || !subject.tokens[1]?.capitalized) return undefined;
  for (let k = at, words = 0; k < left && words <= 2; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') {
      if (t.text === "'" || t.text === '\u2019') continue;
      return undefined;
    }
    if (t.capitalized || t.info.reporting || t.info.endsEd || PAST_VERBS.has(t.lower)) return undefined;
    if (t.info.org) {
      const body = definiteCommonNoun(tokens, k);
      return body && body.tokens[0] === tokens[start] ? body : undefined;
    }
    words++;
  }
  return undefined;
}

/** A sentence's opening "The" is no part of the name (as when the phrase is read leftwards). */
function stripArticle(subject: Phrase): Phrase {
  return subject.tokens[0].info.article && subject.tokens.length > 1 ? { ...subject, tokens: subject.tokens.slice(1) } : subject;
}

const BACKSHIFTED = new Set(['had', 'would', 'was', 'were']);

export function isWeakVerb(t: Token): boolean {
  return t.info.weakReporting;
}

const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'being']);

/** Adverbs of time or sequence that stand between a subject and its verb of saying ("The stewards later said"). */
const SEQUENCE_ADVERBS: ReadonlySet<string> = new Set(['later', 'earlier', 'also', 'then', 'previously', 'again', 'subsequently', 'separately', 'afterwards', 'initially', 'finally']);

/** "quoted Lavrov as saying": the object of "quoted" is the speaker. */
export function quotedAsSaying(tokens: Token[]): { phrase: Phrase; at: number } | undefined {
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i].lower !== 'quoted') continue;
    // ("Ann Vik was quoted by the Courier as saying": in the passive the one quoted is the subject,
    // and the paper after "by" only reported it)
    // (so too "…, Ann Vik, a broker at Tarn Lets, was quoted as saying": the subject before the
    // passive, not the subject the sentence opened on)
    if (i > 0 && PASSIVE_AUXILIARIES.has(tokens[i - 1].lower) && (tokens[i + 1].lower === 'by' || (tokens[i + 1].lower === 'as' && tokens[i + 2].lower === 'saying'))) {
      const subject = subjectOfVerb(tokens, i - 1, false);
      if (subject) return { phrase: subject, at: i };
      continue;
    }
    for (let j = i + 2; j < Math.min(tokens.length - 1, i + 8); j++) {
      if (tokens[j].lower === 'as' && /^(saying|telling|stating|writing)$/.test(tokens[j + 1].lower)) {
        const phrase = phraseEndingAt(tokens, j - 1);
        if (phrase) return { phrase, at: i };
      }
    }
  }
  return undefined;
}

export function spanOf(tokens: Token[]): Span {
  return { start: tokens[0].start, end: tokens[tokens.length - 1].end };
}

/** Whether the person's post is known and is not the one a plural title word names ("trainer" for "jockeys"). */
function otherPost(person: Entity, plural: string): boolean {
  if (person.kind !== 'person' || !person.role) return false;
  const singular = plural.replace(/(?<=(s|sh|ch|x))es$|s$/, '');
  return !person.role.toLowerCase().split(/[\s-]+/).includes(singular);
}

/** Words for a sports team, which a name in the plural with no body's word may be ("the Tarn Hawks"). */
const TEAM_NOUNS: ReadonlySet<string> = new Set(['club', 'team']);

/**
 * Whether the entity's role has the plural word itself ("Race organisers"), not only its singular,
 * and its name is a body's or a team's: in the plural too, no given name opening it (not
 * "residents Ann Vik and Tom Hale", where the role is the pair's).
 */
function pluralRoleOf(entity: Entity, plural: string): boolean {
  const words = entity.name.split(' ');
  return entity.role !== null && entity.role.toLowerCase().split(' ').includes(plural) && words.length >= 2 && words[words.length - 1].endsWith('s') && !givenNameGender(words[0].toLowerCase());
}

function isPlural(t: Token): boolean {
  return t.info.plural;
}

/**
 * Whether the phrase is a plural noun for people ("critics", "two witnesses") whose one capital
 * is its first word's, as a sentence's opening gives it: not a body's name ("Tarn Residents").
 */
function sentenceCapitalOnly(words: Token[]): boolean {
  const head = words[words.length - 1];
  if (!isPlural(head) || !isSpeakerNoun(head) || head.info.org || ORGANISATION_KINDS.has(head.lower)) return false;
  if (!words[0].capitalized || words[0].acronym) return false;
  for (let i = 1; i < words.length; i++) if (words[i].capitalized) return false;
  return words.length === 1 || words[0].info.stop;
}

/** The phrase as it would read mid-sentence: its opening capital lowered, an article left out. */
function spelledLower(words: Token[]): string {
  const from = words.length > 1 && words[0].info.article ? 1 : 0;
  return [words[from].lower, ...words.slice(from + 1).map((t) => t.text)].join(' ');
}

/**
 * "a spokesman for Tarn Homes", "the spokeswoman for the Marrow Trust": the body's name after
 * "for" (its "the" left out), when every word after it is a capitalised word or a connector
 * inside the name ("of", "and") and none is a title or a given name; undefined for "a
 * spokesperson for the trust", a person's spokesman or anything else.
 */
function bodyAfterSpokesperson(words: Token[]): Token[] | undefined {
  const n = words.length;
  let i = words[0].info.article ? 1 : 0;
  // ("a spokesman from Tarn Water": "from" as "for")
  if (i + 2 >= n || !SPOKES_GENDER.has(words[i].lower) || (words[i + 1].lower !== 'for' && words[i + 1].lower !== 'from')) return undefined;
  // ("a spokesman for the Tarn branch of the Growers' Union": the body the branch is part of)
  const whole = bodyAfterPartOf(words, i + 1);
  if (whole && whole.to === n - 1) return words.slice(whole.from);
  i += 2;
  if (words[i].lower === 'the') i++;
  if (i >= n || !words[i].capitalized || !words[n - 1].capitalized) return undefined;
  for (let k = i; k < n; k++) if (!words[k].capitalized && !words[k].info.nameConnector) return undefined;
  // a name ending in a body's word is a body's, "the Tarn Health Board"
  if (words[n - 1].info.org) return words.slice(i);
  // ("a spokesman for the Prime Minister", "for Mayor Ann Vik", "for Ann Vik": a person's
  // spokesman, no body's; "Tarn Homes" ends in a word that may also be a title's)
  let untitled = 0;
  let titled = false;
  for (let k = i; k < n; k++) {
    if (isTitleWord(words[k]) || words[k].info.honorific) titled = true;
    else if (words[k].capitalized) untitled++;
  }
  if (untitled === 0 || (titled && !isTitleWord(words[n - 1]))) return undefined;
  return givenNameGender(words[i].lower) ? undefined : words.slice(i);
}

/**
 * "a Tarn Council spokesperson", "A Harlow Rail spokesman": the body's name before the word, as
 * "a spokesperson for Tarn Council" gives it after; undefined for a title or a given name there
 * ("a White House spokesman" is the body's; "a Prime Minister's spokesman", "an Ann Vik spokeswoman" are not).
 */
function bodyBeforeSpokesperson(words: Token[]): Token[] | undefined {
  const n = words.length;
  const i = words[0].info.article ? 1 : 0;
  const last = words[n - 1];
  if (n - i < 2 || last.capitalized || !SPOKES_GENDER.has(last.lower)) return undefined;
  if (!words[i].capitalized || !words[n - 2].capitalized || givenNameGender(words[i].lower)) return undefined;
  for (let k = i; k < n - 1; k++) {
    const w = words[k];
    if ((!w.capitalized && !w.info.nameConnector) || isTitleWord(w) || w.info.honorific || endsInPossessive(w.text)) return undefined;
  }
  return words.slice(i, n - 1);
}

function displayPhrase(words: Token[]): string {
  let from = 0;
  // keep "The" only where it may be part of a name ("The Independent"): not before a lowercase
  // word ("The firm that built it said" opening a sentence is the firm "the firm said" means later),
  // nor before a name a lowercase noun ends ("The Tarn angling club said" is "the Tarn angling club")
  if (words.length > 1 && words[0].lower === 'the' && (!words[0].capitalized || !words[1].capitalized || !words[words.length - 1].capitalized)) from = 1;
  // ("one senior official" is "senior official")
  if (words.length - from > 1 && (words[from].lower === 'a' || words[from].lower === 'an' || (words[from].lower === 'one' && words[from + 1].lower !== 'of'))) from++;
  return spelled(words, from);
}

/** The words from index `from` on, as written, one space apart. */
function spelled(words: Token[], from = 0): string {
  let out = words[from]?.text ?? '';
  for (let i = from + 1; i < words.length; i++) out += ' ' + words[i].text;
  return out;
}

export function sentenceOf(sentences: Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * "the brothers said they were sorry": in the sentence given (a paragraph's opening one), a
 * lowercase plural after "the", right before a verb of saying, ending before pos: the people who
 * speak there.
 */
function pluralSpeakingBefore(tokens: Token[] | undefined, pos: number): Token | undefined {
  if (!tokens) return undefined;
  for (let i = 0; i + 2 < tokens.length && tokens[i + 1].start < pos; i++) {
    if (tokens[i].lower !== 'the') continue;
    const noun = tokens[i + 1];
    if (noun.kind === 'word' && !noun.capitalized && noun.info.plural && !noun.info.org && !noun.info.stop && tokens[i + 2].info.reporting) return noun;
  }
  return undefined;
}
