import { nationalityNoun } from './nationalities';
import { isWeakVerb, leadInDocument, noteIssuers, NO_ATTRIBUTION, quotedAsSaying, sentenceOf, SpeakerResolver, spanOf, SPOKES_GENDER, subjectOfPossessive, subjectOfVerb, UTTERANCE_NOUNS } from './attribution';
import type { Attribution } from './attribution';
import { endsInApostropheS, isDocumentWord, isNameWord, isOtherGender, key } from './entities';
import type { Entity, EntityRegistry } from './entities';
import { classifyQuote } from './quoteKinds';
import { countedNounModifier, definiteCommonNoun, findingParticiple, FLOATED_QUANTIFIERS, inNumber, NAMING_PARTICIPLES, openingBody, isReportingVerb, ONE_OF_MANY, phraseEndingAt, phraseStartingAt, pluralPersonNoun, possessiveName, relativeEndingAt, skipAdverbsLeft, skipAdverbsRight, subjectStart } from './phrases';
import type { Phrase } from './phrases';
import { attributeEchoes } from './quotes/echoes';
import { nestingDepths } from './quotes/scanner';
import type { RawQuote } from './quotes/scanner';
import type { Sentence } from './sentences';
import { BE_FORMS, genderOfNoun, ORGANISATION_KINDS, PERFECT_AUXILIARIES } from './lexicon';
import { givenNameGender } from './givenNames';
import { tokenize } from './tokens';
import { SCAN_ANONYMOUS, SCAN_DOCUMENT, SCAN_ISSUE, SCAN_LOWER_REPORTING, SCAN_QUOTE, SCAN_QUOTED } from './wordTable';
import type { Token } from './tokens';
import { NAME_CONNECTORS } from './nameWords';
import type { Quote, Span } from './types';
import { isRegexSpace } from './chars';

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

/** What one pass over a sentence's tokens finds: which rules can apply to it at all. */
interface SentenceScan {
  quotes: number;
  /** The indexes of the quote tokens, the first `quotes` entries (the array is reused from sentence to sentence). */
  quoteAt: number[];
  /** The index of the first reporting verb (not capitalised), or the sentence's length: the verb rules start there. */
  firstVerb: number;
  /** A word that can open "X issued a statement" or "X said in a statement". */
  issuer: boolean;
  /** "quoted … as saying" may stand in the sentence. */
  quoted: boolean;
  /** "who asked not to be named", "on condition of anonymity": someone unnamed speaks in it. */
  anonymous: boolean;
  /** Where the words that leave them unnamed stand ("named", "anonymity"), when `anonymous`. */
  anonymousWord: number;
}

function scanSentence(tokens: Token[], out: SentenceScan): void {
  let quotes = 0;
  let firstVerb = tokens.length;
  const quoteAt = out.quoteAt;
  // "In a statement, the ministry said": noteIssuers reads who issued it
  let issuer = leadInDocument(tokens) > 0;
  let quoted = false;
  let anonymous = false;
  // every token of the article passes here: its scan bits are read, most of them 0
  for (let i = 0; i < tokens.length; i++) {
    const bits = tokens[i].facts.scan;
    if (bits === 0) continue;
    if (bits & SCAN_QUOTE) {
      quoteAt[quotes++] = i;
      continue;
    }
    if (bits & SCAN_ISSUE) issuer = true;
    if (bits & SCAN_LOWER_REPORTING) {
      if (firstVerb > i) firstVerb = i;
      if (!issuer && tokens[i + 1]?.lower === 'in') issuer = true;
    }
    if (bits & SCAN_QUOTED) quoted = true;
    // ("Ann Vik apologised in an email to staff": a verb before "in" and the document's noun)
    if (bits & SCAN_DOCUMENT && !issuer && i >= 3 && tokens[i - 2].lower === 'in') issuer = true;
    if (bits & SCAN_ANONYMOUS && !anonymous && unnamedSource(tokens, i)) {
      anonymous = true;
      out.anonymousWord = tokens[i].start;
    }
  }
  // ("One, a retired engineer from Tarnby, said …": one of those just mentioned, described, not named)
  if (!anonymous && tokens.length > 3 && ONE_OF_MANY.has(tokens[0].lower) && tokens[1].text === ',' && (tokens[2].lower === 'a' || tokens[2].lower === 'an')) {
    anonymous = true;
    out.anonymousWord = tokens[2].start;
  }
  out.quotes = quotes;
  out.firstVerb = firstVerb;
  out.issuer = issuer;
  out.quoted = quoted;
  out.anonymous = anonymous;
}

/**
 * "who asked not to be named", "who cannot be identified", "who has not been named", "on condition of anonymity", "according
 * to a rescuer": `at` is the word of a phrase that leaves a source unnamed.
 */
function unnamedSource(tokens: Token[], at: number): boolean {
  const w = tokens[at].lower;
  if (w === 'anonymity') return tokens[at - 1]?.lower === 'of';
  // ("according to a rescuer who …")
  if (w === 'according') return /^(an?|one)$/.test(tokens[at + 2]?.lower ?? '') && tokens[at + 3]?.info.personNoun === true;
  // ("who declined to give his name", "who would not give her name")
  if (w === 'name') return OWNERS_OF_NAME.has(tokens[at - 1]?.lower ?? '') && GIVE_NAME.has(tokens[at - 2]?.lower ?? '') && notBefore(tokens, at - 3);
  // ("who has not been named", "who has yet to be identified": police copy's unnamed victim or witness)
  const be = tokens[at - 1]?.lower;
  if (be !== 'be' && be !== 'been') return false;
  return notBefore(tokens, at - 2);
}

/** Whether a refusal ("not", "declined") stands at most four words before `from`, inclusive. */
function notBefore(tokens: Token[], from: number): boolean {
  for (let k = from; k >= 0 && k >= from - 3; k--) if (NOT_NAMED.has(tokens[k].lower)) return true;
  return false;
}

const NOT_NAMED = new Set(['not', 'cannot', "can't", 'declined', 'refused', 'yet']);
const OWNERS_OF_NAME = new Set(['his', 'her', 'their']);
const GIVE_NAME = new Set(['give', 'provide', 'share', 'reveal', 'disclose']);

interface Beat {
  phrase: Phrase;
  pos: number;
  /** The phrase is a name set beside a noun for a person ("the couple's son, Howard,"): a person, known or not. */
  person?: boolean;
  /** Someone new and unnamed, of this gender ("One victim, an 88-year-old widow, …"): only "he" or "she" may mean them. */
  unnamed?: 'male' | 'female';
  /** "Hale's reply was brief.": the name whose reply the sentence is about, without its "'s". */
  owner?: string;
  /** "The 22-year-old touched first": a description of the person named last before it. */
  described?: boolean;
  /** The index of the sentence it was read from. */
  sentence?: number;
  /** "A spokesman for Tarn Council welcomed …": a spokesperson for the body named, who speaks for it. */
  spokes?: boolean;
}

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
  // by index in raw: the attribution and kind of each quote kept
  const results: (Attribution | undefined)[] = new Array<Attribution | undefined>(raw.length).fill(undefined);
  const kinds: (Quote['kind'] | undefined)[] = new Array<Quote['kind'] | undefined>(raw.length).fill(undefined);
  const rawIndex = topLevelIndices(parents, topLevel.length);
  const reported: ReportedSpeech[] = [];
  let previousParagraphLast: Attribution | undefined;
  // two people trading lines: the speaker before the previous paragraph's (when it was someone
  // else), the last quote of the previous paragraph, and whether it was read as a reply
  let otherSpeaker: Entity | undefined;
  let paragraphLastQuote: RawQuote | undefined;
  let previousParagraphLastQuote: RawQuote | undefined;
  let paragraphReply = false;
  let previousParagraphReply = false;
  // whether a quote of the paragraph went to someone unnamed ("her grandmother said", "she said" of
  // one who asked not to be named): the bare quotes after it are theirs, not the one reported before
  let paragraphUnnamed = false;
  // the speaker the previous paragraph reported ("X said the team was tired."), and the index of
  // its last sentence, whose subject may be the one a floating quote paragraph belongs to
  let previousParagraphReported: Attribution | undefined;
  let previousParagraphEnd = -1;
  let paragraphLast: Attribution | undefined;
  let paragraphReported: Attribution | undefined;
  let paragraphBeat: Beat | undefined;
  // the quote-free sentences of the paragraph whose beat subject is not read yet: most
  // paragraphs never need one, so it is read only when a quote asks
  const beatPending: number[] = [];
  let pendingBeats = 0;
  let currentParagraph = -1;
  let paragraphSentences = 0;
  // Carries that are guesses from the paragraph before, and those carried on from them (see attributeEchoes).
  const guesses = new WeakSet<Attribution>();
  // the texts of the quotes read as titles so far (made when the first is met)
  let titleTexts: Set<string> | undefined;
  // "A spokesperson said:" closing a paragraph: who speaks in the quote that opens the next one
  let leadIn: { attribution: Attribution; paragraph: number } | undefined;
  const scan: SentenceScan = { quotes: 0, quoteAt: [], firstVerb: 0, issuer: false, quoted: false, anonymous: false, anonymousWord: -1 };
  const beat = (): Beat | undefined => {
    for (let k = pendingBeats - 1; k >= 0; k--) {
      const found = beatSubject(sentenceTokens[beatPending[k]]);
      if (found) {
        found.sentence = beatPending[k];
        paragraphBeat = found;
        break;
      }
    }
    pendingBeats = 0;
    return paragraphBeat;
  };

  // ("Ann Vik has started a ‘Bake Off’ in the hall.": a scare quote or a title no one was credited
  // with leaves the sentence about its subject, as one with no quote is)
  const unspoken = (t: Token): boolean => {
    const r = rawIndex[t.quote as number];
    return (kinds[r] === 'scare' || kinds[r] === 'title') && !results[r]?.entity;
  };
  // the named person the paragraph's quote-free sentences are about, when no speaker was noted since
  let paragraphIndex = -1;
  let sentenceIndex = -1;
  const subjectBefore = (gender: 'male' | 'female'): Entity | undefined => {
    // a paragraph that opens with the quote: whom the paragraph before ended on ("Vane questioned
    // why Stirrat was not penalised.¶ “…,” he said.")
    const b = beat() ?? (sentenceIndex === previousParagraphEnd + 1 ? lastSentenceBeat(sentenceTokens, previousParagraphEnd, gender, unspoken) : undefined);
    if (!b || b.pos <= resolver.lastSpeakerPos() || b.phrase.tokens[0].info.pronoun || !(b.person || b.described || namesKnownPerson(b.phrase, b.pos, resolver)) || (b.unnamed && b.unnamed !== gender)) return undefined;
    // ("Ann Vik finished clear of Eva Lund. The 29-year-old …": the description is the sentence
    // before's subject, when that is someone named, not whoever was named last)
    // (unless it names someone by the age or the nationality the article gave them: "the Dane")
    const before = b.described && b.sentence !== undefined && !resolver.knownByDescription(b.phrase, b.pos) ? lastSentenceBeat(sentenceTokens, b.sentence - 1) : undefined;
    const subject = before && !before.described && !before.unnamed && !before.owner && !before.phrase.tokens[0].info.pronoun && namesKnownPerson(before.phrase, before.pos, resolver) ? before : b;
    const { entity } = resolver.resolve(subject.phrase, subject.pos, paragraphIndex);
    // ("A spokesman for Tarn Council welcomed …. ‘…,’ he said": the body he speaks for)
    if (subject.spokes && entity && entity.kind === 'organisation') return entity;
    // ("Tom Vik and his assistant, Ann Lund, … She said": not him, by his given name)
    if (!entity || entity.kind !== 'person' || isOtherGender(entity, gender)) return undefined;
    entity.gender ??= gender;
    // (the description is where "he" or "she" next finds them)
    // (also when the age it gives was learned as theirs: "Ann Vik won. The 24-year-old, who …")
    if (subject !== b || b.described) resolver.registry.mention(entity, { start: b.pos, end: b.phrase.tokens[b.phrase.tokens.length - 1].end }, false);
    return entity;
  };

  // "The bank rejected the criticism. In a statement, it said: “…”": "it" is the body the sentence
  // before, in the same paragraph and quote-free, opened on ("The" and a lowercase word for a body,
  // or a body's capitalised name, then a verb in -ed or -s), not whoever spoke or was named last
  const bodyBefore = (): Entity | undefined => {
    const prev = sentenceIndex - 1;
    if (prev < 0 || sentences[prev].paragraph !== paragraphIndex) return undefined;
    const t = sentenceTokens[prev];
    const body = openingBody(t, 5, true);
    const verb = body && t[body.to];
    if (!body || verb?.kind !== 'word' || verb.capitalized || verb.info.stop || !/(?:ed|s)$/.test(verb.lower) || t.some((x) => x.kind === 'quote')) return undefined;
    // ("The bank": the lowercase word is read with its article)
    const { entity } = resolver.resolve({ tokens: t.slice(t[body.from].capitalized ? body.from : 0, body.to) }, t[0].start, paragraphIndex);
    return entity && entity.kind !== 'person' ? entity : undefined;
  };

  // the sentence after the current one, when it is in the same paragraph
  const nextSentence = (): Token[] | undefined => (sentenceIndex + 1 < sentences.length && sentences[sentenceIndex + 1].paragraph === paragraphIndex ? sentenceTokens[sentenceIndex + 1] : undefined);

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    paragraphIndex = s.paragraph;
    sentenceIndex = si;
    if (s.paragraph !== currentParagraph) {
      // (a paragraph that is one unquoted question and credits nobody, "And if you see someone in
      // trouble?", is an interviewer's: the answer after it is of whom the paragraph before had)
      const question = paragraphSentences === 1 && !paragraphLastQuote && !paragraphReported && sentenceTokens[si - 1][sentenceTokens[si - 1].length - 1]?.text === '?';
      paragraphSentences = 0;
      if (!question) {
        otherSpeaker = paragraphLast?.entity && previousParagraphLast?.entity && paragraphLast.entity !== previousParagraphLast.entity ? previousParagraphLast.entity : paragraphLast?.entity ? otherSpeaker : undefined;
        previousParagraphLast = paragraphLast;
        previousParagraphLastQuote = paragraphLastQuote;
        previousParagraphReply = paragraphReply;
        previousParagraphReported = paragraphReported;
        previousParagraphEnd = si - 1;
      }
      paragraphLastQuote = undefined;
      paragraphUnnamed = false;
      paragraphReply = false;
      paragraphLast = undefined;
      paragraphReported = undefined;
      paragraphBeat = undefined;
      pendingBeats = 0;
      currentParagraph = s.paragraph;
      resolver.previousParagraphOpening = resolver.paragraphOpening;
      resolver.paragraphOpening = sentenceTokens[si];
      resolver.nextParagraphStart = nextParagraphStart(sentences, si);
    }
    paragraphSentences++;
    const tokens = sentenceTokens[si];
    scanSentence(tokens, scan);
    if (scan.issuer) noteIssuers(tokens, resolver, s.paragraph);
    // ("One, who asked not to be named, said …¶ “…,” she said": not whoever spoke before)
    if (scan.anonymous) {
      resolver.anonymousAt = s.start;
      resolver.anonymousWordAt = scan.anonymousWord;
      // ("On Saturday one of them, who asked not to be named, unfolded a chair.": whatever the
      // verb, the one left unnamed is someone "she said" may mean next)
      const unnamed = oneOfBeforeWho(tokens, scan.anonymousWord);
      if (unnamed) resolver.resolve({ tokens: unnamed, someone: true }, s.start, s.paragraph);
    }
    let sentenceAttr: Attribution | undefined;
    // "Breck, nicknamed “the Metronome”, said he …": a name quoted in a sentence that reports
    // someone's words; the sentence is still theirs
    let titleCredit: Attribution | undefined;
    // a headline's credit is the same for each of its quotes: read once
    const headline = si === 0 && scan.quotes > 0 ? headlineCredit(tokens, registry) : undefined;
    for (let n = 0; n < scan.quotes; n++) {
      const qi = scan.quoteAt[n];
      const top = tokens[qi].quote as number;
      const q = topLevel[top];
      let a = headline ?? attributeByCue(tokens, qi, resolver, q.start, s.paragraph, subjectBefore, bodyBefore, nextSentence);
      // ("said Mr Vik senior": of a father and a son of that surname, the one the word picks)
      const namesake = a.entity && a.cue ? generationNamesake(text, tokens, a.entity, a.cue, registry, q.start) : undefined;
      if (namesake) a = { ...a, entity: namesake };
      // ("Tears as village shop closes: ‘…’", "Seaside traders demand action: ‘…’": a headline's
      // quote after a colon, credited to a subject that does not end at the colon, is a guess; the
      // same words credited in the story say more)
      if (si === 0 && a.entity && a.rule === 'colon' && headlineSubjectGuess(text, tokens, qi, q.start, a)) {
        a = { ...a };
        guesses.add(a);
      }
      if (!a.entity && leadIn && leadIn.paragraph === s.paragraph - 1 && startsParagraph(text, q, s)) {
        a = leadIn.attribution;
        // "Officers offer the following advice:¶ * ‘…’¶ * ‘…’": each quoted item of a list is theirs
        if (bulletAt(text, q.openMark)) leadIn.paragraph = s.paragraph;
      }
      if (!a.entity && qi === tokens.length - 1) a = creditOnNextLine(text, q, resolver, s.paragraph) ?? creditCameFrom(text, q, resolver, s.paragraph) ?? a;
      let kind = classifyQuote(text, q, tokens, qi, a);
      // "‘Northing’ by Ann Vik … She singled out ‘Northing’": a work named again is a title again
      if (kind === 'title') (titleTexts ??= new Set()).add(text.slice(q.start, q.end));
      else if (kind === 'scare' && titleTexts?.has(text.slice(q.start, q.end))) kind = 'title';
      kinds[rawIndex[top]] = kind;
      // the name of a work has no speaker, whoever mentions it
      if (kind === 'title') {
        // ("…, according to a spokesperson": a source so named reports the sentence too)
        if (a.entity && !a.weak && (a.rule.startsWith('verb-') || a.rule === 'according-to')) titleCredit ??= a;
        a = NO_ATTRIBUTION;
      }
      const opensParagraph = !a.entity && kind === 'speech' && startsParagraph(text, q, s);
      // “Slow? Ask the last three men …”: a paragraph that is only a quote and throws a word of
      // the last quote back as a question answers it, and in such an exchange the lines alternate
      const other = opensParagraph ? otherSpeaker : undefined;
      if (other && previousParagraphLast?.entity && other !== previousParagraphLast.entity && endsParagraph(text, q) && (previousParagraphReply || repliesTo(text, q, previousParagraphLastQuote))) {
        a = { entity: other, coSpeakers: [], rule: 'reply', confidence: 0.6, cue: undefined, weak: false };
        paragraphReply = true;
      }
      if (!a.entity && kind === 'speech' && a.someoneElse) paragraphUnnamed = true;
      if (!a.entity && kind === 'speech' && !a.someoneElse && !(paragraphUnnamed && !sentenceAttr && !paragraphLast)) {
        // split quotes and floating quotes take the speaker of the quote before them
        let before = sentenceAttr ?? paragraphLast ?? paragraphReported ?? beatAttribution(beat(), resolver, s.paragraph) ?? (opensParagraph ? previousParagraphLast : undefined);
        // A guess from the paragraph before (whom it reported, or whom its last sentence was about)
        // yields to an echo: the same words credited elsewhere in the article say more.
        let guessed = before !== undefined && guesses.has(before);
        if (before === undefined && opensParagraph) {
          before = previousParagraphReported ?? previousBeat(sentenceTokens, previousParagraphEnd, resolver, s.paragraph);
          guessed = true;
        }
        if (before?.entity) {
          a = { entity: before.entity, coSpeakers: before.coSpeakers, rule: 'carry', confidence: Math.min(before.confidence, 0.7), cue: undefined, weak: before.weak };
          if (guessed) guesses.add(a);
        }
      }
      // "Why now?¶“One wet weekend does not …”": a quoted answer on the line after a question is the one last named (the interviewee)
      const answer = !a.entity && kind === 'speech' ? answersQuestion(text, q.openMark) : 0;
      if (answer) {
        const person = registry.recentPerson(q.start, undefined);
        // (after a question in a paragraph of its own, only someone shown to be a person: a place
        // taken for a name is no interviewee)
        if (person && (answer === 1 || person.person || person.role || person.gender)) a = { entity: person, coSpeakers: [], rule: 'answer', confidence: 0.6, weak: false };
      }
      // ("Founded in 1961, Tarn Rescue Team's mission is “…”": a body's stated aim is its own words)
      // (a motto of a few words is theirs too, not a phrase held at a distance: "Its motto is “Grow it well”",
      // "The club’s motto is “Never give in”")
      const aim = !a.entity && kind !== 'title' ? statedAim(text, tokens, qi, resolver, q.start, s.paragraph) : undefined;
      if (aim) {
        a = aim;
        kind = 'speech';
        kinds[rawIndex[top]] = kind;
      }
      results[rawIndex[top]] = a;
      paragraphLastQuote = q;
      if (a.entity) {
        // ("Speaking outside court, Detective Constable Tom Vik said theft was “not harmless”.": a
        // quoted fragment of reported speech whose subject, a person given a role, opens the sentence
        // holds the floor as a sentence with no quote does)
        const fragment = kind === 'speech' && a.rule === 'verb-sentence' && a.cue !== undefined && a.entity.person === true && a.entity.role !== null && q.openMark > a.cue.start && subjectNames(tokens, openingClauseEnd(tokens), a.cue.start, a.entity);
        resolver.noteSpeaker(a.entity, q.end, s.paragraph, s.end, fragment);
        if (kind === 'speech') {
          sentenceAttr = a;
          paragraphLast = a;
        }
      }
    }
    if (titleCredit?.entity && !sentenceAttr) {
      reported.push({ start: s.start, end: s.end, speaker: titleCredit.entity, cue: titleCredit.cue ?? { start: s.start, end: s.start } });
      resolver.noteSpeaker(titleCredit.entity, s.end, s.paragraph, s.end);
      paragraphReported = { entity: titleCredit.entity, coSpeakers: titleCredit.coSpeakers, rule: 'carry', confidence: 0.7, weak: false };
    }
    if (!scan.quotes) {
      beatPending[pendingBeats++] = si;
      const endsParagraph = si + 1 === sentences.length || sentences[si + 1].paragraph !== s.paragraph;
      if (endsParagraph && tokens.length > 1 && tokens[tokens.length - 1].text === ':') {
        // ("Officers are offering the following advice to farmers:": the verb, not the bare subject before a colon)
        const before = cueBefore(tokens, tokens.length);
        const found = before && before.rule !== 'colon' ? before : (issuedBefore(tokens) ?? before);
        const attribution = found ? attributionOf(found, resolver, tokens[tokens.length - 1].start, s.paragraph) : undefined;
        // a reporting verb, or a person's name ("Inspector Ana Berg:"); "Highlights:" introduces no speaker
        if (attribution?.entity && (attribution.rule === 'verb-before' || attribution.entity.kind === 'person')) leadIn = { attribution, paragraph: s.paragraph };
      }
      const r = scan.firstVerb < tokens.length || scan.quoted ? reportedSpeech(tokens, resolver, s, scan.quoted, scan.firstVerb) : undefined;
      if (r) {
        reported.push(r);
        // (the subject opens the sentence, or follows an opening adverbial when it is a person given
        // a role: "After the hearing, Detective Constable Tom Vik said …")
        const opening = tokens[subjectStart(tokens)];
        const afterAdverbial = opening !== undefined && opening !== tokens[0] && r.cue.start === opening.start && r.speaker.person && r.speaker.role !== null;
        // (or a name after the role that opens the sentence: "The museum's director, Ann Vik, said …")
        const named = tokens.findIndex((t) => t.start === r.cue.start);
        const role = named >= 2 ? tokens[named - 2] : undefined;
        const afterRole = role !== undefined && named <= 6 && tokens[named - 1].text === ',' && r.speaker.person && (role.info.title || role.info.personNoun || role.info.describesPerson) && !role.info.document && tokens.slice(0, named - 1).every((t) => t.kind === 'word' && !t.info.pronoun);
        // (or a name after a lowercase role with "of" that opens the sentence: "Head of nursing Ann Vik said …")
        const afterOfRole = named >= 3 && named <= 7 && r.speaker.person && tokens[0].capitalized && !tokens[0].info.pronoun && tokens[1].lower === 'of' && tokens.slice(1, named).every((t) => t.kind === 'word' && !t.capitalized);
        resolver.noteSpeaker(r.speaker, r.end, s.paragraph, s.end, r.cue.start === s.start || afterAdverbial || afterRole || afterOfRole);
        paragraphReported = { entity: r.speaker, coSpeakers: [], rule: 'carry', confidence: 0.7, weak: false };
      }
    }
  }

  attributeNested(text, raw, parents, sentences, resolver, results, kinds);
  return { quotes: assemble(text, raw, results, kinds, guesses), reported };
}

