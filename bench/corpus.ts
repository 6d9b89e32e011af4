/**
 * Synthetic news articles for the benchmark, built from this file's own templates: quotes in
 * several conventions (straight and curly double, British single, guillemets), speakers introduced
 * with a title then called by surname or pronoun, split and multi-paragraph quotes, nested
 * quotes, scare quotes, titles, "according to" and statistics. Everything is drawn from a seeded
 * generator, so a seed always gives the same bytes.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Rng } from './prng';

/** Bump when a template changes: the bench reuses corpus folders written by the same version. */
export const GENERATOR_VERSION = 1;

interface Person {
  first: string;
  last: string;
  title: string;
  pronoun: 'she' | 'he' | 'they';
}

interface QuoteStyle {
  name: string;
  open: string;
  close: string;
  innerOpen: string;
  innerClose: string;
  apostrophe: string;
}

const STYLES: QuoteStyle[] = [
  { name: 'straight', open: '"', close: '"', innerOpen: "'", innerClose: "'", apostrophe: "'" },
  { name: 'curly', open: '\u201c', close: '\u201d', innerOpen: '\u2018', innerClose: '\u2019', apostrophe: '\u2019' },
  { name: 'british', open: '\u2018', close: '\u2019', innerOpen: '\u201c', innerClose: '\u201d', apostrophe: '\u2019' },
  { name: 'guillemets', open: '\u00ab', close: '\u00bb', innerOpen: '\u201c', innerClose: '\u201d', apostrophe: '\u2019' },
  { name: 'guillemets-spaced', open: '\u00ab\u00a0', close: '\u00a0\u00bb', innerOpen: '\u2039\u00a0', innerClose: '\u00a0\u203a', apostrophe: '\u2019' },
];

const FIRST = ['Amara', 'Tobias', 'Ingrid', 'Rafael', 'Leontine', 'Kasimir', 'Odile', 'Matteo', 'Sunniva', 'Dorian', 'Yelena', 'Bertrand', 'Halima', 'Casper', 'Noor', 'Emeric', 'Petra', 'Ansel', 'Maren', 'Teodor', 'Ilse', 'Florian', 'Zofia', 'Lucan'];
const LAST = ['Varga', 'Okonkwo', 'Lindqvist', 'Marchetti', 'Halloran', 'Brandt', 'Szabo', 'Delacroix', 'Nakamura', 'Ferreira', 'Kowalczyk', 'Ashdown', 'Rautio', 'Mbeki', 'Castellano', 'Wren', 'Holm', 'Petrakis', 'Dunmore', 'Achterberg', 'Quist', 'Morrow', 'Salonen', 'Iversen'];
const TITLES = ['Finance Minister', 'Prime Minister', 'Senator', 'Mayor', 'Councillor', 'Dr', 'Professor', 'Transport Secretary', 'chief executive', 'union leader', 'Health Minister', 'police spokeswoman', 'economist', 'Judge'];
const ORGS = ['the port authority', 'the Ministry of Transport', 'the central bank', 'the regional council', 'the teachers\u2019 union', 'Harlow Freight', 'the statistics office', 'the health board'];
const NOUNS = ['budget', 'harbour', 'ferry', 'bridge', 'school roof', 'railway', 'hospital', 'tax', 'wage', 'contract', 'strike', 'election', 'pension', 'tunnel', 'market', 'reservoir', 'subsidy', 'inquiry', 'timetable', 'levy'];
const ADJECTIVES = ['new', 'disputed', 'delayed', 'costly', 'regional', 'temporary', 'long-awaited', 'controversial', 'modest', 'public'];
const VERBS = ['approve', 'delay', 'review', 'fund', 'cancel', 'defend', 'reject', 'expand', 'protect', 'finish'];
const PLACES = ['in the north', 'across the county', 'at the docks', 'in the capital', 'along the coast', 'in three districts', 'on the island'];
const TIMES = ['on Monday', 'last week', 'in March', 'this spring', 'by the end of the year', 'since 2019', 'on Thursday evening'];
const SAY_AFTER = ['said', 'told reporters', 'added', 'insisted', 'warned', 'said on Tuesday', 'told the committee'];
const SAY_BEFORE = ['said', 'told reporters', 'wrote in a statement', 'added', 'replied'];
const UNITS = ['per cent', '%', 'million crowns', 'billion euros', 'jobs', 'passengers a day', 'homes'];
const REPORTS = ['Roads to Nowhere', 'The Cost of Waiting', 'A Harbour for All', 'Open Books', 'Beyond the Tide'];
const SCARE = ['reform', 'savings', 'temporary', 'consultation', 'efficiency', 'modernisation'];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function number(rng: Rng): string {
  const kind = rng.int(0, 3);
  if (kind === 0) return `${rng.int(2, 98)}.${rng.int(0, 9)}`;
  if (kind === 1) return `${rng.int(1, 99)},${String(rng.int(0, 999)).padStart(3, '0')}`;
  if (kind === 2) return String(rng.int(3, 950));
  return `${rng.int(1, 9)}.${rng.int(1, 9)}`;
}

