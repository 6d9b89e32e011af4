import { isUpper, isWordChar } from './chars';
import { NO_INFO, wordInfo } from './wordInfo';
import type { WordInfo } from './wordInfo';

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
}

const DOTTED_INITIALS = /^(\p{Lu}\.)+$/u;

/** Words ending in a dot that are abbreviations keep it (Dr., U.S.). */
const DOTTED = /^(?:\p{L}\.)+\p{L}?\.?$|^(mr|mrs|ms|dr|prof|st|jr|sr|gen|col|lt|sgt|rep|sen|gov|capt|rev|det|supt|insp|no|vs|inc|ltd|co|corp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/iu;

function factsOf(text: string): WordFacts {
  // the tokenizer only yields words (letter or digit first) or punctuation
  const isWord = isWordChar(text[0]);
  const lower = text.toLowerCase();
  const capitalized = isWord && isUpper(text[0]);
  // only a capitalised word can be an acronym: the cheap test first
  const acronym = capitalized && text.length >= 2 && isUpper(text[1]) && text === text.toUpperCase() && !DOTTED_INITIALS.test(text);
  const keepsDot = text.length > 1 && text.charCodeAt(text.length - 1) === 46 && DOTTED.test(text);
  const info = isWord ? wordInfo(lower) : NO_INFO;
  const runWord = isWord && (capitalized ? acronym || !info.stop : info.title);
  const runConnector = isWord && info.runConnector && !capitalized;
  const nameStart = capitalized && !info.stop;
  return { text, lower, kind: isWord ? 'word' : 'punct', capitalized, acronym, info, keepsDot, runWord, runConnector, nameStart };
}

/** A quote standing as one token: its text, and no word facts (not interned: quotes rarely repeat). */
export function quoteFacts(text: string): WordFacts {
  return { text, lower: '', kind: 'quote', capitalized: false, acronym: false, info: NO_INFO, keepsDot: false, runWord: false, runConnector: false, nameStart: false };
}

/** Bounded: a huge corpus of rare words must not grow the table without end. */
const MAX_WORDS = 1 << 16;
/** Small to start with, so that the slots of an article's usual words stay in the processor's cache. */
const FIRST_CAPACITY = 1 << 12;

/**
 * Interns the words the tokenizer meets, keyed by their characters in the article: a word seen
 * before costs a hash and a comparison, no substring and no lowercasing. Open addressing over a
 * power-of-two table kept at most half full; the caller computes the hash while it scans the word.
 */
class WordTable {
  private slots: (WordFacts | undefined)[] = new Array<WordFacts | undefined>(FIRST_CAPACITY).fill(undefined);
  private hashes = new Int32Array(FIRST_CAPACITY);
  private size = 0;

  lookup(text: string, start: number, end: number, hash: number): WordFacts {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      const facts = this.slots[slot];
      if (facts === undefined) return this.insert(slot, factsOf(text.slice(start, end)), hash);
      if (this.hashes[slot] === hash && facts.text.length === length && sameChars(facts.text, text, start)) return facts;
    }
  }

  private insert(slot: number, facts: WordFacts, hash: number): WordFacts {
    if (this.size >= MAX_WORDS) {
      this.slots = new Array<WordFacts | undefined>(FIRST_CAPACITY).fill(undefined);
      this.hashes = new Int32Array(FIRST_CAPACITY);
      this.size = 0;
      return this.place(facts, hash);
    }
    if ((this.size + 1) * 2 > this.slots.length) {
      this.grow();
      return this.place(facts, hash);
    }
    this.slots[slot] = facts;
    this.hashes[slot] = hash;
    this.size++;
    return facts;
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    this.slots = new Array<WordFacts | undefined>(oldSlots.length * 2).fill(undefined);
    this.hashes = new Int32Array(oldSlots.length * 2);
    this.size = 0;
    for (let k = 0; k < oldSlots.length; k++) {
      const facts = oldSlots[k];
      if (facts !== undefined) this.place(facts, oldHashes[k]);
    }
  }

  private place(facts: WordFacts, hash: number): WordFacts {
    const mask = this.slots.length - 1;
    let slot = spread(hash) & mask;
    while (this.slots[slot] !== undefined) slot = (slot + 1) & mask;
    this.slots[slot] = facts;
    this.hashes[slot] = hash;
    this.size++;
    return facts;
  }
}

/** Mixes a word's hash so that its low bits, which pick the slot, depend on all its characters. */
function spread(hash: number): number {
  return hash ^ (hash >>> 15);
}

/** Whether text holds word at start (words are short: a loop beats a call to startsWith). */
function sameChars(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

const table = new WordTable();

/** The facts of text[start, end); `hash` is wordHash over the same characters. */
export function internWord(text: string, start: number, end: number, hash: number): WordFacts {
  return table.lookup(text, start, end, hash);
}

/** Folds one more UTF-16 unit into a word's hash (polynomial, kept a 32-bit integer). */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

export const HASH_SEED = 0;
