import { letterOrDigitAt } from './chars';
import { isWeakVerb, noteIssuers, NO_ATTRIBUTION, quotedAsSaying, sentenceOf, SpeakerResolver, spanOf, subjectOfVerb } from './attribution';
import type { Attribution } from './attribution';
import type { Entity, EntityRegistry } from './entities';
import { classifyQuote } from './quoteKinds';
import { isReportingVerb, phraseEndingAt, phraseStartingAt, PRONOUN_WORDS, skipAdverbsRight, subjectStart } from './phrases';
import type { Phrase } from './phrases';
import { nestingDepths } from './quotes/scanner';
import type { RawQuote } from './quotes/scanner';
import type { Sentence } from './sentences';
import { tokenize } from './tokens';
import type { Token } from './tokens';
import type { Quote, Span } from './types';

/** A sentence that reports what someone said without quoting them ("X said that …"). */
export interface ReportedSpeech extends Span {
  speaker: Entity;
  cue: Span;
}

export interface AttributedQuote extends Quote {
  entity: Entity | null;
  members: Entity[];
}

const DASHES = new Set(['\u2014', '\u2013', '-', '--']);

/**
 * Attributes every quote, sentence by sentence in text order, so that pronouns and carried-over
 * quotes see the speakers before them. Sieves run from the most precise to the loosest.
 */
export function attributeQuotes(
  text: string,
  raw: RawQuote[],
  parents: (RawQuote | undefined)[],
  /** The quotes with no parent, as indexed by the quote tokens of sentenceTokens. */
  topLevel: RawQuote[],
  sentences: Sentence[],
  sentenceTokens: Token[][],
  registry: EntityRegistry,
): { quotes: AttributedQuote[]; reported: ReportedSpeech[] } {
  const resolver = new SpeakerResolver(registry);
  const results = new Map<RawQuote, Attribution>();
  const reported: ReportedSpeech[] = [];
  const kinds = new Map<RawQuote, Quote['kind']>();
  let previousParagraphLast: { q: RawQuote; a: Attribution } | undefined;
  let paragraphLast: { q: RawQuote; a: Attribution } | undefined;
  let paragraphReported: Attribution | undefined;
  let paragraphBeat: { phrase: Phrase; pos: number } | undefined;
  let currentParagraph = -1;

  sentences.forEach((s, si) => {
    if (s.paragraph !== currentParagraph) {
      previousParagraphLast = paragraphLast;
      paragraphLast = undefined;
      paragraphReported = undefined;
      paragraphBeat = undefined;
      currentParagraph = s.paragraph;
    }
    const tokens = sentenceTokens[si];
    noteIssuers(tokens, resolver, s.paragraph);
    const quoteIdx: number[] = [];
    for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === 'quote') quoteIdx.push(i);
    let sentenceAttr: Attribution | undefined;
    for (const qi of quoteIdx) {
      const q = topLevel[tokens[qi].quote as number];
      let a = attributeByCue(tokens, qi, resolver, q.start, s.paragraph);
      if (!a.entity && qi === tokens.length - 1) a = creditOnNextLine(text, q, resolver, s.paragraph) ?? a;
      const kind = classifyQuote(text, q, tokens, qi, a);
      kinds.set(q, kind);
      // the name of a work has no speaker, whoever mentions it
      if (kind === 'title') a = NO_ATTRIBUTION;
      if (!a.entity && kind === 'speech') {
        // split quotes and floating quotes take the speaker of the quote before them
        const before = sentenceAttr ?? paragraphLast?.a ?? paragraphReported ?? beatAttribution(paragraphBeat, resolver, s.paragraph) ?? (startsParagraph(text, q, s) ? previousParagraphLast?.a : undefined);
        if (before?.entity) a = { ...before, rule: 'carry', confidence: Math.min(before.confidence, 0.7), cue: undefined };
      }
      results.set(q, a);
      if (a.entity) {
        resolver.noteSpeaker(a.entity, q.end, s.paragraph);
        if (kind === 'speech') {
          sentenceAttr = a;
          paragraphLast = { q, a };
        }
      }
    }
    if (!quoteIdx.length) {
      paragraphBeat = beatSubject(tokens) ?? paragraphBeat;
      const r = reportedSpeech(tokens, resolver, s);
      if (r) {
        reported.push(r);
        resolver.noteSpeaker(r.speaker, r.end, s.paragraph);
        paragraphReported = { entity: r.speaker, coSpeakers: [], rule: 'carry', confidence: 0.7, weak: false };
      }
    }
  });

  attributeNested(text, raw, parents, sentences, resolver, results, kinds);
  return { quotes: assemble(text, raw, results, kinds), reported };
}

