import type { Entity } from './entities';
import { ageBefore, ageOf, endsInPossessive, yearsOld, EntityRegistry, givenNameAfterRole, isBareNameWord, isNameWord, isOtherGender, isTitleWord, judicialStyleLength, key, NameSplit, roleText, roleTextIn, titleAsGivenName } from './entities';
import { givenNameGender, honorificGender } from './givenNames';
import { AFTER_OBJECT_HER, BODY_KIND_NAME_WORDS, ORGANISATION_KINDS, BUSINESS_NAME_WORD_SET, BUSINESS_NOUNS, FEMALE_CUES, genderOfNoun, MALE_CUES, ORG_WORDS, PAST_VERBS } from './lexicon';
import { nationalityNoun, originOf } from './nationalities';
import { isReportingVerb, phraseStartingAt, possessiveName, subjectStart } from './phrases';
import type { RawQuote } from './quotes/scanner';
import type { Sentence } from './sentences';
import { tokenizeRanges } from './tokens';
import type { QuoteSpan, Token } from './tokens';
import { SCAN_GENDER, SCAN_NAME_START, SCAN_RUN_WORD, SCAN_WHO } from './wordTable';

export function quoteTokensFor(quotes: RawQuote[], paragraphEnd: (q: RawQuote) => number): QuoteSpan[] {
  return quotes.map((q, index) => ({ index, openMark: q.openMark, closeMark: q.closeMark ?? paragraphEnd(q) }));
}

/** Each sentence's tokens, with the article's own quotes collapsed into single tokens. */
export function tokenizeSentences(text: string, sentences: Sentence[], topLevel: RawQuote[]): Token[][] {
  return tokenizeRanges(text, sentences, quoteTokensFor(topLevel, (q) => q.end));
}

/**
 * First pass over the article's own voice (quotes left out): every personal name with its
 * title, so that later "Wang", "the minister" or "she" can be bound to someone.
 */
export function registerNames(sentenceTokens: Token[][], registry: EntityRegistry): void {
  // the distinct entities a sentence names, in the order named: one array for all sentences
  const named: Entity[] = [];
  const scan = sentenceScan;
  // the person who opened the last sentence that named anyone, as its subject ("Tom Vik, 71, who has
  // lived on Tarn Rise for years, said …", then his quotes): the one "His neighbour, …" points back
  // to, not a place named after him (for at most three sentences)
  let opener: Entity | undefined;
  let openerAge = 0;
  // whether the opener's name opens the sentence ("Tom Vik, who …", "Local builder Tom Vik said", not
  // "Prosecuting for Tarn Rivers, Ann Vik …")
  let openerFirst = false;
  let previous: Token[] | undefined;
  // the noun of a lead that describes someone before naming ("A Tarnby stamp trader who sold …"), and
  // how many sentences ago; the sentences read so far
  let lead: string | undefined;
  // ("A painter who forged …": the noun of the lead's verb, "the forger")
  let leadAgent: string | undefined;
  let leadAge = 0;
  let read = 0;
  // the lead's words and the one they were found to describe: "the lollipop lady" later is a mention of her
  let described: { words: string[]; entity: Entity } | undefined;
  for (const tokens of sentenceTokens) {
    // ("By Ann Vik" above the story: the reporter, named by no sentence of it, is no one it speaks of)
    if (bylineSentence(tokens)) continue;
    const previousOpener = ++openerAge <= 3 ? opener : undefined;
    if (named.length) named.length = 0;
    scan.read(tokens);
    noteUnnamedAges(tokens, registry);
    // ("The last word went to the lollipop lady herself. … she said": the lead's words before any name mention her)
    if (described) mentionDescribed(tokens, described, scan.firstName, registry);
    if (previous !== undefined && tokens.length > 2 && tokens[0].lower === 'the') animalTakenUp(tokens, previous, registry);
    if (previousOpener) {
      ageOfOpener(tokens, previousOpener, registry);
      originOfOpener(tokens, previousOpener, registry);
      if (openerAge === 1 && openerFirst) nounOfOpener(tokens, previousOpener, registry);
    }
    const firstName = scan.firstName;
    // ("Tom Vik, who lost, was gracious. “…,” he told reporters.": the pronoun that credits the quote
    // right after a sentence its one person opened is that person's, whom a later "Her mother, …"
    // then cannot mean)
    if (firstName < 0 && openerAge === 1 && openerFirst && previousOpener && !previousOpener.gender) {
      const gender = pronounAfterQuote(tokens);
      if (gender && !isOtherGender(previousOpener, gender)) previousOpener.gender = gender;
    }
    if (scan.lastGendered >= 0) noteCoupleOrder(tokens, registry);
    // "Her son, Tom Vik, …": the noun after the possessive tells the gender of the one named
    let kin: 'male' | 'female' | undefined;
    let kinOf: Entity | undefined;
    // "Her opponent, Karl Stenberg, …": a pronoun before any name points back to someone earlier
    if (scan.firstGendered >= 0 && scan.firstGendered < firstName) {
      let earlyPossessive = false;
      let i = 0;
      // ("Under her new contract, Ann Vik will …": a possessive inside an opening phrase looks
      // ahead to the sentence's subject, not back to someone earlier)
      let opening = false;
      for (; i < firstName && !earlyPossessive; i++) {
        earlyPossessive = tokens[i].lower === 'her' || tokens[i].lower === 'his';
        if (!earlyPossessive && tokens[i].kind === 'word') opening = true;
      }
      const earlyGender = earlyPossessive && !opening ? genderOf(tokens, 0, firstName) : undefined;
      if (earlyGender) {
        // ("… named after a local woman who died in 2019. Her husband, Tom Vik, …": the one the
        // sentence before left unnamed, not whoever was named last)
        const before = previousOpener ?? (unnamedPerson(previous, earlyGender) ? undefined : registry.recentPerson(tokens[0].start, undefined));
        // ("For the council, Ann Vik said …. His lawyer, Tom Holt, said": not one whose given name is of
        // the other gender, but the last person named who may be of this one)
        const antecedent = before && isOtherGender(before, earlyGender) ? registry.recentPerson(tokens[0].start, earlyGender) : before;
        if (antecedent && !antecedent.gender) antecedent.gender = earlyGender;
        kinOf = antecedent;
        const noun = i < firstName ? tokens[i].lower : '';
        kin = FEMALE_CUES.has(noun) ? 'female' : MALE_CUES.has(noun) ? 'male' : undefined;
      }
    }
    let runBefore: Entity | undefined;
    for (let r = 0; r < scan.runCount; r++) {
      const from = scan.runs[2 * r];
      const namedBefore = named.length;
      // "His wife, Josephine, 79, …": a given name alone beside a relative has the family's surname
      // ("… voted for Mr Vik, and his wife, Ann, cut the ribbon": so has one after a relative of
      // someone the sentence named before)
      const family = scan.runs[2 * r + 1] - from === 1 ? (!r && kin && kinOf && kinOf.keys.length > 1 && tokens[from - 1]?.text === ',' ? kinOf : kinNamedBefore(tokens, from, named)) : undefined;
      if (family) {
        const relative = registry.addName(`${tokens[from].text} ${family.name.split(' ').pop()}`, [key(tokens[from].text), ...family.keys.slice(-1)], null, 'person', tokens[from]);
        if (family !== kinOf) relative.gender ??= genderOfNoun(tokens[from - 2].lower);
        addNamed(named, relative);
      } else registerRun(tokens, from, scan.runs[2 * r + 1], registry, named);
      const runEntity = named.length > namedBefore ? named[named.length - 1] : undefined;
      // "Tom Vik's granddaughter Kezia Vik, 24, said": a relative's noun right before the name tells its gender
      const relative = from > 0 ? tokens[from - 1] : undefined;
      if (runEntity && !runEntity.gender && runEntity.kind === 'person' && relative?.kind === 'word' && !relative.capitalized && RELATIVES.has(relative.lower)) runEntity.gender = genderOfNoun(relative.lower);
      if (r > 0) noteRelative(tokens, from, scan.runs[2 * r - 1], runBefore, runEntity);
      // ("… and Vik beat Holt in a sudden-death finish" then "the champion said": one named right
      // before a verb of beating and a capitalised name is "the winner" later)
      const beat = tokens[scan.runs[2 * r + 1]];
      if (beat?.kind === 'word' && !beat.capitalized && runEntity?.kind === 'person' && BEATING_VERBS.has(beat.lower) && tokens[scan.runs[2 * r + 1] + 1]?.capitalized) registry.noteAgentNoun('winner', runEntity, tokens[from].start);
      runBefore = runEntity;
    }
    // "Tom "The Hammer" Vik", "Ann 'Wren' Holt": a nickname in quotes between a given name and a surname
    for (let r = 0; r + 1 < scan.runCount; r++) {
      const b = scan.runs[2 * r + 1];
      if (scan.runs[2 * r + 2] !== b + 1 || scan.runs[2 * r + 3] !== b + 2 || !isNickname(tokens[b])) continue;
      // ("Tarn captain Tom "Gale" Vik": the given name is the run's last word)
      const first = tokens[b - 1];
      const last = tokens[b + 1];
      if (!isNameWord(first) || !isNameWord(last) || first.info.title || last.info.org || endsInPossessive(last.text)) continue;
      const entity = registry.addName(`${first.text} ${last.text}`, [key(first.text), key(last.text)], null, 'person', { start: first.start, end: last.end });
      entity.person = true;
      addNamed(named, entity);
    }
    if (kin && named.length && !named[0].gender) named[0].gender = kin;
    notePairOpening(tokens, named, registry);
    // ("A Tarnby stamp trader who sold fakes was fined.¶ Ivo Marsh, 61, made …": the lead's
    // noun, "the dealer" later, is the person the story names next as a sentence's subject, by age)
    if (lead && ++leadAge <= 3 && named.length && named[0].kind === 'person' && firstName === 0 && tokens[scan.runs[1]]?.text === ',' && ageAfter(tokens, scan.runs[1])) {
      registry.noteLeadNoun(lead, named[0], tokens[0].start);
      if (leadAgent) registry.noteAgentNoun(leadAgent, named[0], tokens[0].start);
      described = { words: lead.split(' '), entity: named[0] };
      lead = undefined;
    }
    if (++read <= 3 && !lead) {
      const at = unnamedLeadNoun(tokens);
      // ("Lollipop lady hangs up her coat" above the story: the headline's subject, before any name)
      lead = at > 0 ? tokens[at].lower : read === 1 ? headlineSubject(tokens) : undefined;
      leadAgent = at > 0 ? agentNoun(tokens[at + 2]) : undefined;
      leadAge = 0;
    }
    // ("Tom Vik, 39, of Hale Road, who organised the raids, …" then "the organiser said")
    if (scan.clauseWho > 0 && named.length) noteClauseAgent(tokens, scan.clauseWho, named, registry);
    if (named.length) {
      // ("Smoke Signal's rider, Jo Vik, …": an owner in the possessive is no subject)
      opener = firstName === 0 && named[0].kind === 'person' && scan.runCount > 0 && !endsInPossessive(tokens[scan.runs[1] - 1].text) ? named[0] : undefined;
      openerFirst = opener !== undefined && opensSentence(tokens, opener);
      openerAge = 0;
      // ("Vik plays Tom Hale in the final. … “…,” he said": whom the sentence's subject acts on is
      // less likely the one a pronoun means next than the subject)
      if (opener && openerFirst) noteObjectsOf(tokens, opener, named, registry);
      // ("Among the crowd was Ann Vik, 46, who … Mrs Holt took …": the subject after an inverted
      // "was" is whom the sentence is about, not one named in her clause)
      else if (INVERSION_OPENERS.has(tokens[0].lower) && named[0].kind === 'person' && invertedSubject(tokens, named[0])) noteObjectsOf(tokens, named[0], named, registry);
      // ("The Tarn winger Sam Orr, who was sent off by Hale in …, was less kind": so is one whom
      // "The" and words of a description open the sentence with, over one named in her clause)
      else if (firstName > 0 && tokens[0].lower === 'the' && named[0].kind === 'person' && opensSentence(tokens, named[0], 1)) noteObjectsOf(tokens, named[0], named, registry);
    }
    // the pronoun rules need a pronoun: most sentences have none
    // ("Asked about Tofte's pole, she smiled": whom the lead-in asks about is not who answers)
    if (scan.lastGendered >= Math.max(0, firstName) && !describedSubject(tokens, firstName) && tokens[0].lower !== 'asked') learnGenderFromPronouns(tokens, Math.max(0, firstName), named, registry);
    else if (scan.runCount > 0) learnGenderFromQuestion(tokens, scan.runs[0], named);
    if (scan.lastGendered >= 0) learnGenderFromObjects(tokens, named, registry);
    previous = tokens;
  }
}


/** How far into an article a byline may stand. */
const BYLINE_REACH = 600;

