import { characterAt, isUpper, isWordChar } from './chars';
import { NO_INFO, wordInfo } from './wordInfo';
import type { WordInfo } from './wordInfo';
import { NAME_PARTICLES } from './nameWords';
import { NAME_ONLY_ORG_WORDS } from './lexicon';

export type TokenKind = 'word' | 'punct' | 'quote';

/** What the tokenizer knows about one spelling of a word, computed once per distinct spelling. */
export interface WordFacts {
  text: string;
  lower: string;
  kind: TokenKind;
  capitalized: boolean;
  acronym: boolean;
  info: WordInfo;
  /** For a word ending in a dot: an abbreviation (Dr., U.S.) keeps it; other words give it back. */
  keepsDot: boolean;
  /**
   * The name finder's tests, decided once per spelling (it reads every token of the article):
   * a capitalised word other than a stop word (an acronym always), or a title in lowercase,
   * stands in a capitalised run; a lowercase connector ("of", "van") may join two runs; a
   * capitalised word other than a stop word may be where the sentence's first name begins.
   */
  runWord: boolean;
  runConnector: boolean;
  nameStart: boolean;
  /** he, his, himself, she, herself, her, him: the words a sentence's pronoun rules look for. */
  genderWord: boolean;
  /** For a quote's token: the index of the quote in the analysis (a quote's facts are its own). */
  quote: number | undefined;
  /**
   * "Will", "June": a capitalised modal or month that is also a given name (see givenNameFacts);
   * the tokenizer decides, from the words around it, which it is.
   */
  givenNameToo: boolean;
  /**
   * The tests the sentence scans make of every token (SCAN_* bits), in one number: a scan reads
   * it and passes over most tokens (0) without reading their word info.
   */
  scan: number;
}

/** WordFacts.scan bits. The name finder's: nameStart, genderWord, runWord. */
export const SCAN_NAME_START = 1;
export const SCAN_GENDER = 2;
export const SCAN_RUN_WORD = 4;
/** The attribution's: a quote's token; an issuing verb; a reporting verb in lowercase; "quoted". */
export const SCAN_QUOTE = 8;
export const SCAN_ISSUE = 16;
export const SCAN_LOWER_REPORTING = 32;
export const SCAN_QUOTED = 64;
/** "who asked not to be named", "on condition of anonymity", "according to a rescuer": a source left unnamed. */
export const SCAN_ANONYMOUS = 128;
/** "statement", "email": a document's noun, in lowercase. */
export const SCAN_DOCUMENT = 256;
/** "who", for the name finder's relative clauses ("Tom Vik, who organised …"). */
export const SCAN_WHO = 512;

const DOTTED_INITIALS = /^(\p{Lu}\.)+$/u;