function statistic(rng: Rng): string {
  const unit = rng.pick(UNITS);
  return unit === '%' ? `${number(rng)}%` : `${number(rng)} ${unit}`;
}

/** One article being written: its style, its cast and who has been named already. */
class Writer {
  private readonly introduced = new Set<Person>();
  private lastSpeaker: Person | undefined;
  words = 0;

  constructor(
    private readonly rng: Rng,
    private readonly style: QuoteStyle,
    private readonly cast: Person[],
  ) {}

  /** A clause of plain prose, optionally with an apostrophe and a statistic. */
  clause(): string {
    const r = this.rng;
    const a = this.style.apostrophe;
    switch (r.int(0, 5)) {
      case 0:
        return `the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} would cost ${statistic(r)} ${r.pick(TIMES)}`;
      case 1:
        return `${r.pick(ORGS)} had agreed to ${r.pick(VERBS)} the ${r.pick(NOUNS)} ${r.pick(PLACES)}`;
      case 2:
        return `the council${a}s plan to ${r.pick(VERBS)} the ${r.pick(NOUNS)} was ${r.pick(['unfair', 'overdue', 'sensible', 'a mistake', 'rushed'])}`;
      case 3:
        return `nobody ${r.pick(PLACES)} wanted the ${r.pick(NOUNS)} to ${r.pick(VERBS)} the ${r.pick(NOUNS)}`;
      case 4:
        return `${r.pick(['unemployment', 'traffic', 'the deficit', 'rents', 'turnout', 'fares'])} had ${r.pick(['risen', 'fallen', 'grown'])} by ${statistic(r)} ${r.pick(TIMES)}`;
      default:
        return `we ${r.pick(['will', 'cannot', 'must', 'should not'])} ${r.pick(VERBS)} the ${r.pick(NOUNS)} without asking people who ${r.pick(['live', 'work', 'vote'])} ${r.pick(PLACES)}`;
    }
  }

  /** The words of a quote: one to three sentences, sometimes with a quote inside it. */
  speech(sentences = this.rng.int(1, 3)): string {
    const out: string[] = [];
    for (let i = 0; i < sentences; i++) {
      if (this.rng.chance(0.08)) {
        out.push(`${cap(this.rng.pick(['they told us', 'the minister kept saying', 'my neighbour said']))}, ${this.style.innerOpen}${this.clause()}${this.style.innerClose}.`);
      } else out.push(`${cap(this.clause())}.`);
    }
    return out.join(' ');
  }

  /** How a speaker is named: title and full name the first time, then surname or a pronoun. */
  private name(p: Person, allowPronoun: boolean, subject = true): string {
    if (!this.introduced.has(p)) {
      this.introduced.add(p);
      // An apposition ("Jane Doe, the mayor,") only where the verb follows it.
      return !subject || this.rng.chance(0.5) ? `${p.title} ${p.first} ${p.last}` : `${p.first} ${p.last}, the ${p.title.toLowerCase()},`;
    }
    if (allowPronoun && this.lastSpeaker === p && this.rng.chance(0.6)) return p.pronoun;
    return p.last;
  }

  private speaker(): Person {
    if (this.lastSpeaker && this.rng.chance(0.35)) return this.lastSpeaker;
    return this.rng.pick(this.cast);
  }

  /** Body text up to the terminal punctuation moved inside the closing mark, as news style does. */
  private quoted(words: string, end: ',' | '.' | ''): string {
    const body = end === ',' ? words.replace(/\.$/, ',') : words;
    return `${this.style.open}${body}${this.style.close}`;
  }