/**
 * Whether the quote opening at tokens[qi] stands on the article's first line after a colon, and
 * the credit `a` read from the colon names a subject that does not end right before it (a
 * headline's "Minister: ‘…’" is the minister's; "Tears as shop closes: ‘…’" only guesses).
 */
function headlineSubjectGuess(text: string, tokens: Token[], qi: number, quoteStart: number, a: Attribution): boolean {
  if (qi < 2 || tokens[qi - 1].text !== ':' || !a.cue || a.cue.end === tokens[qi - 2].end) return false;
  return !text.slice(0, quoteStart).trim().includes('\n');
}

/**
 * "Council ‘wants us off the beach’, says owner", "Row: owner says council ‘…’": a headline (a
 * first line with no full stop) credits a bare noun for a person beside "says"; the one the
 * article gives that role ("The owner, Ann Vik, …") speaks, or else the noun.
 */
function headlineCredit(tokens: Token[], registry: EntityRegistry): Attribution | undefined {
  const n = tokens.length;
  if (n > 24 || tokens[n - 1].text === '.') return undefined;
  for (let v = 1; v < n; v++) {
    // ("…’, say volunteers": a lowercase plural noun beside "say" credits the group it names)
    const plural = tokens[v].lower === 'say';
    if (tokens[v].lower !== 'says' && !plural) continue;
    // ("says parish chair": one lowercase word may qualify the noun)
    const after = v === n - 2 || (v === n - 3 && tokens[v + 1].kind === 'word' && !tokens[v + 1].capitalized) ? tokens[n - 1] : undefined;
    const before = v === 1 || tokens[v - 2].kind !== 'word' ? tokens[v - 1] : undefined;
    const fits = plural ? isHeadlineGroup : isHeadlineNoun;
    const noun = after && fits(after) ? after : before && fits(before) ? before : undefined;
    if (!noun) return undefined;
    const entity = plural ? registry.addPhrase(noun.lower, 'group', noun) : (registry.resolveRole([noun.lower], noun.start) ?? registry.addPhrase(noun.lower, 'person', noun));
    return { entity, coSpeakers: [], rule: 'headline', confidence: 0.6, cue: { start: Math.min(noun.start, tokens[v].start), end: Math.max(noun.end, tokens[v].end) }, weak: false };
  }
  return undefined;
}

const isHeadlineNoun = (t: Token): boolean => t.info.personNoun || t.info.title;

/** "say volunteers", "residents say": a lowercase plural word (a headline's "say" has a plural subject). */
const isHeadlineGroup = (t: Token): boolean => t.kind === 'word' && !t.capitalized && t.info.plural && !t.info.stop;

/** Whether the quote opening at `open` starts a line (or follows its "A:") and the line before ends in a question mark (1), or a paragraph after one that does (2), or neither (0) (a bounded look back). */
function answersQuestion(text: string, open: number): 0 | 1 | 2 {
  const before = text.slice(Math.max(0, open - 20), open);
  // ("Was it a shock?¶¶‘Not entirely. …’": an interview's question may stand in a paragraph of its own)
  if (/\?[ \t\r]*\n[ \t\r]*\n[ \t]*$/.test(before)) return 2;
  // ("Q: “Will he be in trouble?”¶A: “…”": or an answer so labelled, after a quoted question)
  return /\?[ \t\r]*\n[ \t]*$/.test(before) || /\?["\u201d'\u2019\u00bb]?[ \t\r]*\n[ \t\r\n]*A: *$/.test(before) ? 1 : 0;
}

/** For each quote with no parent, in order, its index among all quotes. */
function topLevelIndices(parents: (RawQuote | undefined)[], count: number): number[] {
  const out = new Array<number>(count);
  let k = 0;
  for (let i = 0; i < parents.length; i++) if (parents[i] === undefined) out[k++] = i;
  return out;
}

/** A quote set apart, with its source on the line below: "— Dr. Jane Doe, City Hospital". */
function creditOnNextLine(text: string, q: RawQuote, resolver: SpeakerResolver, paragraph: number): Attribution | undefined {
  const after = (q.closeMark ?? q.end) + 1;
  if (!lineBreakFollows(text, after)) return undefined;
  const m = /^[\s.,]*\n[\s>]*(?:\u2014|\u2013|--?)[ \t]*([^\n]+)/u.exec(text.slice(after, after + 300));
  // "— Ann Holt, chief executive, Tarn Power:" introduces the quote after it, not the one before
  if (!m || m[1].trimEnd().endsWith(':')) return undefined;
  const lineStart = after + m[0].length - m[1].length;
  const tokens = tokenize(text, lineStart, lineStart + m[1].length, []);
  const phrase = phraseStartingAt(tokens, 0);
  // ("– ENDS –", "— END —": a word set between two dashes closes a press release; a credit ends with no dash)
  if (!phrase || DASHES.has(tokens[phrase.tokens.length]?.text ?? '')) return undefined;
  const { entity, members } = resolver.resolve(phrase, q.start, paragraph);
  if (!entity) return undefined;
  return { entity, coSpeakers: members, rule: 'credit', confidence: 0.85, cue: spanOf(phrase.tokens), weak: false };
}

/**
 * Whether a line break may come after pos with only white space, dots and commas before it: the
 * credit pattern's opening, read by code before any copy is made. A character beyond ASCII says yes.
 */
function lineBreakFollows(text: string, pos: number): boolean {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c >= 128) return true;
    if (!(c === 32 || c === 9 || c === 11 || c === 12 || c === 13 || c === 46 || c === 44)) return false;
  }
  return false;
}

/**
 * The paragraph after a quote opening "The warning came from …", "That is how …", "So said …",
 * "That was the view of …", "The words were those of …" or "The man behind the counter is …" (the
 * speaker's name follows).
 */