/** A quote set apart, with its source on the line below: "— Dr. Jane Doe, City Hospital". */
function creditOnNextLine(text: string, q: RawQuote, resolver: SpeakerResolver, paragraph: number): Attribution | undefined {
  const after = (q.closeMark ?? q.end) + 1;
  const m = /^[\s.,]*\n[\s>]*(?:\u2014|\u2013|--?)[ \t]*([^\n]+)/u.exec(text.slice(after, after + 300));
  if (!m) return undefined;
  const lineStart = after + m[0].length - m[1].length;
  const tokens = tokenize(text, lineStart, lineStart + m[1].length, []);
  const phrase = phraseStartingAt(tokens, 0);
  if (!phrase) return undefined;
  const { entity, members } = resolver.resolve(phrase, q.start, paragraph);
  if (!entity) return undefined;
  return { entity, coSpeakers: members, rule: 'credit', confidence: 0.85, cue: spanOf(phrase.tokens), weak: false };
}

/**
 * "She shrugs at that. “Karl has his view.”": a quote with no cue after a sentence about one
 * person is theirs. Only a named person or he/she as the sentence's subject counts.
 */
function beatSubject(tokens: Token[]): { phrase: Phrase; pos: number } | undefined {
  const start = subjectStart(tokens);
  const first = tokens[start];
  if (!first || first.kind !== 'word') return undefined;
  if (first.lower === 'he' || first.lower === 'she') return { phrase: { tokens: [first] }, pos: first.start };
  const phrase = phraseStartingAt(tokens, start);
  const next = phrase ? tokens[start + phrase.tokens.length] : undefined;
  if (!phrase || !phrase.tokens[phrase.tokens.length - 1].capitalized || phrase.tokens.length > 4 || next?.kind !== 'word') return undefined;
  return { phrase, pos: first.start };
}

function beatAttribution(beat: { phrase: Phrase; pos: number } | undefined, resolver: SpeakerResolver, paragraph: number): Attribution | undefined {
  if (!beat) return undefined;
  const { entity, members } = resolver.resolve(beat.phrase, beat.pos, paragraph);
  if (!entity || entity.kind !== 'person') return undefined;
  return { entity, coSpeakers: members, rule: 'beat', confidence: 0.6, weak: false };
}

function startsParagraph(text: string, q: RawQuote, s: Sentence): boolean {
  return q.openMark === s.start && (s.start === 0 || /\n/.test(text.slice(Math.max(0, s.start - 2), s.start)));
}

/** Cues inside the sentence: verbs either side of the quote, colon and dash credits, "according to". */
export function attributeByCue(tokens: Token[], qi: number, resolver: SpeakerResolver, pos: number, paragraph: number): Attribution {
  const found = findCue(tokens, qi);
  if (!found) return NO_ATTRIBUTION;
  const { entity, members } = resolver.resolve(found.phrase, pos, paragraph);
  if (!entity) return { ...NO_ATTRIBUTION, weak: found.weak };
  // in text order: an inverted cue ("said Wang") has its verb first
  let cueTokens = found.cueTokens.filter((t) => t.kind !== 'quote').sort((x, y) => x.start - y.start);
  // a speaker far from the verb: mark the verb alone rather than the words between
  const verb = found.cueTokens.find((t) => t.info.reporting);
  if (verb && cueTokens.length > 1 && cueTokens.some((t, i) => i > 0 && t.start - cueTokens[i - 1].end > 24)) cueTokens = [verb];
  return {
    entity,
    coSpeakers: members,
    rule: found.rule,
    confidence: found.confidence,
    cue: cueTokens.length ? spanOf(cueTokens) : undefined,
    weak: found.weak,
  };
}