/** Words ending in a dot that are abbreviations keep it (Dr., U.S.). */
const DOTTED = /^(?:\p{L}\.)+\p{L}?\.?$|^(mr|mrs|ms|dr|prof|st|jr|sr|gen|col|lt|sgt|rep|sen|gov|capt|rev|det|supt|insp|no|vs|inc|ltd|co|corp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/iu;

const GENDER_WORDS: ReadonlySet<string> = new Set(['he', 'his', 'himself', 'she', 'herself', 'her', 'him']);

/** Months that are women's given names too ("June Vik"). */
export const MONTH_GIVEN_NAMES: ReadonlySet<string> = new Set(['april', 'may', 'june']);

function factsOf(text: string): WordFacts {
  // the tokenizer only yields words (letter or digit first) or punctuation
  const first = characterAt(text, 0);
  const isWord = isWordChar(first);
  const lower = text.toLowerCase();
  // "el-Sharaawi", "al-Rashid": a particle joined to a capitalised surname is a name's word too
  const dash = lower.indexOf('-');
  const capitalized = isWord && (isUpper(first) || (dash > 1 && dash < 4 && NAME_PARTICLES.has(lower.slice(0, dash)) && isUpper(characterAt(text, dash + 1))));
  // only a capitalised word can be an acronym: the cheap test first
  const acronym = capitalized && text.length > first.length && isUpper(characterAt(text, first.length)) && text === text.toUpperCase() && !DOTTED_INITIALS.test(text);
  const keepsDot = text.length > 1 && text.charCodeAt(text.length - 1) === 46 && DOTTED.test(text);
  const info = isWord ? (capitalized || !NAME_ONLY_ORG_WORDS.has(lower) ? wordInfo(lower) : lowercaseInfo(lower)) : NO_INFO;
  const runWord = isWord && (capitalized ? acronym || !info.stop : info.title);
  const runConnector = isWord && info.runConnector && !capitalized;
  const nameStart = capitalized && !info.stop;
  const genderWord = GENDER_WORDS.has(lower);
  const scan =
    (nameStart ? SCAN_NAME_START : 0) |
    (genderWord ? SCAN_GENDER : 0) |
    (runWord ? SCAN_RUN_WORD : 0) |
    (info.issue ? SCAN_ISSUE : 0) |
    (info.reporting && !capitalized ? SCAN_LOWER_REPORTING : 0) |
    (info.endsEd && lower === 'quoted' ? SCAN_QUOTED : 0) |
    (info.document && !capitalized ? SCAN_DOCUMENT : 0) |
    (lower === 'who' ? SCAN_WHO : 0) |
    (lower === 'named' || lower === 'identified' || lower === 'anonymity' || lower === 'according' || lower === 'name' ? SCAN_ANONYMOUS : 0);
  return { text, lower, kind: isWord ? 'word' : 'punct', capitalized, acronym, info, keepsDot, runWord, runConnector, nameStart, genderWord, quote: undefined, givenNameToo: capitalized && (lower === 'will' || MONTH_GIVEN_NAMES.has(lower)), scan };
}

const lowercaseInfos = new Map<string, WordInfo>();

/** "Ann Vik coaches the side": a word that ends a company's name only when capitalised is no body's word in lowercase. */
function lowercaseInfo(lower: string): WordInfo {
  let info = lowercaseInfos.get(lower);
  if (!info) {
    info = { ...wordInfo(lower), org: false };
    lowercaseInfos.set(lower, info);
  }
  return info;
}

const givenNameVariants = new Map<string, WordFacts>();

/**
 * The facts of a modal that names someone ("captain Will Ashby"): a word of a name, no stop word
 * and no auxiliary between a subject and its verb. Only the tokenizer decides when (mid-sentence,
 * before a name).
 */
export function givenNameFacts(facts: WordFacts): WordFacts {
  let variant = givenNameVariants.get(facts.text);
  if (!variant) {
    const info = { ...facts.info, stop: false, verbAdverb: false };
    variant = { ...facts, info, runWord: true, nameStart: true, givenNameToo: false, scan: facts.scan | SCAN_NAME_START | SCAN_RUN_WORD };
    givenNameVariants.set(facts.text, variant);
  }
  return variant;
}

/** A quote standing as one token: its text and index, no word facts (not interned: each quote is its own). */
export function quoteFacts(text: string, quote: number): WordFacts {
  return { text, lower: '', kind: 'quote', capitalized: false, acronym: false, info: NO_INFO, keepsDot: false, runWord: false, runConnector: false, nameStart: false, genderWord: false, quote, givenNameToo: false, scan: SCAN_QUOTE };
}

/** Bounded: a huge corpus of rare words must not grow the table without end. */
const MAX_WORDS = 1 << 16;
/** The spellings' characters are bounded too: a text of huge distinct "words" must not hold them all. */
const MAX_CHARS = 1 << 22;
/** Small to start with, so that the slots of an article's usual words stay in the processor's cache. */
const FIRST_CAPACITY = 1 << 12;

/**
 * Interns the words the tokenizer meets, keyed by their characters in the article: a word seen
 * before costs a hash and a comparison, no substring and no lowercasing. Open addressing over a
 * power-of-two table kept at most half full; the caller computes the hash while it scans the word.
 * Each slot's spelling is also kept in one array of character codes, so that a probe compares
 * against contiguous memory and touches the facts only once it has found them. A slot's length,
 * hash and offset sit side by side in one array (STRIDE entries a slot): a probe reads one cache
 * line for all three, where three arrays cost three.
 */
class WordTable {
  private slots: (WordFacts | undefined)[] = [];
  /** For each slot, at STRIDE * slot: its spelling's length (0: the slot is free), its hash, where it starts in `chars`. */
  private meta = new Int32Array(0);
  private chars = new Uint16Array(0);
  private charsUsed = 0;
  private size = 0;

  constructor() {
    this.reset();
  }

  lookup(text: string, codes: Uint16Array, start: number, end: number, hash: number): WordFacts {
    const mask = this.slots.length - 1;
    const length = end - start;
    const meta = this.meta;
    for (let slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * STRIDE;
      const slotLength = meta[at];
      if (slotLength === 0) return this.insert(slot, text, codes, start, end, hash);
      if (slotLength === length && meta[at + 1] === hash && this.sameChars(meta[at + 2], codes, start, length)) return this.slots[slot] as WordFacts;
    }
  }

  /** Whether codes holds, at start, the length characters kept from offset on. */
  private sameChars(offset: number, codes: Uint16Array, start: number, length: number): boolean {
    const chars = this.chars;
    for (let k = 0; k < length; k++) if (chars[offset + k] !== codes[start + k]) return false;
    return true;
  }

  private reset(): void {
    this.slots = new Array<WordFacts | undefined>(FIRST_CAPACITY).fill(undefined);
    this.meta = new Int32Array(FIRST_CAPACITY * STRIDE);
    this.chars = new Uint16Array(FIRST_CAPACITY * 8);
    this.charsUsed = 0;
    this.size = 0;
  }

  private insert(slot: number, text: string, codes: Uint16Array, start: number, end: number, hash: number): WordFacts {
    const facts = factsOf(text.slice(start, end));
    if (this.size >= MAX_WORDS || this.charsUsed + (end - start) > MAX_CHARS) {
      this.reset();
      slot = this.freeSlot(hash);
    } else if ((this.size + 1) * 2 > this.slots.length) {
      this.grow();
      slot = this.freeSlot(hash);
    }
    const length = end - start;
    if (this.charsUsed + length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + length));
      chars.set(this.chars.subarray(0, this.charsUsed));
      this.chars = chars;
    }
    const offset = this.charsUsed;
    this.chars.set(codes.subarray(start, end), offset);
    this.charsUsed += length;
    this.fill(slot, facts, hash, offset, length);
    return facts;
  }

  private grow(): void {
    const { slots, meta } = this;
    const capacity = slots.length * 2;
    this.slots = new Array<WordFacts | undefined>(capacity).fill(undefined);
    this.meta = new Int32Array(capacity * STRIDE);
    this.size = 0;
    for (let k = 0; k < slots.length; k++) {
      const at = k * STRIDE;
      if (meta[at] !== 0) this.fill(this.freeSlot(meta[at + 1]), slots[k] as WordFacts, meta[at + 1], meta[at + 2], meta[at]);
    }
  }

  private freeSlot(hash: number): number {
    const mask = this.slots.length - 1;
    let slot = spread(hash) & mask;
    while (this.meta[slot * STRIDE] !== 0) slot = (slot + 1) & mask;
    return slot;
  }

  private fill(slot: number, facts: WordFacts, hash: number, offset: number, length: number): void {
    this.slots[slot] = facts;
    const at = slot * STRIDE;
    this.meta[at] = length;
    this.meta[at + 1] = hash;
    this.meta[at + 2] = offset;
    this.size++;
  }
}

