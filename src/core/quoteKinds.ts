import type { Attribution } from './attribution';
import { isRegexSpace, letterOrDigitAt } from './chars';
import { BE_FORMS, PERFECT_AUXILIARIES, TITLE_CUES, WORK_NOUNS } from './lexicon';
import type { RawQuote } from './quotes/scanner';
import { rangeCodesOf } from './tokens';
import type { Token } from './tokens';
import type { QuoteKind } from './types';

/** A work noun, singular or plural ("the songs “…” and “…”"). */
function isWorkNoun(word: string): boolean {
  return WORK_NOUNS.has(word) || (word.length > 3 && word.charCodeAt(word.length - 1) === 115 && WORK_NOUNS.has(word.slice(0, -1)));
}

/** "his memoir, published last year, “…”": up to five lowercase words between the comma at `comma` and one before it, which follows a work's noun. */
function workNounBeforeAside(tokens: Token[], comma: number): boolean {
  for (let i = comma - 1; i >= Math.max(1, comma - 6); i--) {
    const t = tokens[i];
    if (t.text === ',') return i < comma - 1 && tokens[i - 1].kind === 'word' && isWorkNoun(tokens[i - 1].lower);
    if (t.kind !== 'word' || t.capitalized) return false;
  }
  return false;
}

/** "a regional programme", "the county's scheme": from tokens[at], an article and at most three lowercase words to a work's noun. */
function appositiveWorkNoun(tokens: Token[], at: number): boolean {
  const article = tokens[at];
  if (article === undefined || article.capitalized || !(article.lower === 'a' || article.lower === 'an' || article.lower === 'the')) return false;
  for (let i = at + 1; i <= at + 4 && i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.capitalized) return false;
    // (not "“Never Again”, the report said": the noun there is the subject of a verb of saying)
    if (isWorkNoun(t.lower)) return !tokens[i + 1]?.info?.reporting;
  }
  return false;
}

/** Nouns for a vessel, whose names are quoted: "the tug, the “Petrel”". */
const VESSEL_NOUNS: ReadonlySet<string> = new Set(['ship', 'boat', 'ferry', 'vessel', 'yacht', 'tanker', 'trawler', 'barge', 'tug', 'liner', 'steamer', 'schooner', 'lifeboat', 'freighter', 'ketch', 'dinghy']);

/**
 * The quote at qi, after "the", stands beside a vessel's noun: that noun and a comma before "the"
 * ("the old tug, the “Petrel”"), or a comma, an article and at most five lowercase words to it
 * after the quote ("the “Petrel”, the last steam tug").
 */
function vesselBeside(tokens: Token[], qi: number): boolean {
  if (tokens[qi - 2]?.text === ',' && tokens[qi - 3]?.kind === 'word' && !tokens[qi - 3].capitalized && VESSEL_NOUNS.has(tokens[qi - 3].lower)) return true;
  if (tokens[qi + 1]?.text !== ',') return false;
  const article = tokens[qi + 2];
  if (article === undefined || article.capitalized || !(article.lower === 'a' || article.lower === 'an' || article.lower === 'the')) return false;
  for (let i = qi + 3; i <= qi + 8 && i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.capitalized) return false;
    if (VESSEL_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Nouns for a named scheme or drive, which a lowercase phrase before them may name ("a ‘pay as you go’ scheme"). */
const SCHEME_NOUNS = new Set(['scheme', 'campaign', 'appeal', 'initiative', 'drive']);

/** Words that join the quotes of a list: “A”, “B” and “C”. */
const LIST_JOINERS = new Set(['and', 'or', ',']);

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'as', 'but', 'nor', 'vs', 'from']);

/** The end of the word starting at i: a letter or digit, then letters, digits, apostrophes (' ’) and hyphens. */
function wordEnd(text: string, i: number, end: number): number {
  let j = i;
  for (;;) {
    const width = letterOrDigitAt(text, j, end);
    if (width > 0) j += width;
    else if (j < end && (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 0x2019 || text.charCodeAt(j) === 45)) j++;
    else return j;
  }
}

/** Counting stops here: no rule asks about more words than this. */
const ENOUGH_WORDS = 11;

/** How many words text[start, end) has, counted up to ENOUGH_WORDS. */
function countWords(text: string, start: number, end: number): number {
  // (during an analysis the text's characters are loaded as codes already: read there, as the tokenizer does)
  const codes = rangeCodesOf(text, start, end);
  if (codes) return countWordsIn(text, codes, start, end);
  let count = 0;
  for (let i = start; i < end && count < ENOUGH_WORDS; ) {
    const width = letterOrDigitAt(text, i, end);
    if (width === 0) {
      i++;
      continue;
    }
    count++;
    i = wordEnd(text, i + width, end);
  }
  return count;
}