interface Cue {
  phrase: Phrase;
  rule: string;
  confidence: number;
  cueTokens: Token[];
  weak: boolean;
}

function findCue(tokens: Token[], qi: number): Cue | undefined {
  return cueAfter(tokens, qi) ?? cueBefore(tokens, qi) ?? accordingTo(tokens, qi) ?? quotedAs(tokens.slice(Math.max(0, qi - CUE_WINDOW), qi + CUE_WINDOW)) ?? verbInSentence(tokens, qi);
}

/** “…,” Lavrov said / “…,” said Wang Yi / “…”: Wang / “…” — Commissioner Ruiz */
function cueAfter(tokens: Token[], qi: number): Cue | undefined {
  let k = qi + 1;
  const first = tokens[k];
  if (!first) return undefined;
  if (first.kind === 'punct' && (first.text === ':' || DASHES.has(first.text))) {
    const phrase = phraseStartingAt(tokens, k + 1);
    if (phrase) {
      const end = k + 1 + phrase.tokens.length;
      const rest = tokens.slice(end);
      if (rest.every((t) => t.kind === 'punct') && !isReportingVerb(tokens[k + 1])) return { phrase, rule: 'credit', confidence: 0.85, cueTokens: phrase.tokens, weak: false };
    }
  }
  if (first.kind === 'punct' && first.text === ',') k++;
  else if (first.kind === 'punct' && DASHES.has(first.text)) k++;
  const t = tokens[k];
  if (!t || t.kind !== 'word') return undefined;
  if (isReportingVerb(t)) {
    const phrase = phraseStartingAt(tokens, skipAdverbsRight(tokens, k + 1));
    if (phrase) return { phrase, rule: 'verb-after', confidence: 0.95, cueTokens: [t, ...phrase.tokens], weak: isWeakVerb(t) };
    return undefined;
  }
  const phrase = phraseStartingAt(tokens, k);
  if (!phrase) return undefined;
  let m = k + phrase.tokens.length;
  if (phrase.apposition) m += phrase.apposition.length + 2;
  m = skipAdverbsRight(tokens, m);
  if (tokens[m]?.lower === 'quoted' || (tokens[m - 1]?.lower === 'was' && tokens[m]?.lower === 'quoted')) m++;
  const verb = tokens[m];
  if (isReportingVerb(verb)) return { phrase, rule: 'verb-after', confidence: 0.95, cueTokens: [...phrase.tokens, verb], weak: isWeakVerb(verb) };
  return undefined;
}

/** Lavrov said: “…” / Wang said “…” / Ola Berg, the minister: “…” */
function cueBefore(tokens: Token[], qi: number): Cue | undefined {
  let j = qi - 1;
  const colon = tokens[j]?.text === ':';
  while (j >= 0 && tokens[j].kind === 'punct' && (tokens[j].text === ':' || tokens[j].text === ',')) j--;
  if (j >= 0 && tokens[j].lower === 'that') j--;
  // the verb may have an object: "told reporters in Moscow: “…”"
  for (let v = j; v >= 0 && j - v <= (colon ? 6 : 0); v--) {
    const t = tokens[v];
    if (t.kind !== 'word') break;
    if (isReportingVerb(t)) {
      const phrase = subjectOfVerb(tokens, v, false);
      if (phrase) return { phrase, rule: 'verb-before', confidence: 0.9, cueTokens: [...phrase.tokens, t], weak: isWeakVerb(t) };
      break;
    }
  }
  if (colon) {
    const phrase = phraseEndingAt(tokens, j);
    if (phrase && phrase.tokens.some((t) => t.capitalized) && phrase.tokens[0].start === tokens[0].start) return { phrase, rule: 'colon', confidence: 0.85, cueTokens: phrase.tokens, weak: false };
    let clauseStart = subjectStart(tokens);
    for (let c = j; c > clauseStart; c--) if (tokens[c].text === ',') {
      clauseStart = c + 1;
      break;
    }
    for (const start of [clauseStart, subjectStart(tokens)]) {
      const subject = phraseStartingAt(tokens, start);
      const named = subject?.tokens.some((t) => t.capitalized || PRONOUN_WORDS.has(t.lower));
      if (subject && named && j - start <= 10) return { phrase: subject, rule: 'colon', confidence: 0.75, cueTokens: subject.tokens, weak: false };
    }
  }
  return undefined;
}