  paragraph(): string[] {
    const r = this.rng;
    const roll = r.next();
    const p = this.speaker();
    let paras: string[];
    if (roll < 0.22) {
      paras = [[this.narrative(), this.narrative(), r.chance(0.5) ? this.narrative() : ''].filter(Boolean).join(' ')];
    } else if (roll < 0.42) {
      const subject = r.chance(0.5);
      const name = this.name(p, true, subject);
      const verb = r.pick(SAY_AFTER);
      const lead = this.quoted(this.speech(), ',');
      paras = [subject || name === p.pronoun ? `${lead} ${name} ${verb}.` : `${lead} ${verb} ${name}.`];
    } else if (roll < 0.54) {
      paras = [`${cap(this.name(p, true))} ${r.pick(SAY_BEFORE)}: ${this.quoted(this.speech(), '')}`];
    } else if (roll < 0.62) {
      const name = this.name(p, true);
      paras = [`${this.quoted(this.speech(1), ',')} ${name} ${r.pick(['said', 'added'])}, ${this.quoted(this.speech(), '')}`];
    } else if (roll < 0.67) {
      // A quote over two paragraphs: the first is left open, the second reopens it.
      const name = this.name(p, false);
      const first = `${cap(name)} ${r.pick(SAY_BEFORE)}: ${this.style.open}${this.speech(2)}`;
      const second = `${this.style.open}${this.speech(2)}${this.style.close}`;
      paras = [first, second];
    } else if (roll < 0.74) {
      paras = [`According to ${this.name(p, false, false)}, ${this.clause()}. ${this.narrative()}`];
    } else if (roll < 0.82) {
      paras = [`${cap(this.name(p, true))} said ${this.clause()}, and that ${this.clause()}.`];
    } else if (roll < 0.9) {
      paras = [`Figures from ${r.pick(ORGS)} show ${statistic(r)} more than ${r.pick(TIMES)}, and ${statistic(r)} fewer ${r.pick(PLACES)}. ${this.narrative()}`];
    } else if (roll < 0.95) {
      const o = this.style.innerOpen;
      const c = this.style.innerClose;
      paras = [`Critics called the ${r.pick(NOUNS)} plan a ${this.style.open}${r.pick(SCARE)}${this.style.close} in name only, and the opposition${this.style.apostrophe}s report, ${o}${r.pick(REPORTS)}${c}, ${r.pick(['questioned', 'disputed', 'welcomed'])} its figures.`];
    } else {
      paras = [`${this.quoted(this.speech(1), '')} ${cap(this.narrative())}`];
    }
    this.lastSpeaker = p;
    for (const text of paras) this.words += text.split(/\s+/).length;
    return paras;
  }

  private narrative(): string {
    return `${cap(this.rng.pick(['officials said', 'residents said', 'in a statement,', 'meanwhile,', 'earlier,']))} ${this.clause()}.`;
  }
}

export interface GeneratedArticle {
  /** Relative path with forward slashes (folders of 100 articles, like an archive). */
  path: string;
  text: string;
}

const PEOPLE: Person[] = [];
{
  const rng = new Rng(0xc1a1);
  for (const last of LAST) {
    PEOPLE.push({ first: rng.pick(FIRST), last, title: rng.pick(TITLES), pronoun: rng.pick(['she', 'he', 'he', 'she', 'they'] as const) });
  }
}

/** One article of about `targetWords` words, plain text or Markdown. */
export function generateArticle(rng: Rng, targetWords: number, markdown: boolean): string {
  const style = rng.pick(STYLES);
  const cast = Array.from({ length: rng.int(2, 6) }, () => rng.pick(PEOPLE));
  const writer = new Writer(rng, style, cast);
  const title = `${cap(rng.pick(ADJECTIVES))} ${rng.pick(NOUNS)} ${rng.pick(['splits council', 'faces delay', 'wins support', 'goes to vote', 'costs more than planned'])}`;
  const author = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
  const date = `2026-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const paras: string[] = [];
  while (writer.words < targetWords) paras.push(...writer.paragraph());
  if (markdown) return `# ${title}\n\n*By ${author}* \u00b7 ${date}\n\n${paras.join('\n\n')}\n`;
  return `${title}\n\nThe Bench Gazette\nBy ${author}\n${date}\n\n${paras.join('\n\n')}\n`;
}

/** Lengths between 300 and 3,000 words, shorter ones more common (mean about 1,200). */
export function articleLength(rng: Rng): number {
  return Math.round(300 + 2700 * rng.next() ** 2);
}

export function generateCorpus(seed: number, count: number): GeneratedArticle[] {
  const rng = new Rng(seed);
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const markdown = rng.chance(0.1);
    const name = `${String(Math.floor(i / 100)).padStart(3, '0')}/article-${String(i).padStart(5, '0')}.${markdown ? 'md' : 'txt'}`;
    out.push({ path: name, text: asReadFromDisk(generateArticle(rng.fork(), articleLength(rng), markdown)) });
  }
  return out;
}

/** One long report of at least `bytes` UTF-8 bytes. */
export function generateLongArticle(seed: number, bytes: number): string {
  const rng = new Rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const part = generateArticle(rng.fork(), 3000, false);
    parts.push(part);
    size += Buffer.byteLength(part) + 2;
  }
  return asReadFromDisk(parts.join('\n'));
}

/**
 * The text as the extension gets it from a file: decoded from UTF-8 into one flat string. Built by
 * concatenation, it would be a tree of pieces that every character loop pays to walk, which no
 * article read from disk is.
 */
function asReadFromDisk(text: string): string {
  return new TextDecoder('utf-8').decode(new TextEncoder().encode(text));
}

export async function writeCorpus(dir: string, articles: readonly GeneratedArticle[]): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
  const folders = new Set(articles.map((a) => path.dirname(a.path)));
  for (const folder of folders) await fs.mkdir(path.join(dir, folder), { recursive: true });
  for (const a of articles) await fs.writeFile(path.join(dir, ...a.path.split('/')), a.text);
}