const CAME_FROM = /^(?:\s*\n\s*|[ \t]+)(?:(?:The|Those|These) (?:warning|words|remarks|comments|plea|admission)s? came from |(?:That|This) (?:is|was) how |So (?:said|says) |(?:That|This|Such) (?:is|was) the (?:view|verdict|warning|message|advice|opinion|assessment|plea|promise|conclusion) of |(?:Those|These|Such) (?:are|were) the (?:words|views|thoughts) of |The (?:words|remarks|comments|views|thoughts) (?:are|were) those of |The (?:view|verdict|warning|message|advice|opinion|assessment|plea|promise|conclusion) (?:is|was) that of |The (?:man|woman|person|couple|voice) (?:behind|at|in|on) (?:the |a |an )?(?:[a-z'\u2019-]+ ){0,3}(?:is|was|are|were) )/;

/**
 * "“… in under forty minutes.”¶The warning came from Ann Vik, a glaciologist …", "“…”¶That is how
 * Ann Vik, 74, describes …": the next paragraph names whose words they were.
 */
function creditCameFrom(text: string, q: RawQuote, resolver: SpeakerResolver, paragraph: number): Attribution | undefined {
  const after = (q.closeMark ?? q.end) + 1;
  const m = CAME_FROM.exec(text.slice(after, after + 80));
  if (!m) return undefined;
  // ("‘It was the best day of my life.’ So says Ann Vik, 64, …": in the same paragraph, only after
  // a quote that is a sentence of its own, opening its paragraph)
  if (!m[0].includes('\n') && (!/[.!?]$/.test(text.slice(q.start, q.end)) || !opensLine(text, q.openMark))) return undefined;
  const start = after + m[0].length;
  const tokens = tokenize(text, start, Math.min(text.length, start + 120), []);
  // ("Those were the words of 17-year-old amateur Ann Vik": past an age and lowercase words of
  // description, the name)
  let from = 0;
  while (from < 4 && tokens[from]?.kind === 'word' && !tokens[from].capitalized && (/^\d+-year-old$/.test(tokens[from].lower) || (from > 0 && !tokens[from].info.stop))) from++;
  const phrase = phraseStartingAt(tokens, from);
  if (!phrase || !phrase.tokens[0].capitalized) return undefined;
  const { entity, members } = resolver.resolve(phrase, q.start, paragraph);
  if (!entity) return undefined;
  return { entity, coSpeakers: members, rule: 'credit', confidence: 0.8, cue: spanOf(phrase.tokens), weak: false };
}

/**
 * "She shrugs at that. “Karl has his view.”": a quote with no cue after a sentence about one
 * person is theirs. Only a named person or he/she as the sentence's subject counts.
 */
function beatSubject(tokens: Token[]): Beat | undefined {
  const start = tokens.length > 3 && tokens[0].capitalized && ASKED.has(tokens[0].lower) ? afterAskedClause(tokens) : subjectStart(tokens);
  const first = tokens[start];
  if (!first || first.kind !== 'word') return undefined;
  if (first.lower === 'he' || first.lower === 'she') return { phrase: { tokens: [first] }, pos: first.start };
  if (first.lower === 'a' || first.lower === 'an' || first.lower === 'one') return spokespersonSubject(tokens, start) ?? unnamedSubject(tokens, start);
  let phrase = phraseStartingAt(tokens, start);
  let after = phrase ? start + phrase.tokens.length : start;
  let person = false;
  // "The couple's son, Howard, who lives abroad, joined …", "Her son, Tom, …": the name beside a relative
  for (let k = start + 1; k <= start + 2; k++) {
    const name = tokens[k + 2];
    if (tokens[k + 1]?.text !== ',' || tokens[k + 3]?.text !== ',' || !relativeEndingAt(tokens, k)) continue;
    if (name === undefined || name.kind !== 'word' || !name.capitalized || name.info.stop || name.info.title || name.info.org || name.acronym) break;
    phrase = { tokens: [name], apposition: tokens.slice(k - 1, k + 1) };
    after = k + 3;
    person = true;
    break;
  }
  // "The vicar of St Aldric's, the Rev Ian Holt, blessed …": a full name with its title in
  // apposition to a noun for a person is who the sentence is about
  const named = !person ? nameInApposition(tokens, start) : undefined;
  if (named) return named;
  if (!phrase) return undefined;
  // "Hale's reply was brief.": whose reply it is speaks; "Hale's father was there" is about someone else
  const ending = phrase.tokens[phrase.tokens.length - 1];
  if (possessiveName(ending)) return UTTERANCE_NOUNS.includes(tokens[after]?.lower ?? '') ? { phrase, pos: first.start, owner: ending.text.slice(0, -2) } : undefined;
  // ("Asked whether …, the 36-year-old smiled.": a description of the person just named)
  // ("…, the Dane smiled.": or a nationality's noun)
  const described = phrase.tokens.length <= 3 && phrase.tokens[0].lower === 'the' && (phrase.tokens[phrase.tokens.length - 1].info.describesPerson || (phrase.tokens.length === 2 && nationalityNoun(phrase.tokens[1])));
  if ((!phrase.tokens[phrase.tokens.length - 1].capitalized && !described) || phrase.tokens.length > 4) return undefined;
  // "Vik, a former lifeguard at the pool, was more personal": an apposition opened by an article
  // between subject and verb (only when the phrase's words stand together from its start)
  if (phrase.apposition && phrase.apposition[0].info.article && !phrase.possessor && phrase.tokens[0] === first && tokens[after]?.text === ',' && tokens[after + 1] === phrase.apposition[0] && tokens[after + 1 + phrase.apposition.length]?.text === ',') after += phrase.apposition.length + 2;
  // "Berg, whose side finish third, was gracious": a relative clause between subject and verb
  if (tokens[after]?.text === ',' && tokens[after + 1]?.kind === 'word' && RELATIVES.has(tokens[after + 1].lower)) {
    let close = after + 2;
    while (close < tokens.length && close - after < 16 && tokens[close].kind === 'word') close++;
    if (tokens[close]?.text === ',') after = close + 1;
  }
  // "Vale, unbeaten in 23 fights, laughed": a short lowercase apposition between the name and its verb
  // ("The 24-year-old, running only his second marathon, spoke": so does a description's)
  else if (tokens[after]?.text === ',' && (phrase.tokens[phrase.tokens.length - 1].capitalized || described)) after = pastLowercaseAside(tokens, after, described);
  // ("Her son, Tom, was quieter": the comma that closes the name)
  if (person && tokens[after]?.text === ',') after++;
  const next = tokens[after];
  if (next?.kind !== 'word') return undefined;
  return described ? { phrase, pos: first.start, person, described } : { phrase, pos: first.start, person };
}

/**
 * "A spokesman for Tarn Town Council welcomed the turnout.": "a" or "an", a word for a
 * spokesperson, "for", the body's capitalised name (after any "the") and a lowercase verb. The
 * body speaks through them ("‘…,’ he said" next), as when the sentence quotes them.
 */
function spokespersonSubject(tokens: Token[], start: number): Beat | undefined {
  const gender = SPOKES_GENDER.get(tokens[start + 1]?.lower ?? '');
  if (gender === undefined || tokens[start + 2]?.lower !== 'for') return undefined;
  let k = tokens[start + 3]?.lower === 'the' ? start + 4 : start + 3;
  const from = k;
  while (k < tokens.length && tokens[k].kind === 'word' && (tokens[k].capitalized || (k > from && NAME_CONNECTORS.has(tokens[k].lower) && tokens[k + 1]?.capitalized))) k++;
  // ("A spokesman for the Bank of Tarnmoor also refused …": an adverb or auxiliary may stand before the verb)
  let v = k;
  while (v < tokens.length && tokens[v].kind === 'word' && !tokens[v].capitalized && tokens[v].info.verbAdverb && tokens[v].lower !== 'and' && tokens[v].lower !== 'but') v++;
  const verb = tokens[v];
  if (k === from || verb?.kind !== 'word' || verb.capitalized || verb.info.stop) return undefined;
  return { phrase: { tokens: tokens.slice(start, k) }, pos: tokens[start].start, person: true, unnamed: gender ?? undefined, spokes: true };
}

/**
 * "One victim, an 88-year-old widow, handed over …", "A woman in her 70s said …": "a", "an" or
 * "one", at most three lowercase words ending in a noun for a person, perhaps an apposition opened
 * by "a" or "an", then a lowercase word; a noun of that person's gender ("widow", "man") must
 * stand in it. The phrase is the apposition when there is one (it says more).
 */
function unnamedSubject(tokens: Token[], start: number): Beat | undefined {
  let k = start + 1;
  while (k < tokens.length && k - start <= 3 && tokens[k].kind === 'word' && !tokens[k].capitalized && !tokens[k].info.reporting) k++;
  if (k === start + 1 || !tokens[k - 1].info.personNoun) return undefined;
  let phrase = tokens.slice(start, k);
  if (tokens[k]?.text === ',' && (tokens[k + 1]?.lower === 'a' || tokens[k + 1]?.lower === 'an')) {
    let close = k + 2;
    while (close < tokens.length && close - k <= 5 && tokens[close].kind === 'word' && !tokens[close].capitalized) close++;
    if (tokens[close]?.text !== ',' || close === k + 2) return undefined;
    phrase = tokens.slice(k + 1, close);
    k = close + 1;
  }
  const next = tokens[k];
  if (next === undefined || next.kind !== 'word' || next.capitalized) return undefined;
  let unnamed: 'male' | 'female' | undefined;
  for (let i = start + 1; i < k; i++) {
    const w = tokens[i].lower;
    const g = genderOfNoun(w);
    if (g && unnamed && g !== unnamed) return undefined;
    unnamed ??= g;
  }
  return unnamed ? { phrase: { tokens: phrase }, pos: tokens[start].start, person: true, unnamed } : undefined;
}

/**
 * After the comma at `comma`, one to eight lowercase words or numbers and a closing comma
 * (", unbeaten in 23 fights,", ", now 41,"): where the verb after them stands, else `comma`.
 */
function pastLowercaseAside(tokens: Token[], comma: number, possessives = false): number {
  let close = comma + 1;
  while (close < tokens.length && close - comma <= 9 && tokens[close].kind === 'word') {
    const t = tokens[close];
    if (t.capitalized || t.info.reporting || (t.info.pronoun && !(possessives && (t.lower === 'his' || t.lower === 'her')))) return comma;
    close++;
  }
  return close > comma + 1 && tokens[close]?.text === ',' ? close + 1 : comma;
}

/**
 * "The vicar of St Aldric's, the Rev Ian Holt, blessed …": a subject opened by "the" and a
 * lowercase noun, then ", the" and a name of two to four capitalised words and a comma, then a
 * lowercase word. The name is the beat; nothing else is read. After a title the name may stand
 * bare ("The minister, Ann Vik, welcomed …"), and the title may be capitalised.
 */
function nameInApposition(tokens: Token[], start: number): Beat | undefined {
  if (!tokens[start].info.article || tokens[start + 1]?.kind !== 'word') return undefined;
  let comma = start + 1;
  let titled = false;
  for (; comma < tokens.length && comma - start <= 8 && tokens[comma].kind === 'word'; comma++) if (tokens[comma].info.title) titled = true;
  // ("The Tarn Minister of Tourism, Ann Vik, welcomed …": after a title the name needs no article)
  const article = tokens[comma + 1];
  const withArticle = article !== undefined && article.info.article && !article.capitalized;
  if (tokens[comma]?.text !== ',' || article === undefined || !(withArticle || titled) || (tokens[start + 1].capitalized && !titled)) return undefined;
  const from = withArticle ? comma + 2 : comma + 1;
  let close = from;
  while (close < tokens.length && close - comma <= 6 && tokens[close].kind === 'word' && tokens[close].capitalized && (withArticle || isNameWord(tokens[close]))) close++;
  const words = close - from;
  const next = tokens[close + 1];
  if (words < 2 || words > 4 || tokens[close]?.text !== ',' || next === undefined || next.kind !== 'word' || next.capitalized) return undefined;
  return { phrase: { tokens: tokens.slice(from, close) }, pos: tokens[from].start };
}

/** "Asked whether …, Hale shrugged": where the subject after the question's clause starts (the clause's comma, at most 30 tokens on), or past the end. */
function afterAskedClause(tokens: Token[]): number {
  for (let i = 1; i < tokens.length && i <= 30; i++) {
    const t = tokens[i];
    if (t.kind === 'quote') break;
    // ("Asked what she would do with the £18,000 cheque, …": a comma inside a number closes nothing)
    if (t.text === ',' && !inNumber(tokens, i)) return i + 1;
  }
  return tokens.length;
}

/** A floating quote paragraph after a paragraph whose last sentence is about one named person ("Lind refused to blame the referee."). */
function previousBeat(sentenceTokens: Token[][], si: number, resolver: SpeakerResolver, paragraph: number): Attribution | undefined {
  const beat = (si >= 0 ? interviewHeading(sentenceTokens[si]) : undefined) ?? lastSentenceBeat(sentenceTokens, si);
  return beat && (beat.person || beat.owner || namesKnownPerson(beat.phrase, beat.pos, resolver)) ? beatAttribution(beat, resolver, paragraph) : undefined;
}

/**
 * The subject of sentence si when it holds no quote: whom a paragraph ended on. With a gender, a
 * sentence whose object is a pronoun of that gender ("Tom Vik greeted her") is about two people,
 * and the one "she" means next is not its subject.
 */
function lastSentenceBeat(sentenceTokens: Token[][], si: number, gender?: 'male' | 'female', unspoken?: (t: Token) => boolean): Beat | undefined {
  const tokens = si >= 0 ? sentenceTokens[si] : undefined;
  if (!tokens) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'quote' && !unspoken?.(t)) return undefined;
    if (gender === 'male' && t.lower === 'him') return undefined;
    if (gender === 'female' && t.lower === 'her' && !possessiveHer(tokens[i + 1])) return undefined;
  }
  const found = beatSubject(tokens);
  if (found) found.sentence = si;
  return found;
}

/** "Q&A with Dr Ann Vik, fellowship lead", "Interview with Ann Vik": a heading over the answers of the one it names. */
function interviewHeading(tokens: Token[]): Beat | undefined {
  const w = tokens[0]?.text === 'Q' && tokens[1]?.text === 'A' ? 2 : tokens[0]?.text === 'Interview' ? 1 : 0;
  if (!w || tokens[w]?.lower !== 'with') return undefined;
  const phrase = phraseStartingAt(tokens, w + 1);
  return phrase && phrase.tokens.every((t) => t.capitalized) ? { phrase, pos: phrase.tokens[0].start, person: true } : undefined;
}

/** "her side" is a possessive; "greeted her warmly", "told her." are objects. */
function possessiveHer(next: Token | undefined): boolean {
  return next !== undefined && next.kind === 'word' && !next.capitalized && !next.info.article && !next.info.endsLy;
}

/**
 * Whether a sentence's subject ends in the name of someone already named. Guesses about who a
 * sentence is about must not register its opening word ("Unemployment had risen"): a name
 * registered is one "they" and "the statement" may later be read as.
 */
function namesKnownPerson(phrase: Phrase, pos: number, resolver: SpeakerResolver): boolean {
  const last = phrase.tokens[phrase.tokens.length - 1];
  return last.capitalized && resolver.registry.resolveSingle(last.text, pos)?.kind === 'person';
}

/** A pronoun, a known person's name, "the" and a role someone named holds ("the dean"), or a spokesperson for a body of a kind named before ("the force"). */
function namesSomeoneKnown(phrase: Phrase, pos: number, resolver: SpeakerResolver): boolean {
  const w = phrase.tokens;
  const n = w.length;
  return (
    (n === 1 && w[0].info.pronoun) ||
    namesKnownPerson(phrase, pos, resolver) ||
    (n === 5 && w[2].lower === 'for' && w[3].lower === 'the' && w[1].lower.startsWith('spokes') ? resolver.registry.recentOrganisation(ORGANISATION_KINDS.get(w[4].lower) ?? [w[4].lower], pos) !== undefined : n === 2 && w[0].lower === 'the' && w[1].info.title && resolver.registry.resolveRole([w[1].text], pos) !== undefined)
  );
}

/** "the family", "the council", "the spokesman": "the" and one lowercase noun for a body or a person. */
function definiteNoun(words: Token[]): boolean {
  return words.length === 2 && words[0].lower === 'the' && !words[1].capitalized && (words[1].info.org || words[1].info.personNoun || words[1].info.speakerNoun || words[1].info.title);
}

/** "Tarn Police", "Vale District Council": two to five capitalised words, the last a word for a body. */
function namesBody(words: Token[]): boolean {
  const n = words.length;
  if (n < 2 || n > 5 || !words[n - 1].info.org) return false;
  for (let i = 0; i < n; i++) if (words[i].kind !== 'word' || !words[i].capitalized) return false;
  return true;
}

const RELATIVES = new Set(['who', 'whose', 'whom']);

/**
 * "Ann Vik praised her captain, Eva Lund, who she said had “…”": the pronoun after "who" is not
 * whom "who" stands for but the sentence's subject, when that is a name.
 */
function relativePronoun(tokens: Token[], v: number, which = false): Phrase | undefined {
  if (v < 3 || !tokens[v - 1].info.pronoun || (tokens[v - 2].lower !== 'who' && tokens[v - 2].lower !== 'whom' && !(which && tokens[v - 2].lower === 'which'))) return undefined;
  const head = phraseStartingAt(tokens, 0);
  const last = head?.tokens[head.tokens.length - 1];
  return last && last.capitalized && !last.info.pronoun && last.end < tokens[v - 2].start ? head : undefined;
}

function beatAttribution(beat: Beat | undefined, resolver: SpeakerResolver, paragraph: number): Attribution | undefined {
  // (someone unnamed is only whom "he" or "she" may mean)
  if (!beat || beat.unnamed) return undefined;
  // (only someone already named: a possessive is never registered)
  const { entity, members } = beat.owner ? { entity: resolver.registry.resolveSingle(beat.owner, beat.pos) ?? null, members: [] } : resolver.resolve(beat.phrase, beat.pos, paragraph);
  if (!entity || entity.kind !== 'person') return undefined;
  return { entity, coSpeakers: members, rule: 'beat', confidence: 0.6, weak: false };
}

/** Whether only white space stands between the quote's closing mark and the end of its line. */
function endsParagraph(text: string, q: RawQuote): boolean {
  if (q.closeMark === undefined) return false;
  for (let i = q.closeMark + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Whether the quote opens with a question of one to three words ("Slow?", "Hanging on?") that
 * the end of the previous paragraph's quote holds as words of its own.
 */
function repliesTo(text: string, q: RawQuote, previous: RawQuote | undefined): boolean {
  if (!previous || previous.closeMark === undefined) return false;
  let mark = -1;
  let words = 1;
  for (let i = q.start; i < q.end && i < q.start + 30; i++) {
    const c = text.charCodeAt(i);
    if (c === 63) {
      mark = i;
      break;
    }
    if (c === 32) words++;
    else if (c === 46 || c === 44 || c === 33 || c === 10 || c === 58 || c === 59) return false;
  }
  if (mark <= q.start || words > 3) return false;
  const echo = text.slice(q.start, mark).toLowerCase();
  const said = text.slice(Math.max(previous.start, previous.end - 300), previous.end).toLowerCase();
  for (let at = said.indexOf(echo); at >= 0; at = said.indexOf(echo, at + 1)) {
    if (!letterAt(said, at - 1) && !letterAt(said, at + echo.length)) return true;
  }
  return false;
}

function letterAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return (c >= 97 && c <= 122) || c >= 192;
}

function startsParagraph(text: string, q: RawQuote, s: Sentence): boolean {
  return (q.openMark === s.start && (s.start === 0 || text.charCodeAt(s.start - 1) === 10 || (s.start >= 2 && text.charCodeAt(s.start - 2) === 10))) || bulletAt(text, q.openMark) || blockQuoteAt(text, q.openMark) || answerLabelAt(text, q.openMark);
}

/** Whether a block quote's ">" (perhaps after a space) opens the line right before pos: "> “…”" starts its paragraph. */
function blockQuoteAt(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && pos - i <= 2 && text.charCodeAt(i) === 32) i--;
  return i >= 0 && text.charCodeAt(i) === 62 && opensLine(text, i);
}

/** Whether an interview's answer label ("A: ") opens the line right before pos. */
function answerLabelAt(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && pos - i <= 3 && text.charCodeAt(i) === 32) i--;
  return i >= 1 && i < pos - 1 && text.charCodeAt(i) === 58 && text.charCodeAt(i - 1) === 65 && opensLine(text, i - 1);
}

