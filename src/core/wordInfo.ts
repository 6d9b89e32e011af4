import { DETERMINERS, DOCUMENT_NOUNS, HONORIFICS, INNER_CONNECTORS, ISSUE_VERBS, MANNER_VERBS, NOT_NAME_WORDS, ORG_WORDS, PERSON_NOUNS, PRONOUN_WORDS, REPORTING_VERBS, ROLE_ABBREVIATIONS, SPEAKER_NOUNS, TITLE_WORDS, VERB_ADVERBS, WEAK_REPORTING } from './lexicon';
import { NAME_CONNECTORS, NAME_PARTICLES, RUN_CONNECTORS } from './nameWords';

/** What the word lists say about one lowercase word; looked up once per distinct word. */
export interface WordInfo {
  title: boolean;
  speakerNoun: boolean;
  reporting: boolean;
  weakReporting: boolean;
  stop: boolean;
  /**
   * Written in lowercase, the word may still stand in a speaker's noun phrase: a speaker noun, a
   * title, a possessive ("agency's") or a compound such as "Prague-based".
   */
  lowercasePhraseWord: boolean;
  /** "published", "issued": a verb by which someone issues a document. */
  issue: boolean;
  /** "statement", "report": a document noun. */
  document: boolean;
  /** a, an, the. */
  article: boolean;
  /** "67-year-old", "mother-of-two": a description that stands for a person ("said the 67-year-old"). */
  describesPerson: boolean;
  /** "owner", "victim", "mother": a common noun for a person. */
  personNoun: boolean;
  /** "grinned", "fumed": a verb of manner that attributes a quote it directly follows. */
  manner: boolean;
  /** Endings read by the attribution rules: "jointly" (-ly), "saying" (-ing), "added" (-ed). */
  endsLy: boolean;
  endsIng: boolean;
  endsEd: boolean;
  /** "ministers", "people", "staff": a plural head noun (not "-ss", as in "press"). */
  plural: boolean;
  /** said, says, told, tells, wrote, writes: verbs that are never nouns. */
  onlyVerb: boolean;
  /** The name lists, read for every capitalised run (see nameWords.ts and ORG_WORDS). */
  nameConnector: boolean;
  nameParticle: boolean;
  runConnector: boolean;
  org: boolean;
  /** Mr, Dr., Dame: left out of a role. */
  honorific: boolean;
  /** ASCII digits only: an age (", 52,") is no role. */
  digits: boolean;
  /**
   * The small lists the phrase rules test for nearly every token they read (see lexicon.ts):
   * a flag read from the word's facts costs less than a set lookup by its spelling.
   */
  determiner: boolean;
  innerConnector: boolean;
  pronoun: boolean;
  verbAdverb: boolean;
}

const cache = new Map<string, WordInfo>();

export const NO_INFO: WordInfo = { title: false, speakerNoun: false, reporting: false, weakReporting: false, stop: false, lowercasePhraseWord: false, issue: false, document: false, article: false, describesPerson: false, personNoun: false, manner: false, endsLy: false, endsIng: false, endsEd: false, plural: false, onlyVerb: false, nameConnector: false, nameParticle: false, runConnector: false, org: false, honorific: false, digits: false, determiner: false, innerConnector: false, pronoun: false, verbAdverb: false };

const ONLY_VERBS = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes']);
const POSSESSIVE = /['\u2019]s$/;
const DIGITS = /^\d+$/;
/** "I’ve", "we'd", "they’re": a subject pronoun and a contracted verb. */
const PRONOUN_CONTRACTION = /^(?:i|we|you|they|he|she)['\u2019](?:ve|d|m|re|ll|s)$/;
const COMPOUND = /^[\p{L}]+-(based|born|run|owned|led)$/u;
const DESCRIBES_PERSON = /^(\d{1,3}-years?-old|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)-years?-old|\p{L}+-of-(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))$/u;
/** Nouns sport and local reports use for someone just named: "said the youngster", "the Irishman added". */
const DESCRIPTIVE_NOUNS = new Set(
  (
    'youngster teenager veteran rookie debutant newcomer irishman irishwoman welshman welshwoman scotsman scotswoman englishman englishwoman frenchman frenchwoman dutchman dutchwoman ' +
    // positions ("the defender said"), and what local copy calls someone it has just named ("said the widow")
    'international striker midfielder defender goalkeeper keeper winger wing shooter full-back fullback wing-back centre-back centre-half playmaker flanker hooker fly-half scrum-half ' +
    'batsman batter bowler wicketkeeper wicket-keeper all-rounder spinner paceman jockey skipper player widow widower pensioner grandmother grandfather grandad grandma'
  ).split(' '),
);

export function wordInfo(lower: string): WordInfo {
  let info = cache.get(lower);
  if (info) return info;
  const w = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  // ("director-general", "inspector-general", "vice-chancellor": titles joined by a hyphen make one)
  const title = TITLE_WORDS.has(w) || HONORIFICS.has(w) || ROLE_ABBREVIATIONS.has(w) || (w !== singular && TITLE_WORDS.has(singular)) || (w.indexOf('-') > 0 && w.split('-').every((part) => TITLE_WORDS.has(part)));
  const speakerNoun = SPEAKER_NOUNS.has(lower) || SPEAKER_NOUNS.has(singular);
  const describesPerson = DESCRIPTIVE_NOUNS.has(lower) || DESCRIBES_PERSON.test(lower);
  info = {
    title,
    speakerNoun,
    reporting: REPORTING_VERBS.has(lower) || WEAK_REPORTING.has(lower),
    weakReporting: WEAK_REPORTING.has(lower),
    // ("Sixteen-year-old Ann Vik won": an age spelled out to open a sentence is no part of her name;
    // "Nine-year-old Ann Vik" too, the ages under ten that house styles spell out)
    // ("I’ve told them: “…”": a pronoun's contraction is no name either)
    // ("Mum-of-three Ann Vik said": nor is a family's count before her name)
    stop: NOT_NAME_WORDS.has(lower) || (describesPerson && (lower.endsWith('-old') || lower.includes('-of-'))) || PRONOUN_CONTRACTION.test(lower),
    lowercasePhraseWord: speakerNoun || title || describesPerson || POSSESSIVE.test(lower) || COMPOUND.test(lower),
    issue: ISSUE_VERBS.has(lower),
    document: DOCUMENT_NOUNS.has(lower),
    article: lower === 'a' || lower === 'an' || lower === 'the' || lower === 'another',
    describesPerson,
    personNoun: PERSON_NOUNS.has(lower),
    manner: MANNER_VERBS.has(lower),
    endsLy: lower.endsWith('ly'),
    endsIng: lower.endsWith('ing'),
    endsEd: lower.endsWith('ed'),
    plural: /[^s]s$/.test(lower) || /(people|staff|police)$/.test(lower),
    onlyVerb: ONLY_VERBS.has(lower),
    nameConnector: NAME_CONNECTORS.has(lower),
    nameParticle: NAME_PARTICLES.has(lower),
    runConnector: RUN_CONNECTORS.has(lower),
    org: ORG_WORDS.has(lower),
    honorific: HONORIFICS.has(w),
    digits: DIGITS.test(lower),
    determiner: DETERMINERS.has(lower),
    innerConnector: INNER_CONNECTORS.has(lower),
    pronoun: PRONOUN_WORDS.has(lower),
    verbAdverb: VERB_ADVERBS.has(lower),
  };
  // a bounded cache: a huge corpus of rare words must not grow it without end
  if (cache.size > 100000) cache.clear();
  cache.set(lower, info);
  return info;
}