/** countWords over the text's characters as codes at the same indexes: ASCII by its code, the rest as letterOrDigitAt reads it. */
function countWordsIn(text: string, codes: Uint16Array, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end && count < ENOUGH_WORDS; ) {
    const c = codes[i];
    const width = c < 128 ? (isAsciiLetterOrDigit(c) ? 1 : 0) : letterOrDigitAt(text, i, end);
    if (width === 0) {
      i++;
      continue;
    }
    count++;
    // the word's end, as wordEnd finds it
    let j = i + width;
    for (;;) {
      if (j >= end) break;
      const d = codes[j];
      if (d < 128) {
        if (isAsciiLetterOrDigit(d) || d === 39 || d === 45) j++;
        else break;
        continue;
      }
      const w = letterOrDigitAt(text, j, end);
      if (w > 0) j += w;
      else if (d === 0x2019) j++;
      else break;
    }
    i = j;
  }
  return count;
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** . ! ? , ; … */
function endsLikeSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 44 || c === 59 || c === 0x2026;
}

const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/**
 * The first word and at least half of the others that are not small words start with a capital
 * or a digit: a work's title that ends in a lowercase word of its own ("Toccata and Fugue in D minor").
 */
function mostlyCapitalised(text: string, start: number, end: number): boolean {
  let words = 0;
  let capitals = 0;
  const opensWithCapital = everyWord(text, start, end, (capital, from, to) => {
    if (words === 0 && !capital) return false;
    if (words > 0 && !capital && SMALL_WORDS.has(text.slice(from, to).toLowerCase())) return true;
    words++;
    if (capital) capitals++;
    return true;
  });
  return opensWithCapital && words > 0 && capitals * 2 >= words + 1;
}

/**
 * Calls `visit` with each word of text[start, end): whether it starts with a capital or a digit,
 * and where it stands; stops, and returns false, when `visit` does.
 */
function everyWord(text: string, start: number, end: number, visit: (capital: boolean, from: number, to: number) => boolean): boolean {
  for (let i = start; i < end; ) {
    const width = letterOrDigitAt(text, i, end);
    if (width === 0) {
      i++;
      continue;
    }
    const wordStart = i;
    i = wordEnd(text, i + width, end);
    const c = text.charCodeAt(wordStart);
    const capital = c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : CAPITAL_OR_DIGIT.test(text.slice(wordStart, wordStart + width));
    if (!visit(capital, wordStart, i)) return false;
  }
  return true;
}

/** Every word but small ones after the first starts with a capital or a digit; two words at least. */
/** Whether the first and the last of two to five words in text[start, end) are capitalised. */
function edgesCapitalised(text: string, start: number, end: number): boolean {
  let count = 0;
  let first = false;
  let last = false;
  everyWord(text, start, end, (capital) => {
    if (count === 0) first = capital;
    last = capital;
    count++;
    return count <= 5;
  });
  return first && last && count >= 2 && count <= 5;
}

function isTitleCase(text: string, start: number, end: number, minWords = 2): boolean {
  let count = 0;
  const allCapitalised = everyWord(text, start, end, (capital, from, to) => {
    if (!capital && (count === 0 || !SMALL_WORDS.has(text.slice(from, to).toLowerCase()))) return false;
    count++;
    return true;
  });
  return allCapitalised && count >= minWords;
}

/** Verbs of doing business under a name: "trading as “…”", "traded as “…”". */
const TRADING_VERBS: ReadonlySet<string> = new Set(['trading', 'traded', 'trades', 'trade']);

/**
 * "known as “…”", "known on the tour as “…”": "known" at most five words before the "as" that ends
 * at the quote; or a verb of trading right before that "as" ("traded as “…”": the business's name).
 */
function knownAs(tokens: Token[], qi: number): boolean {
  for (let i = qi - 2; i >= Math.max(0, qi - 7); i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return false;
    if (t.lower === 'known' || (i === qi - 2 && !t.capitalized && TRADING_VERBS.has(t.lower))) return true;
  }
  return false;
}

/** "said the town was “heartbroken”", "said she had been left “devastated”", "said it had become “unworkable”": a one-word complement of the reported clause is the speaker's word. */
const COPULAS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'felt', 'feel', 'feels', 'seemed', 'seems', 'left', 'remained', 'became', 'become', 'becomes']);

/** Participles of seeing that a label follows after "as": "seen as", "regarded as". */
const PERCEIVED = new Set(['seen', 'regarded', 'viewed', 'perceived']);

/** "seen as “…”", "regarded as a “…”": a participle of seeing, "as" and perhaps "a" or "an" right before the quote at qi. */
function perceivedAs(tokens: Token[], qi: number, nearest: string | undefined): boolean {
  const as = nearest === 'a' || nearest === 'an' ? qi - 2 : qi - 1;
  if (tokens[qi - 1]?.kind !== 'word' || tokens[as]?.lower !== 'as') return false;
  const verb = tokens[as - 1];
  return verb !== undefined && verb.kind === 'word' && PERCEIVED.has(verb.lower);
}

/** Verbs that give a verdict on their object in so many words: "called/branded/labelled the plan “…”" ("dubbed" gives a nickname). */
const VERDICT_VERBS = /^(?:call|brand|label|term)/;