/** Whether only spaces or tabs (a paragraph's indent) stand between the line's start and pos. */
function opensLine(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && pos - i <= 8 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10;
}

/** Words for a generation that may follow a surname: "Mr Vik senior", "Tom Vik Jr". */
const GENERATIONS: ReadonlyMap<string, boolean> = new Map([['senior', true], ['snr', true], ['sr', true], ['junior', false], ['jnr', false], ['jr', false]]);

/**
 * "His son, Tom Vik, …. ‘…,’ said Mr Vik senior": when "senior" or "junior" follows the name the
 * cue ends on, and two or more people of that surname were named in full, the one named in full
 * right after a comma and a noun of kin that says which generation they are ("father", "mother":
 * the elder; "son", "daughter": the younger), or the other of two when that noun says the opposite.
 */
function generationNamesake(text: string, tokens: Token[], entity: Entity, cue: Span, registry: EntityRegistry, pos: number): Entity | undefined {
  if (entity.kind !== 'person' || entity.keys.length < 1) return undefined;
  // (one character rules out nearly every cue: the word after it opens with s or j, or there is none)
  let at = cue.end;
  while (at < text.length && isRegexSpace(text.charCodeAt(at))) at++;
  const initial = text.charCodeAt(at) | 32;
  if (initial !== 115 && initial !== 106) return undefined;
  let k = 0;
  while (k < tokens.length && tokens[k].start < cue.end) k++;
  const word = tokens[k];
  const elder = word && word.kind === 'word' ? GENERATIONS.get(word.lower) : undefined;
  if (elder === undefined) return undefined;
  const namesakes = registry.namesakes(entity.keys[entity.keys.length - 1], pos).filter((e) => e.keys.length >= 2);
  if (namesakes.length < 2) return undefined;
  const generation = (e: Entity): boolean | undefined => {
    const first = e.mentions[0];
    if (!first) return undefined;
    const before = text.slice(Math.max(0, first.start - 24), first.start);
    if (/\b(?:father|mother|dad|mum|grandfather|grandmother)\s*,\s*$/i.test(before)) return true;
    if (/\b(?:son|daughter|grandson|granddaughter)\s*,\s*$/i.test(before)) return false;
    return undefined;
  };
  const marked = namesakes.find((e) => generation(e) === elder);
  if (marked) return marked;
  const opposite = namesakes.filter((e) => generation(e) === !elder);
  const rest = namesakes.filter((e) => generation(e) === undefined);
  return namesakes.length === 2 && opposite.length === 1 && rest.length === 1 ? rest[0] : undefined;
}

/** Whether a list item's marker ("* ", "• ", "- ") opens the line right before pos. */
function bulletAt(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && pos - i <= 4 && text.charCodeAt(i) === 32) i--;
  if (i < 0 || i === pos - 1) return false;
  const c = text.charCodeAt(i);
  if (c !== 42 && c !== 0x2022 && c !== 45) return false;
  return opensLine(text, i);
}

/** Cues inside the sentence: verbs either side of the quote, colon and dash credits, "according to". */
export function attributeByCue(
  tokens: Token[],
  qi: number,
  resolver: SpeakerResolver,
  pos: number,
  paragraph: number,
  /** The person the paragraph's sentences before the quote are about, if that gender fits. */
  subjectBefore?: (gender: 'male' | 'female') => Entity | undefined,
  /** The body the sentence before the quote's, in its paragraph, opened on ("The bank rejected …"). */
  bodyBefore?: () => Entity | undefined,
  /** The next sentence's tokens, when it is in the quote's paragraph. */
  nextSentence?: () => Token[] | undefined,
): Attribution {
  const found = findCue(tokens, qi);
  if (!found) return NO_ATTRIBUTION;
  const subject = found.phrase.tokens[0];
  // "“…,” said the estate's senior gardener. Ann Vik, a retired teacher, planted …": a description that
  // ends the sentence is named by the full name that opens the next one
  const named = nextSentence && found.rule === 'verb-after' ? nameAfterDescription(tokens, found, nextSentence) : undefined;
  if (named) {
    const { entity } = resolver.resolve({ tokens: named }, named[named.length - 1].end, paragraph);
    if (entity && entity.kind === 'person') return { entity, coSpeakers: [], rule: found.rule, confidence: 0.8, cue: cueSpan(found.cueTokens), weak: found.weak };
  }
  // "The bank rejected the criticism. ‘…,’ it said.": it is the body the sentence before opened on
  if (bodyBefore && found.phrase.tokens.length === 1 && subject.lower === 'it') {
    const entity = bodyBefore();
    if (entity) return { entity, coSpeakers: [], rule: found.rule, confidence: found.confidence, cue: cueSpan(found.cueTokens), weak: found.weak };
  }
  // ("Blue Tide welcomed the licence but warned against what it called “…”": "it" in a relative
  // clause is the body its sentence named before it, not the last source quoted)
  if (found.phrase.tokens.length === 1 && subject.lower === 'it') {
    const k = tokens.indexOf(subject);
    const body = k > 0 && RELATIVE_BEFORE_IT.has(tokens[k - 1].lower) ? resolver.registry.organisationBetween(tokens[0].start, subject.start) : undefined;
    if (body) return { entity: body, coSpeakers: [], rule: found.rule, confidence: found.confidence, cue: cueSpan(found.cueTokens), weak: found.weak };
  }
  // "Berg was gracious in defeat. ‘…,’ he said.": he or she is whom the sentence before was about
  if (subjectBefore && found.phrase.tokens.length === 1 && (subject.lower === 'he' || subject.lower === 'she')) {
    const entity = subjectBefore(subject.lower === 'he' ? 'male' : 'female');
    if (entity) return { entity, coSpeakers: [], rule: found.rule, confidence: found.confidence, cue: cueSpan(found.cueTokens), weak: found.weak };
  }
  // "Asked about Ole Brandt, she said …": who the lead-in asks about is not who answers, so the
  // pronoun is read as from the sentence's start
  if (found.phrase.tokens.length === 1 && subject.info.pronoun && tokens[0].capitalized && ASKED.has(tokens[0].lower) && subject.start > tokens[0].start) pos = tokens[0].start;
  // ("He described the Grand Challenge as “…”": a name between the pronoun and the quote comes
  // after the pronoun, so it cannot be whom the pronoun means)
  else if (found.phrase.tokens.length === 1 && subject.info.pronoun && subject.start < pos) pos = subject.start;
  return attributionOf(found, resolver, pos, paragraph);
}

/**
 * "“…,” said the estate's senior gardener. Ann Vik, a retired teacher, planted …": when the cue's phrase is
 * a description after "the", "a", "one" or "another" (a lowercase word next, no apposition) that only a full stop follows
 * (or its verb of saying and a full stop: "“…,” the farmer said."),
 * the two to four capitalised words opening the next sentence before a comma, naming someone
 * (no title, organisation or small word among them).
 */
function nameAfterDescription(tokens: Token[], found: Cue, nextSentence: () => Token[] | undefined): Token[] | undefined {
  const words = found.phrase.tokens;
  // ("said one neighbour. Ann Vik, 66, has lived …": or one brought in by "a", "one" or "another")
  if (words.length < 2 || !DESCRIPTION_OPENERS.has(words[0].lower) || words[0].capitalized || words[1].capitalized || found.phrase.apposition || found.phrase.possessor) return undefined;
  const end = tokens.indexOf(words[words.length - 1]);
  // ("“…,” the farmer said. Ann Vik, 52, had …": or with its verb after it, ending the sentence)
  const verbAfter = end >= 0 && end === tokens.length - 3 && isReportingVerb(tokens[end + 1]) && tokens[end + 2].text === '.';
  // ("said the band's leader, who founded it. Ann Vik, 70, runs it …": or a clause
  // of "who" after it, to the full stop)
  if (end < 0 || (!verbAfter && (end !== tokens.length - 2 || tokens[end + 1].text !== '.') && !relativeToStop(tokens, end + 1))) return undefined;
  const next = nextSentence();
  if (!next) return undefined;
  let n = 0;
  while (n < next.length && n < 5 && next[n].kind === 'word' && next[n].capitalized && !next[n].acronym && !next[n].info.stop && !next[n].info.title && !next[n].info.org && !next[n].info.honorific) n++;
  // ("… said the gallery's keeper. Ann Vik has run it since 1990": or the name and "has" or "had")
  const after = next[n];
  return n >= 2 && n <= 4 && (after?.text === ',' || ((after?.text === 'has' || after?.text === 'had') && next[n + 1]?.kind === 'word' && !next[n + 1].capitalized)) ? next.slice(0, n) : undefined;
}

/** Whether tokens from c are ", who", then words only, then the full stop that ends the sentence. */
function relativeToStop(tokens: Token[], c: number): boolean {
  if (tokens[c]?.text !== ',' || tokens[c + 1]?.lower !== 'who' || tokens[tokens.length - 1].text !== '.') return false;
  for (let i = c + 2; i < tokens.length - 1; i++) if (tokens[i].kind !== 'word') return false;
  return true;
}

/** Words that open a description of someone a next sentence may name: "the estate's gardener", "one neighbour". */
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one', 'another']);

/** The words that open a relative clause whose subject is "it": "what it called", "which it argued". */
const RELATIVE_BEFORE_IT = new Set(['what', 'which', 'that']);

/** Participles that open a question put to the sentence's subject: "Asked about …, she said". */
const ASKED = new Set(['asked', 'pressed', 'questioned', 'quizzed']);

function attributionOf(found: Cue, resolver: SpeakerResolver, pos: number, paragraph: number): Attribution {
  const { entity, members } = resolver.resolve(found.phrase, pos, paragraph);
  // ("her grandmother said": someone other than whom the paragraph is about, and unnamed)
  // ("Tenants said …. One woman, who asked not to be named, …. ‘…,’ she said": he or she is the one
  // left unnamed in this paragraph, not whoever it reported before)
  if (!entity) return { entity: null, coSpeakers: NO_ATTRIBUTION.coSpeakers, rule: NO_ATTRIBUTION.rule, confidence: 0, weak: found.weak, someoneElse: (found.phrase.possessor !== undefined || anonymousPronoun(found.phrase, resolver, pos)) && !found.weak };
  return { entity, coSpeakers: members, rule: found.rule, confidence: found.confidence, cue: cueSpan(found.cueTokens), weak: found.weak };
}

/** "she" or "he" alone, after someone who asked not to be named earlier in the paragraph, before pos. */
function anonymousPronoun(phrase: Phrase, resolver: SpeakerResolver, pos: number): boolean {
  const t = phrase.tokens[0];
  const opening = resolver.paragraphOpening?.[0];
  return phrase.tokens.length === 1 && (t.lower === 'he' || t.lower === 'she') && opening !== undefined && resolver.anonymousAt >= opening.start && resolver.anonymousAt < pos;
}

/** Where the cue stands: its tokens in text order, or the verb alone when the speaker stands far from it. */
function cueSpan(tokens: Token[]): Span | undefined {
  // most cues are built in text order with no quote among them: no copy is needed then
  let inOrder = true;
  for (let i = 0; i < tokens.length && inOrder; i++) inOrder = tokens[i].kind !== 'quote' && (i === 0 || tokens[i].start >= tokens[i - 1].start);
  // in text order: an inverted cue ("said Wang") has its verb first
  const sorted = inOrder ? tokens : tokens.filter((t) => t.kind !== 'quote').sort((x, y) => x.start - y.start);
  if (!sorted.length) return undefined;
  // a speaker far from the verb: mark the verb alone rather than the words between
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start - sorted[i - 1].end <= 24) continue;
    const verb = tokens.find((t) => t.info.reporting);
    if (verb) return { start: verb.start, end: verb.end };
    break;
  }
  return spanOf(sorted);
}

interface Cue {
  phrase: Phrase;
  rule: string;
  confidence: number;
  cueTokens: Token[];
  weak: boolean;
}

function findCue(tokens: Token[], qi: number): Cue | undefined {
  return askedBy(tokens, qi) ?? cueAfter(tokens, qi) ?? cueBefore(tokens, qi) ?? accordingToUnlessNearer(tokens, qi) ?? quotedAs(tokens, Math.max(0, qi - CUE_WINDOW), qi + CUE_WINDOW) ?? closingCredit(tokens, qi) ?? passiveAgent(tokens, qi) ?? verbInSentence(tokens, qi);
}

/**
 * "Neighbours had complained “at least four times” before the attack, she said.": a credit that
 * closes the sentence after a comma (a subject, a verb of saying, a full stop) reports all of the
 * sentence before it, whatever verb stands nearer the quote.
 */