/** "By Ann Vik" alone, near the top: a byline, two to four capitalised words after "By". */
function bylineSentence(tokens: Token[]): boolean {
  if (tokens.length < 3 || tokens.length > 5 || tokens[0].text !== 'By' || tokens[0].start > BYLINE_REACH) return false;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !t.capitalized || t.info.stop || t.info.title || t.info.org) return false;
  }
  return true;
}

/** "a retired lollipop lady and her husband", "a farmer and his wife": which of a couple named next comes first. */
function noteCoupleOrder(tokens: Token[], registry: EntityRegistry): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i].lower !== 'and') continue;
    const pronoun = tokens[i + 1].lower;
    const noun = tokens[i + 2].lower;
    if (pronoun === 'her' && noun === 'husband') registry.coupleOrder = { at: tokens[i].start, wifeFirst: true };
    else if (pronoun === 'his' && noun === 'wife') registry.coupleOrder = { at: tokens[i].start, wifeFirst: false };
  }
}

/** "a local woman", "an elderly man": someone of that gender whom the sentence leaves unnamed (an article at most three words before). */
function unnamedPerson(tokens: Token[] | undefined, gender: 'male' | 'female'): boolean {
  if (!tokens) return false;
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i].lower;
    if (!(gender === 'female' ? w === 'woman' || w === 'girl' : w === 'man' || w === 'boy')) continue;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (tokens[k].lower === 'a' || tokens[k].lower === 'an') return true;
  }
  return false;
}

/**
 * What one pass over a sentence's tokens finds for the name rules: where the first name word
 * and the first and last pronouns are, and the capitalised runs (start and end, in pairs).
 */
class SentenceScan {
  firstName = -1;
  firstGendered = -1;
  lastGendered = -1;
  /** The first "who" after a comma. */
  clauseWho = -1;
  runs = new Int32Array(64);
  runCount = 0;

  read(tokens: Token[]): void {
    // locals, written back once: fields of `this` would be stored at every token
    let firstName = -1;
    let firstGendered = -1;
    let lastGendered = -1;
    let clauseWho = -1;
    this.runCount = 0;
    let runEndsAt = 0;
    for (let i = 0; i < tokens.length; i++) {
      const bits = tokens[i].facts.scan;
      if (bits === 0) continue;
      if (bits & SCAN_NAME_START && firstName < 0) firstName = i;
      if (bits & SCAN_GENDER) {
        if (firstGendered < 0) firstGendered = i;
        lastGendered = i;
      }
      if (bits & SCAN_RUN_WORD && i >= runEndsAt) {
        runEndsAt = runEnd(tokens, i);
        this.addRun(i, runEndsAt);
      }
      if (bits & SCAN_WHO && clauseWho < 0 && i > 1 && tokens[i - 1].text === ',') clauseWho = i;
    }
    this.clauseWho = clauseWho;
    this.firstName = firstName;
    this.firstGendered = firstGendered;
    this.lastGendered = lastGendered;
  }

  private addRun(start: number, end: number): void {
    if (2 * this.runCount + 2 > this.runs.length) {
      const runs = new Int32Array(this.runs.length * 2);
      runs.set(this.runs);
      this.runs = runs;
    }
    this.runs[2 * this.runCount] = start;
    this.runs[2 * this.runCount + 1] = end;
    this.runCount++;
  }
}

/**
 * One scan serves every article: a typed array allocated per article cost more than its sentences'
 * reads in short articles. Its runs array keeps the size of the sentence with the most runs.
 */
const sentenceScan = new SentenceScan();

/** "Among the crowd was", "In the front row were": an opening phrase of place, no comma, then "was" or "were" right before the entity's latest mention. */
function invertedSubject(tokens: Token[], entity: Entity): boolean {
  const at = entity.mentions.length ? entity.mentions[entity.mentions.length - 1].start : -1;
  let name = 1;
  while (name < tokens.length && tokens[name].start < at) name++;
  if (name >= tokens.length || tokens[name].start !== at || name < 3) return false;
  const be = tokens[name - 1].lower;
  if (be !== 'was' && be !== 'were') return false;
  for (let i = 1; i < name - 1; i++) if (tokens[i].kind !== 'word' || tokens[i].capitalized) return false;
  return true;
}

/** Verbs of beating an opponent in a contest: "Vik beat Holt". */
const BEATING_VERBS: ReadonlySet<string> = new Set(['beat', 'beats', 'defeated', 'defeats', 'edged', 'outlasted', 'overcame']);

const INVERSION_OPENERS: ReadonlySet<string> = new Set(['among', 'in', 'at', 'on', 'outside', 'inside', 'beside', 'behind', 'alongside', 'also']);

/** The people a sentence names after the person who opened it as its subject, each noted at that mention as acted on by the subject. */
function noteObjectsOf(tokens: Token[], subject: Entity, named: Entity[], registry: EntityRegistry): void {
  const from = tokens[0].start;
  const to = tokens[tokens.length - 1].end;
  for (const e of named) {
    const at = e.mentions.length ? e.mentions[e.mentions.length - 1].start : -1;
    if (e !== subject && e.kind === 'person' && at > from && at < to) registry.noteObjectOf(at, subject);
  }
}

/** Whether the entity is named first in the sentence from tokens[from], after nothing but words of a description ("Local builder"): no small word, no participle, no comma. */
function opensSentence(tokens: Token[], entity: Entity, from = 0): boolean {
  const at = entity.mentions.length ? entity.mentions[entity.mentions.length - 1].start : -1;
  for (let i = from; i < tokens.length && tokens[i].start <= at; i++) {
    if (tokens[i].start === at) return true;
    const t = tokens[i];
    if (t.kind !== 'word' || t.info.stop || t.info.endsIng || t.info.org) return false;
  }
  return false;
}

/** "“…,” he told reporters": a sentence that opens with a quote then "he" or "she" and a verb of saying; that pronoun's gender. */
function pronounAfterQuote(tokens: Token[]): 'male' | 'female' | undefined {
  if (tokens[0]?.kind !== 'quote') return undefined;
  const p = tokens[1]?.text === ',' ? 2 : 1;
  const pronoun = tokens[p]?.lower;
  if ((pronoun !== 'he' && pronoun !== 'she') || !tokens[p + 1] || !isReportingVerb(tokens[p + 1]) || tokens[p + 1].capitalized) return undefined;
  // (no other gendered word after it: "he told her" may be about someone else)
  if (genderOf(tokens, p + 2, tokens.length) !== undefined || tokens.slice(p + 2).some((t) => t.lower === 'her' || t.lower === 'him')) return undefined;
  return pronoun === 'he' ? 'male' : 'female';
}

/** "her set" is a possessive; "called her", "greeted her warmly", "her a" are objects. */
function possessiveHer(tokens: Token[], i: number, end = tokens.length): boolean {
  const next = i + 1 < end ? tokens[i + 1] : undefined;
  // ("worked with her since …": a word of grammar after it leaves "her" an object)
  return tokens[i].lower === 'her' && next?.kind === 'word' && !next.capitalized && !next.info.article && !next.info.endsLy && !AFTER_OBJECT_HER.has(next.lower);
}

/**
 * The gender the pronouns of tokens[from, to) point to. "her" counts only as a possessive ("her
 * set"); as an object ("called her …") it is someone else.
 */
function genderOf(tokens: Token[], from: number, to: number): 'male' | 'female' | undefined {
  let female = false;
  let male = false;
  // ("Lars Vik, who has coached her since she was 14, said": beside "her" as an object, "she" is that
  // woman too, not the one named)
  let otherWoman = false;
  let otherMan = false;
  for (let i = from; i < to; i++) {
    const lower = tokens[i].lower;
    // ("Ann Vik, his daughter, said": a possessive opening an apposition right after the name is
    // the relative's, and the relative's noun gives the gender of the one named)
    if ((lower === 'his' || lower === 'her') && i > from + 1 && tokens[i - 1].text === ',' && tokens[i - 2].capitalized && i + 1 < to && RELATIVES.has(tokens[i + 1].lower)) {
      const gender = genderOfNoun(tokens[i + 1].lower);
      if (gender === 'female') female = true;
      else if (gender === 'male') male = true;
      i++;
      continue;
    }
    if (!female) female = lower === 'she' || lower === 'herself' || possessiveHer(tokens, i, to);
    if (!male) male = lower === 'he' || lower === 'his' || lower === 'himself';
    if (lower === 'her' && !possessiveHer(tokens, i, to)) otherWoman = true;
    if (lower === 'him') otherMan = true;
  }
  female &&= !otherWoman;
  male &&= !otherMan;
  return female === male ? undefined : female ? 'female' : 'male';
}

/** The one person among the entities named, or undefined when there are none or several. */
/**
 * "Asked whether she would retire, Ann Vik laughed": a question whose pronoun opens it is put to
 * the one named first after the lead-in's comma, so the pronoun's gender is that person's.
 */
function learnGenderFromQuestion(tokens: Token[], firstRun: number, named: Entity[]): void {
  if (tokens[0].lower !== 'asked' || (tokens[1]?.lower !== 'whether' && tokens[1]?.lower !== 'if')) return;
  const pronoun = tokens[2]?.lower;
  if (pronoun !== 'he' && pronoun !== 'she') return;
  const comma = tokens.findIndex((t) => t.kind === 'punct' && t.text === ',');
  if (comma < 3 || firstRun !== comma + 1) return;
  const person = onlyPerson(named);
  if (person && !person.gender) person.gender = pronoun === 'he' ? 'male' : 'female';
}

function onlyPerson(named: Entity[]): Entity | undefined {
  let person: Entity | undefined;
  for (const e of named) {
    if (e.kind !== 'person') continue;
    if (person) return undefined;
    person = e;
  }
  return person;
}

/**
 * "The 24-year-old Norwegian, driving for Tarn Racing, set …his…": the sentence opens with "the", a
 * description (an age, "widow") and at most two more words, then a comma: the subject is someone
 * named before, and the pronouns are theirs, not those of a name in the rest of the sentence.
 */
function describedSubject(tokens: Token[], firstName: number): boolean {
  if (firstName < 2 || tokens[0].lower !== 'the' || !tokens[1].info.describesPerson) return false;
  for (let i = 2; i <= 4 && i < tokens.length; i++) {
    if (tokens[i].text === ',') return i < tokens.length - 1;
    if (tokens[i].kind !== 'word') return false;
  }
  return false;
}

/** "Tom Vik greeted her": an object pronoun means someone named before the sentence, not its subject. */
function learnGenderFromObjects(tokens: Token[], named: Entity[], registry: EntityRegistry): void {
  if (!named.length) return;
  const person = onlyPerson(named);
  if (!person || !tokens.length) return;
  // every object pronoun of the sentence must be the same word
  let object: string | undefined;
  // "Tom Vik argued that his client had been threatened by the men who paid him": what a reporting
  // verb introduces may be about anyone; only the verb's own object ("told her") is read there
  let last = tokens.length - 1;
  for (let i = 0; i <= last; i++) {
    if (tokens[i].info.reporting && !tokens[i].capitalized && i + 1 < last) last = i + 1;
    const lower = tokens[i].lower;
    if (lower !== 'him' && (lower !== 'her' || possessiveHer(tokens, i))) continue;
    if (object === undefined) object = lower;
    else if (lower !== object) return;
  }
  if (object === undefined) return;
  // ("Tom Vik was also made subject to an order banning him": a subject the verb is done to is
  // what an object pronoun after it means, not someone named before)
  if (passiveSubject(tokens)) return;
  const antecedent = registry.recentPerson(tokens[0].start, undefined, person);
  if (antecedent && !antecedent.gender) antecedent.gender = object === 'him' ? 'male' : 'female';
}

/** Participles of a passive that do not end in "-ed": "was made", "was told", "was given". */
const IRREGULAR_PARTICIPLES = new Set(['made', 'given', 'told', 'sent', 'taken', 'held', 'shown', 'found', 'seen', 'kept', 'brought', 'caught', 'put', 'set', 'left', 'let', 'driven', 'struck', 'hit', 'thrown', 'forbidden', 'sentenced']);

/** "Tom Vik was (also) made …", "Vik has been given …": a name opening the sentence and a passive verb after it. */
function passiveSubject(tokens: Token[]): boolean {
  let i = 0;
  while (i < tokens.length && i < 5 && tokens[i].kind === 'word' && tokens[i].capitalized) i++;
  if (i === 0) return false;
  const be = tokens[i]?.lower;
  if (be === 'has' || be === 'have' || be === 'had') {
    if (tokens[i + 1]?.lower !== 'been') return false;
    i++;
  } else if (be !== 'was' && be !== 'were' && be !== 'is' && be !== 'are') return false;
  i++;
  if (tokens[i]?.info.verbAdverb || tokens[i]?.info.endsLy) i++;
  const verb = tokens[i];
  return verb !== undefined && verb.kind === 'word' && !verb.capitalized && (verb.info.endsEd || IRREGULAR_PARTICIPLES.has(verb.lower));
}