/** Verbs of welcoming: "welcomed the plan as “…”" gives the subject's verdict. */
const WELCOMING: ReadonlySet<string> = new Set(['welcomed', 'welcomes', 'welcoming']);

/** "accused … of", "described … as" or "dismissed … as" ending at the quote: the verb at most five words before the preposition. */
function weakVerbWith(tokens: Token[], qi: number, preposition: string): boolean {
  for (let i = qi - 2; i >= Math.max(0, qi - 7); i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return false;
    // ("welcomed the plan as “a good start”": a verb of welcoming gives a verdict with "as" too)
    if (preposition === 'as' && !t.capitalized && WELCOMING.has(t.lower)) return true;
    if (t.info.weakReporting) return preposition === 'of' ? t.lower.startsWith('accuse') : preposition === 'as' ? t.lower.startsWith('describ') || t.lower.startsWith('dismiss') : VERDICT_VERBS.test(t.lower);
  }
  return false;
}

/** "one judge", "a neighbour": a subject's openers after a relative word ("that one judge called"). */
const QUANTIFIED_OPENERS = new Set(['one', 'a', 'an', 'another', 'some']);
const RELATIVE_WORDS = new Set(['that', 'which', 'what', 'whom']);

/** Words after which a noun before "called" is a verb's subject: "a move the union called". */
const SUBJECT_OPENERS = new Set(['the', 'its', 'his', 'her', 'their']);

/**
 * Whether the verb at c has its subject right before it: "critics have called", "what he calls",
 * "a move Vik called", "a practice the industry calls". Then it is someone's verdict or term, not
 * the participle that names a thing ("a group called “…”", "a ship called “…”").
 */
function subjectBeforeVerb(tokens: Token[], c: number): boolean {
  const b = tokens[c - 1];
  if (b === undefined || b.kind !== 'word') return false;
  if (PERFECT_AUXILIARIES.has(b.lower) || b.info.pronoun) return true;
  const before = tokens[c - 2];
  if (before === undefined || before.kind !== 'word' || before.capitalized) return false;
  // (a name after a lowercase noun: "a record Vik dismissed")
  if (b.capitalized) return !before.info.stop && !before.info.article;
  const noun = tokens[c - 3];
  // ("a face that one judge called “…”", "what a neighbour called “…”": a noun opened by "one" or
  // "a" after a relative word is the relative clause's subject, not a thing "called" names)
  if (QUANTIFIED_OPENERS.has(before.lower) && noun !== undefined && noun.kind === 'word' && RELATIVE_WORDS.has(noun.lower)) return true;
  // ("a levy, which the ministry called “…”": or after a relative word)
  return SUBJECT_OPENERS.has(before.lower) && noun !== undefined && noun.kind === 'word' && !noun.capitalized && (RELATIVE_WORDS.has(noun.lower) || (!noun.info.stop && !noun.info.endsEd && !noun.info.endsIng && !noun.info.onlyVerb));
}

/**
 * "locals call the lorries the “…”": "call" or "calls" after a word (its subject) at most six words
 * before the quote, words only between: a name people use for the object.
 */
function presentCallBefore(tokens: Token[], qi: number): boolean {
  for (let i = qi - 3; i >= Math.max(1, qi - 7); i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return false;
    if (t.lower === 'call' || t.lower === 'calls') return tokens[i - 1].kind === 'word' && tokens[i - 1].lower !== 'to' && !tokens[i - 1].info.determiner;
    // ("critics have taken to calling the scheme the “…”": the habit, in the gerund)
    if (t.lower === 'calling') return tokens[i - 1].kind === 'word' && !tokens[i - 1].info.determiner && !tokens[i - 1].info.article;
  }
  return false;
}

/** "hailed a “…”", "criticised the “…”": verbs of praise or blame whose object, quoted, is the speaker's own words. */
function praiseOrBlame(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.info.weakReporting && !t.lower.startsWith('call') && !t.lower.startsWith('describ') && !t.lower.startsWith('accuse') && !t.lower.startsWith('charge') && !t.lower.startsWith('dismiss');
}

const RELATIVE_OPENERS = new Set(['that', 'which', 'what']);

/**
 * "a tender that one losing bidder described as “…”": "described" at v with a subject of its own
 * in a relative clause (one to four lowercase words after "that", "which" or "what", no form of
 * "be"): the description is in that subject's words, even unnamed ("a man described as “…”" is
 * a passive, no one's).
 */
function describedInRelative(tokens: Token[], v: number): boolean {
  const verb = tokens[v];
  if (verb === undefined || verb.kind !== 'word' || !verb.info.weakReporting || !verb.lower.startsWith('describ')) return false;
  for (let i = v - 1; i >= Math.max(0, v - 5); i--) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.capitalized || BE_FORMS.has(t.lower) || t.info.endsLy) return false;
    if (RELATIVE_OPENERS.has(t.lower)) return i < v - 1;
  }
  return false;
}