/** Cues are looked for this many tokens either side of a quote, so long sentences stay linear. */
const CUE_WINDOW = 40;

function accordingTo(tokens: Token[], qi: number): Cue | undefined {
  let best: Cue | undefined;
  let bestDistance = Infinity;
  for (let i = Math.max(0, qi - CUE_WINDOW); i + 2 < Math.min(tokens.length, qi + CUE_WINDOW); i++) {
    if (tokens[i].lower !== 'according' || tokens[i + 1].lower !== 'to') continue;
    const phrase = phraseStartingAt(tokens, i + 2);
    if (!phrase) continue;
    const distance = Math.abs(i - qi);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { phrase, rule: 'according-to', confidence: 0.9, cueTokens: [tokens[i], tokens[i + 1], ...phrase.tokens], weak: false };
    }
  }
  return best;
}

function quotedAs(tokens: Token[]): Cue | undefined {
  const found = quotedAsSaying(tokens);
  if (!found) return undefined;
  return { phrase: found.phrase, rule: 'quoted-as-saying', confidence: 0.85, cueTokens: [tokens[found.at], ...found.phrase.tokens], weak: false };
}

/** The reporting verb nearest the quote anywhere in its sentence: "Wang said security should not rest on “…”". */
function verbInSentence(tokens: Token[], qi: number): Cue | undefined {
  // nearest first, verbs before the quote preferred; a noun that looks like a verb
  // ("the rail promise") has no subject and is passed over
  const candidates: { v: number; distance: number }[] = [];
  const from = Math.max(0, qi - CUE_WINDOW);
  const to = Math.min(tokens.length, qi + CUE_WINDOW);
  for (let v = from; v < to; v++) {
    if (!isReportingVerb(tokens[v]) || isWeakVerb(tokens[v])) continue;
    candidates.push({ v, distance: v < qi ? qi - v : (v - qi) * 1.5 });
  }
  candidates.sort((x, y) => x.distance - y.distance);
  for (const { v } of candidates) {
    const phrase = subjectOfVerb(tokens, v, v > qi);
    if (phrase) return { phrase, rule: 'verb-sentence', confidence: 0.8, cueTokens: [...phrase.tokens, tokens[v]], weak: false };
  }
  let weak = -1;
  for (let v = from; v < to && weak < 0; v++) if (isReportingVerb(tokens[v]) && isWeakVerb(tokens[v])) weak = v;
  if (weak >= 0) {
    const phrase = subjectOfVerb(tokens, weak, false);
    if (phrase) return { phrase, rule: 'verb-weak', confidence: 0.5, cueTokens: [...phrase.tokens, tokens[weak]], weak: true };
  }
  return undefined;
}

/** "Zhao Lijian stated that …": a claim by someone never quoted directly. */
function reportedSpeech(tokens: Token[], resolver: SpeakerResolver, s: Sentence): ReportedSpeech | undefined {
  const quoted = quotedAsSaying(tokens);
  let phrase: Phrase | undefined = quoted?.phrase;
  let cueTokens: Token[] = quoted ? [tokens[quoted.at]] : [];
  if (!phrase) {
    for (let v = 0; v < tokens.length; v++) {
      const t = tokens[v];
      if (!isReportingVerb(t) || isWeakVerb(t)) continue;
      const next = tokens[v + 1];
      // a clause follows: "said that", "said the", "told reporters that"
      if (!next || next.kind !== 'word') continue;
      phrase = subjectOfVerb(tokens, v, false);
      if (phrase) {
        cueTokens = [...phrase.tokens, t];
        break;
      }
    }
  }
  if (!phrase) return undefined;
  const { entity } = resolver.resolve(phrase, s.start, s.paragraph);
  if (!entity || (entity.kind === 'person' && !entity.person && phrase.tokens.length === 1 && PRONOUN_WORDS.has(phrase.tokens[0].lower) === false && entity.keys.length < 2)) return undefined;
  return { start: s.start, end: s.end, speaker: entity, cue: spanOf(cueTokens.filter((t) => t.kind !== 'quote')) };
}