function closingCredit(tokens: Token[], qi: number): Cue | undefined {
  let v = tokens.length - 1;
  if (v < 0 || tokens[v].kind !== 'punct' || tokens[v].text !== '.') return undefined;
  v--;
  const verb = tokens[v];
  if (!isReportingVerb(verb) || isWeakVerb(verb) || verb.capitalized) return undefined;
  const phrase = phraseEndingAt(tokens, v - 1);
  const comma = phrase && !phrase.apposition && !phrase.possessor ? v - 1 - phrase.tokens.length : -1;
  if (comma <= qi || tokens[comma].text !== ',' || phrase === undefined) return undefined;
  return { phrase, rule: 'verb-sentence', confidence: 0.8, cueTokens: [...phrase.tokens, verb], weak: false };
}

/** Whether "quoted" stands in tokens[from, to). */
function hasQuotedWord(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to && i < tokens.length; i++) if (tokens[i].info.endsEd && tokens[i].lower === 'quoted') return true;
  return false;
}

/** Nouns for what answers a question: “…,” came the reply from Holt. */
const REPLY_NOUNS: ReadonlySet<string> = new Set(['reply', 'answer', 'response', 'retort']);

/** “…,” Lavrov said / “…,” said Wang Yi / “…”: Wang / “…” — Commissioner Ruiz */
function cueAfter(tokens: Token[], qi: number): Cue | undefined {
  let k = qi + 1;
  const first = tokens[k];
  if (!first) return undefined;
  if (first.kind === 'punct' && (first.text === ':' || DASHES.has(first.text))) {
    const phrase = phraseStartingAt(tokens, k + 1);
    if (phrase) {
      const end = k + 1 + phrase.tokens.length;
      if ((onlyPunctFrom(tokens, end) || (first.text !== ':' && creditTail(tokens, end))) && !isReportingVerb(tokens[k + 1])) return { phrase, rule: 'credit', confidence: 0.85, cueTokens: phrase.tokens, weak: false };
    }
  }
  if (first.kind === 'punct' && first.text === ',') k++;
  else if (first.kind === 'punct' && DASHES.has(first.text)) k++;
  const t = tokens[k];
  if (!t || t.kind !== 'word') return undefined;
  // ("under the banner “…”, and organisers said it had …": a clause joined after the quote says
  // something else, and "and" is no part of its subject)
  if (CONJUNCTIONS.has(t.text)) return undefined;
  // ("Ann Vik called it “late”, while Ivo Lund warned …": a clause of contrast after the quote is
  // someone else's; its subject's verb credits nobody with the quote before it)
  if (first.text === ',' && CONTRAST_OPENERS.has(t.text)) return undefined;
  // ("‘Yes,’ came the reply from Mrs Holt": the one the reply came from speaks)
  if (t.lower === 'came' && tokens[k + 1]?.lower === 'the' && REPLY_NOUNS.has(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'from') {
    const phrase = phraseStartingAt(tokens, k + 4);
    if (phrase) return { phrase, rule: 'verb-after', confidence: 0.9, cueTokens: [t, tokens[k + 2], ...phrase.tokens], weak: false };
    return undefined;
  }
  // ("The sisters, known to fans as “the Twins”, both said …": a name quoted in an aside of naming
  // stands between the subject and its verb, after any quantifier floated before the verb)
  if (first.text === ',' && namingAside(tokens, qi)) {
    const v = FLOATED_QUANTIFIERS.has(t.lower) && !t.capitalized && isReportingVerb(tokens[k + 1]) ? k + 1 : k;
    const phrase = isReportingVerb(tokens[v]) && !tokens[v].capitalized ? subjectOfVerb(tokens, v, false) : undefined;
    if (phrase) return { phrase, rule: 'verb-sentence', confidence: 0.8, cueTokens: [...phrase.tokens, tokens[v]], weak: isWeakVerb(tokens[v]) };
  }
  if (isReportingVerb(t) || isMannerVerb(t)) {
    const phrase = phraseStartingAt(tokens, skipAdverbsRight(tokens, k + 1));
    if (phrase) return { phrase, rule: 'verb-after', confidence: 0.95, cueTokens: [t, ...phrase.tokens], weak: isWeakVerb(t) };
    return undefined;
  }
  const phrase = phraseStartingAt(tokens, k);
  if (!phrase || remarkThen(phrase.tokens)) return undefined;
  let m = k + phrase.tokens.length + (phrase.possessor ? 1 : 0);
  if (phrase.apposition) m += phrase.apposition.length + 2;
  // ("“…,” a spokeswoman for Tarn Table Tennis, the governing body, said": asides between commas
  // after a phrase read to its body's name stand between it and its verb)
  else m = pastAsides(tokens, m);
  // ("“…,” Ivo Kalan was quoted as saying", "… was quoted by the broadcaster as saying")
  const saying = quotedPassiveAsSaying(tokens, m);
  if (saying) return { phrase, rule: 'verb-after', confidence: 0.9, cueTokens: [...phrase.tokens, saying], weak: false };
  m = skipAdverbsRight(tokens, m);
  if (tokens[m]?.lower === 'quoted' || (tokens[m - 1]?.lower === 'was' && tokens[m]?.lower === 'quoted')) m++;
  const verb = tokens[m];
  if (isReportingVerb(verb) || isMannerVerb(verb)) return { phrase, rule: 'verb-after', confidence: 0.95, cueTokens: [...phrase.tokens, verb], weak: isWeakVerb(verb) };
  return undefined;
}

/** ", known to fans as “…”", ", nicknamed “…”": the quote at qi closes an aside a participle of naming opens after a comma. */
function namingAside(tokens: Token[], qi: number): boolean {
  for (let j = qi - 1; j >= 1 && j >= qi - 6; j--) {
    const t = tokens[j];
    if (t.kind !== 'word') return t.text === ',' && NAMING_PARTICIPLES.has(tokens[j + 1]?.lower ?? '');
  }
  return false;
}

/**
 * "Asked by a journalist, “…?”, Tom Vik replied: …": a question quoted right after "Asked by" and
 * the one asking, which opens the sentence, is the asker's, not the words of the one who answers.
 */
function askedBy(tokens: Token[], qi: number): Cue | undefined {
  if (qi < 4 || tokens[0].lower !== 'asked' || tokens[1].lower !== 'by' || tokens[qi - 1].text !== ',' || !/\?\s*\p{Pf}?\p{Pi}?["'\u2019\u201d]?$/u.test(tokens[qi].text)) return undefined;
  // (a name, "a journalist", or people in the plural: "Asked by journalists, …")
  const bare = qi === 4 && (pluralPersonNoun(tokens[2]) || (tokens[2].kind === 'word' && !tokens[2].capitalized && tokens[2].info.plural && tokens[2].info.title)) ? { tokens: [tokens[2]] } : undefined;
  const phrase = phraseStartingAt(tokens, 2) ?? definiteCommonNoun(tokens, qi - 2) ?? bare;
  if (!phrase || phrase.tokens[0] !== tokens[2] || 2 + phrase.tokens.length !== qi - 1) return undefined;
  return { phrase, rule: 'verb-before', confidence: 0.85, cueTokens: [tokens[0], ...phrase.tokens], weak: false };
}

/** How far "by the national broadcaster" may run between "quoted" and "as saying". */
const QUOTED_BY_REACH = 8;

/**
 * "was quoted as saying", "is quoted by the agency as saying", "has been quoted as saying" from
 * tokens[m] on, right after a subject: the token "saying", or undefined.
 */
function quotedPassiveAsSaying(tokens: Token[], m: number): Token | undefined {
  let k = m;
  if (tokens[k]?.lower === 'has' || tokens[k]?.lower === 'had' || tokens[k]?.lower === 'have') {
    if (tokens[k + 1]?.lower !== 'been') return undefined;
    k += 2;
  } else if (tokens[k]?.lower === 'was' || tokens[k]?.lower === 'were' || tokens[k]?.lower === 'is' || tokens[k]?.lower === 'are') k++;
  else return undefined;
  if (tokens[k]?.lower !== 'quoted') return undefined;
  k++;
  if (tokens[k]?.lower === 'by') {
    const stop = k + QUOTED_BY_REACH;
    while (k < stop && k < tokens.length && tokens[k].kind === 'word' && tokens[k].lower !== 'as') k++;
  }
  return tokens[k]?.lower === 'as' && tokens[k + 1]?.lower === 'saying' ? tokens[k + 1] : undefined;
}

/**
 * "“…,” a remark Holt said he had framed": an article and a noun for no person before a name
 * describe the quote, and the name after them is the subject of a relative clause, not the speaker.
 */
function remarkThen(words: Token[]): boolean {
  if (words.length < 3 || !words[0].info.article || words[1].capitalized || !words[2].capitalized) return false;
  for (let i = 1; i < words.length; i++) {
    const info = words[i].info;
    if (info.title || info.speakerNoun || info.personNoun || info.describesPerson || info.org) return false;
  }
  return true;
}

/**
 * "— Ann Holt, programme manager, Tarn Power": after a dash credit's name, a comma and at most a
 * dozen words of title and organisation end the sentence, no verb of saying and no quote among them.
 */
function creditTail(tokens: Token[], from: number): boolean {
  if (tokens[from]?.text !== ',' || tokens.length - from > 14) return false;
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'quote' || isReportingVerb(t) || (t.kind === 'word' && t.info.pronoun)) return false;
  }
  return true;
}

function onlyPunctFrom(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) if (tokens[i].kind !== 'punct') return false;
  return true;
}

/** "grinned", "fumed": a verb of manner, in lowercase, right after a quote. */
function isMannerVerb(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.info.manner && !t.capitalized;
}

/** Lavrov said: “…” / Wang said “…” / Ola Berg, the minister: “…” */
function cueBefore(tokens: Token[], qi: number): Cue | undefined {
  let j = qi - 1;
  // (an index below 0 is no array element: reading one is a slow property lookup)
  const colon = j >= 0 && tokens[j].text === ':';
  // press releases: "Dr Ivo Rask, chief scientist at Tarn Labs — “…”" (a dash, not a hyphen)
  const dash = !colon && j > 0 && (tokens[j].text === '\u2014' || tokens[j].text === '\u2013' || tokens[j].text === '--');
  if (dash) j--;
  while (j >= 0 && tokens[j].kind === 'punct' && (tokens[j].text === ':' || tokens[j].text === ',')) j--;
  if (j >= 0 && tokens[j].lower === 'that') j--;
  // the verb may have an object: "told reporters in Moscow: “…”"
  for (let v = j; v >= 0 && j - v <= (colon || dash ? 6 : 0); v--) {
    const t = tokens[v];
    if (t.kind !== 'word') break;
    // ("Its director, Ann Vik, put it bluntly — “…”": "put it" and a colon or dash say it as a verb of saying would)
    if (isReportingVerb(t) || ((colon || dash) && t.lower === 'put' && tokens[v + 1]?.lower === 'it') || (colon && readByDocument(tokens, v))) {
      // ("Ann Holt said the caretaker had told her: “…”": a definite noun before the perfect's
      // auxiliary, right before the verb that opens the colon's quote, is its subject)
      const phrase = subjectOfVerb(tokens, v, false) ?? (colon && v >= 2 && PERFECT_AUXILIARIES.has(tokens[v - 1].lower) ? definiteCommonNoun(tokens, v - 2) : undefined);
      if (phrase) return { phrase, rule: 'verb-before', confidence: 0.9, cueTokens: [...phrase.tokens, t], weak: isWeakVerb(t) };
      break;
    }
  }
  if (dash) return nameBeforeDash(tokens, j);
  // ("Q: “…”": an interviewer's label names no one)
  if (colon && j === 0 && tokens[0].text === 'Q') return undefined;
  if (!colon) return ownWords(tokens, qi);
  const credited = creditLineName(tokens, j);
  if (credited) return credited;
  const phrase = phraseEndingAt(tokens, j);
  if (phrase && phrase.tokens.some((t) => t.capitalized) && phrase.tokens[0].start === tokens[0].start) return { phrase, rule: 'colon', confidence: 0.85, cueTokens: phrase.tokens, weak: false };
  const said = possessiveUtterance(tokens, j);
  if (said) return said;
  let clauseStart = subjectStart(tokens);
  for (let c = j; c > clauseStart; c--) if (tokens[c].text === ',') {
    clauseStart = c + 1;
    break;
  }
  return colonSubject(tokens, clauseStart, j) ?? namedAfterRole(tokens, clauseStart, j) ?? colonSubject(tokens, subjectStart(tokens), j);
}

/**
 * "A statement from the family read: “…”", "The note reads:": "read" is a verb of saying when a
 * lowercase document noun stands among the (at most six) words of the sentence's opening before it.
 */
function readByDocument(tokens: Token[], v: number): boolean {
  const t = tokens[v];
  if (t.lower !== 'read' && t.lower !== 'reads') return false;
  const start = subjectStart(tokens);
  if (v - start > 7) return false;
  for (let k = start; k < v; k++) {
    if (tokens[k].kind !== 'word') return false;
    if (!tokens[k].capitalized && isDocumentWord(tokens[k])) return true;
  }
  return false;
}

/** "…, and, in her own words, ‘…’": whose words the possessive says they are. */
function ownWords(tokens: Token[], qi: number): Cue | undefined {
  const at = qi - (tokens[qi - 1]?.text === ',' ? 5 : 4);
  if (at < 0 || tokens[at].lower !== 'in' || tokens[at + 2].lower !== 'own' || tokens[at + 3].lower !== 'words') return undefined;
  const owner = subjectOfPossessive(tokens[at + 1]);
  return owner ? { phrase: { tokens: [owner] }, rule: 'verb-before', confidence: 0.8, cueTokens: tokens.slice(at, at + 4), weak: false } : undefined;
}

/**
 * "The plant's owner, Agrovel SA, rejected the claim: “…”": the sentence opens with a role and
 * then, between commas, the name of who holds it (a body's as well as a person's), and a short
 * clause runs from the second comma to the colon at j + 1. The name speaks, not the role.
 */
function namedAfterRole(tokens: Token[], clauseStart: number, j: number): Cue | undefined {
  if (clauseStart < 3 || tokens[clauseStart - 1].text !== ',' || j - clauseStart > 6) return undefined;
  const named = phraseEndingAt(tokens, clauseStart - 1);
  const role = named?.apposition;
  if (!named || !role || role[0] !== tokens[subjectStart(tokens)] || role[0].start > named.tokens[0].start || !named.tokens.some((t) => t.capitalized)) return undefined;
  return { phrase: named, rule: 'colon', confidence: 0.75, cueTokens: named.tokens, weak: false };
}

/**
 * "His family released the following tribute through police:", "The club issued this statement:":
 * whoever issued what the colon introduces speaks in the quote after it. The verb is one of
 * issuing, at most 12 tokens before the colon, with its subject right before it.
 */
function issuedBefore(tokens: Token[]): Cue | undefined {
  for (let v = Math.max(1, tokens.length - 13); v < tokens.length - 2; v++) {
    const t = tokens[v];
    // ("Officers are offering the following advice to farmers:")
    if (t.kind !== 'word' || t.capitalized || !(t.info.issue || ((t.info.endsIng || t.info.endsEd) && tokens[v + 1].lower === 'the' && tokens[v + 2].lower === 'following'))) continue;
    for (let k = v + 1; k < tokens.length - 1; k++) if (tokens[k].kind !== 'word') return undefined;
    const phrase = phraseEndingAt(tokens, skipAdverbsLeft(tokens, v - 1));
    return phrase ? { phrase, rule: 'verb-before', confidence: 0.85, cueTokens: [...phrase.tokens, t], weak: false } : undefined;
  }
  return undefined;
}

/**
 * "— Ann Holt, chief executive, Tarn Power: “…”": a credit line, opened by a dash, names a person
 * first and then their title and organisation, with no verb, up to the colon at j + 1. The person
 * speaks, not the organisation that ends the line.
 */