/** Whether a digit stands in text[start, end). */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether nothing but white space stands on the lines before the one holding `at`: the headline's line (the look back stops at the first other character). */
function onFirstLine(text: string, at: number): boolean {
  let i = text.lastIndexOf('\n', at - 1);
  if (i < 0) return true;
  while (i > 0 && isRegexSpace(text.charCodeAt(i - 1))) i--;
  return i === 0;
}

/** "said that the plan was": "that" after a verb of saying, then at most four words before the copula at c. */
function reportedThatBefore(tokens: Token[], c: number): boolean {
  for (let i = c - 2; i >= Math.max(1, c - 5); i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return false;
    if (t.lower === 'that') return saysWords(tokens[i - 1]) && !tokens[i - 1].capitalized;
    // ("said the sails were “noisy”": or "that" left out, the subject opened by "the", or a bare
    // noun: "said interest among young players had “exploded”")
    if ((t.lower === 'the' || (!t.capitalized && !t.info.stop && !t.info.pronoun && !t.info.verbAdverb)) && saysWords(tokens[i - 1]) && !tokens[i - 1].capitalized) return true;
  }
  return false;
}

/** Prepositions that may end a description opened by "as": "as one for", "as a day of". */
const AS_PREPOSITIONS = new Set(['for', 'of', 'with', 'in']);

/** Whether "as" stands two or three words before the quote at qi, words only between: "as one for “…”". */
function asShortlyBefore(tokens: Token[], qi: number): boolean {
  for (let i = qi - 2; i >= Math.max(0, qi - 4); i--) {
    if (tokens[i].kind !== 'word') return false;
    if (tokens[i].lower === 'as') return true;
  }
  return false;
}

/** Modals and auxiliaries that open a predicate. */
const AUXILIARY = /^(?:cannot|will|would|could|should|must|might|may|is|was|are|were|has|had|have)\b/i;

/** "will", "was", "had": a word that opens a clause's predicate right after its subject. */
const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'could', 'should', 'must', 'might', 'may', 'can', 'is', 'was', 'are', 'were', 'has', 'had', 'have']);

/** "I", "we", "me", "us", "my" or "our" as a word. */
const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]e|[Uu]s|[Mm]y|[Oo]ur)\b/;

/** A verb of saying, not a weak one ("called", "described"). */
function saysWords(t: Token): boolean {
  return t.kind === 'word' && t.info.reporting && !t.info.weakReporting;
}

/** A verb of saying at most six tokens before the quote, in its sentence. */
function sayingBefore(tokens: Token[], qi: number): boolean {
  for (let i = qi - 1; i >= Math.max(0, qi - 6); i--) if (saysWords(tokens[i])) return true;
  return false;
}

/**
 * "the company’s best-selling “…” train set": an owner (or an article), one lowercase modifier
 * that is no verb, the quote, then a lowercase word that is no verb or small word: the quote
 * names the thing that noun is.
 */
function nameBeforeNoun(tokens: Token[], qi: number): boolean {
  const modifier = tokens[qi - 1];
  const after = tokens[qi + 1];
  if (!modifier || !after || modifier.kind !== 'word' || after.kind !== 'word' || modifier.capitalized || after.capitalized) return false;
  if (!isOwner(tokens[qi - 2]) || modifier.info.article || modifier.info.determiner || modifier.info.stop || modifier.info.reporting || modifier.info.endsEd) return false;
  return !after.info.stop && !after.info.reporting && !after.info.verbAdverb && !after.info.endsEd && !after.info.endsLy && !after.info.endsIng;
}

/**
 * "a ‘Quiet Hours’ night", "the salon's “Sun Kissed” package": an article or an owner right
 * before the quote and a lowercase word after it that is no verb or small word: the quote names
 * the thing that noun is, as it does with a modifier before it (nameBeforeNoun).
 */
function nameRightAfterOwner(tokens: Token[], qi: number): boolean {
  const owner = tokens[qi - 1];
  const after = tokens[qi + 1];
  if (!owner || !after || !isOwner(owner) || after.kind !== 'word' || after.capitalized) return false;
  return !after.info.stop && !after.info.reporting && !after.info.verbAdverb && !after.info.endsEd && !after.info.endsLy && !after.info.endsIng;
}

/**
 * "call 101, quoting “Operation Tern”", "quoting the reference “Pike”": what a caller is asked
 * to quote is the name of a case, after "quoting" and at most three lowercase words.
 */
function quotingBefore(tokens: Token[], qi: number): boolean {
  for (let i = qi - 1; i >= Math.max(0, qi - 4); i--) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.capitalized) return false;
    if (t.lower === 'quoting') return true;
  }
  return false;
}

/**
 * "Its best-known cheese, “Blue Vale”, is sold": a name in title case set between commas after a
 * lowercase noun, itself after "its", "the" or a possessive and at most two modifiers, with no
 * one saying it, names the thing that noun is (not a person's nickname: "the mayor, “Big Jim”,").
 */