/** "Jonsdal closed her set": with one person named, the pronouns from the name on tell their gender. */
function learnGenderFromPronouns(tokens: Token[], from: number, named: Entity[], registry: EntityRegistry): void {
  if (!named.length) return;
  const person = onlyPerson(named);
  if (!person || person.gender) return;
  // "Ann Vik said the delay contributed to her death": what a reporting verb introduces may be
  // about anyone; only the words opening it ("said she would", "said that his team") are the speaker's
  // ("Ann Vik, whose son was killed as he walked home": from "whose" on, the pronouns may be the relative's)
  let to = from;
  while (to < tokens.length && !(tokens[to].info.reporting && !tokens[to].capitalized) && tokens[to].lower !== 'whose') to++;
  let gender = genderOf(tokens, from, to);
  for (let v = to; !gender && v < tokens.length; v++) {
    if (!tokens[v].info.reporting || tokens[v].capitalized) continue;
    const at = tokens[v + 1]?.lower === 'that' ? v + 2 : v + 1;
    if (at < tokens.length) gender = genderOf(tokens, at, at + 1);
    // ("Tom Vik, 44, admitted fraud. Prosecutor Ann Lund said he had lied": the pronoun after the
    // verb may be whoever the sentence just before was about, so it tells nothing of the speaker's;
    // a possessive, "said his crew could be proud", is most often the speaker's own)
    if (gender && (tokens[at].lower === 'he' || tokens[at].lower === 'she') && aboutSomeoneJustBefore(tokens, person, gender, registry)) return;
    // ("Her coach, Tom Vik, said she had quick hands": a possessive of that gender before the name
    // is someone else's, and the pronoun after the verb is most likely hers again)
    if (gender && (tokens[at].lower === 'he' || tokens[at].lower === 'she') && possessiveBefore(tokens, from, gender)) return;
  }
  // "Asked by Mr Vik whether …, she replied": a title of the other gender before the name says the
  // pronoun is someone else; so does a common given name of the other gender ("Fiona Dacre said
  // his retirement …")
  if (gender && !honorificOfOtherGender(tokens, from, gender) && !isOtherGender(person, gender)) person.gender = gender;
}

/**
 * "asked about her first-round opponent, the world No 3 Tom Vik": the gender of a possessive pronoun
 * that, past the sentence's subject, stands a few lowercase words (and at most one comma) before the
 * name at `at`; the name is then what someone else has, not whom the sentence is about.
 */
function ownerPronounBefore(tokens: Token[], at: number): 'male' | 'female' | undefined {
  let commas = 0;
  for (let i = at - 1; i >= 0 && at - i <= 8; i--) {
    const t = tokens[i];
    if (t.lower === 'her' || t.lower === 'his') return i > subjectStart(tokens) && subjectIsOwner(tokens, t.lower === 'her' ? 'she' : 'he') ? (t.lower === 'her' ? 'female' : 'male') : undefined;
    if (t.text === ',' && ++commas <= 1) continue;
    if (t.kind !== 'word' || t.info.pronoun || t.info.reporting) return undefined;
  }
  return undefined;
}

/**
 * Whether the sentence's subject may be the one a later "her" or "his" in it refers to: that
 * pronoun ("she"), or one person described by lowercase words after "the" ("The new champion
 * smiled"); not a body or several people ("Police spoke to his brother").
 */
function subjectIsOwner(tokens: Token[], pronoun: 'she' | 'he'): boolean {
  const start = subjectStart(tokens);
  const first = tokens[start];
  if (!first) return false;
  if (first.lower === pronoun) return true;
  if (first.lower !== 'the') return false;
  // the head noun: the last of up to three lowercase words before the verb
  let i = start + 1;
  const nounAfter = (k: number) => tokens[k]?.kind === 'word' && !tokens[k].capitalized && !tokens[k].info.endsEd && !tokens[k].info.reporting && !tokens[k].info.onlyVerb;
  while (i - start < 3 && nounAfter(i) && nounAfter(i + 1)) i++;
  const head = tokens[i];
  return head !== undefined && head.kind === 'word' && !head.capitalized && !head.info.plural && !head.info.org && !head.info.stop;
}

/** Whether "her" (for "she") or "his" (for "he") stands in tokens before `from`. */
function possessiveBefore(tokens: Token[], from: number, gender: 'male' | 'female'): boolean {
  const word = gender === 'female' ? 'her' : 'his';
  for (let i = 0; i < from; i++) if (tokens[i].lower === word) return true;
  return false;
}

/** Whether a person other than `person`, of no gender known yet and none other than `gender` by a given name, was named just before tokens. */
function aboutSomeoneJustBefore(tokens: Token[], person: Entity, gender: 'male' | 'female', registry: EntityRegistry): boolean {
  const at = tokens[0].start;
  return registry.recentPersons(at, 2, 250).some((e) => e !== person && e.keys.length >= 2 && !e.gender && !isOtherGender(e, gender));
}

/** Whether "Mr" (for "she") or "Mrs", "Ms", "Miss" (for "he") stands in tokens from `from` on. */
function honorificOfOtherGender(tokens: Token[], from: number, gender: 'male' | 'female'): boolean {
  const other = gender === 'female' ? MALE_CUES : FEMALE_CUES;
  for (let i = from; i < tokens.length; i++) if (tokens[i].info.honorific && other.has(tokens[i].lower)) return true;
  return false;
}

function isRunWord(t: Token): boolean {
  return t.facts.runWord;
}

/** A lowercase word that may join two capitalised runs ("Bank of England"). */
function isRunConnector(t: Token): boolean {
  return t.facts.runConnector;
}

/** Where the capitalised run starting at tokens[start] ends (exclusive); connectors inside it are kept. */
function runEnd(tokens: Token[], start: number): number {
  let j = start;
  while (j + 1 < tokens.length) {
    if (isRunWord(tokens[j + 1])) j++;
    else if (isRunConnector(tokens[j + 1])) {
      let k = j + 1;
      while (k < tokens.length && isRunConnector(tokens[k])) k++;
      if (k < tokens.length && isRunWord(tokens[k])) j = k;
      else break;
    } else break;
  }
  return j + 1;
}

/** A lowercase "and": it separates the parts of a run. */
function isAnd(t: Token): boolean {
  // a lowercase "and" is a run connector: the flag rules out the capitalised words of a run
  // before any string is compared
  const facts = t.facts;
  return facts.runConnector && facts.lower === 'and';
}

function hasOrgWord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].info.org) return true;
  return false;
}

const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);

/** Whether tokens[from, to) stand between ", a" (or ", an") and a comma or the sentence's end. */
function describedAside(tokens: Token[], from: number, to: number): boolean {
  if (from < 2 || !INDEFINITE.has(tokens[from - 1].lower) || tokens[from - 2].text !== ',') return false;
  const next = tokens[to];
  return next === undefined || next.text === ',' || next.text === '.';
}

