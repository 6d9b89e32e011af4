import { HONORIFICS, NOT_NAME_WORDS, REPORTING_VERBS, ROLE_ABBREVIATIONS, SPEAKER_NOUNS, TITLE_WORDS, WEAK_REPORTING } from './lexicon';

/** What the word lists say about one lowercase word; looked up once per distinct word. */
export interface WordInfo {
  title: boolean;
  speakerNoun: boolean;
  reporting: boolean;
  weakReporting: boolean;
  stop: boolean;
}

const cache = new Map<string, WordInfo>();

export const NO_INFO: WordInfo = { title: false, speakerNoun: false, reporting: false, weakReporting: false, stop: false };

export function wordInfo(lower: string): WordInfo {
  let info = cache.get(lower);
  if (info) return info;
  const w = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  info = {
    title: TITLE_WORDS.has(w) || HONORIFICS.has(w) || ROLE_ABBREVIATIONS[w] !== undefined || (w !== singular && TITLE_WORDS.has(singular)),
    speakerNoun: SPEAKER_NOUNS.has(lower) || SPEAKER_NOUNS.has(singular),
    reporting: REPORTING_VERBS.has(lower) || WEAK_REPORTING.has(lower),
    weakReporting: WEAK_REPORTING.has(lower),
    stop: NOT_NAME_WORDS.has(lower),
  };
  // a bounded cache: a huge corpus of rare words must not grow it without end
  if (cache.size > 100000) cache.clear();
  cache.set(lower, info);
  return info;
}