/**
 * A quote inside a quote is kept only when the outer text reports it (“Wang said ‘…’”); a
 * scare quote inside someone's words is part of their wording, not a quote of its own.
 */
function attributeNested(
  text: string,
  raw: RawQuote[],
  parents: (RawQuote | undefined)[],
  sentences: Sentence[],
  resolver: SpeakerResolver,
  results: Map<RawQuote, Attribution>,
  kinds: Map<RawQuote, Quote['kind']>,
): void {
  const indexOf = new Map(raw.map((q, i) => [q, i]));
  const children = new Map<RawQuote, RawQuote[]>();
  raw.forEach((q, i) => {
    const parent = parents[i];
    if (!parent || q.closeMark === undefined) return;
    const siblings = children.get(parent);
    if (siblings) siblings.push(q);
    else children.set(parent, [q]);
  });
  // the outermost quote around each one; a parent comes before its children, so one pass finds them
  const outermost: (RawQuote | undefined)[] = [];
  raw.forEach((n, i) => {
    const direct = parents[i];
    const parent = direct ? (outermost[indexOf.get(direct) as number] ?? direct) : undefined;
    outermost[i] = parent;
    if (!parent || parent.closeMark === undefined) return;
    const clause = clauseAround(text, parent, n);
    const inner = (children.get(parents[i] as RawQuote) ?? []).filter((q) => q.openMark >= clause.start && q.openMark < clause.end);
    const spans = inner.map((q) => ({ index: indexOf.get(q) as number, openMark: q.openMark, closeMark: q.closeMark as number }));
    const tokens = tokenize(text, clause.start, clause.end, spans);
    const qi = tokens.findIndex((t) => t.kind === 'quote' && t.quote === i);
    if (qi < 0) return;
    const para = sentenceOf(sentences, parent.openMark)?.paragraph ?? parent.paragraph;
    const found = findCue(tokens, qi);
    if (!found || found.weak || found.rule === 'according-to') return;
    const subject = found.phrase.tokens[0].lower;
    if (found.phrase.tokens.length === 1 && (subject === 'i' || subject === 'we')) return;
    const a = attributeByCue(tokens, qi, resolver, n.start, para);
    if (!a.entity) return;
    results.set(n, a);
    kinds.set(n, 'speech');
  });
}

/** The sentence inside the outer quote around the inner one, looked for a few hundred characters each way. */
function clauseAround(text: string, parent: RawQuote, n: RawQuote): Span {
  const floor = Math.max(parent.start, n.openMark - 400);
  let start = n.openMark;
  while (start > floor && !/[.!?]/.test(text[start - 1])) start--;
  let end = n.closeMark ?? n.end;
  const ceiling = Math.min(parent.end, end + 400);
  while (end < ceiling && !/[.!?]/.test(text[end])) end++;
  return { start, end: Math.min(parent.end, end + 1) };
}

let groupCounter = 0;

function assemble(text: string, raw: RawQuote[], results: Map<RawQuote, Attribution>, kinds: Map<RawQuote, Quote['kind']>): AttributedQuote[] {
  const kept = raw.filter((q) => results.has(q));
  const out: AttributedQuote[] = [];
  groupCounter = 0;
  let previous: AttributedQuote | undefined;
  let previousRaw: RawQuote | undefined;
  const depths = nestingDepths(kept);
  kept.forEach((q, k) => {
    const a = results.get(q) ?? NO_ATTRIBUTION;
    const depth = depths[k];
    // multi-paragraph quotes and split quotes (same sentence, same speaker) are one utterance
    const sameUtterance =
      previous !== undefined &&
      previousRaw !== undefined &&
      depth === 0 &&
      previous.depth === 0 &&
      (previousRaw.continues || (a.entity !== null && previous.entity === a.entity && previousRaw.paragraph === q.paragraph && !/[.!?]/.test(text.slice((previousRaw.closeMark ?? previousRaw.end) + 1, q.openMark))));
    const group = sameUtterance && previous ? previous.group : groupCounter++;
    const quote: AttributedQuote = {
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      kind: kinds.get(q) ?? 'speech',
      speaker: a.entity ? a.entity.name : null,
      confidence: a.entity ? a.confidence : 0,
      openMark: q.openMark,
      closeMark: q.closeMark,
      cue: a.cue,
      rule: a.rule,
      group,
      paragraph: q.paragraph,
      depth,
      entity: a.entity,
      members: a.coSpeakers,
    };
    out.push(quote);
    if (depth === 0) {
      previous = quote;
      previousRaw = q;
    }
  });
  propagateWithinGroups(out);
  attributeEchoes(out);
  return out;
}