/** Every token of a run is a word: its parts are read in place, as ranges of the sentence's tokens. */
function registerRun(tokens: Token[], from: number, to: number, registry: EntityRegistry, named: Entity[]): void {
  // ("Ann Vik's first match", "Vik's health", "Vik's favourite": title words, lowercase after a
  // possessive with no name after them, are something the owner has: the run ends at the owner;
  // "Vik's coach, Tom Hale," keeps the role for the name after it)
  let owned = to;
  while (owned > from && !tokens[owned - 1].capitalized) owned--;
  if (owned < to && owned > from && endsInPossessive(tokens[owned - 1].text) && tokens[to]?.text !== ',') to = owned;
  // ("the private company Osmer Coachways", "the campaign group Friends of Tarn Lane": the body
  // its noun names, before a place's word at its end is read as a street)
  if (bodyNamedAfterNoun(tokens, from, to, registry) || bodyNamedAfterComma(tokens, from, to, registry)) return;
  // "in Harbury Road", "at Fennick Park": a street or a ground, not a person
  if (namesPlace(tokens, from, to) || namesAnimal(tokens, from)) return;
  // ("Workers at Brisco Steel walked out": where people of a trade work is their employer, a body,
  // for "a spokesman for the company" later)
  if (employerAt(tokens, from, to)) {
    registry.addPhrase(nameText(tokens, from, to), 'organisation', { start: tokens[from].start, end: tokens[to - 1].end });
    return;
  }
  // "the Keep Tarn Green group": a name that a lowercase organisation word follows is the organisation's
  const after = to < tokens.length ? tokens[to] : undefined;
  // ("Second place went to the Harwood brothers": a family by its surname, for "they" or "one of them" later)
  if (after !== undefined && to - from === 1 && tokens[from - 1]?.lower === 'the' && !after.capitalized && FAMILY_GROUPS.has(after.lower) && !tokens[from].info.org) {
    registry.addPhrase(`${tokens[from].text} ${after.text}`, 'group', { start: tokens[from].start, end: after.end });
    return;
  }
  if (after !== undefined && after.kind === 'word' && !after.capitalized && after.info.org) {
    // ("Ann Vik's Kelburn team": the owner in the possessive is someone, the rest the team's name)
    let owner = to;
    while (owner > from && !endsInPossessive(tokens[owner - 1].text)) owner--;
    // ("Signe Vik of the Civic Renewal party": the organisation is what follows "of"; the
    // personal name before it is someone of that organisation)
    const of = owner > from ? owner : personBeforeOf(tokens, from, to);
    if (of < 0) return;
    to = of;
  }
  // "Chinese Ambassador Qin Gang and Russian Ambassador Anatoly Antonov": one name per part;
  // a part with no name ("State Councilor and Foreign Minister Wang Yi") lends its role onward
  let lastStart = from;
  for (let k = from; k < to; k++) if (isAnd(tokens[k])) lastStart = k + 1;
  // "Minister of Finance at the Central Bank": the last part ends before an "of" or "at" that
  // leads from a role to an organisation
  let lastEnd = to;
  let ofAt = lastStart;
  while (ofAt < to && tokens[ofAt].lower !== 'of' && tokens[ofAt].lower !== 'at') ofAt++;
  if (ofAt < to && ofAt - lastStart > 1 && !hasOrgWord(tokens, lastStart, ofAt) && hasOrgWord(tokens, ofAt + 1, to)) lastEnd = ofAt;
  // ("Ann Holt of Birch Studio said": a bare given name and surname before "of" is a person, and
  // what follows is where she works, whatever the firm is called)
  else if (ofAt - lastStart === 2 && ofAt + 1 < to && tokens[ofAt].lower === 'of' && isBareNameWord(tokens[lastStart]) && isBareNameWord(tokens[lastStart + 1])) lastEnd = ofAt;
  // a part with a title and no name lends its role to the next name (rare: no array until then)
  let pendingRole: Token[] | undefined;
  let partStart = from;
  for (let k = from; k <= to; k++) {
    if (k < to && !isAnd(tokens[k])) continue;
    const start = partStart;
    const end = k === to ? lastEnd : k;
    partStart = k + 1;
    if (!split.read(tokens, start, end)) continue;
    const { roleFrom, roleTo, nameFrom, nameTo } = split;
    if (split.org) {
      // ("Tarn United have sacked their manager": a body that opens the sentence, for "the club said" later;
      // also after a wire dateline or an opening adverbial: "TARN, May 2 (Wire) - Tarn Motors will …")
      // (and "Ann Vik, of Tarn Police, said": the body named aside, for "a spokesperson for the force"
      // later; and "… according to the Tarn Rural Crime Trust": a source, for "a spokesperson for the trust")
      if (k === to && nameFrom === from && nameTo - nameFrom >= 2 && ((from === 0 || from === subjectStart(tokens) ? thingFollows(tokens, to) || kindActs(tokens, nameTo, to) : (from >= 2 && tokens[from - 1].lower === 'of' && tokens[from - 2].text === ',') || afterAccordingTo(tokens, from) || someoneAt(tokens, from)) || namedBodyAnywhere(tokens, nameFrom, nameTo) || bodyDescribedAfter(tokens, to))) {
        const body = registry.addPhrase(nameText(tokens, nameFrom, nameTo), 'organisation', { start: tokens[nameFrom].start, end: tokens[nameTo - 1].end });
        // ("said Ann Vik, an analyst at Tarn Securities": where someone works, not the story's body)
        if (from >= 3 && someoneAt(tokens, from)) registry.noteWorkplace(tokens[from].start);
        // ("Tarn Drama Club, an amateur group, said": "the group" later is the club)
        if (nameTo === to) noteBodyApposition(tokens, to, body, registry);
      }
      // ("a Farrowgate United striker": the body a lowercase noun for someone of it follows)
      else if (from > 0 && tokens[from - 1].info.article) bodyBeforeNoun(tokens, nameFrom, nameTo, registry);
      continue;
    }
    if (nameTo === nameFrom) {
      // ("The Tarn Players, an amateur drama group,": words read as a role, not opened by a title, are the body the description says)
      if (k === to && start === from && end - start >= 2 && !isTitleWord(tokens[from]) && bodyDescribedAfter(tokens, to)) {
        noteBodyApposition(tokens, to, registry.addPhrase(nameText(tokens, from, to), 'organisation', { start: tokens[from].start, end: tokens[to - 1].end }), registry);
        continue;
      }
      if (someTitle(tokens, roleFrom, roleTo)) pendingRole = pendingRole ? pendingRole.concat(tokens.slice(roleFrom, roleTo)) : tokens.slice(roleFrom, roleTo);
      continue;
    }
    // ("Farrowgate United striker Kwabena Vik": the club in the role is one "the club" may mean later)
    if (roleTo - roleFrom >= 3) bodyBeforeNoun(tokens, roleFrom, roleTo, registry);
    const pending = pendingRole?.length ? roleText(pendingRole) : null;
    const own = roleTextIn(tokens, roleFrom, roleTo);
    pendingRole = undefined;
    const role = pending !== null && own !== null ? `${pending} and ${own}` : (pending ?? own);
    // "Danny Oyal's cross": the name is Danny Oyal, and the mention a possessive
    const possessive = endsInPossessive(tokens[nameTo - 1].text);
    const span = { start: tokens[nameFrom].start, end: tokens[nameTo - 1].end - (possessive ? 2 : 0) };
    if (possessive) registry.notePossessive(span.start, nameFrom === subjectStart(tokens));
    const owner = ownerPronounBefore(tokens, nameFrom);
    if (owner) registry.noteOwned(span.start, owner);
    // ("Vik, a Social Democrat, said": capitals set aside after "a" or "an" say what someone is,
    // not who; "after a Pip Vik double" names her)
    if (roleTo === roleFrom && nameFrom === from && describedAside(tokens, from, end)) continue;
    // ("Mr Justice Holt": the judge's style is read with the surname; the surname is what finds him later)
    const style = judicialStyleLength(tokens, nameFrom, nameTo);
    // ("The Dean, the Very Rev Tom Crale, …", then "Dean Crale said": the title, before the surname of the one who holds it)
    const holder = nameTo - nameFrom === 2 && roleTo === roleFrom ? registry.titledHolder(tokens[nameFrom], tokens[nameFrom + 1], span.start) : undefined;
    if (holder) {
      registry.mention(holder, span, false);
      addNamed(named, holder);
      continue;
    }
    if (nameTo - nameFrom >= 2 && personalName(tokens, nameFrom + style, nameTo)) {
      // ("The mayor, Jo Penn, spoke first": a name set between commas after its role; what follows
      // the second comma is the sentence's verb, no apposition of hers)
      const lead = k === to ? (roleBeforeName(tokens, from, to) ?? ownedRoleBeforeName(tokens, from, to)) : null;
      const appo = k === to && lead === null ? phraseStartingAt(tokens, from)?.apposition : undefined;
      const aged = appo ? appo.slice(ageBefore(appo)) : undefined;
      const appoRole = aged ? roleText(aged.filter((t, i) => !(i === 0 && t.info.article))) : lead;
      // ("The world record holder, Tarnland's Ann Vik, …": a country's name in the possessive is no role)
      const ownRole = lead !== null && roleTo - roleFrom === 1 && possessiveName(tokens[roleFrom]) ? null : role;
      // "Meriton Lines, which runs 14 ships, said": "which" is said of a thing, not of a person
      // ("Tarn Storm are champions": a plural verb after a sentence's subject names a team or a body)
      // (only of the sentence's subject: "… was sacked by Tom Hale, which angered fans" is no such case)
      const subject = from === 0 || (from === 1 && tokens[0].lower === 'the');
      // ("Tom and Ann Vik have lived here": a plural verb after two people joined by "and" is theirs)
      // ("The operator, Vale Buses, said": a name set beside "the company" or "the operator" alone is
      // the business's, unless a given name opens it: "The developer, Ann Vik,")
      const business = lead !== null && from === 3 && BUSINESS_NOUNS.has(tokens[1].lower) && givenNameGender(tokens[nameFrom].lower) === undefined;
      // ("Harlow Mills closed its doors": unless a given name opens it, "Tom Mills closed its doors")
      const thing = thingFollows(tokens, to) || (actsOnItsOwn(tokens, to) && givenNameGender(tokens[nameFrom].lower) === undefined);
      // ("plays for the Golden Fleece", "drinks at the Crown Inn": capitals after a preposition and a
      // lowercase "the", with no title and no given name opening them, name a pub, a team or a ship)
      const afterThe = !role && nameFrom === from && from >= 2 && tokens[from - 1].text === 'the' && PREPOSITIONS_BEFORE_THE.has(tokens[from - 2].text) && givenNameGender(tokens[nameFrom].lower) === undefined;
      // ("for Tarnby Parish Council's accounts": a body's word in the possessive ends a body's name, as it does bare)
      const bodyOwns = possessive && !someTitle(tokens, roleFrom, roleTo) && ORG_WORDS.has(tokens[nameTo - 1].lower.slice(0, -2));
      const kind = business || afterThe || bodyOwns || (subject && lastStart === from && !role && k === to && nameTo === to && thing) ? 'organisation' : 'person';
      const entity = possessive
        ? registry.addSpelledName(nameText(tokens, nameFrom, nameTo).slice(0, -2), ownRole ?? appoRole, kind, span)
        : registry.addName(nameText(tokens, nameFrom, nameTo), nameKeys(tokens, nameFrom + style, nameTo), business ? null : (ownRole ?? appoRole), kind, span);
      if (kind === 'organisation') continue;
      if (role || appoRole) entity.person = true;
      entity.age ??= ageAround(tokens, from > 0 ? from - 1 : from, roleTo, appo);
      // ("The grocer, Tom Vik, 61, pleaded …": after a role and a name set between commas, an age
      // between commas is still his, for "the 61-year-old" later)
      if (lead !== null && entity.age === undefined && to < tokens.length && tokens[to].text === ',' && ageAfter(tokens, to)) entity.age = ageOf(tokens[to + 1]);
      // ("Irish rider Ann Vik won": her nationality, for "the Irishman" later)
      const adjective = from >= 2 && tokens[from - 1].kind === 'word' && !tokens[from - 1].capitalized && !tokens[from - 1].info.stop ? tokens[from - 2] : tokens[from - 1];
      if (adjective && adjective.capitalized && NATIONALITY_ADJECTIVE.test(adjective.lower)) entity.origin ??= adjective.lower;
      // ("Danish striker Ann Vik": the nationality may open the role read with the name)
      else if (roleTo > roleFrom + 1 && tokens[roleFrom].capitalized && NATIONALITY_ADJECTIVE.test(tokens[roleFrom].lower)) entity.origin ??= tokens[roleFrom].lower;
      // ("his Norwegian co-driver, Ann Vik,": or open a role set before the name and its comma)
      else if (from >= 3 && tokens[from - 1].text === ',') entity.origin ??= nationalityBeforeComma(tokens, from - 1);
      addNamed(named, entity);
      if (nameTo === to) noteBodyApposition(tokens, to, entity, registry);
      const gender = entity.gender ? undefined : genderCue(tokens, start, end, appo);
      if (gender) entity.gender = gender;
      continue;
    }
    if (nameTo - nameFrom === 1) {
      const word = tokens[nameFrom];
      // ("Mrs Vik": the Vik the honorific's gender fits)
      // ("the younger Vik": a description before the surname is no bare surname)
      const bare = roleTo === roleFrom && !describedBefore(tokens, nameFrom);
      const titleGender = roleTo > roleFrom ? rolesGender(tokens, roleFrom, roleTo) : undefined;
      const known = registry.resolveSingle(possessive ? word.text.slice(0, -2) : word.text, word.start, titleGender, bare);
      if (known) {
        registry.mention(known, span, false);
        if (bare && known.kind === 'person') registry.noteBareSurname(possessive ? word.text.slice(0, -2) : word.text, word.start, known);
        if (titleGender && known.kind === 'person') registry.noteTitledSurname(possessive ? word.text.slice(0, -2) : word.text, word.start, known, titleGender);
        addNamed(named, known);
        // ("Vik, 19, passed …": the surname alone with an age between commas gives the known person's
        // age, for "the 19-year-old" later)
        if (!possessive && k === to && to < tokens.length && tokens[to].text === ',' && ageAfter(tokens, to)) known.age ??= ageOf(tokens[to + 1]);
      } else if (role || (!possessive && k === to && to < tokens.length && tokens[to].text === ',' && isNameWord(word) && !word.info.org && ((from > 0 && tokens[from - 1].info.personNoun && !tokens[from - 1].capitalized) || ageAfter(tokens, to))) || (!possessive && k === to && relativeNamed(tokens, from)) || (!possessive && k === to && givenNameOnly(tokens, from, to) !== undefined)) {
        // ("Her friend Rory, also 18, …": a lowercase noun for a person before a lone name and a
        // comma; "Keziah, 18, who …": an age between commas after it; "his granddaughter Zara
        // filmed …": a relative's noun before a given name)
        const entity = registry.addName(word.text, [key(word.text)], role ?? (from > 0 && tokens[from - 1].info.personNoun ? tokens[from - 1].text : null), 'person', span);
        entity.person = true;
        if (ageAfter(tokens, to)) entity.age ??= ageOf(tokens[to + 1]);
        const noun = !role && from > 0 ? tokens[from - 1].lower : '';
        if (noun) entity.gender ??= FEMALE_CUES.has(noun) ? 'female' : MALE_CUES.has(noun) ? 'male' : undefined;
        // ("gave her name only as Ann", "Ann, who declined to give her surname,": the pronoun is hers)
        if (!role && entity.gender === undefined) entity.gender = givenNameOnly(tokens, from, to) ?? undefined;
        addNamed(named, entity);
      } else if (k < to && !possessive) {
        // "Tom and Ann Vik": a common given name before "and" and a given name and surname is Tom Vik
        const shared = sharedSurname(tokens, word, k + 1, lastEnd);
        if (shared) {
          const entity = registry.addName(`${word.text} ${shared.text}`, [key(word.text), key(shared.text)], null, 'person', span);
          entity.person = true;
          addNamed(named, entity);
        }
      }
    }
  }
}

/** "the Vik", "the younger Vik": an article, or one and a lowercase word, right before tokens[at]. */
function describedBefore(tokens: Token[], at: number): boolean {
  const prev = tokens[at - 1];
  if (!prev || prev.kind !== 'word') return false;
  if (prev.info.article || prev.info.determiner) return true;
  return !prev.capitalized && !prev.info.stop && (tokens[at - 2]?.info.article === true || tokens[at - 2]?.info.determiner === true);
}

/**
 * "a Farrowgate United striker", "Farrowgate United striker Ann Vik": among tokens[from, to), a
 * capitalised body's name of two words or more ending in an organisation word, then a lowercase
 * noun for a person of it. The body is registered.
 */
function bodyBeforeNoun(tokens: Token[], from: number, to: number, registry: EntityRegistry): void {
  for (let t = from + 2; t < to; t++) {
    const noun = tokens[t];
    if (noun.capitalized || !(noun.info.title || noun.info.personNoun) || !tokens[t - 1].capitalized || !tokens[t - 1].info.org) continue;
    let b = t - 1;
    while (b > from && tokens[b - 1].capitalized && !tokens[b - 1].info.title && !tokens[b - 1].info.stop) b--;
    if (t - b >= 2) registry.addPhrase(nameText(tokens, b, t), 'organisation', { start: tokens[b].start, end: tokens[t - 1].end });
    return;
  }
}

/** "Mr", "Mrs", "Ms", "Miss" among tokens[from, to): the gender they give. */
function rolesGender(tokens: Token[], from: number, to: number): 'male' | 'female' | undefined {
  for (let i = from; i < to; i++) if (tokens[i].info.honorific) return honorificGender(tokens[i].lower);
  return undefined;
}

/**
 * The surname "Tom" shares in "Tom and Ann Vik": the run after "and" is exactly a common given
 * name and a surname, and "Tom" is a common given name too.
 */
function sharedSurname(tokens: Token[], given: Token, from: number, to: number): Token | undefined {
  if (to - from !== 2) return undefined;
  const first = tokens[from];
  const last = tokens[from + 1];
  if (!personalName(tokens, from, to) || endsInPossessive(last.text)) return undefined;
  // ("Kabu and Dorel Misteval, both 67," / "… have lived here": with the given name after "and"
  // not in the list, what follows says the two are one couple, not "Okafor and Ngozi Adeyemi";
  // so too when the name before "and" is a listed one, "the twins, Tom and Kit Vik,")
  if (!givenNameGender(key(first.text))) return isNameWord(given) && !given.info.org && isNameWord(first) && !first.info.org && (coupleFollows(tokens, to) || kinBefore(tokens, tokens.indexOf(given)) || theirAfter(tokens, to)) ? last : undefined;
  // ("Edwina and Arthur Vik": a given name not in the list will do before a listed one, if it is
  // a bare name word and the name after "and" is a given name and a surname)
  if (!givenNameGender(key(given.text)) && (!isNameWord(given) || given.info.org)) return undefined;
  return last;
}