function namedBesideNoun(tokens: Token[], qi: number): boolean {
  if (tokens[qi - 1]?.text !== ',' || tokens[qi + 1]?.text !== ',') return false;
  const noun = tokens[qi - 2];
  if (!noun || noun.kind !== 'word' || noun.capitalized || noun.info.stop || noun.info.personNoun || noun.info.speakerNoun || noun.info.title || noun.info.reporting || noun.info.endsLy) return false;
  for (let k = qi - 2; k >= Math.max(1, qi - 4); k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.capitalized) return false;
    if (isOwner(tokens[k - 1])) return true;
  }
  return false;
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** "the", "a", "its", "the firm's": a word after which a noun names one thing ("its" and the like only with `pronouns`). */
function isOwner(t: Token | undefined, pronouns = true): boolean {
  return t !== undefined && t.kind === 'word' && (t.info.article || t.info.determiner || (pronouns && POSSESSIVE_PRONOUNS.has(t.lower)) || /['\u2019]s$/.test(t.text));
}

/** "its", "their": an owner that is a body or a group, never the one speaking. */
function bodysOwn(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.capitalized && (t.lower === 'its' || t.lower === 'their');
}

/**
 * "Bach’s" right before the quote at qi: a capitalised name in the possessive, not the sentence's
 * first word, after a lowercase word ("play Bach’s", "with Elgar’s").
 */
function worksAuthorBefore(tokens: Token[], qi: number): boolean {
  const owner = qi >= 2 ? tokens[qi - 1] : undefined;
  const before = qi >= 2 ? tokens[qi - 2] : undefined;
  return owner !== undefined && before !== undefined && owner.kind === 'word' && owner.capitalized && !owner.acronym && /['\u2019]s$/.test(owner.text) && before.kind === 'word' && !before.capitalized;
}

/** "the paper", "her novel", "Vik's report": the work's noun at k after an article or an owner. */
function worksOwnerBefore(tokens: Token[], k: number): boolean {
  return isOwner(k >= 1 ? tokens[k - 1] : undefined, false);
}

/**
 * speech, scare or title. A cue such as "entitled" or "the book" makes a title; a short phrase
 * with nobody saying it is held at a distance (a scare quote); anything a reporting verb
 * attributes, or a full sentence, is speech.
 */
/** Verbs that give a name to their object ("nicknamed the boat “…”"), with no verdict in them. */
const NAMING_VERBS: ReadonlySet<string> = new Set(['nicknamed', 'dubbed', 'christened', 'renamed', 'named']);

/** Words that may open the object of a verb of naming: "the first batch", "it", "their new boat". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'it', 'them', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);

/** "calling the affair “…”": forms of "call", which give a name or a verdict to their object. */
const CALLING_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'calling', 'called']);

/**
 * "nicknamed the first batch “…”": a verb of naming, then its object of up to four lowercase words,
 * right before the quote at qi (with `calling`, a form of "call" too).
 */
function namedObjectBefore(tokens: Token[], qi: number, calling = false): boolean {
  for (let i = qi - 1; i >= Math.max(0, qi - 5); i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return false;
    // ("renamed its Saturday swim “…”": a capitalised word may qualify the object, not open it)
    if (t.capitalized) {
      if (i === qi - 1 || OBJECT_OPENERS.has(t.lower)) return false;
      continue;
    }
    if (NAMING_VERBS.has(t.lower) || (calling && CALLING_VERBS.has(t.lower))) return i < qi - 1 && OBJECT_OPENERS.has(tokens[i + 1].lower);
  }
  return false;
}

export function classifyQuote(text: string, q: RawQuote, tokens: Token[], qi: number, a: Attribution): QuoteKind {
  // the words are counted, and title case tested, only when a rule asks (most quotes are settled before)
  let counted = -1;
  const wordCount = (): number => (counted < 0 ? (counted = countWords(text, q.start, q.end)) : counted);
  const titleCase = (): boolean => isTitleCase(text, q.start, q.end);
  const sentenceLike = (): boolean => (q.end > q.start && endsLikeSentence(text.charCodeAt(q.end - 1))) || wordCount() >= 6;
  // “Harbour Lights” and “Northern Rain”: a quote listed after another reads the cue before the first
  let cueAt = qi;
  // (one capitalised word is enough there: “Salt”)
  while (cueAt >= 2 && tokens[cueAt - 2].kind === 'quote' && LIST_JOINERS.has(tokens[cueAt - 1].text.toLowerCase()) && isTitleCase(text, q.start, q.end, 1)) cueAt -= 2;
  // the last two words among the three tokens before the quote (or the list it ends)
  let nearest: string | undefined;
  let second: string | undefined;
  for (let i = cueAt - 1; i >= Math.max(0, cueAt - 3) && second === undefined; i--) {
    if (tokens[i].kind !== 'word') continue;
    if (nearest === undefined) nearest = tokens[i].lower;
    else second = tokens[i].lower;
  }
  // the cue stands right before the title ("an essay entitled “…”", "the book “…”"), not
  // before an object ("called the delay “unacceptable”")
  // "a cover of ‘Harbour Lights’": the work noun stands before "of"
  const last = nearest === 'of' ? second : nearest;
  // "entitled" names whatever follows; "the plan" only a capitalised name ("the plan “a fantasy”" is no title)
  // (not "a move the union called “…”": a verb with its subject before it gives a verdict, named in title case only)
  const verdict = last === nearest && (nearest === 'called' || nearest === 'calls' || nearest === 'call') && tokens[cueAt - 1]?.kind === 'word' && subjectBeforeVerb(tokens, cueAt - 1);
  // (one capitalised word is a name still: "a ship they called “Hope”")
  const nameLike = (): boolean => isTitleCase(text, q.start, q.end, 1);
  // ("known to botanists as “recalcitrant” seeds": a term in lowercase after "known as" is a word
  // held at a distance, not a name)
  const namedBy = last !== undefined && ((TITLE_CUES.has(last) && !(verdict && !nameLike())) || (last === 'as' && knownAs(tokens, cueAt) && /\p{Lu}/u.test(text.slice(q.start, q.end))));
  const workNoun = last !== undefined && isWorkNoun(last);
  if (namedBy && !sentenceLike() && (titleCase() || wordCount() <= 8)) return 'title';
  // ("gave the car the nickname “Lazarus”", "its name, “Tarn Star”": a name in title case right
  // after the noun "nickname" or "name" and an article or an owner is the name given)
  if ((last === 'nickname' || last === 'name') && last === nearest && isOwner(tokens[cueAt - (tokens[cueAt - 1]?.text === ',' ? 3 : 2)]) && nameLike() && !sentenceLike() && wordCount() <= 5) return 'title';
  // ("had nicknamed the first batch “Flask Two”", "dubbed it “Old Reliable”": a name in title case
  // given to the object of a verb of naming)
  if (namedObjectBefore(tokens, cueAt) && titleCase() && !sentenceLike() && wordCount() <= 5) return 'title';
  // ("have begun calling the affair “Dampgate”": one capitalised word given to the object of "call"
  // or of a verb of naming is a name too; a verdict, "calling the delay “unacceptable”", is lowercase)
  if (wordCount() === 1 && nameLike() && !sentenceLike() && namedObjectBefore(tokens, cueAt, true)) return 'title';
  // ("locals had called the boat ‘the Grey Heron’": so is a name in title case after a lowercase
  // "the" of its own; a verdict, "called the plan ‘the worst idea’", stays lowercase)
  if (wordCount() >= 2 && wordCount() <= 5 && text.startsWith('the ', q.start) && isTitleCase(text, q.start + 4, q.end, 1) && !sentenceLike() && namedObjectBefore(tokens, cueAt, true)) return 'title';
  // (one capitalised word is a name set beside its noun between commas: "its flagship product, “Tarnio”, won")
  const besideNoun = workNoun && tokens[qi - 1]?.text === ',' && tokens[qi + 1]?.text === ',';
  // ("named her album, out this spring, “…”": a work's noun, then an aside of a few lowercase words
  // between commas, then a name in title case: the aside does not part the name from its noun)
  if (tokens[qi - 1]?.text === ',' && cueAt === qi && workNounBeforeAside(tokens, qi - 1) && titleCase() && wordCount() <= 10) return 'title';
  if ((namedBy || workNoun) && (cueAt < qi || besideNoun ? isTitleCase(text, q.start, q.end, 1) : titleCase()) && wordCount() <= 10) return 'title';
  // "the council's ‘Clean Air’ scheme": a name in title case before the noun for what it names
  const after = tokens[qi + 1];
  // "The paper, “Citrus-derived acids for …”, is published in": a quote set between commas beside
  // a work's noun after "the" or an owner names the work, however long, and in sentence case
  if (workNoun && last === nearest && tokens[qi - 1]?.text === ',' && after?.text === ',' && worksOwnerBefore(tokens, qi - 2)) return 'title';
  if (after !== undefined && after.kind === 'word' && isWorkNoun(after.lower) && titleCase() && wordCount() <= 10) return 'title';
  // ("raised by a ‘shilling a brick’ scheme", "the ‘adopt a tree’ appeal": a phrase of three words or
  // more, no sentence, between an article or an owner and the noun for a scheme or a campaign is
  // that scheme's name, lowercase or not)
  if (after !== undefined && after.kind === 'word' && SCHEME_NOUNS.has(after.lower) && isOwner(tokens[qi - 1]) && wordCount() >= 3 && !sentenceLike()) return 'title';
  // ("coordinated under “Tarn Watch”, a regional programme set up …", "part of “Operation Harrow”,
  // a campaign against …": a name in title case and, after a comma, "a" or "the" and at most
  // three lowercase words to a noun for what it names)
  // (a name in another tongue may keep its small words lowercase: "‘Gwen y Mor’, the hymn …": its
  // first and last words capitalised are enough there)
  if (after?.text === ',' && appositiveWorkNoun(tokens, qi + 2) && (titleCase() || edgesCapitalised(text, q.start, q.end)) && !sentenceLike()) return 'title';
  // ("… would go as part of its ‘Kiosk Review’.": a name in title case after "part of" and an
  // owner or an article is the name of what the thing is part of, with or without a noun after it)
  if (tokens[qi - 2]?.lower === 'of' && tokens[qi - 3]?.lower === 'part' && isOwner(tokens[qi - 1]) && titleCase() && !sentenceLike() && wordCount() >= 2 && wordCount() <= 6) return 'title';
  // ("the old tug, the “Petrel”,", "restored the “Petrel”, the last steam tug on …": a
  // boat's name after "the", beside a noun for a vessel, even of one word)
  if (tokens[qi - 1]?.lower === 'the' && vesselBeside(tokens, qi) && nameLike() && !sentenceLike() && wordCount() <= 4) return 'title';
  // ("its best-selling “Little Signalman” train set", "its winter “Light Up a Life” appeal": or
  // before any noun, when an owner or an article and one modifier stand before the name)
  if (nameBeforeNoun(tokens, qi) && titleCase() && !sentenceLike()) return 'title';
  if ((nameRightAfterOwner(tokens, qi) || (a.entity === null && namedBesideNoun(tokens, qi))) && titleCase() && !sentenceLike()) return 'title';
  if (a.entity === null && quotingBefore(tokens, qi) && nameLike() && !sentenceLike()) return 'title';
  // "‘Northing’ by Ann Vik": a work in title case and its author
  const author = tokens[qi + 2];
  if (after?.lower === 'by' && !after.capitalized && author?.capitalized && !author.info.stop && !sentenceLike() && isTitleCase(text, q.start, q.end, 1)) return 'title';
  // "Bach’s ‘Toccata and Fugue in D minor’", "Elgar’s “Nimrod”": a work opened by a capital right
  // after its author's name in the possessive, with nobody saying it and no sentence's end, is its title
  if (a.entity === null && worksAuthorBefore(tokens, qi) && !(q.end > q.start && endsLikeSentence(text.charCodeAt(q.end - 1))) && wordCount() <= 10 && mostlyCapitalised(text, q.start, q.end)) return 'title';
  if (nearest === 'so-called') return 'scare';
  // "a practice the industry calls “solar grazing”", "what locals call “the cut”": a term in the
  // present tense is a name people use, held at a distance, whoever said the sentence
  if (verdict && nearest !== 'called' && !nameLike() && wordCount() <= 3) return 'scare';
  // ("a rebate the bank calls “Safe Step”", "a fund which the club calls “Keep Us Dry”": a name in
  // title case after the present verb is the name the subject gives the thing, not a term held
  // at a distance)
  if (verdict && nearest !== 'called' && wordCount() <= 5 && titleCase() && !sentenceLike()) return 'title';
  // ("locals call the lorries the “perfume convoy.”": so is one after the present verb, its object
  // and "the" or "a", a full stop inside the marks or not)
  if ((nearest === 'the' || nearest === 'a' || nearest === 'an') && tokens[qi - 1]?.kind === 'word' && presentCallBefore(tokens, qi) && !nameLike() && wordCount() <= 4) return 'scare';
  // "the surge, known locally as a “haar”": a term of a few words named with an article
  // after "known as" is a word held at a distance, whoever said the sentence
  if ((nearest === 'a' || nearest === 'an') && second === 'as' && tokens[cueAt - 2]?.lower === 'as' && knownAs(tokens, cueAt - 1) && wordCount() <= 3) return 'scare';
  // "shop theft is too often seen as a “victimless crime”": a label of a few words that a passive
  // of seeing gives is what others call the thing, held at a distance, whoever said the sentence
  if (perceivedAs(tokens, cueAt, nearest) && !nameLike() && wordCount() <= 3) return 'scare';
  // "volunteers say they are ‘devastated’": a pronoun and a copula right after a verb of saying
  // make the quote the reported clause's complement, in the words of whoever says it
  const verb = qi >= 3 ? tokens[qi - 3] : undefined;
  if (verb !== undefined && nearest !== undefined && COPULAS.has(nearest) && tokens[qi - 1].kind === 'word' && tokens[qi - 2].info.pronoun && saysWords(verb) && !verb.capitalized) return 'speech';
  // ("warned that the main draw was “a different world”": or a short subject after "that")
  // ("said interest had “exploded”": or one word after "has" or "had", the participle of a perfect)
  if (nearest !== undefined && (COPULAS.has(nearest) || (PERFECT_AUXILIARIES.has(nearest) && wordCount() === 1)) && tokens[qi - 1].kind === 'word' && reportedThatBefore(tokens, qi - 1)) return 'speech';
  // "a move the union called “too little, too late”": a verdict of a few words by a named subject is in its words
  if (a.entity !== null && verdict && nearest === 'called' && wordCount() >= 3 && !titleCase()) return 'speech';
  // "Vik hailed a “complete performance”": the quoted object of praise or blame is the speaker's
  if (a.entity !== null && tokens[qi - 1]?.kind === 'word' && tokens[qi - 1].info.article && praiseOrBlame(tokens[qi - 2])) return 'speech';
  // ("the crew said ‘Blue Heron’ would sail again": a name in title case right after a verb of saying,
  // then an auxiliary, is the reported clause's subject, no words of the speaker's)
  if (after !== undefined && after.kind === 'word' && !after.capitalized && CLAUSE_AUXILIARIES.has(after.lower) && tokens[qi - 1]?.kind === 'word' && saysWords(tokens[qi - 1]) && titleCase() && !sentenceLike() && wordCount() <= 5) return 'title';
  // ("… would sail again at the harbour's ‘Autumn Sail Week’": a name in title case after an
  // owner, in a sentence only its verb of saying credits, names a thing, as with nobody saying it)
  // ("the board said it was weighing its ‘Dry Year Plan’": so after "its" or "their", the body's own thing)
  if (a.rule === 'verb-sentence' && (isOwner(tokens[qi - 1], false) || bodysOwn(tokens[qi - 1])) && titleCase() && !sentenceLike() && wordCount() <= 6) return 'title';
  const strong = a.entity !== null && !a.weak;
  if (strong && (a.rule !== 'verb-sentence' || sentenceLike() || wordCount() >= 2 || (nearest !== undefined && COPULAS.has(nearest) && tokens[qi - 1]?.kind === 'word'))) return 'speech';
  // "accused the board of “walking away”", "described the talks as “frank”": the object's
  // charge or description is in the words of who made it
  // (whether the sentence credits its speaker by that verb or by a stronger one after it: "described the wave as “relentless” and said")
  if (a.entity !== null && tokens[qi - 1]?.kind === 'word' && (nearest === 'of' || nearest === 'as') && weakVerbWith(tokens, qi, nearest)) return 'speech';
  // ("described the stage as one for “the sprinters”": the quote ends the description begun by "as")
  if (a.entity !== null && a.weak && tokens[qi - 1]?.kind === 'word' && nearest !== undefined && AS_PREPOSITIONS.has(nearest) && asShortlyBefore(tokens, qi) && weakVerbWith(tokens, qi, 'as')) return 'speech';
  // "Ann Vik called the move ‘a kick in the teeth’": a named speaker's whole verdict on the
  // object is in her words ("called the levy a “stealth tax”", "called the delay “unacceptable”" hold a label at a distance)
  if (a.entity !== null && a.weak && a.entity.kind !== 'document' && tokens[qi - 1]?.kind === 'word' && nearest !== 'a' && nearest !== 'an' && weakVerbWith(tokens, qi, '') && wordCount() >= 3 && !titleCase()) return 'speech';
  // "the ‘Guess the Weight of the Cake’ stall": six to ten words in title case, with nobody saying
  // them and no sentence's end, name a thing as a shorter name does (not an inscription's initials
  // and date: "‘B & J – Always – 14.6.79’")
  if (a.entity === null && wordCount() >= 6 && wordCount() <= 10 && !(q.end > q.start && endsLikeSentence(text.charCodeAt(q.end - 1))) && !hasDigit(text, q.start, q.end) && titleCase()) return 'title';
  if (a.entity === null && nearest === 'as' && tokens[qi - 1]?.kind === 'word' && describedInRelative(tokens, qi - 2)) return 'speech';
  if (sentenceLike()) return 'speech';
  // the cheap tests first: title case reads the whole quote
  // (“The Serpent”: two words in title case opened by "The" name a thing, as a ride or a ship is named;
  // so do two after "the": "its best-known loaf, the “Vale Cob”")
  if (!strong && (wordCount() >= 3 || (wordCount() === 2 && (text.startsWith('The ', q.start) || nearest === 'the'))) && titleCase()) return 'title';
  // "‘Disgraceful’: villagers fight quarry plan": a quote that opens its line before a colon is
  // the story's words from someone in it, as a headline gives them (a name in title case is read above)
  // (in the headline only: "‘Sustainability’: the word appeared forty times" in the story is a term held at a distance)
  if (qi === 0 && after !== undefined && after.text === ':' && onFirstLine(text, q.openMark) && !titleCase()) return 'speech';
  // (the quote is short here: fewer than six words)
  // "‘It's our tiny library now’: village saves …": words held at a distance are not said in the first person
  if (wordCount() >= 3 && FIRST_PERSON.test(text.slice(q.start, q.end))) return 'speech';
  // "operator says sabotage “cannot be ruled out”": a predicate opened by a modal or auxiliary,
  // after a verb of saying, is what was said
  if (wordCount() >= 3 && AUXILIARY.test(text.slice(q.start, q.end)) && sayingBefore(tokens, qi)) return 'speech';
  return 'scare';
}