/** A multi-paragraph quote is attributed once, usually in its last paragraph. */
function propagateWithinGroups(quotes: AttributedQuote[]): void {
  const byGroup = new Map<number, AttributedQuote[]>();
  for (const q of quotes) {
    const members = byGroup.get(q.group);
    if (members) members.push(q);
    else byGroup.set(q.group, [q]);
  }
  for (const members of byGroup.values()) {
    const source = members.find((q) => q.entity && q.rule !== 'carry') ?? members.find((q) => q.entity);
    if (!source) continue;
    for (const q of members) {
      if (q.entity) continue;
      Object.assign(q, { entity: source.entity, members: source.members, speaker: source.speaker, confidence: Math.min(0.8, source.confidence), rule: 'group', kind: 'speech' });
    }
  }
}

/** Up to this many unattributed quotes, attributed ones are first searched for their words as substrings. */
const MAX_PREFILTER_PROBES = 16;

/** The runs of letters and digits of s lowercased, as /[\p{L}\p{N}]+/gu finds them, read by character code. */
function words(s: string): string[] {
  const lower = s.toLowerCase();
  const out: string[] = [];
  const end = lower.length;
  let i = 0;
  while (i < end) {
    let width = letterOrDigitAt(lower, i, end);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    while (width > 0) {
      i += width;
      width = letterOrDigitAt(lower, i, end);
    }
    out.push(lower.slice(start, i));
  }
  return out;
}

/**
 * Words repeated from an attributed quote belong to the same speaker. Only the opening words of
 * the unattributed quotes are looked for, by their first word, so nothing is built per n-gram.
 */
function attributeEchoes(quotes: AttributedQuote[]): void {
  const probes = new Map<AttributedQuote, string[]>();
  for (const q of quotes) {
    if (q.entity || q.kind !== 'speech') continue;
    const w = words(q.text);
    if (w.length >= 3) probes.set(q, w.slice(0, Math.min(4, w.length)));
  }
  if (!probes.size) return;
  const wanted = new Set([...probes.values()].map((p) => p[0]));
  const probeWords = [...probes.values()];
  // first word → places in attributed quotes where it stands, in text order
  const places = new Map<string, { quote: AttributedQuote; words: string[]; at: number }[]>();
  for (const o of quotes) {
    if (!o.entity || o.kind !== 'speech' || o.rule === 'echo') continue;
    // a quote that does not contain every word of some probe, even as substrings of its
    // lowercase text, cannot repeat that probe: splitting it into words would be wasted
    if (probeWords.length <= MAX_PREFILTER_PROBES) {
      const lower = o.text.toLowerCase();
      if (!probeWords.some((probe) => probe.every((word) => lower.includes(word)))) continue;
    }
    const w = words(o.text);
    w.forEach((word, at) => {
      if (!wanted.has(word)) return;
      const list = places.get(word);
      if (list) list.push({ quote: o, words: w, at });
      else places.set(word, [{ quote: o, words: w, at }]);
    });
  }
  for (const [q, probe] of probes) {
    const source = places.get(probe[0])?.find((p) => p.quote !== q && probe.every((word, k) => p.words[p.at + k] === word))?.quote;
    if (!source) continue;
    Object.assign(q, { entity: source.entity, members: source.members, speaker: source.speaker, confidence: 0.5, rule: 'echo' });
  }
}