/**
 * "Varn Bouw, the consortium that built the piles", "Tarn Seeds, a family-owned seed company
 * based in Leeds", "Tarn Seeds is an independent seed company": a name, a comma or "is"/"was",
 * an article, at most three lowercase words and a body's noun that ends the description or
 * opens a clause; "the consortium said" later is the name's. ("Ann Vik, a company director":
 * a noun after the body's is the head, and the name stays a person's.)
 */
function noteBodyApposition(tokens: Token[], to: number, entity: Entity, registry: EntityRegistry): void {
  const article = tokens[to + 1];
  if (!linksDescription(tokens, to)) return;
  if (article.lower === 'one') {
    noteOneOfMany(tokens, to + 2, entity, registry);
    return;
  }
  const noun = describingBodyNoun(tokens, to);
  if (noun === undefined) return;
  registry.noteDescribed(noun.lower, entity, noun.start);
  // (a name no given name opens, so described, is the body's: "it said" after it is its too)
  if (entity.kind === 'person' && !entity.gender && givenNameGender(key(entity.name.split(' ')[0])) === undefined) entity.kind = 'organisation';
}

function linksDescription(tokens: Token[], to: number): boolean {
  const link = tokens[to];
  return link !== undefined && tokens[to + 1] !== undefined && (link.text === ',' || COPULAS.has(link.lower));
}

/** The body's noun of a description noteBodyApposition reads after a name ending at `to`, if one follows. */
function describingBodyNoun(tokens: Token[], to: number): Token | undefined {
  const article = tokens[to + 1];
  if (article.lower !== 'the' && article.lower !== 'a' && article.lower !== 'an') return undefined;
  let words = 0;
  for (let k = to + 2; words < 4 && k < tokens.length; k++) {
    const t = tokens[k];
    // ("an independent, family-owned seed company": a comma between describing words)
    if (t.text === ',' && k > to + 2 && tokens[k + 1]?.kind === 'word' && !tokens[k + 1].capitalized) continue;
    words++;
    if (t.kind !== 'word' || t.capitalized || t.info.determiner || DESCRIPTION_ENDS.has(t.lower)) return undefined;
    // ("a member of parliament", "a former officer": a person's noun or a preposition before any body's)
    if (t.info.stop || t.info.personNoun || t.info.describesPerson || t.info.title) return undefined;
    if (!t.info.org && !BUSINESS_NOUNS.has(t.lower) && !BODY_BEFORE_NAME.has(t.lower)) continue;
    const next = tokens[k + 1];
    if (next !== undefined && next.kind === 'word' && !DESCRIPTION_ENDS.has(next.lower) && !(article.lower !== 'the' && AFTER_DESCRIPTION.test(next.lower))) return undefined;
    return t;
  }
  return undefined;
}

/**
 * "The Tarn Players, an amateur drama group, said": a name that a body's description follows is
 * that body, whatever words its name has.
 */
function bodyDescribedAfter(tokens: Token[], to: number): boolean {
  return linksDescription(tokens, to) && describingBodyNoun(tokens, to) !== undefined;
}

/**
 * "Tarn Mutual, one of the largest insurers in the north,": after "one of the" (at the comma's
 * second word, at), at most two lowercase words and a body's noun in the plural that ends the
 * description or is followed by "of", "in" and the like; "the insurer said" later is the name's.
 */
function noteOneOfMany(tokens: Token[], at: number, entity: Entity, registry: EntityRegistry): void {
  if (tokens[at]?.lower !== 'of' || tokens[at + 1]?.lower !== 'the') return;
  for (let k = at + 2; k < tokens.length && k <= at + 4; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.capitalized || t.info.stop || t.info.determiner) return;
    const singular = t.lower.endsWith('ies') ? `${t.lower.slice(0, -3)}y` : t.lower.endsWith('s') ? t.lower.slice(0, -1) : undefined;
    if (singular === undefined || !BODY_BEFORE_NAME.has(singular)) continue;
    const next = tokens[k + 1];
    if (next !== undefined && next.kind === 'word' && !AFTER_DESCRIPTION.test(next.lower)) return;
    registry.noteDescribed(singular, entity, t.start);
    // (a name no given name opens, so described, is the body's, as after "a": "it said" is its too)
    if (entity.kind === 'person' && !entity.gender && givenNameGender(key(entity.name.split(' ')[0])) === undefined) entity.kind = 'organisation';
    return;
  }
}

const COPULAS: ReadonlySet<string> = new Set(['is', 'was']);

/** Words that may follow a body's noun in a description with "a": "a charity founded in 1899", "a firm in Leeds", "a bank and insurer". */
const AFTER_DESCRIPTION = /^(?:in|of|for|with|from|on|at|and|since|whose|that|which|\p{Ll}+ed)$/u;

/**
 * "the private company Osmer Coachways", "the campaign group Friends of Tarn Lane": a name right
 * after a body's lowercase noun, which "the" or "a" and at most two lowercase words open, is that
 * body's, and "the company said" later is the name's. A given name opening the name is someone's
 * ("the firm Ann Vik founded").
 */
function bodyNamedAfterNoun(tokens: Token[], from: number, to: number, registry: EntityRegistry): boolean {
  const noun = from > 0 ? tokens[from - 1] : undefined;
  const first = tokens[from];
  if (noun === undefined || noun.kind !== 'word' || noun.capitalized || !BODY_BEFORE_NAME.has(noun.lower)) return false;
  if (first.info.title || givenNameGender(first.lower) !== undefined || endsInPossessive(tokens[to - 1].text)) return false;
  let k = from - 2;
  while (k >= 0 && k >= from - 4 && tokens[k].kind === 'word' && !tokens[k].capitalized && !tokens[k].info.determiner && !tokens[k].info.stop) k--;
  // ("Budget carrier Tarn Air cut …", also after a wire dateline: the word that opens the
  // sentence, capitalised only for that, stands where the article would)
  const opener = k >= 0 && k === subjectStart(tokens) && tokens[k].kind === 'word' && tokens[k].capitalized && !tokens[k].acronym && !tokens[k].info.title && !tokens[k].info.honorific && givenNameGender(tokens[k].lower) === undefined;
  if (k < 0 || !(tokens[k].info.article || opener)) return false;
  const entity = registry.addPhrase(nameText(tokens, from, to), 'organisation', { start: first.start, end: tokens[to - 1].end });
  registry.noteDescribed(noun.lower, entity, noun.start);
  return true;
}

/**
 * "the drivers' union, Road Crews Together", "its parent company, Vale Holdings": a body's
 * lowercase noun after "the", "its" or "their" (and at most two lowercase or possessive words),
 * then a comma (and "the") and a name no given name or title opens: the name is that body's, and
 * "the union said" later is the name's.
 */
function bodyNamedAfterComma(tokens: Token[], from: number, to: number, registry: EntityRegistry): boolean {
  const comma = from >= 1 && tokens[from - 1].lower === 'the' && !tokens[from - 1].capitalized ? from - 2 : from - 1;
  if (comma < 2 || tokens[comma].text !== ',') return false;
  const noun = tokens[comma - 1];
  const first = tokens[from];
  if (noun.kind !== 'word' || noun.capitalized || !BODY_BEFORE_NAME.has(noun.lower)) return false;
  if (first.info.title || givenNameGender(first.lower) !== undefined || endsInPossessive(tokens[to - 1].text)) return false;
  let k = comma - 2;
  while (k >= 0 && k >= comma - 4 && tokens[k].kind === 'word' && !tokens[k].capitalized && !tokens[k].info.determiner && (!tokens[k].info.stop || endsInPossessive(tokens[k].text))) k--;
  if (k < 0 || tokens[k].capitalized || !DEFINITE_BEFORE_BODY.has(tokens[k].lower)) return false;
  const entity = registry.addPhrase(nameText(tokens, from, to), 'organisation', { start: first.start, end: tokens[to - 1].end });
  registry.noteDescribed(noun.lower, entity, noun.start);
  return true;
}

const DEFINITE_BEFORE_BODY: ReadonlySet<string> = new Set(['the', 'its', 'their']);

/** Lowercase prepositions before "the" and a name that, with no title, is a body's or a place's, not a person's. */
const PREPOSITIONS_BEFORE_THE: ReadonlySet<string> = new Set(['for', 'at', 'with', 'against', 'in', 'into', 'from', 'to', 'by', 'on', 'of']);

/** Nouns for bodies that may stand right before the body's name ("the campaign group …"). */
const BODY_BEFORE_NAME: ReadonlySet<string> = new Set([...BUSINESS_NOUNS, 'group', 'charity', 'club', 'union', 'association', 'trust', 'society', 'consortium', 'foundation', 'organisation', 'organization', 'choir', 'band', 'orchestra', 'troupe', 'ensemble', 'collective', 'cooperative', 'co-operative']);

/** Words that end a description after its noun: "the consortium that …", "the firm behind …". */
const DESCRIPTION_ENDS: ReadonlySet<string> = new Set(['that', 'which', 'behind', 'responsible']);

/** After "Kabu and Dorel Misteval": ", both …", ", who have …", a verb in the plural or "said they", which make the two one couple. */
function coupleFollows(tokens: Token[], at: number): boolean {
  const next = tokens[at];
  if (!next) return false;
  if (next.text === ',') return tokens[at + 1]?.lower === 'both' || (tokens[at + 1]?.lower === 'who' && (COUPLE_VERBS.has(tokens[at + 2]?.lower ?? '') || pluralPresentAt(tokens, at + 2) || pluralAfterClause(tokens, at + 2))) || saidThey(tokens, at + 1);
  return COUPLE_VERBS.has(next.lower) || saidThey(tokens, at);
}

/** How many words after the two names a "their" of theirs may stand. */
const THEIR_REACH = 8;

/**
 * "… where Kabu and Dorel Vik heard it whistling at their cat": a "their" among the lowercase words
 * of the clause after the two names (no mark, quote or capitalised word between) is the two's, who
 * share the surname.
 */
function theirAfter(tokens: Token[], at: number): boolean {
  for (let k = at; k < tokens.length && k - at < THEIR_REACH; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.capitalized) return false;
    if (t.lower === 'their') return true;
  }
  return false;
}

/**
 * "Two brothers, Kabu and Dorel Vik,", "The sisters running the stall, Kabu and Dorel Vik,",
 * "twins Kabu and Dorel Vik": a plural noun of kin (or "couple") before the two given names, at
 * most six words back in the same clause, says they share the surname after the second.
 */
function kinBefore(tokens: Token[], at: number): boolean {
  let k = at - 1;
  if (tokens[k]?.text === ',') k--;
  for (let n = 0; k >= 0 && n < 6; k--, n++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.capitalized && k > 0) return false;
    if (KIN_PLURALS.has(t.lower)) return true;
  }
  return false;
}

const KIN_PLURALS: ReadonlySet<string> = new Set(['brothers', 'sisters', 'twins', 'siblings', 'cousins', 'couple']);

/**
 * ", who run the café", ", who live on the farm": after "who", a verb in the present with no "-s"
 * (the plural's), a lowercase word that is no past form, no function word and no participle, with
 * a word after it.
 */
function pluralPresentAt(tokens: Token[], at: number): boolean {
  const verb = tokens[at];
  if (verb === undefined || verb.kind !== 'word' || verb.capitalized || tokens[at + 1]?.kind !== 'word') return false;
  const w = verb.lower;
  return /^\p{Ll}+$/u.test(w) && !w.endsWith('s') && !verb.info.stop && !verb.info.endsEd && !verb.info.endsIng && !verb.info.endsLy && !PAST_VERBS.has(w);
}

/** "said they had been astonished": a verb of saying at `at`, then "they" or "their". */
function saidThey(tokens: Token[], at: number): boolean {
  const verb = tokens[at];
  return verb !== undefined && verb.kind === 'word' && verb.info.reporting && !verb.info.endsIng && THEY.has(tokens[at + 1]?.lower ?? '');
}

const THEY: ReadonlySet<string> = new Set(['they', 'their']);

/** How many words a relative clause set off by commas may run before the verb it leaves. */
const RELATIVE_CLAUSE_REACH = 30;

/** ", who learnt to swim here as children, were …": the verb in the plural after the clause's closing comma. */
function pluralAfterClause(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + RELATIVE_CLAUSE_REACH; k++) if (tokens[k].text === ',') return COUPLE_VERBS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1]?.lower !== 'both';
  return false;
}

const COUPLE_VERBS: ReadonlySet<string> = new Set(['have', 'were', 'are', 'both']);

/**
 * Where "of" stands in a run that opens with a personal name of two or three words and no title
 * ("Signe Vik of the Civic …"), or -1.
 */