/** Entries a slot takes in WordTable's meta array: length, hash, offset, and one unused to keep slots aligned. */
const STRIDE = 4;

/** Mixes a word's hash so that its low bits, which pick the slot, depend on all its characters. */
function spread(hash: number): number {
  return hash ^ (hash >>> 15);
}

const table = new WordTable();

/** What every number written with thousands separators is (no title, no name's word, no digits only): one for all. */
let separatedInfo: WordInfo | undefined;

/**
 * The facts of a number written with thousands separators ("12,500"), made anew, not interned:
 * a corpus holds tens of thousands of distinct ones, which in the table and in wordInfo's cache
 * filled each thread's memory with spellings met once (24 MB more at the peak of indexing 10,000
 * articles). The same facts factsOf would give, in its field order.
 */
export function separatedNumber(text: string, start: number, end: number): WordFacts {
  const spelled = text.slice(start, end);
  separatedInfo ??= wordInfo('1,000');
  return { text: spelled, lower: spelled, kind: 'word', capitalized: false, acronym: false, info: separatedInfo, keepsDot: false, runWord: false, runConnector: false, nameStart: false, genderWord: false, quote: undefined, givenNameToo: false, scan: 0 };
}

/** The facts of text[start, end), whose characters codes holds at the same indexes; `hash` is hashStep folded over them from HASH_SEED. */
export function internWord(text: string, codes: Uint16Array, start: number, end: number, hash: number): WordFacts {
  return table.lookup(text, codes, start, end, hash);
}

/** Folds one more UTF-16 unit into a word's hash (polynomial, kept a 32-bit integer). */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

export const HASH_SEED = 0;