function creditLineName(tokens: Token[], j: number): Cue | undefined {
  // ("Tom Hale, Managing Director, Tarn Metals: “…”": a release's credit line may open its own
  // paragraph without the dash, when a title stands after the name)
  const dashed = DASHES.has(tokens[0].text) && tokens[0].text !== '-';
  const from = dashed ? 1 : 0;
  if (j < 3 + from || j > 16 || (!dashed && !titleAfterComma(tokens, j))) return undefined;
  const phrase = phraseStartingAt(tokens, from);
  if (!phrase || phrase.tokens.length < 2 || phrase.tokens.length > 4) return undefined;
  for (const t of phrase.tokens) if (!t.capitalized || t.info.org || t.info.title) return undefined;
  const comma = from + phrase.tokens.length;
  if (tokens[comma]?.text !== ',' || comma >= j) return undefined;
  for (let i = comma + 1; i <= j; i++) {
    const t = tokens[i];
    if (t.kind === 'quote' || isReportingVerb(t) || (t.kind === 'word' && t.info.pronoun)) return undefined;
  }
  return { phrase: { tokens: phrase.tokens }, rule: 'credit', confidence: 0.85, cueTokens: phrase.tokens, weak: false };
}

/** Whether a title word stands between the first comma of the sentence and the colon at j + 1. */
function titleAfterComma(tokens: Token[], j: number): boolean {
  let k = 0;
  while (k < j && tokens[k].text !== ',') k++;
  for (k++; k <= j; k++) if (tokens[k].kind === 'word' && tokens[k].info.title) return true;
  return false;
}

/**
 * "Dr Ivo Rask, chief scientist at Tarn Labs — “…”": the words before the dash are all one name
 * with its title, from the sentence's start, and nothing else.
 */
function nameBeforeDash(tokens: Token[], j: number): Cue | undefined {
  const subject = phraseStartingAt(tokens, subjectStart(tokens));
  if (!subject || !subject.tokens.some((t) => t.capitalized && !t.info.article)) return undefined;
  const last = subject.apposition ? subject.apposition[subject.apposition.length - 1] : subject.tokens[subject.tokens.length - 1];
  if (last !== tokens[j]) return undefined;
  return { phrase: subject, rule: 'colon', confidence: 0.8, cueTokens: subject.tokens, weak: false };
}

/**
 * "His radio message after the race was blunter: “…”": the sentence opens with "his" or "her" and,
 * within three words, a noun for what someone said, and "was" or "is" stands before the colon at j
 * (at most ten words on): the owner speaks.
 */
function possessiveUtterance(tokens: Token[], j: number): Cue | undefined {
  const owner = tokens[0];
  if (j > 12 || (owner.lower !== 'his' && owner.lower !== 'her')) return undefined;
  let noun = -1;
  for (let k = 1; k <= 3 && k < j && noun < 0; k++) if (UTTERANCE_NOUNS.includes(tokens[k].lower)) noun = k;
  if (noun < 0) return undefined;
  let copula = false;
  for (let k = noun + 1; k <= j; k++) {
    if (tokens[k].kind !== 'word') return undefined;
    if (tokens[k].lower === 'was' || tokens[k].lower === 'is') copula = true;
  }
  return copula ? { phrase: { tokens: [tokens[noun]], possessor: owner }, rule: 'colon', confidence: 0.75, cueTokens: [owner, tokens[noun]], weak: false } : undefined;
}

/** "In Oslo, the minister: “…”": a named subject at most ten tokens before the colon. */
function colonSubject(tokens: Token[], start: number, j: number): Cue | undefined {
  const subject = phraseStartingAt(tokens, start);
  if (!subject || !subject.tokens.some((t) => t.capitalized || t.info.pronoun)) return undefined;
  // ("Fitch, 62, who has won it eleven times, was gracious in defeat:": asides set off by commas
  // do not count towards the distance)
  if (j - start > 10 && j - pastAsides(tokens, start + subject.tokens.length) > 6) return undefined;
  return { phrase: subject, rule: 'colon', confidence: 0.75, cueTokens: subject.tokens, weak: false };
}

/**
 * Past asides between commas after a subject, each opened by a lowercase word or a number (", 62,",
 * ", who has won the title,"), at most 16 words: where the subject's verb stands, else k.
 */
function pastAsides(tokens: Token[], k: number): number {
  let comma = k;
  // (the comma that closes one aside opens the next)
  while (tokens[comma]?.text === ',' && tokens[comma + 1]?.kind === 'word' && !tokens[comma + 1].capitalized) {
    let close = comma + 1;
    while (close < tokens.length && close - comma <= 16 && tokens[close].kind === 'word') close++;
    if (tokens[close]?.text !== ',') break;
    comma = close;
  }
  return comma > k ? comma + 1 : k;
}

/** Cues are looked for this many tokens either side of a quote, so long sentences stay linear. */
const CUE_WINDOW = 40;

function accordingTo(tokens: Token[], qi: number): Cue | undefined {
  let best: Cue | undefined;
  let bestDistance = Infinity;
  for (let i = Math.max(0, qi - CUE_WINDOW); i + 2 < Math.min(tokens.length, qi + CUE_WINDOW); i++) {
    // ("…, in the words of one boatman, ‘…’": "in the words of" names the source as "according to" does)
    const w = tokens[i].lower;
    if (w === 'according' ? tokens[i + 1].lower !== 'to' : w !== 'words' || tokens[i + 1].lower !== 'of' || tokens[i - 1]?.lower !== 'the' || tokens[i - 2]?.lower !== 'in') continue;
    // whatever "according to" names is the source: "the ombudsman", "the national statistics office"
    // ("according to a research note from Tarn Securities": an analyst's note, whose noun is also a
    // verb, is a document too, and speaks for its source)
    const note = noteFrom(tokens, i + 2);
    let phrase = (note > 0 ? phraseStartingAt(tokens, note) ?? definiteObject(tokens, note) : undefined) ?? phraseStartingAt(tokens, i + 2) ?? definiteObject(tokens, i + 2);
    if (!phrase) continue;
    // "according to a statement from the trade ministry": the statement speaks for its source
    const head = phrase.tokens[phrase.tokens.length - 1];
    const by = tokens[i + 2 + phrase.tokens.length];
    if (isDocumentWord(head) && !head.capitalized && by && (by.lower === 'from' || by.lower === 'by')) {
      const k = i + 3 + phrase.tokens.length;
      phrase = phraseStartingAt(tokens, k) ?? definiteObject(tokens, k) ?? phrase;
    }
    // ("according to Tarn Securities' research team": the people of the body in the possessive,
    // not the possessive alone; up to three lowercase words, the last a noun for people or a body)
    const owned = phrase.tokens.length + tokens.indexOf(phrase.tokens[0]);
    const owner = phrase.tokens[phrase.tokens.length - 1];
    if (possessiveName(owner) || (owner.capitalized && /s['\u2019]$/.test(owner.text))) {
      let e = owned;
      while (e < tokens.length && e < owned + 3 && tokens[e].kind === 'word' && !tokens[e].capitalized && !tokens[e].info.stop) e++;
      const noun = tokens[e - 1];
      if (e > owned && (noun.info.personNoun || noun.info.speakerNoun || noun.info.org || noun.info.title)) phrase = { tokens: tokens.slice(tokens.indexOf(phrase.tokens[0]), e) };
    }
    const distance = Math.abs(i - qi);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { phrase, rule: 'according-to', confidence: 0.9, cueTokens: [tokens[i], tokens[i + 1], ...phrase.tokens], weak: false };
    }
  }
  return best;
}

/**
 * "According to the firm, it costs £1m a year, money Ann Vik said would be “…”": a subject and its
 * verb of saying between the source "according to" names and the quote, both before it, speak
 * for the quote, not that source.
 */
function accordingToUnlessNearer(tokens: Token[], qi: number): Cue | undefined {
  const according = accordingTo(tokens, qi);
  if (!according) return undefined;
  const source = according.cueTokens[according.cueTokens.length - 1];
  if (source.start > tokens[qi].start) return according;
  const nearer = verbInSentence(tokens, qi);
  if (!nearer || nearer.weak || nearer.cueTokens[0].start <= source.end) return according;
  const verb = nearer.cueTokens[nearer.cueTokens.length - 1];
  return verb.start < tokens[qi].start && isReportingVerb(verb) ? nearer : according;
}

/** "a note from", "a research note by" at k: where the source after "from" or "by" starts, or -1. */
function noteFrom(tokens: Token[], k: number): number {
  if (!tokens[k]?.info.article) return -1;
  let j = k + 1;
  while (j < k + 3 && tokens[j]?.kind === 'word' && !tokens[j].capitalized && tokens[j].lower !== 'note' && !tokens[j].info.stop) j++;
  const by = tokens[j + 1];
  return tokens[j]?.lower === 'note' && by !== undefined && (by.lower === 'from' || by.lower === 'by') ? j + 2 : -1;
}

/** "the ombudsman", "the national statistics office": an article and up to four lowercase words after it. */
function definiteObject(tokens: Token[], k: number): Phrase | undefined {
  const first = tokens[k];
  if (!first || first.kind !== 'word' || !first.info.article) return undefined;
  let end = k + 1;
  while (end < tokens.length && end - k <= 4 && tokens[end].kind === 'word' && !tokens[end].capitalized && !tokens[end].info.stop && !tokens[end].info.reporting && !participleClauseAt(tokens, end, k)) end++;
  return end > k + 1 ? { tokens: tokens.slice(k, end) } : undefined;
}

/**
 * "the rescue centre caring for them", "the charity running the site": a word in -ing after the
 * noun, with a small word after it, opens a clause about the noun and is no part of its name
 * ("the national building society" keeps its "building").
 */
function participleClauseAt(tokens: Token[], end: number, k: number): boolean {
  const next = tokens[end + 1];
  return end > k + 1 && tokens[end].info.endsIng && next !== undefined && next.kind === 'word' && !next.capitalized && (next.info.stop || next.info.article);
}

/** "quoted Lavrov as saying", read within tokens[from, to) only. */
function quotedAs(sentence: Token[], from: number, to: number): Cue | undefined {
  if (!hasQuotedWord(sentence, from, to)) return undefined;
  const tokens = sentence.slice(from, to);
  const found = quotedAsSaying(tokens);
  if (!found) return undefined;
  return { phrase: found.phrase, rule: 'quoted-as-saying', confidence: 0.85, cueTokens: [tokens[found.at], ...found.phrase.tokens], weak: false };
}

/** Whether "I" or "we" stands before tokens[qi], and no name (a capitalised word after the first, other than "I"). */
function firstPersonStory(tokens: Token[], qi: number): boolean {
  let first = false;
  for (let k = 0; k < qi; k++) {
    const t = tokens[k];
    if (t.lower === 'i' || t.lower === 'we') first = true;
    else if (k > 0 && t.capitalized) return false;
  }
  return first;
}

/** Possessive determiners that a verb never follows ("her" may: "heard her say"). */
const NOUN_DETERMINERS = new Set(['its', 'his', 'their', 'our', 'my', 'your']);

/** "in a video", "on the page": a phrase opened by an article right after "in" or "on". */
function objectOfPreposition(tokens: Token[], phrase: Phrase): boolean {
  let k = tokens.indexOf(phrase.tokens[0]);
  if (k >= 1 && !tokens[k].info.article) k--;
  if (k < 1 || tokens[k].kind !== 'word' || tokens[k].capitalized || !tokens[k].info.article) return false;
  const before = tokens[k - 1];
  return before.kind === 'word' && !before.capitalized && (before.lower === 'in' || before.lower === 'on');
}

/**
 * "as Mrs Vik put it", "as he put it": "put it" after "as" and a subject of one to four words (a
 * name, a title and name, or a pronoun) reports someone's words, as "as Mrs Vik said" does.
 */
function asPutIt(tokens: Token[], v: number): boolean {
  if (tokens[v]?.lower !== 'put' || tokens[v].capitalized || tokens[v + 1]?.lower !== 'it' || tokens[v + 2]?.kind === 'word') return false;
  for (let k = v - 1; k >= 0 && v - k <= 5; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (t.lower === 'as') return k < v - 1 && (k === 0 || tokens[k - 1].kind !== 'word');
    if (!(t.capitalized || (t.info.pronoun && k === v - 1))) return false;
  }
  return false;
}

/** The reporting verb nearest the quote anywhere in its sentence: "Wang said security should not rest on “…”". */
function verbInSentence(tokens: Token[], qi: number): Cue | undefined {
  // nearest first, verbs before the quote preferred (one after it counts half as far again);
  // a noun that looks like a verb ("the rail promise") has no subject and is passed over
  const from = Math.max(0, qi - CUE_WINDOW);
  // ("Ann Vik called it “late”, while Ivo Lund warned …": a clause of contrast after the quote has
  // a subject and a verb of its own; the search stops before it)
  const to = contrastAfter(tokens, qi, Math.min(tokens.length, qi + CUE_WINDOW));
  let left = qi - 1;
  let right = qi + 1;
  for (;;) {
    while (left >= from && !isStrongVerb(tokens[left]) && !asPutIt(tokens, left) && !findingParticiple(tokens, left)) left--;
    while (right < to && !isStrongVerb(tokens[right]) && !asPutIt(tokens, right) && !findingParticiple(tokens, right)) right++;
    if (left < from && right >= to) break;
    const v = right >= to || (left >= from && qi - left <= (right - qi) * 1.5) ? left-- : right++;
    // ("“…,” a remark Holt said he had framed", "'…': village fights to keep its post office":
    // after an article or a possessive determiner the word is a noun)
    if (v > 0 && tokens[v - 1].kind === 'word' && (tokens[v - 1].info.article || NOUN_DETERMINERS.has(tokens[v - 1].lower))) continue;
    const aside = v < qi ? asideSubject(tokens, v, qi) : undefined;
    const phrase =
      withParticipleSubject(tokens, v) ??
      relativePronoun(tokens, v) ??
      (aside && CONJUNCTIONS.has(tokens[v - 2]?.lower ?? '') ? aside : undefined) ??
      subjectOfVerb(tokens, v, v > qi && !objectAfterAnd(tokens, v)) ??
      aside ??
      (v < qi && tokens[v].lower === 'saying' ? openingNoun(tokens) : undefined);
    // ("she said in a video posted online, “…”": a noun after "in a" is a preposition's object, and
    // the verb after it a participle qualifying it, not a verb with a subject)
    if (phrase && objectOfPreposition(tokens, phrase)) continue;
    // ("Tom Vik, who runs the ‘Hook a Duck’ stall, said": a quote in the subject's own clause is no words it said)
    if (phrase && v > qi && quoteInSubjectClause(tokens, phrase, qi)) continue;
    // ("Tom Vik said officials had described the plan as ‘…’": a verb of calling between the verb of
    // saying and the quote, with a subject of its own in the reported clause, names whose words they are)
    const caller = phrase && v < qi ? callerInClause(tokens, v, qi) : undefined;
    if (caller) return { phrase: caller.phrase, rule: 'verb-weak', confidence: 0.5, cueTokens: [...caller.phrase.tokens, tokens[caller.verb]], weak: true };
    if (phrase) return { phrase, rule: 'verb-sentence', confidence: 0.8, cueTokens: [...phrase.tokens, tokens[v]], weak: false };
  }
  let weak = -1;
  for (let v = from; v < to && weak < 0; v++) if (isReportingVerb(tokens[v]) && isWeakVerb(tokens[v]) && !passive(tokens, v)) weak = v;
  if (weak >= 0) {
    const phrase = subjectOfVerb(tokens, weak, false);
    if (phrase) return { phrase, rule: 'verb-weak', confidence: 0.5, cueTokens: [...phrase.tokens, tokens[weak]], weak: true };
  }
  return welcomedAs(tokens, qi, from) ?? findingBefore(tokens, qi, from) ?? sourceLeadIn(tokens, qi);
}

/** Verbs of welcoming, which with "as" give their subject's verdict on what it welcomed. */
const WELCOMING_VERBS: ReadonlySet<string> = new Set(['welcomed', 'welcomes', 'welcoming']);

/**
 * "The charity welcomed the plan as “a good start”": a verb of welcoming, its object in a few
 * words and "as" right before the quote give the verdict of the verb's subject, in its words
 * ("welcomed" alone says nothing: "the mayor welcomed the “Fare Deal” scheme" quotes no one).
 */
function welcomedAs(tokens: Token[], qi: number, from: number): Cue | undefined {
  if (tokens[qi - 1]?.kind !== 'word' || tokens[qi - 1].lower !== 'as') return undefined;
  for (let v = qi - 2; v >= Math.max(from, qi - 8); v--) {
    const t = tokens[v];
    if (t.kind !== 'word') return undefined;
    if (t.capitalized || !WELCOMING_VERBS.has(t.lower)) continue;
    if (passive(tokens, v)) return undefined;
    const phrase = subjectOfVerb(tokens, v, false);
    return phrase ? { phrase, rule: 'verb-weak', confidence: 0.5, cueTokens: [...phrase.tokens, t], weak: true } : undefined;
  }
  return undefined;
}

/**
 * "…, with the Tarn Trust urging the council to “…”", "with residents warning of “…”": after "with",
 * the noun phrase a participle of saying at v follows is its subject (not the sentence's).
 */
function withParticipleSubject(tokens: Token[], v: number): Phrase | undefined {
  if (v < 2 || !tokens[v].info.endsIng || tokens[v].capitalized) return undefined;
  const phrase = phraseEndingAt(tokens, v - 1);
  if (!phrase || phrase.possessor) return undefined;
  const before = tokens[v - 1 - phrase.tokens.length];
  return before !== undefined && before.kind === 'word' && before.lower === 'with' && !before.capitalized && tokens[v - 1 - phrase.tokens.length + 1] === phrase.tokens[0] ? phrase : undefined;
}

/** The determiners of a lead-in naming where the words were published: "In a post", "In its statement". */
const LEAD_IN_DETERMINERS = new Set(['a', 'an', 'its', 'his', 'her', 'their']);

/**
 * "In a post on social media, the council thanked visitors for leaving the park “…”": a sentence
 * that opens by naming the statement or post its words come from quotes the subject after the
 * lead-in's comma, whatever its verb (a lowercase one in -ed before the quote).
 */
function sourceLeadIn(tokens: Token[], qi: number): Cue | undefined {
  if (qi < 6 || tokens[0].lower !== 'in' || !LEAD_IN_DETERMINERS.has(tokens[1].lower)) return undefined;
  let noun = 2;
  while (noun <= 4 && tokens[noun].kind === 'word' && !tokens[noun].capitalized && !(tokens[noun].info.document || tokens[noun].lower === 'post' || tokens[noun].lower === 'message')) noun++;
  if (noun > 4 || tokens[noun].kind !== 'word' || tokens[noun].capitalized) return undefined;
  let comma = noun + 1;
  while (comma < qi && comma < noun + 8 && tokens[comma].text !== ',') comma++;
  if (tokens[comma].text !== ',') return undefined;
  for (let v = comma + 2; v < qi && v <= comma + 8; v++) {
    const t = tokens[v];
    if (t.kind !== 'word') return undefined;
    if (t.capitalized || !t.info.endsEd) continue;
    const phrase = subjectOfVerb(tokens, v, false);
    if (!phrase || phrase.tokens[0].start < tokens[comma].start) return undefined;
    return { phrase, rule: 'verb-weak', confidence: 0.5, cueTokens: [...phrase.tokens, t], weak: true };
  }
  return undefined;
}

/**
 * Between the verb of saying at v and the quote at qi, a verb of calling in the active, with no
 * other verb of saying after it and a subject of its own opening the clause v reports: that
 * subject and the verb.
 */
function callerInClause(tokens: Token[], v: number, qi: number): { phrase: Phrase; verb: number } | undefined {
  // ("Fishermen have complained for months, and the users' group called the plan ‘…’": or a clause
  // of its own after ", and" or ", but", whose subject opens it; such a clause may lie further on)
  let joined = -1;
  for (let w = v + 2; w < qi && w - v <= 16; w++) {
    const t = tokens[w];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',')) return undefined;
    if (w >= v + 3 && CONJUNCTIONS.has(t.lower) && !t.capitalized && tokens[w - 1].text === ',') joined = w + 1;
    // ("The union asked for a cut in the levy, which the ministry described as ‘…’": or a relative
    // clause with a subject of its own, after ", which"; a pronoun there is the sentence's subject
    // again: "The company said …, which it described as ‘…’")
    if (w >= v + 3 && t.lower === 'which' && tokens[w - 1].text === ',' && !tokens[w + 1]?.info.pronoun) joined = w + 1;
    if (t.kind !== 'word' || t.capitalized || !CALLING_VERBS.has(t.lower) || passive(tokens, w)) continue;
    for (let u = w + 1; u < qi; u++) if (isStrongVerb(tokens[u])) return undefined;
    const phrase = subjectOfVerb(tokens, w, false);
    // (the clause's own subject, right after the verb of saying or its "that")
    const clause = tokens[v + 1]?.lower === 'that' ? v + 2 : v + 1;
    if (phrase && joined > 0 && (phrase.tokens[0] === tokens[joined] || (tokens[joined].info.article && phrase.tokens[0] === tokens[joined + 1]))) return { phrase, verb: w };
    return w - v <= 10 && phrase && phrase.tokens[0] === tokens[clause] ? { phrase, verb: w } : undefined;
  }
  return undefined;
}