function personBeforeOf(tokens: Token[], first: number, to: number): number {
  // ("challenger Signe Vik of the …": a lowercase title before the name is its role)
  let from = first;
  while (from < to && !tokens[from].capitalized && tokens[from].info.title) from++;
  const of = from + 2 < to && tokens[from + 2].lower === 'of' ? from + 2 : from + 3 < to && tokens[from + 3].lower === 'of' ? from + 3 : -1;
  if (of < 0 || tokens[of].capitalized) return -1;
  for (let k = from; k < of; k++) if (!isNameWord(tokens[k]) || tokens[k].info.org) return -1;
  return of;
}

/** "Irish", "Dutch", "German", "Italian", "Chinese": how an adjective of nationality ends. */
const NATIONALITY_ADJECTIVE = /^\p{Ll}{2,}(?:ish|sh|ch|an|ese)$/u;

/** Words that end the name of a street or a venue, whatever comes before them. */
const PLACE_ENDINGS = new Set(['road', 'street', 'avenue', 'boulevard', 'square', 'crescent', 'terrace', 'stadium', 'arena', 'oval', 'airport']);
/** Words that end the name of a place after "in", "at" or "the", and may be surnames elsewhere ("said Grace Park", "a letter from Eva Green"). */
const PLACE_ENDINGS_AFTER_PREPOSITION = new Set(['park', 'lane', 'gardens', 'grove', 'green', 'close', 'way', 'place', 'hill', 'bridge', 'row', 'sands', 'beach', 'bay', 'cove', 'forest']);
/** Offices held for a place: the name after "of" or "for" is the parish, the see, the town or the seat. */
const PLACE_OFFICES = new Set(['vicar', 'rector', 'curate', 'priest', 'bishop', 'archbishop', 'mayor', 'provost', 'mp', 'councillor']);
/** Words that open the name of a village or a town after "in", "at" or "near" ("Upper Caddow", "Little Wendham"). */
const PLACE_OPENINGS = new Set(['upper', 'lower', 'little', 'great', 'nether', 'much', 'north', 'south', 'east', 'west']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'into', 'outside', 'along', 'off', 'the']);
/** "south", "north-east", "northwest": a bearing, which "of" after it takes from a place. */
const COMPASS_POINT = /^(?:(?:north|south)(?:-?(?:east|west))?|east|west)$/;

/** Coastal endings, rare as surnames, that name a place even after "from" ("driven up from Tolver Bay"), where "a letter from Eva Green" keeps the person. */
const COAST_ENDINGS = new Set(['bay', 'cove', 'sands', 'beach']);

/** A run of two or more words that names a street or a venue: "Harbury Road", "at Fennick Park". */
function namesPlace(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const last = tokens[to - 1].lower;
  // ("vicar of St Aldhelm's", "St Anne's School": a saint's name opening a run is a church, a school or a town)
  if (PLACE_ENDINGS.has(last) || tokens[from].lower === 'st' || tokens[from].lower === 'saint') return true;
  if (from === 0) return false;
  const before = tokens[from - 1];
  // ("the vicar of Little Wendham", "the MP for North Tarn": the office's parish or seat)
  if ((before.lower === 'of' || before.lower === 'for') && from >= 2 && PLACE_OFFICES.has(tokens[from - 2].lower)) return true;
  if (before.lower === 'from' && COAST_ENDINGS.has(last)) return true;
  // ("Ann Vik, from Corby Vale, beat …", "Vik, 34, from Corby Vale, said": where someone named just
  // before is from, set aside between commas, is her town; no given name opens it)
  if (before.lower === 'from' && hometownAside(tokens, from, to)) return true;
  // ("a mile south of Gull Rock", "north-east of Tarn Head": a bearing is taken from a place)
  if (before.lower === 'of' && from >= 2 && COMPASS_POINT.test(tokens[from - 2].lower)) return true;
  // ("Tom Vik, of Mill Lane, Tarnby, denied …": the address a court report gives; "the daughter of
  // Grace Park" is someone's, a given name opening it)
  if (before.lower === 'of' && PLACE_ENDINGS_AFTER_PREPOSITION.has(last) && !givenNameGender(tokens[from].lower)) return true;
  // ("Tom Vik, 63, of Mill Close, Upper Tarnby, admitted …": the town after an address's street)
  if (before.text === ',' && from >= 2 && streetOfAddress(tokens, from - 2)) return true;
  if (before.kind !== 'word' || before.capitalized || !PLACE_PREPOSITIONS.has(before.lower)) return false;
  // ("at his practice in Upper Caddow": a word that sets a village apart from its namesake opens it)
  if (PLACE_ENDINGS_AFTER_PREPOSITION.has(last) || PLACE_OPENINGS.has(tokens[from].lower)) return true;
  // ("in Ambleworth St Giles": a saint's name inside a run after "in" is a village or a parish)
  for (let k = from + 1; k < to - 1; k++) if (tokens[k].lower === 'st' || tokens[k].lower === 'saint') return true;
  return false;
}

/** Whether tokens[end] ends a street that ", of" or ", from" opens (", of Mill Close"): up to three capitalised words, the last a street's word. */
function streetOfAddress(tokens: Token[], end: number): boolean {
  const last = tokens[end];
  if (last.kind !== 'word' || !last.capitalized || !(PLACE_ENDINGS.has(last.lower) || PLACE_ENDINGS_AFTER_PREPOSITION.has(last.lower))) return false;
  let i = end - 1;
  while (i >= 0 && end - i <= 3 && tokens[i].kind === 'word' && tokens[i].capitalized) i--;
  if (i < 1) return false;
  const opener = tokens[i];
  return opener.kind === 'word' && (opener.lower === 'of' || opener.lower === 'from') && tokens[i - 1].text === ',';
}

/** Whether the run tokens[from, to) stands in ", from …," after a capitalised word or an age, and no given name opens it. */
function hometownAside(tokens: Token[], from: number, to: number): boolean {
  if (from < 3 || tokens[from - 2].text !== ',' || tokens[to]?.text !== ',') return false;
  const owner = tokens[from - 3];
  return owner.kind === 'word' && (owner.capitalized || owner.info.digits) && !givenNameGender(tokens[from].lower) && !endsInPossessive(tokens[to - 1].text);
}

/** What a race report calls a horse or a dog before its name ("the favourite, Smoke Signal", "the gelding Tarn Lad"). */
const ANIMAL_NOUNS = new Set(['favourite', 'horse', 'gelding', 'mare', 'colt', 'filly', 'stallion', 'greyhound']);

/** The run at tokens[from] names an animal: one of ANIMAL_NOUNS, in lowercase, and perhaps a comma before it. */
function namesAnimal(tokens: Token[], from: number): boolean {
  const k = from > 0 && tokens[from - 1].text === ',' ? from - 2 : from - 1;
  if (k < 0 || tokens[k].kind !== 'word' || tokens[k].capitalized || !ANIMAL_NOUNS.has(tokens[k].lower)) return false;
  // ("beating home favourite Ann Vik": the crowd's favourite is a player, and so is "the home
  // crowd's favourite, Ann Vik", the crowd in the possessive)
  return k === 0 || !CROWDS.has(tokens[k - 1].lower.replace(/['\u2019]s?$/, ''));
}

/** What a race report calls a horse or a dog it named just before ("The gelding had won twice"): "favourite" may be a player. */
const ANIMAL_TAKE_UPS: ReadonlySet<string> = new Set(['horse', 'gelding', 'mare', 'colt', 'filly', 'stallion', 'greyhound']);

/**
 * "… described Tarn Lad as “…”. The gelding had never won.": a sentence opened by "The" and an
 * animal's noun, with no name after it, goes on about the last one named in the sentence before,
 * when nothing showed that one to be a person (no title, role, gender or given name): a horse,
 * whom a later "he said" does not mean.
 */
function animalTakenUp(tokens: Token[], previous: Token[], registry: EntityRegistry): void {
  const noun = tokens[1];
  if (noun === undefined || noun.kind !== 'word' || noun.capitalized || !ANIMAL_TAKE_UPS.has(noun.lower) || tokens[2]?.capitalized) return;
  const e = registry.recentPerson(tokens[0].start, undefined);
  if (e === undefined || e.person || e.gender || e.role !== null || e.animal || givenNameGender(e.keys[0])) return;
  if (previous.length && registry.lastMentionBefore(e, tokens[0].start) >= previous[0].start) e.animal = true;
}

/** Whose favourite a player is ("home favourite", "crowd favourite"), where a horse is only "the favourite". */
const CROWDS = new Set(['home', 'crowd', 'local', 'fans']);

/**
 * The age given with a name: "24-year-old Tom Vik" before it (tokens[from, to) are the word
 * before the name's run and its role), ", 24," or ", a 24-year-old striker," or ", at 34 the
 * oldest …," after it.
 */
function ageAround(tokens: Token[], from: number, to: number, apposition: Token[] | undefined): number | undefined {
  for (let k = from; k < to; k++) {
    const age = tokens[k].kind === 'word' ? yearsOld(tokens[k]) : undefined;
    if (age !== undefined) return age;
  }
  if (!apposition?.length) return undefined;
  const first = apposition[ageBefore(apposition) > 0 ? 1 : 0];
  if (first.info.digits) return ageOf(first);
  return first.info.article ? ageOf(apposition[1]) : undefined;
}

/**
 * "A 17-year-old boy was arrested": someone described by age with no name, whom "the
 * 17-year-old" may mean later (not "Tom Vik, a 17-year-old pupil,", set beside a name).
 */
function noteUnnamedAges(tokens: Token[], registry: EntityRegistry): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    // ("a" and "an" are articles: the spelling alone decides)
    if (t.lower !== 'a' && t.lower !== 'an') continue;
    const age = tokens[i + 1].kind === 'word' ? yearsOld(tokens[i + 1]) : undefined;
    const noun = tokens[i + 2];
    if (age === undefined || noun.kind !== 'word' || noun.capitalized || (i > 0 && tokens[i - 1].text === ',') || registry.unnamedAges.has(age)) continue;
    registry.unnamedAges.set(age, { pos: t.start, gender: genderOfNoun(noun.lower) });
  }
}

/**
 * "Ann Vik won the final. The 24-year-old, who …, beat": a sentence opened by an age with no name
 * goes on about the person who opened one just before; that is who "the 24-year-old" means later
 * (unless someone of that age was named or described).
 */
function ageOfOpener(tokens: Token[], opener: Entity, registry: EntityRegistry): void {
  if (tokens.length < 3 || tokens[0].lower !== 'the' || opener.age !== undefined || opener.kind !== 'person') return;
  const age = tokens[1].kind === 'word' ? yearsOld(tokens[1]) : undefined;
  if (age === undefined || registry.unnamedAges.has(age) || registry.recentOfAge(age, tokens[0].start)) return;
  // (the age is the subject, set apart by a comma: "The 24-year-old man" is someone new)
  if (tokens[2].text !== ',') return;
  opener.age = age;
}

/**
 * "Two brothers, Ann and Tom Vik, …", "The sisters running the stall, Ann and Tom Vik, …": the
 * sentence opens with a plural noun for people, in at most seven lowercase words, and a comma right
 * before the name at pos: the names that follow are in apposition to the sentence's subject.
 */
function pluralOpeningBefore(tokens: Token[], pos: number): boolean {
  let comma = 0;
  while (comma < tokens.length && tokens[comma].start < pos) comma++;
  comma--;
  if (comma < 2 || comma > 7 || tokens[comma].text !== ',') return false;
  let people = false;
  for (let k = 0; k < comma; k++) {
    const w = tokens[k];
    if (w.kind !== 'word' || (k > 0 && w.capitalized)) return false;
    if (KIN_PLURALS.has(w.lower) || (w.info.plural && w.info.personNoun)) people = true;
  }
  return people;
}

/**
 * "Ann Vik and Tom Holt of Tarnland reached the final, beating …": two people named together as
 * the sentence opens are its subject, whom "the pair" later means rather than whoever the
 * sentence named after them.
 */
function notePairOpening(tokens: Token[], named: readonly Entity[], registry: EntityRegistry): void {
  if (named.length < 2 || named[0].kind !== 'person' || named[1].kind !== 'person' || tokens.length < 4) return;
  const first = named[0].mentions[named[0].mentions.length - 1];
  const second = named[1].mentions[named[1].mentions.length - 1];
  if (!first || !second || (first.start !== tokens[0].start && !pluralOpeningBefore(tokens, first.start))) return;
  // the word after the first name is "and", and the second name starts right after it
  let k = 1;
  while (k < tokens.length && tokens[k].start < first.end) k++;
  if (tokens[k]?.lower !== 'and' || tokens[k].capitalized || tokens[k + 1]?.start !== second.start) return;
  registry.subjectPairs.push({ at: tokens[0].start, members: [named[0], named[1]] });
}

/**
 * "Tom Vik won the final. The Dutchman, who trailed 9-6, …": a nationality's noun opening the next
 * sentences, when no one named has that origin, is the one the sentence before opened on.
 */
function originOfOpener(tokens: Token[], opener: Entity, registry: EntityRegistry): void {
  if (tokens.length < 3 || tokens[0].lower !== 'the' || opener.origin !== undefined || opener.kind !== 'person') return;
  // ("The 29-year-old Dane and his co-driver were leading": an age may describe the noun, and
  // "and" may join someone else to it)
  const n = /^\d+-year-old$/.test(tokens[1].text) ? 2 : 1;
  const noun = tokens[n];
  if (!noun || noun.kind !== 'word' || !nationalityNoun(noun) || (tokens[n + 1]?.kind === 'word' && tokens[n + 1].lower !== 'and')) return;
  const origin = originOf(noun);
  if (!registry.recentOfOrigin(origin, tokens[0].start)) opener.origin = origin;
}

/**
 * "Ann Vik lost two ewes in May. The shepherd, whose dogs …, said": a lowercase noun for a
 * person opening the next sentence as its subject, a "who" or "whose" clause set apart after it,
 * goes on about the person whose name opened the sentence just before; that is who "the shepherd"
 * means later (unless the story already said who one was; a relative, "The mother, who …", may be
 * someone else's).
 */
function nounOfOpener(tokens: Token[], opener: Entity, registry: EntityRegistry): void {
  if (tokens.length < 5 || tokens[0].lower !== 'the' || tokens[2].text !== ',' || opener.kind !== 'person') return;
  const noun = tokens[1];
  if (noun.kind !== 'word' || noun.capitalized || !noun.info.personNoun || noun.info.plural || noun.info.title || RELATIVES.has(noun.lower)) return;
  const clause = tokens[3];
  if (clause.kind !== 'word' || (clause.lower !== 'who' && clause.lower !== 'whose')) return;
  const at = tokens[0].start;
  if (registry.agentNounOf(noun.lower, at) || registry.leadNounOf(noun.lower, at)) return;
  // (noted as from just before the sentence: its own subject, "The shepherd", is the noun's first use)
  registry.noteAgentNoun(noun.lower, opener, at - 1);
}

/** ", 18,": an age of one to three digits between commas, the first at tokens[comma]. */
function ageAfter(tokens: Token[], comma: number): boolean {
  const age = tokens[comma + 1];
  return age !== undefined && age.info.digits && age.text.length <= 3 && tokens[comma + 2]?.text === ',';
}

/**
 * "calling on Tarn District Council to …", "The Tarn Heritage Trust and Vik Seeds announced": a
 * name of two words or more ending in a public body's kind word ("Council", "Trust", "Agency") or a business's ("Ferries", "Motors"),
 * or with that word before "of" and a place ("the Dental Board of Tarnland"),
 * wherever it stands, is that body, for "the council said" later (not a team's: "Tarn City").
 */
function namedBodyAnywhere(tokens: Token[], nameFrom: number, nameTo: number): boolean {
  // ("the Dental Board of Tarnland": or the kind word stands before an "of" and a place)
  let kindAt = nameTo - 1;
  for (let i = nameFrom + 1; i < nameTo - 1; i++) if (tokens[i].lower === 'of' && !tokens[i].capitalized) kindAt = i - 1;
  const last = tokens[kindAt].lower;
  // (or a business's word: "unless Strait Link Ferries withdrew it", for "the operator said" later;
  // not where someone works, "an analyst at Corbel Securities", which "the company" never means)
  // (the business words, a list, are searched only when the set of kinds has no such word)
  if (nameTo - nameFrom < 2 || TEAM_NAME_WORDS.has(last)) return false;
  if (!BODY_KIND_NAME_WORDS.has(last) && !(BUSINESS_NAME_WORD_SET.has(last) && tokens[nameFrom - 1]?.lower !== 'at')) return false;
  for (let i = nameFrom; i < nameTo; i++) if (!tokens[i].capitalized && i !== kindAt + 1) return false;
  // (mid-sentence "the Tarn Nurses' Association said" is read with its article as the speaker;
  // "paid from the Tarn Heritage Trust for years", with no reporting verb after it, is registered)
  return nameFrom === 0 || tokens[nameFrom - 1].text !== 'the' || !isReportingVerb(tokens[nameTo]);
}

const TEAM_NAME_WORDS = new Set(ORGANISATION_KINDS.get('club'));

/** "according to (the) " just before tokens[from]. */
function afterAccordingTo(tokens: Token[], from: number): boolean {
  const to = from > 0 && tokens[from - 1].lower === 'the' ? from - 1 : from;
  return to >= 2 && tokens[to - 1].lower === 'to' && tokens[to - 2].lower === 'according';
}

/** The people of a workplace: "workers at", "staff at". */
const EMPLOYEES = new Set(['workers', 'staff', 'employees', 'bosses', 'executives', 'shareholders', 'directors']);

/** Whether tokens[from, to) is a capitalised name after "workers at" or the like, no given name opening it, no possessive ending it. */
function employerAt(tokens: Token[], from: number, to: number): boolean {
  if (from < 2 || tokens[from - 1].lower !== 'at' || tokens[from - 1].capitalized || !EMPLOYEES.has(tokens[from - 2].lower)) return false;
  for (let i = from; i < to; i++) if (!tokens[i].capitalized || tokens[i].kind !== 'word') return false;
  return !endsInPossessive(tokens[to - 1].text) && givenNameGender(tokens[from].lower) === undefined;
}

/** "a vet at Tarn Veterinary Centre", "a nurse at …": someone of the body named after "at" (for "the practice" later). */
function someoneAt(tokens: Token[], from: number): boolean {
  const noun = tokens[from - 2];
  return from >= 3 && tokens[from - 1].lower === 'at' && !noun.capitalized && (noun.info.personNoun || noun.info.title) && tokens[from - 3].info.article;
}

/** ", which": the words before it name a thing. */
function thingFollows(tokens: Token[], at: number): boolean {
  if (at < tokens.length && (tokens[at].lower === 'are' || tokens[at].lower === 'were' || tokens[at].lower === 'have')) return true;
  return at + 1 < tokens.length && tokens[at].text === ',' && tokens[at + 1].lower === 'which';
}

/** A verb and "its" after a sentence's subject ("Harlow Mills closed its doors"): the subject is a thing, a body. */
export function actsOnItsOwn(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  return verb !== undefined && verb.kind === 'word' && !verb.capitalized && !verb.info.stop && !verb.info.reporting && tokens[at + 1]?.lower === 'its';
}

/** One reader for all runs: the split of the part being read. */
const split = new NameSplit();

function someTitle(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isTitleWord(tokens[k])) return true;
  return false;
}

/** The gap a skipped sign leaves with a space on either side (" & "). */
const SPACED_SIGN = 3;

/** Name words, or short words ("bin", "Al"): a personal name of several words. */
function personalName(tokens: Token[], from: number, to: number): boolean {
  // ("Ostrelle Mining's Tamsu mine": an owner in the possessive and what it owns are no one's name)
  for (let k = from; k < to; k++) if ((!isNameWord(tokens[k]) && tokens[k].lower.length > 3 && !(k === from && ((k > 0 && givenNameAfterRole(tokens[k], tokens[k - 1])) || titleAsGivenName(tokens, k, to)))) || (k < to - 1 && endsInPossessive(tokens[k].text))) return false;
  // ("a lawyer at Hale & Brock who …": two words with a sign the tokenizer skips between them,
  // spaced as " & " is, are the partners a firm is named after, not a given name and a surname)
  for (let k = from + 1; k < to; k++) if (tokens[k].start - tokens[k - 1].end >= SPACED_SIGN) return false;
  return true;
}

/** A quote of one to three capitalised words and nothing else ("Wren", "The Hammer"). */
function isNickname(t: Token): boolean {
  return t.kind === 'quote' && t.text.length <= 26 && NICKNAME.test(t.text);
}

const NICKNAME = /^.\p{Lu}[\p{L}'\u2019-]*(?: \p{Lu}[\p{L}'\u2019-]*){0,2}.$/u;

function nameText(tokens: Token[], from: number, to: number): string {
  let out = tokens[from].text;
  for (let k = from + 1; k < to; k++) out += ' ' + tokens[k].text;
  return out;
}

function nameKeys(tokens: Token[], from: number, to: number): string[] {
  const keys: string[] = [];
  for (let k = from; k < to; k++) keys.push(key(tokens[k].text));
  return keys;
}

/** Nouns for a relative that tell their gender; not the pronouns and titles among the gender cues. */
/** A family known by its surname: "the Harwood brothers", "the Vik sisters", "the Holt family". */
const FAMILY_GROUPS: ReadonlySet<string> = new Set(['brothers', 'sisters', 'twins', 'family']);

/**
 * A name the text itself says is given alone: "a woman who gave her name only as Ann", "a man
 * identified only as Tom", "Ann, who declined to give her surname,". Its gender, from "her" or
 * "his" in those words (null: none there); undefined when the name stands in no such words.
 */
function givenNameOnly(tokens: Token[], from: number, to: number): 'male' | 'female' | null | undefined {
  // (one set off by a comma, "who gave her name as Ann, said", is read with the clause's noun as her role, in phrases)
  const before = from > 1 && tokens[from - 1].lower === 'as' && tokens[to]?.text !== ',';
  const after = !before && to + 2 < tokens.length && tokens[to].text === ',' && tokens[to + 1].lower === 'who';
  if (!before && !after) return undefined;
  if (!isNameWord(tokens[from]) || tokens[from].info.org) return undefined;
  if (before) {
    // "gave her (first) name (only) as", "named only as", "identified only as"
    let j = from - 2;
    if (tokens[j].lower === 'only') j--;
    const w = tokens[j]?.lower;
    if (w === 'named' || w === 'identified') return null;
    if (w !== 'name') return undefined;
    return genderOfOwner(tokens[j - 1]?.lower === 'first' ? tokens[j - 2]?.lower : tokens[j - 1]?.lower);
  }
  let gender: 'male' | 'female' | null = null;
  // ", who declined to give her surname", ", who did not want his full name used"
  for (let j = to + 2; j < tokens.length && j < to + 9; j++) {
    const w = tokens[j].lower;
    if (tokens[j].kind !== 'word') return undefined;
    if (w === 'her' || w === 'his') gender = genderOfOwner(w);
    else if (w === 'surname' || ((w === 'name' || w === 'names') && (tokens[j - 1].lower === 'full' || tokens[j - 1].lower === 'last' || tokens[j - 1].lower === 'second'))) return gender;
  }
  return undefined;
}

/** "her": female, "his": male; null for any other word. */
function genderOfOwner(word: string | undefined): 'male' | 'female' | null {
  return word === 'her' ? 'female' : word === 'his' ? 'male' : null;
}

/** "his granddaughter Zara", "Okafor's son Tom": a relative's noun, lowercase, right before a lone given name at `from`. */
function relativeNamed(tokens: Token[], from: number): boolean {
  const noun = tokens[from - 1];
  return from > 0 && !noun.capitalized && RELATIVES.has(noun.lower) && givenNameGender(tokens[from].lower) !== undefined;
}

const RELATIVES: ReadonlySet<string> = new Set(['husband', 'wife', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'grandmother', 'grandfather', 'granddaughter', 'grandson', 'niece', 'nephew', 'aunt', 'uncle', 'widow', 'widower']);

/**
 * "Marta Dahl and her husband, Leif Dahl, …", "Tom Vik and his daughter Ann …": the relative's
 * noun tells the gender of the one it names, and the possessive that of the one named just before
 * "and" (so that "her husband said" later finds him, not her). Neither is changed when known.
 */
function noteRelative(tokens: Token[], from: number, previousEnd: number, previous: Entity | undefined, entity: Entity | undefined): void {
  if (entity === undefined || entity.kind !== 'person') return;
  let j = from - 1;
  if (tokens[j]?.text === ',') j--;
  const noun = tokens[j];
  const possessive = tokens[j - 1]?.lower;
  if (noun === undefined || noun.capitalized || !RELATIVES.has(noun.lower) || (possessive !== 'her' && possessive !== 'his')) return;
  entity.gender ??= genderOfNoun(noun.lower);
  if (previous !== undefined && previous !== entity && previous.kind === 'person' && previousEnd === j - 2 && tokens[j - 2].lower === 'and') previous.gender ??= possessive === 'her' ? 'female' : 'male';
}

/**
 * "… for Mr Vik, and his wife, Ann, …", "Ann's husband, Tom, said": the person this sentence named
 * before a possessive (a pronoun whose gender does not rule them out, or their own name in the
 * possessive), a relative's noun and a comma at `from` (a given name alone there); undefined for
 * anything else.
 */