/** Words that may stand before the comma of an aside: "and, says the council, …". */
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'yet']);

/** Where ", while …" or ", whereas …" opens a clause of contrast after the quote at qi, before to; else to. */
function contrastAfter(tokens: Token[], qi: number, to: number): number {
  for (let j = qi + 1; j + 1 < to; j++) if (tokens[j].text === ',' && CONTRAST_OPENERS.has(tokens[j + 1].text)) return j;
  return to;
}

/** Lowercase words that open a clause of contrast: ", while …", ", whereas …". */
const CONTRAST_OPENERS: ReadonlySet<string> = new Set(['while', 'whilst', 'whereas', 'although', 'though']);

/**
 * "… and, says the council, “a great deal of patience”": a verb of saying between commas, its
 * subject after it, and the quote right after the second comma: the aside credits the quote
 * (after "and" or "but" the words before the comma are no subject; elsewhere it is taken only
 * when the verb has no subject before it).
 */
function asideSubject(tokens: Token[], v: number, qi: number): Phrase | undefined {
  if (v < 1 || tokens[v - 1].text !== ',' || qi < v + 3 || tokens[qi - 1].text !== ',') return undefined;
  const phrase = phraseStartingAt(tokens, skipAdverbsRight(tokens, v + 1));
  if (!phrase) return undefined;
  let end = phrase.tokens[phrase.tokens.length - 1].end;
  if (phrase.apposition) end = Math.max(end, phrase.apposition[phrase.apposition.length - 1].end);
  return tokens[qi - 2].end === end ? phrase : undefined;
}

/** "Vik was dismissed as “…”", "was widely described as": the one a passive verb is said of is not who said it. */
function passive(tokens: Token[], v: number): boolean {
  const before = tokens[v - 1];
  if (before === undefined || before.kind !== 'word') return false;
  return BE_FORMS.has(before.lower) || (before.info.endsLy && BE_FORMS.has(tokens[v - 2]?.lower ?? ''));
}

/** Verbs of calling that, in the passive, quote what someone called a thing ("was described as “…” by Ann Vik"). */
const CALLING_VERBS = new Set(['described', 'branded', 'called', 'labelled', 'labeled', 'dismissed', 'condemned', 'hailed', 'derided']);

/**
 * "The offer was described as “far too little” by councillor Ann Vik": a passive verb of calling
 * (with or without "as") right before the quote, and "by" and a name right after it: the agent
 * said the words, not the thing they are said of.
 */
function passiveAgent(tokens: Token[], qi: number): Cue | undefined {
  const by = tokens[qi + 1];
  if (by?.kind !== 'word' || by.text !== 'by') return undefined;
  const v = tokens[qi - 1]?.lower === 'as' ? qi - 2 : qi - 1;
  if (v < 1 || !CALLING_VERBS.has(tokens[v].lower) || !passive(tokens, v)) return undefined;
  const phrase = phraseStartingAt(tokens, qi + 2);
  if (!phrase || !phrase.tokens.some((t) => t.capitalized || t.info.pronoun)) return undefined;
  return { phrase, rule: 'verb-sentence', confidence: 0.8, cueTokens: [by, ...phrase.tokens], weak: false };
}

/** Bodies whose findings are written words: a ruling's or a report's, quoted. */
/** Those on a bench whose findings, "found" or "accepted", are written words too. */
const JUDGES = new Set(['judge', 'magistrate', 'magistrates', 'coroner', 'sheriff', 'recorder', 'bench']);

const FINDING_BODIES = new Set(['panel', 'tribunal', 'court', 'inquiry', 'inquest', 'review', 'report', 'audit', 'inspection', 'investigation', 'study', 'jury', 'ombudsman', 'regulator']);

/**
 * "a three-member panel found that the duties had been “…”": with no verb of saying in reach, a
 * tribunal's, an inquiry's or a report's "found" before the quote credits its finding to that body
 * ("found" alone says nothing: "police found the door “forced”" is no statement).
 */
function findingBefore(tokens: Token[], qi: number, from: number): Cue | undefined {
  for (let v = qi - 1; v >= from; v--) {
    const t = tokens[v];
    // ("a buyer who the judge accepted had been “…”": what a judge accepts is her finding too)
    const accepted = t.lower === 'accepted' || t.lower === 'accepts';
    if (t.kind !== 'word' || (t.lower !== 'found' && t.lower !== 'finds' && !accepted)) continue;
    const phrase = subjectOfVerb(tokens, v, false);
    const head = phrase?.tokens[phrase.tokens.length - 1];
    // (a finding quoted is the body's words, as what it said would be: speech, however short)
    if (phrase && head && (FINDING_BODIES.has(head.lower) || (JUDGES.has(head.lower) && !head.capitalized))) return { phrase, rule: 'verb-sentence', confidence: 0.6, cueTokens: [...phrase.tokens, t], weak: false };
    return undefined;
  }
  return undefined;
}

/** Whether ", who" (or "which", "whose") stands after the subject's last word and before the quote at qi, within a clause's length. */
function quoteInSubjectClause(tokens: Token[], phrase: Phrase, qi: number): boolean {
  const last = phrase.tokens[phrase.tokens.length - 1];
  if (last.start >= tokens[qi].start) return false;
  // ("Ann Vik of the campaign “Save the Mill” wrote": the quote names the body the subject is of)
  const noun = tokens[qi - 1];
  if (qi >= 3 && noun.kind === 'word' && !noun.capitalized && tokens[qi - 2].lower === 'the' && tokens[qi - 3].lower === 'of' && tokens[qi - 3].start > last.start) return true;
  for (let i = qi - 1; i > 0 && qi - i <= 24; i--) {
    if (tokens[i].start <= last.start) return false;
    if (tokens[i - 1].text === ',' && (tokens[i].lower === 'who' || tokens[i].lower === 'which' || tokens[i].lower === 'whose')) return true;
  }
  return false;
}

/** "“…” and urged the government to …": after "and" or "but" the noun phrase after the verb is its object, not its subject. */
function objectAfterAnd(tokens: Token[], v: number): boolean {
  const and = tokens[v - 1].lower;
  const next = tokens[v + 1];
  // ("… and promised that families …": nor is a clause's "that" an inverted subject)
  // ("called the rise “…” and said it had not been consulted": nor a pronoun, the reported clause's subject)
  return (and === 'and' || and === 'but') && next !== undefined && (next.info.article || next.lower === 'that' || next.info.pronoun);
}

/** "The chair thanked him, saying he had “…”": "the", a lowercase noun and a lowercase verb open the sentence. */
function openingNoun(tokens: Token[]): Phrase | undefined {
  const start = subjectStart(tokens);
  const named = nameInOpeningApposition(tokens, start);
  if (named) return named;
  const verb = tokens[start + 2];
  if (tokens[start].lower !== 'the' || verb === undefined || verb.kind !== 'word' || verb.capitalized) return undefined;
  return definiteCommonNoun(tokens, start + 1);
}

const OPENING_POSSESSIVES = new Set(['its', 'his', 'her', 'their']);

/**
 * "The pub's owners, the brewery group Tarn Ales, closed it, saying …", "Its owner, Ann Vik, shut the
 * shop, saying …": "the" or a possessive and lowercase words (five at most) open the sentence, an
 * apposition between commas ends in a capitalised name, and a lowercase verb follows: the name is
 * the subject.
 */
function nameInOpeningApposition(tokens: Token[], start: number): Phrase | undefined {
  const first = tokens[start];
  if (first === undefined || !(first.info.article || OPENING_POSSESSIVES.has(first.lower))) return undefined;
  let comma = start + 1;
  while (comma < tokens.length && comma - start <= 5 && tokens[comma].kind === 'word' && !tokens[comma].capitalized) comma++;
  if (comma === start + 1 || tokens[comma]?.text !== ',') return undefined;
  let close = comma + 1;
  while (close < tokens.length && close - comma <= 8 && tokens[close].kind === 'word') close++;
  const verb = tokens[close + 1];
  if (tokens[close]?.text !== ',' || verb === undefined || verb.kind !== 'word' || verb.capitalized || verb.info.stop) return undefined;
  let from = close;
  while (from > comma + 1 && tokens[from - 1].capitalized && !tokens[from - 1].info.stop) from--;
  return from < close ? { tokens: tokens.slice(from, close) } : undefined;
}

/** Where the paragraph after that of sentence si opens, or -1. */
function nextParagraphStart(sentences: readonly Sentence[], si: number): number {
  const paragraph = sentences[si].paragraph;
  for (let i = si + 1; i < sentences.length; i++) if (sentences[i].paragraph !== paragraph) return sentences[i].start;
  return -1;
}

function isStrongVerb(t: Token): boolean {
  return isReportingVerb(t) && !isWeakVerb(t);
}

/**
 * "one of them, who asked not to be named,": "one" or "another", "of" and "them" before the comma
 * and the "who" whose clause holds the words that leave the source unnamed (at `word`).
 */
function oneOfBeforeWho(tokens: Token[], word: number): Token[] | undefined {
  for (let w = 3; w < tokens.length && tokens[w].start < word; w++) {
    if (tokens[w].lower !== 'who' || tokens[w - 1].text !== ',') continue;
    const them = tokens[w - 2];
    return them.lower === 'them' && tokens[w - 3].lower === 'of' && w >= 4 && ONE_OF_MANY.has(tokens[w - 4].lower) ? tokens.slice(w - 4, w - 1) : undefined;
  }
  return undefined;
}

/** "Zhao Lijian stated that …": a claim by someone never quoted directly. */
function reportedSpeech(tokens: Token[], resolver: SpeakerResolver, s: Sentence, mayQuote: boolean, firstVerb: number): ReportedSpeech | undefined {
  const quoted = mayQuote ? quotedAsSaying(tokens) : undefined;
  let phrase: Phrase | undefined = quoted?.phrase;
  let verb: Token | undefined = quoted ? tokens[quoted.at] : undefined;
  if (!phrase) {
    for (let v = firstVerb; v < tokens.length; v++) {
      const t = tokens[v];
      // ("Hale's reply was brief": after a name in the possessive, a noun)
      // ("Three appeal judges said": after a count and before a plural, no verb)
      if (!isReportingVerb(t) || isWeakVerb(t) || (v > 0 && possessiveName(tokens[v - 1])) || countedNounModifier(tokens, v)) continue;
      const next = tokens[v + 1];
      // a clause follows: "said that", "said the", "told reporters that"; or the clause came first
      // and the subject and verb close the sentence ("Pews will stay free, the dean added.")
      const closing = v + 2 === tokens.length && next?.text === '.' && !t.info.endsIng;
      // ("The old lamp, the family said, will stay.": or the subject and verb stand aside between
      // commas inside the clause, which goes on after them)
      const aside = next?.text === ',' && tokens[v + 2]?.kind === 'word' && !tokens[v + 2].capitalized && !t.info.endsIng;
      if (!next || (next.kind !== 'word' && !closing && !aside)) continue;
      phrase = subjectOfVerb(tokens, v, false);
      // ("Governor Ann Vik welcomed the ruling, which she said would …": the pronoun after ", which"
      // is the sentence's subject, when that is a name, not whoever spoke last)
      const head = phrase && phrase.tokens.length === 1 && (phrase.tokens[0].lower === 'he' || phrase.tokens[0].lower === 'she') && tokens[v - 2]?.lower === 'which' && tokens[v - 3]?.text === ',' ? relativePronoun(tokens, v, true) : undefined;
      // (not when a given name in it is of the other gender: "Mayor Ann Vik backed the plan, which he said …")
      const gender = phrase?.tokens[0].lower === 'he' ? 'male' : 'female';
      if (head && !head.tokens.some((t) => t.capitalized && (givenNameGender(t.lower) ?? gender) !== gender)) {
        const named = resolver.resolve(head, s.start, s.paragraph).entity;
        if (named && named.kind === 'person' && !isOtherGender(named, gender)) phrase = head;
      }
      // (only someone known: "…, the report concluded." names nobody new)
      // (but a body's full name does: "…, Tarn Police said." is wire copy's way of crediting the force)
      // (set aside, "the family", "the council": a body's or a person's noun after "the" names them too)
      if (phrase && (closing || (aside && next.kind !== 'word')) && (phrase.possessor || tokens[tokens.indexOf(phrase.tokens[0]) - 1]?.text !== ',' || !(namesSomeoneKnown(phrase, s.start, resolver) || namesBody(phrase.tokens) || (!closing && definiteNoun(phrase.tokens))))) phrase = undefined;
      if (phrase) {
        verb = t;
        break;
      }
    }
  }
  if (!phrase) return undefined;
  const { entity } = resolver.resolve(phrase, s.start, s.paragraph);
  if (!entity || (entity.kind === 'person' && !entity.person && phrase.tokens.length === 1 && !phrase.tokens[0].info.pronoun && entity.keys.length < 2)) return undefined;
  return { start: s.start, end: s.end, speaker: entity, cue: reportedCue(phrase, verb as Token, quoted !== undefined) };
}

/** The span of the subject and its verb ("Zhao stated"), or of "quoted" alone. */
function reportedCue(phrase: Phrase, verb: Token, quoted: boolean): Span {
  return { start: quoted ? verb.start : phrase.tokens[0].start, end: verb.end };
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
  results: (Attribution | undefined)[],
  kinds: (Quote['kind'] | undefined)[],
): void {
  if (!parents.some((p) => p !== undefined)) return;
  const parentAt = parents.map((p) => (p ? indexIn(raw, p) : -1));
  // each parent's children, by index
  const children = new Map<number, number[]>();
  for (let i = 0; i < raw.length; i++) {
    const parent = parentAt[i];
    if (parent < 0 || raw[i].closeMark === undefined) continue;
    const siblings = children.get(parent);
    if (siblings) siblings.push(i);
    else children.set(parent, [i]);
  }
  // the outermost quote around each one; a parent comes before its children, so one pass finds them
  const outermost = new Array<number>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const direct = parentAt[i];
    const at = direct >= 0 ? (outermost[direct] >= 0 ? outermost[direct] : direct) : -1;
    outermost[i] = at;
    if (at < 0) continue;
    const parent = raw[at];
    if (parent.closeMark === undefined) continue;
    const n = raw[i];
    const clause = clauseAround(text, parent, n);
    const spans: { index: number; openMark: number; closeMark: number }[] = [];
    for (const j of children.get(direct) ?? []) {
      const q = raw[j];
      if (q.openMark >= clause.start && q.openMark < clause.end) spans.push({ index: j, openMark: q.openMark, closeMark: q.closeMark as number });
    }
    const tokens = tokenize(text, clause.start, clause.end, spans);
    const qi = tokens.findIndex((t) => t.kind === 'quote' && t.quote === i);
    if (qi < 0) continue;
    const para = sentenceOf(sentences, parent.openMark)?.paragraph ?? parent.paragraph;
    const found = findCue(tokens, qi);
    if (!found || found.weak || found.rule === 'according-to') continue;
    const subject = found.phrase.tokens[0].lower;
    if (found.phrase.tokens.length === 1 && (subject === 'i' || subject === 'we')) {
      // "‘I said to them, “Win the next point,”’ she said": what "I" said is the outer speaker's
      // (when "I said" stands before it: "‘Staff told me, “…” I said, “…”’" is staff's first)
      const outer = subject === 'i' && found.phrase.tokens[0].start < n.openMark ? results[direct] : undefined;
      if (outer?.entity && !outer.coSpeakers.length) {
        results[i] = { entity: outer.entity, coSpeakers: [], rule: 'nested-self', confidence: Math.min(outer.confidence, 0.7), cue: cueSpan(found.cueTokens), weak: false };
        kinds[i] = 'speech';
      }
      continue;
    }
    // ("'I said to my wife, "…," and she said, "…"'": in a story the speaker tells of themselves,
    // whom "he" or "she" means is no one the article names, unless the story names them)
    if ((subject === 'he' || subject === 'she') && firstPersonStory(tokens, qi)) continue;
    const a = attributionOf(found, resolver, n.start, para);
    // ("‘Ann never flinched. She shouted “Go”,’ he said. … Rita Moss said": nested quotes are read
    // after the whole article, so "he" or "she" may find a speaker not yet named where the quote
    // stands; they mean someone named before it, not the outer quote's speaker)
    const pronoun = found.phrase.tokens.length === 1 ? (subject === 'he' ? 'male' : subject === 'she' ? 'female' : undefined) : undefined;
    const outer = results[direct]?.entity ?? undefined;
    if (pronoun && a.entity && resolver.registry.lastMentionBefore(a.entity, n.openMark) < 0) {
      a.entity = resolver.registry.recentPerson(n.openMark, pronoun, outer) ?? null;
    }
    // ("‘He was shouting “…” at me,’ the victim said": "he" in someone's words is never that speaker;
    // it is someone of that gender the paragraph named, or no one named: "Tom Vik said his caddie,
    // Ann Holt, calmed him. “She said, ‘…’,” he said")
    if (pronoun && a.entity && a.entity === outer) {
      const other = resolver.registry.recentPerson(n.openMark, pronoun, outer) ?? resolver.registry.recentPerson(n.openMark, undefined, outer);
      const paragraphStart = text.lastIndexOf('\n\n', parent.openMark);
      // (a person named in the paragraph, or anyone the story itself names before the inner quote: "We asked Winnie …")
      const told = other !== undefined && text.slice(parent.openMark, n.openMark).includes(other.name.split(' ')[0]);
      const near = other !== undefined && resolver.registry.lastMentionBefore(other, n.openMark) > paragraphStart && !isOtherGender(other, pronoun) && (other.person || other.gender !== undefined || givenNameGender(other.keys[0]) !== undefined);
      a.entity = other !== undefined && (told || near) ? other : null;
    }
    if (!a.entity) continue;
    results[i] = a;
    kinds[i] = 'speech';
  }
}

/** Where q stands in quotes, which the scanner sorts by opening mark. */
function indexIn(quotes: RawQuote[], q: RawQuote): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].openMark < q.openMark) lo = mid + 1;
    else hi = mid;
  }
  for (let j = lo; j < quotes.length && quotes[j].openMark === q.openMark; j++) if (quotes[j] === q) return j;
  return quotes.indexOf(q);
}

function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** The sentence inside the outer quote around the inner one, looked for a few hundred characters each way. */
function clauseAround(text: string, parent: RawQuote, n: RawQuote): Span {
  const floor = Math.max(parent.start, n.openMark - 400);
  let start = n.openMark;
  while (start > floor && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
  let end = n.closeMark ?? n.end;
  const ceiling = Math.min(parent.end, end + 400);
  while (end < ceiling && !isSentenceEnd(text.charCodeAt(end))) end++;
  return { start, end: Math.min(parent.end, end + 1) };
}

/** Whether a sentence ends in text[from, to). */
function sentenceEndIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSentenceEnd(text.charCodeAt(i))) return true;
  return false;
}

let groupCounter = 0;

function assemble(text: string, raw: RawQuote[], results: (Attribution | undefined)[], kinds: (Quote['kind'] | undefined)[], guesses: WeakSet<Attribution>): AttributedQuote[] {
  const guessed = new Set<AttributedQuote>();
  const kept: RawQuote[] = [];
  const keptAt: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (results[i] === undefined) continue;
    kept.push(raw[i]);
    keptAt.push(i);
  }
  const out: AttributedQuote[] = [];
  groupCounter = 0;
  let previous: AttributedQuote | undefined;
  let previousRaw: RawQuote | undefined;
  const depths = nestingDepths(kept);
  for (let k = 0; k < kept.length; k++) {
    const q = kept[k];
    const a = results[keptAt[k]] as Attribution;
    const depth = depths[k];
    // multi-paragraph quotes and split quotes (same sentence, same speaker) are one utterance
    const sameUtterance =
      previous !== undefined &&
      previousRaw !== undefined &&
      depth === 0 &&
      previous.depth === 0 &&
      (previousRaw.continues || (a.entity !== null && previous.entity === a.entity && previousRaw.paragraph === q.paragraph && !sentenceEndIn(text, (previousRaw.closeMark ?? previousRaw.end) + 1, q.openMark)));
    const group = sameUtterance && previous ? previous.group : groupCounter++;
    const quote: AttributedQuote = {
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      kind: kinds[keptAt[k]] ?? 'speech',
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
    if (guesses.has(a)) guessed.add(quote);
    if (depth === 0) {
      previous = quote;
      previousRaw = q;
    }
  }
  propagateWithinGroups(out, groupCounter);
  attributeEchoes(text, out, guessed);
  return out;
}

/** A multi-paragraph quote is attributed once, usually in its last paragraph. */
function propagateWithinGroups(quotes: AttributedQuote[], groups: number): void {
  // per group (numbered from 0 in text order): its first member attributed by a rule of its own, else its first attributed one
  const own = new Array<AttributedQuote | undefined>(groups).fill(undefined);
  const carried = new Array<AttributedQuote | undefined>(groups).fill(undefined);
  for (const q of quotes) {
    if (!q.entity) continue;
    if (q.rule !== 'carry') own[q.group] ??= q;
    else carried[q.group] ??= q;
  }
  for (const q of quotes) {
    // ("“…¶“…,” said Tom Rusk": a paragraph left open, only carried on from the speaker before
    // the quote, is the one the attribution closing the quote names; a group holds two speakers
    // only when one paragraph runs on into the next)
    const named = own[q.group];
    if (q.entity && !(q.rule === 'carry' && named !== undefined && named.entity !== q.entity && named.start > q.start)) continue;
    const source = named ?? carried[q.group];
    if (source) Object.assign(q, { entity: source.entity, members: source.members, speaker: source.speaker, confidence: Math.min(0.8, source.confidence), rule: 'group', kind: 'speech' });
  }
}

/** Where a sentence's subject starts: after an opening adverbial (as `subjectStart` reads one) or an opening participle's clause ("Speaking outside court, …"). */
function openingClauseEnd(tokens: Token[]): number {
  const first = tokens[0];
  if (first && first.kind === 'word' && first.capitalized && first.info.endsIng) {
    for (let i = 1; i < tokens.length && i < 8; i++) {
      if (tokens[i].kind === 'quote') break;
      if (tokens[i].text === ',') return i + 1;
    }
  }
  return subjectStart(tokens);
}

/** Whether the entity's surname stands among the first words from `from`, all before `before`, the first of them capitalised. */
function subjectNames(tokens: Token[], from: number, before: number, entity: Entity): boolean {
  if (!tokens[from]?.capitalized || entity.keys.length === 0) return false;
  const surname = entity.keys[entity.keys.length - 1];
  for (let i = from; i < tokens.length && i < from + 6 && tokens[i].start < before; i++) if (tokens[i].kind === 'word' && key(tokens[i].text) === surname) return true;
  return false;
}

/** Nouns for what a body sets out to do, quoted after "is": "Tarn Rescue Team's mission is “…”". */
const AIM_NOUNS = new Set(['mission', 'vision', 'aim', 'purpose', 'motto', 'ethos', 'goal']);
/** How far back (in characters, a paragraph or two) "its mission" finds an "About …" heading. */
const AIM_OWNER_REACH = 800;

/** The name in an "About Tarn Rescue Team" line (a heading: no full stop, at most eight words) within AIM_OWNER_REACH before pos. */
function aboutHeading(text: string, pos: number): Span | undefined {
  const at = text.lastIndexOf('\nAbout ', pos);
  if (at < 0 || pos - at > AIM_OWNER_REACH) return undefined;
  const start = at + 7;
  let end = text.indexOf('\n', start);
  if (end < 0 || end > pos) return undefined;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const line = text.slice(start, end);
  if (!/^\p{Lu}/u.test(line) || /[.:;!?]/.test(line) || line.split(/\s+/).length > 8) return undefined;
  return { start, end };
}

/** "Tarn Rescue Team's mission is “…”": the body named in the possessive before a stated aim and "is" speaks the quote after it. */
function statedAim(text: string, tokens: Token[], qi: number, resolver: SpeakerResolver, pos: number, paragraph: number): Attribution | undefined {
  const verb = tokens[qi - 1];
  const noun = tokens[qi - 2];
  const owner = tokens[qi - 3];
  if (!verb || !noun || !owner || (verb.lower !== 'is' && verb.lower !== 'was') || noun.capitalized || !AIM_NOUNS.has(noun.lower)) return undefined;
  // ("About Tarn Rescue Team¶Founded in 1961, the team … . Its mission is “…”": the body last named, close before)
  // (or the body an "About …" heading names, in a press release's closing notes; else the body last
  // named in the paragraph)
  if (owner.lower === 'its') {
    const heading = aboutHeading(text, pos);
    if (heading) {
      const words = tokenize(text, heading.start, heading.end, []);
      const { entity, members } = resolver.resolve({ tokens: words }, pos, paragraph);
      // (whatever the name was taken for: "its" is said of no person)
      if (entity) return { entity, coSpeakers: members, rule: 'credit', confidence: 0.6, cue: spanOf(words), weak: false };
    }
    const opening = resolver.paragraphOpening?.[0];
    const body = opening ? resolver.registry.organisationWithin(pos, pos - opening.start) : undefined;
    return body ? { entity: body, coSpeakers: [], rule: 'credit', confidence: 0.6, cue: spanOf([owner]), weak: false } : undefined;
  }
  // ("The company’s motto is “…”": a body's kind after "the" is the body the article is about)
  const the = tokens[qi - 4];
  if (!owner.capitalized && the?.lower === 'the' && endsInApostropheS(owner.text)) {
    const words = tokenize(text, the.start, owner.end - 2, []);
    if (words.length !== 2 || !words[1].info.org) return undefined;
    const { entity, members } = resolver.resolve({ tokens: words }, pos, paragraph);
    if (!entity || entity.kind !== 'organisation') return undefined;
    return { entity, coSpeakers: members, rule: 'credit', confidence: 0.6, cue: spanOf(words), weak: false };
  }
  if (!possessiveName(owner)) return undefined;
  let k = qi - 3;
  while (k > 0 && qi - 3 - k < 5 && tokens[k - 1].kind === 'word' && tokens[k - 1].capitalized && !possessiveName(tokens[k - 1])) k--;
  // (the name without its "'s", tokenized again so that its last word is read as a word of a name)
  const words = tokenize(text, tokens[k].start, owner.end - 2, []);
  const { entity, members } = resolver.resolve({ tokens: words }, pos, paragraph);
  if (!entity || entity.kind !== 'organisation') return undefined;
  return { entity, coSpeakers: members, rule: 'credit', confidence: 0.7, cue: spanOf(words), weak: false };
}