function kinNamedBefore(tokens: Token[], from: number, named: readonly Entity[]): Entity | undefined {
  // (the comma first, and no index before the sentence's first token: this runs for every one-word name)
  if (from < 3 || tokens[from - 1].text !== ',') return undefined;
  const noun = tokens[from - 2];
  const owner = tokens[from - 3];
  if (noun.capitalized || !RELATIVES.has(noun.lower)) return undefined;
  const gender = owner.lower === 'his' ? 'male' : owner.lower === 'her' ? 'female' : undefined;
  const possessive = gender === undefined && owner.capitalized && endsInPossessive(owner.text);
  if (!gender && !possessive) return undefined;
  for (let k = named.length - 1; k >= 0; k--) {
    const e = named[k];
    if (e.kind !== 'person' || e.keys.length < 2) continue;
    const last = e.mentions.at(-1);
    if (gender ? (last?.end ?? Infinity) <= owner.start && !isOtherGender(e, gender) : last?.start !== undefined && last.start <= owner.start && last.end >= owner.start) return e;
  }
  return undefined;
}

function addNamed(named: Entity[], entity: Entity): void {
  if (!named.includes(entity)) named.push(entity);
}

/** "spokeswoman", "Mrs", "he": the gender a run and its apposition tell; a female cue wins. */
function genderCue(tokens: Token[], from: number, to: number, appo: Token[] | undefined): 'male' | 'female' | undefined {
  if (hasCue(tokens, from, to, FEMALE_CUES) || (appo !== undefined && hasCue(appo, 0, appo.length, FEMALE_CUES))) return 'female';
  if (hasCue(tokens, from, to, MALE_CUES) || (appo !== undefined && hasCue(appo, 0, appo.length, MALE_CUES))) return 'male';
  return undefined;
}

/**
 * "Her son, Ben Vik": a possessive before another word is the gender of someone else; so is the
 * honorific of a name in the possessive ("Mrs Vik's lawyer, Ben Holt", "Mr Jo Vik's daughter").
 */
export function hasCue(tokens: readonly Token[], from: number, to: number, cues: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (cues.has(tokens[k].lower) && !(k + 1 < to && (tokens[k].lower === 'her' || tokens[k].lower === 'his')) && !ownersHonorific(tokens, k, to)) return true;
  return false;
}

/**
 * An honorific at k whose name (one or two capitalised words) ends in the possessive, with a word
 * after it before `to` (what that one owns: "Mrs Vik's lawyer"; not "Mrs Ann Vik's" alone, hers).
 */
function ownersHonorific(tokens: readonly Token[], k: number, to: number): boolean {
  if (!tokens[k].info.honorific || k + 2 >= to) return false;
  const next = tokens[k + 1];
  if (!next.capitalized) return false;
  if (endsInPossessive(next.text)) return true;
  return k + 3 < to && tokens[k + 2].capitalized && endsInPossessive(tokens[k + 2].text);
}

const OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/**
 * "… with his captain, Ann Vik, who …": a title after a possessive, then the name between commas,
 * anywhere in a sentence, is the office that name holds ("the captain" said later is that person).
 */
function ownedRoleBeforeName(tokens: Token[], from: number, to: number): string | null {
  const comma = from - 1;
  // (inside a clause only, after a word: "with his captain", "beat her coach"; a clause opened by
  // the possessive, "Its chair, Ann Vik, said", is read where its subject is)
  if (comma < 3 || tokens[comma].text !== ',' || tokens[to]?.text !== ',' || tokens[comma - 3].kind !== 'word') return null;
  const noun = tokens[comma - 1];
  if (noun.kind !== 'word' || noun.capitalized || !noun.info.title || noun.info.honorific || !OWNERS.has(tokens[comma - 2].lower)) return null;
  // (the possessive stays, as the role is written: "its head")
  return roleTextIn(tokens, comma - 2, comma);
}

/**
 * "The world record holder, Ann Vik, was watching": a sentence that opens with "the" and one to
 * four lowercase words, then the name between commas, gives the name that role.
 */
function roleBeforeName(tokens: Token[], from: number, to: number): string | null {
  let comma = from - 1;
  // ("The Dean, the Very Rev Tom Vik, …": a lowercase "the" before the style that opens the name)
  if (tokens[comma]?.lower === 'the' && !tokens[comma].capitalized && (tokens[from].info.honorific || tokens[from + 1]?.info.honorific === true)) comma--;
  if (comma < 2 || comma > 7 || tokens[comma].text !== ',' || tokens[to]?.text !== ',') return null;
  if (tokens[0].lower !== 'the') return ownedRoleOpening(tokens, comma);
  // ("The regional Minister for Enterprise, Ann Vik, …": an office written with capitals, opened by its title)
  let k = 1;
  if (!tokens[1].info.title) k++;
  const office = tokens[k].kind === 'word' && tokens[k].capitalized && tokens[k].info.title && !tokens[k].info.honorific && (k === 1 || !tokens[1].capitalized);
  for (k = 1; k < comma; k++) {
    const t = tokens[k];
    // ("The club's manager, Ann Vik, …": an owner in the possessive before the noun is no plural)
    const plural = t.info.plural && !(k < comma - 1 && endsInPossessive(t.text));
    // ("The new captain, Ivo Pell, …": "new" before the noun is the post's, as "former" is)
    const stop = t.info.stop && !(t.lower === 'new' && k < comma - 1);
    if (t.kind !== 'word' || t.info.reporting || plural || (!office && (t.capitalized || stop || k > 4))) return null;
  }
  return roleTextIn(tokens, 1, comma);
}

/**
 * "Her coach, Ann Vik, had …", "His agent at Tarn Sports, Ann Vik, …": a sentence that opens with
 * a possessive and a lowercase title, then perhaps "at", "of" or "for" and a body's capitalised
 * name, then the name between commas, gives the name that title ("her coach said" later is hers).
 */
function ownedRoleOpening(tokens: Token[], comma: number): string | null {
  // ("Tarn United's coach, Ann Vik, …": a name in the possessive owns the post as "her" does)
  if (!OWNERS.has(tokens[0].lower)) return comma <= 4 && tokens[0].capitalized ? namedOwnerRole(tokens, comma) : null;
  const noun = tokens[1];
  if (noun.kind !== 'word' || noun.capitalized || !noun.info.title || noun.info.honorific || noun.info.plural) return null;
  if (comma === 2) return roleTextIn(tokens, 1, 2);
  // (the body after the title: capitals only, "at Tarn Harriers", "of the Tarn Trust")
  if (!OWNED_ROLE_PLACES.has(tokens[2].lower)) return null;
  let k = 3;
  if (tokens[k]?.lower === 'the') k++;
  if (k >= comma) return null;
  for (; k < comma; k++) if (tokens[k].kind !== 'word' || !tokens[k].capitalized) return null;
  return roleTextIn(tokens, 1, 2);
}

const OWNED_ROLE_PLACES = new Set(['at', 'of', 'for']);

/** "Tarn's coach, Ann Vik": one to three capitalised words, the last in the possessive, then a lowercase title before the comma. */
function namedOwnerRole(tokens: Token[], comma: number): string | null {
  const noun = tokens[comma - 1];
  if (noun.kind !== 'word' || noun.capitalized || !noun.info.title || noun.info.honorific || noun.info.plural || !endsInPossessive(tokens[comma - 2].text)) return null;
  for (let k = 0; k < comma - 1; k++) if (tokens[k].kind !== 'word' || !tokens[k].capitalized) return null;
  return roleTextIn(tokens, comma - 1, comma);
}

/**
 * "Tarn Council wants …", "Tarnby Police has …": a body whose name ends in a kind "the council"
 * or "a police spokesman" may later name, opening the sentence before a lowercase verb in -s.
 */
function kindActs(tokens: Token[], nameTo: number, at: number): boolean {
  const t = tokens[at];
  if (t === undefined || t.kind !== 'word' || t.capitalized) return false;
  const last = tokens[nameTo - 1].lower;
  // ("Orrin Bakers was founded …", "Tarn Mining will appeal": a business's name, before any lowercase word, for "the company" later)
  if (BUSINESS_NAME_WORD_SET.has(last)) return true;
  return !t.info.stop && t.lower.length >= 4 && t.lower.endsWith('s') && !t.lower.endsWith('ss') && BODY_KIND_NAME_WORDS.has(last);
}

/** How many words may stand between "A" and the noun of a lead that describes someone unnamed. */
const LEAD_NOUN_REACH = 5;

/**
 * "A Tarnby stamp trader who sold …", "A nurse who found …": a sentence opening on "A" or "An", at
 * most a few words and then a lowercase noun followed by "who": that noun's index, or -1.
 */
function unnamedLeadNoun(tokens: Token[]): number {
  if (tokens[0]?.lower !== 'a' && tokens[0]?.lower !== 'an') return -1;
  for (let k = 1; k <= LEAD_NOUN_REACH && k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.lower === 'who') return -1;
    if (tokens[k + 1].lower === 'who') return !t.capitalized && !t.info.stop && /^\p{Ll}+$/u.test(t.lower) ? k : -1;
  }
  return -1;
}

/** "the lollipop lady" after the lead described her so: a mention of her, when it stands before the sentence's first name. */
function mentionDescribed(tokens: Token[], described: { words: string[]; entity: Entity }, firstName: number, registry: EntityRegistry): void {
  const n = described.words.length;
  const end = firstName < 0 ? tokens.length - n : firstName - n;
  for (let i = 0; i < end; i++) {
    if (tokens[i].lower !== 'the') continue;
    let k = 0;
    while (k < n && tokens[i + 1 + k].lower === described.words[k] && !tokens[i + 1 + k].capitalized) k++;
    if (k === n) registry.mention(described.entity, { start: tokens[i + 1].start, end: tokens[i + n].end }, false);
  }
}

/** How many words a headline's subject that names no one may have: "Lollipop lady", "Veteran steam engine driver". */
const HEADLINE_SUBJECT_REACH = 4;

/**
 * "Lollipop lady hangs up her coat after 40 years", "Goalkeeper bows out": a first line opening
 * with a capitalised word and up to three lowercase ones, ending in a noun for a person, before a
 * verb in the present tense: those words, lowercase ("lollipop lady"), for "the lollipop lady said".
 */
function headlineSubject(tokens: Token[]): string | undefined {
  if (!tokens[0]?.capitalized || tokens[0].kind !== 'word' || tokens[0].info.stop) return undefined;
  let k = 1;
  while (k < HEADLINE_SUBJECT_REACH && tokens[k]?.kind === 'word' && !tokens[k].capitalized && !tokens[k].info.stop && !tokens[k].info.reporting && !presentVerb(tokens[k])) k++;
  const noun = tokens[k - 1];
  const verb = tokens[k];
  if (verb === undefined || !presentVerb(verb) || !(noun.info.personNoun || noun.info.title) || noun.info.plural) return undefined;
  let words = tokens[0].lower;
  for (let i = 1; i < k; i++) words += ` ${tokens[i].lower}`;
  return words;
}

/** "hangs", "wins", "bows": a lowercase word in "-s" (not "-ss") that may be a verb's present tense. */
function presentVerb(t: Token): boolean {
  return t.kind === 'word' && !t.capitalized && !t.info.stop && t.lower.length >= 4 && t.lower.endsWith('s') && !t.lower.endsWith('ss') && !t.info.personNoun && !t.info.title;
}

/**
 * "forged", "organised", "robbed": the noun of one who did it, "forger", "organiser", "robber"
 * (a regular past tense whose last letter the noun's "r" takes the place of).
 */
function agentNoun(verb: Token | undefined): string | undefined {
  return verb && verb.kind === 'word' && !verb.capitalized && verb.info.endsEd && verb.lower.length >= 5 && !verb.info.reporting ? `${verb.lower.slice(0, -1)}r` : undefined;
}

/**
 * "Tom Vik, 39, of Hale Road, who organised the raids, …": the person named last before the
 * clause is "the organiser" later.
 */
function noteClauseAgent(tokens: Token[], who: number, named: Entity[], registry: EntityRegistry): void {
  const noun = agentNoun(tokens[who + 1]);
  if (!noun) return;
  const at = tokens[who].start;
  for (let i = named.length - 1; i >= 0; i--) {
    const e = named[i];
    const mention = e.mentions.length ? e.mentions[e.mentions.length - 1].start : -1;
    if (mention >= at) continue;
    if (e.kind === 'person') registry.noteAgentNoun(noun, e, at);
    return;
  }
}

const ROLE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an']);

/** "his Norwegian co-driver," before the comma at `comma`: the nationality's adjective after a determiner and before up to two lowercase words, if any. */
function nationalityBeforeComma(tokens: Token[], comma: number): string | undefined {
  for (let i = comma - 1; i >= 1 && i >= comma - 3; i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return undefined;
    if (!t.capitalized) continue;
    const before = tokens[i - 1];
    return i < comma - 1 && NATIONALITY_ADJECTIVE.test(t.lower) && before.kind === 'word' && !before.capitalized && ROLE_DETERMINERS.has(before.lower) ? t.lower : undefined;
  }
  return undefined;
}
