/**
 * Article metadata read from the text itself: front matter, bylines, "Published:" lines.
 * Input is whatever a user saved from a news site, so every rule is defensive: a field is set only
 * when the text states it plainly, and nothing here throws.
 */
import { parseDocument } from 'yaml';
import type { ArticleMeta } from './types';
import { isRegexSpace } from './chars';
import { EdgeLines } from './edgeLines';
import { frontMatter, maskMarkdown } from './markdown';

/** Bylines and datelines sit at the top; rules that would misfire in body prose look only there. */
const HEADER_LINES = 15;
/** Longer lines are prose, not a byline or a date line. */
const SHORT_LINE = 80;
/** Longer lines are prose, not a "Label: value" line. */
const LABELLED_LINE = SHORT_LINE * 2;

/** `masked` is the Markdown-masked text when the caller has it already (same length as text). */
export function extractMeta(text: string, format: 'text' | 'markdown', masked?: string): ArticleMeta {
  try {
    const bom = text.startsWith('\uFEFF');
    return extract(bom ? text.slice(1) : text, format, masked !== undefined && bom ? masked.slice(1) : masked);
  } catch {
    // A rule tripping over strange input must not cost the caller the analysis itself.
    return { title: firstNonEmptyLine(text.replace(/^\uFEFF/, '')) };
  }
}

function extract(text: string, format: 'text' | 'markdown', givenMask?: string): ArticleMeta {
  const front = format === 'markdown' ? frontMatterFields(text) : {};
  const masked = format === 'markdown' ? (givenMask ?? maskMarkdown(text)) : text;
  // Labels are read from the text as written (a masked "Source: https://…" would have lost its URL),
  // less the front matter, which has been read already. Only the top and the bottom of an article
  // carry such lines, so a long article is not read line by line in full.
  const block = format === 'markdown' ? frontMatter(text) : undefined;
  const edge = new EdgeLines(block ? text.slice(block.end) : text);
  const header = edge.firstNonBlank(HEADER_LINES);

  const meta: ArticleMeta = { title: stringField(front, 'title') ?? markdownHeading(format, text, masked) ?? firstNonEmptyLine(masked) };
  const outlet = stringField(front, 'outlet', 'publisher', 'site', 'site_name') ?? nonUrl(stringField(front, 'source')) ?? labelled(header, OUTLET_LABELS);
  const author = authorField(front) ?? labelled(header, AUTHOR_LABELS) ?? byline(header);
  // every date has a four-digit year and every URL a "://": a line without one gives neither. A
  // labelled date stands on a short line; a standalone one is looked for only when all else fails.
  const date =
    dateField(front) ??
    labelledDate(edge.shortLinesMatching(FOUR_DIGITS, LABELLED_LINE)) ??
    firstDate(header) ??
    standaloneDate(edge.linesMatching(FOUR_DIGITS_ANYWHERE));
  const url = urlOf(stringField(front, 'url', 'link', 'canonical_url', 'source')) ?? labelledUrl(edge.linesContaining('://'));
  if (outlet) meta.outlet = outlet;
  if (author) meta.author = author;
  if (date) meta.date = date;
  if (url) meta.url = url;
  return meta;
}

// ---- front matter ----

type Fields = Record<string, unknown>;

function frontMatterFields(text: string): Fields {
  const block = frontMatter(text);
  if (!block) return {};
  const doc = parseDocument(block.yaml, { prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length > 0) return {};
  const value: unknown = doc.toJS({ maxAliasCount: 50 });
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  // Keys compared case-insensitively: "Title:" and "title:" both occur in the wild.
  const fields: Fields = {};
  for (const [k, v] of Object.entries(value as Fields)) fields[k.toLowerCase()] = v;
  return fields;
}

function stringField(fields: Fields, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = fields[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v === 'number') return String(v);
  }
  return undefined;
}

function authorField(fields: Fields): string | undefined {
  for (const key of ['author', 'authors', 'byline']) {
    const v = fields[key];
    if (Array.isArray(v)) {
      const names = v.filter((n): n is string => typeof n === 'string' && n.trim() !== '').map((n) => n.trim());
      if (names.length) return names.join(', ');
    }
    if (v && typeof v === 'object' && 'name' in v && typeof v.name === 'string') return v.name.trim() || undefined;
  }
  const plain = stringField(fields, 'author', 'authors', 'byline');
  return plain ? stripBy(plain) : undefined;
}

function dateField(fields: Fields): string | undefined {
  for (const key of ['date', 'published', 'datepublished', 'date_published', 'pubdate']) {
    const v = fields[key];
    if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
    if (typeof v === 'string') {
      const d = findDate(v);
      if (d) return d.iso;
    }
  }
  return undefined;
}

// ---- title ----

function markdownHeading(format: 'text' | 'markdown', original: string, masked: string): string | undefined {
  if (format !== 'markdown') return undefined;
  // Search the masked text (no headings inside code blocks) but read the title from the original:
  // the offsets agree by construction.
  const atx = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/m.exec(masked);
  // a setext heading wins only above the first ATX heading, and both its lines end before that one
  // starts: the text after it is not searched
  const setext = /^ {0,3}(\S.*)\r?\n {0,3}=+[ \t]*$/m.exec(atx ? masked.slice(0, atx.index) : masked);
  const found = [atx, setext].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  if (!found) return undefined;
  const start = found.index + found[0].indexOf(found[1]);
  return original.slice(start, start + found[1].length).trim() || undefined;
}

function firstNonEmptyLine(text: string): string {
  const lines = headLines(text, 2, (line) => line.replace(/^\uFEFF/, '').trim().replace(/^(?:#{1,6}|>)\s+/, ''));
  // a section kicker ("WORLD / DIPLOMACY") stands above the headline: take the line after it
  if (lines.length > 1 && isKicker(lines[0])) return lines[1];
  return lines[0] ?? '';
}

/** The first `count` non-empty lines, cleaned; read line by line, never splitting the whole text. */
function headLines(text: string, count: number, clean: (line: string) => string): string[] {
  const out: string[] = [];
  for (let pos = 0; pos <= text.length && out.length < count; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = clean(text.slice(pos, nl).replace(/\r$/, ''));
    if (line) out.push(line);
    pos = nl + 1;
  }
  return out;
}

function isKicker(line: string): boolean {
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line) && line.split(/\s+/).length <= 5;
}

// ---- labelled lines ----

const OUTLET_LABELS = ['outlet', 'publisher', 'publication', 'source'];
const AUTHOR_LABELS = ['author', 'authors', 'written by', 'byline'];
const URL_LABELS = ['source', 'url', 'link', 'original', 'canonical'];
const DATE_LABELS = ['published', 'published on', 'date', 'posted', 'posted on', 'first published'];
const UPDATED_LABELS = ['updated', 'last updated', 'modified'];

/** The value after "Label:" on a short line, for the first label that has one. */
function labelled(lines: string[], labels: string[], accept: (value: string) => boolean = (v) => !isUrl(v)): string | undefined {
  for (const line of lines) {
    // a line without a colon has no label
    if (line.length > LABELLED_LINE || !mayBeLabelled(line)) continue;
    const m = /^\s*(?:[*_]{1,2})?([A-Za-z][A-Za-z ]{0,20}?)(?:[*_]{1,2})?\s*:\s*(.+?)\s*$/.exec(line);
    // Markdown emphasis around the label ("**Source:** …") ends up around the value; drop it.
    const value = m?.[2].replace(/^[*_]{1,2}\s*/, '').replace(/\s*[*_]{1,2}$/, '');
    if (m && value && labels.includes(m[1].toLowerCase()) && accept(value)) return value;
  }
  return undefined;
}

/**
 * A colon with nothing but letters, spaces and emphasis marks before it: what a label needs (the
 * first colon is the one after the label), tested before the pattern.
 */
function mayBeLabelled(line: string): boolean {
  const colon = line.indexOf(':');
  if (colon === -1) return false;
  for (let k = 0; k < colon; k++) {
    const c = line.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 42 || c === 95 || isRegexSpace(c))) return false;
  }
  return true;
}

function labelledUrl(lines: string[]): string | undefined {
  const value = labelled(lines, URL_LABELS, isUrl);
  return urlOf(value);
}

const labelPattern = (label: string) => ({ label, pattern: new RegExp(`(?:^|[\\s|·•—–-])${label}\\s*:?\\s`) });
const DATE_LABEL_PATTERNS = [DATE_LABELS.map(labelPattern), UPDATED_LABELS.map(labelPattern)];

/** Any date label, in any case: a line without one is neither lowercased nor searched. */
const DATE_LABEL_WORDS = new RegExp([...DATE_LABELS, ...UPDATED_LABELS].join('|'), 'i');

function labelledDate(lines: string[]): string | undefined {
  // "Published: Nov 27, 2021 07:44 PM Updated: Nov 28, 2021" — the published date is the one wanted.
  const lowered = lines.map((line) => (line.length > LABELLED_LINE || !DATE_LABEL_WORDS.test(line) ? undefined : line.toLowerCase()));
  for (const patterns of DATE_LABEL_PATTERNS) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const lower = lowered[i];
      if (lower === undefined) continue;
      for (const { label, pattern } of patterns) {
        // most lines name no label at all: a substring test rules them out before the pattern
        if (!lower.includes(label)) continue;
        const at = lower.search(pattern);
        if (at === -1) continue;
        const d = findDate(line.slice(at));
        if (d) return d.iso;
      }
    }
  }
  return undefined;
}

// ---- bylines ----

const NAME_WORD = String.raw`[\p{Lu}][\p{L}'’.-]*`;
const PARTICLE = String.raw`(?:de|da|del|van|von|der|den|al|bin|le|la|du|dos)`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${NAME_WORD}|${PARTICLE}))*`;
/**
 * "By Jane Doe", "By Jane Doe and John Roe", "By JANE DOE | Outlet" — the name, then nothing or a
 * separator. Commas end the name: after one comes a desk or an outlet more often than a co-author.
 */
const BYLINE = new RegExp(String.raw`^\s*(?:[*_]{1,2})?[Bb][Yy]\s+(${NAME}(?:\s+(?:and|&)\s+${NAME})*)(?:[*_]{1,2})?\s*(?:$|[,|·•—–(]|\s-\s)`, 'u');

function byline(lines: string[]): string | undefined {
  for (const line of lines) {
    if (line.length > SHORT_LINE || !startsWithBy(line)) continue;
    const m = BYLINE.exec(line);
    // "By Monday, the talks..." has the shape of a byline; a one-word "name" is not trusted.
    if (m && /\s/.test(m[1].trim()) && !/\d/.test(m[1])) return m[1].trim();
  }
  return undefined;
}

/** White space, up to two emphasis marks, "by" and white space: how BYLINE starts, tested before it. */
function startsWithBy(line: string): boolean {
  let k = 0;
  while (k < line.length && isRegexSpace(line.charCodeAt(k))) k++;
  for (let marks = 0; marks < 2 && (line.charCodeAt(k) === 42 || line.charCodeAt(k) === 95); marks++) k++;
  return (line.charCodeAt(k) | 32) === 98 && (line.charCodeAt(k + 1) | 32) === 121 && isRegexSpace(line.charCodeAt(k + 2));
}

function stripBy(value: string): string {
  return value.replace(/^by\s+/i, '').trim();
}

// ---- urls ----

/** A bare URL, <URL>, or a Markdown link [text](URL "title"): the whole value, nothing else. */
const URL_FORMS = [/^<?(https?:\/\/[^\s<>]+?)>?$/i, /^\[[^\]]*\]\(<?(https?:\/\/[^\s<>)]+)>?(?:\s+"[^"]*")?\)$/i];

function isUrl(value: string | undefined): boolean {
  return urlOf(value) !== undefined;
}

function urlOf(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  for (const form of URL_FORMS) {
    const m = form.exec(trimmed);
    if (m) return m[1];
  }
  return undefined;
}

function nonUrl(value: string | undefined): string | undefined {
  return value !== undefined && !isUrl(value) ? value : undefined;
}

// ---- dates ----

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTH_NAME = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const WEEKDAY = String.raw`(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;

interface DateRule {
  pattern: RegExp;
  read(m: RegExpExecArray): string | undefined;
}

const DATE_RULES: DateRule[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})(?![\d])/, read: (m) => iso(+m[1], +m[2], +m[3]) },
  { pattern: new RegExp(String.raw`\b${MONTH_NAME}\s+${DAY},?\s+(\d{4})\b`, 'i'), read: (m) => iso(+m[3], monthOf(m[1]), +m[2]) },
  { pattern: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH_NAME},?\s+(\d{4})\b`, 'i'), read: (m) => iso(+m[3], monthOf(m[2]), +m[1]) },
  { pattern: new RegExp(String.raw`\b${WEEKDAY}(\d{1,2})([/.])(\d{1,2})\3(\d{4})\b`, 'i'), read: readNumeric },
];

const FOUR_DIGITS = /\d{4}/;
const FOUR_DIGITS_ANYWHERE = /\d{4}/g;

/** The earliest date in the text, in any of the known forms. */
function findDate(text: string): { iso: string; index: number } | undefined {
  // every form has a four-digit year: most lines have none and are ruled out in one search
  if (!FOUR_DIGITS.test(text)) return undefined;
  let best: { iso: string; index: number } | undefined;
  for (const rule of DATE_RULES) {
    const m = rule.pattern.exec(text);
    const value = m ? rule.read(m) : undefined;
    if (m && value && (!best || m.index < best.index)) best = { iso: value, index: m.index };
  }
  return best;
}

function firstDate(lines: string[]): string | undefined {
  for (const line of lines) {
    const d = findDate(line);
    if (d) return d.iso;
  }
  return undefined;
}

/** A line that is little more than a date ("Fri, 06/03/2022 – 18:40"), anywhere in the text. */
function standaloneDate(lines: string[]): string | undefined {
  for (const line of lines) {
    if (line.trim().length > 40) continue;
    const d = findDate(line);
    if (d) return d.iso;
  }
  return undefined;
}

/**
 * 06/03/2022 is June 3 in the US and 6 March in Europe. A weekday beside it decides; so does a
 * number above 12; a slash otherwise reads month first and a dot day first, as each is written.
 */
function readNumeric(m: RegExpExecArray): string | undefined {
  const [weekday, a, sep, b, year] = [m[1], +m[2], m[3], +m[4], +m[5]];
  const monthFirst = iso(year, a, b);
  const dayFirst = iso(year, b, a);
  if (weekday) {
    const wanted = WEEKDAYS.indexOf(weekday.toLowerCase().slice(0, 3));
    const matches = [monthFirst, dayFirst].filter((d) => d !== undefined && new Date(`${d}T00:00:00Z`).getUTCDay() === wanted);
    if (matches.length === 1) return matches[0];
  }
  if (!monthFirst || !dayFirst) return monthFirst ?? dayFirst;
  return sep === '.' ? dayFirst : monthFirst;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.toLowerCase().slice(0, 3)) + 1;
}

/** yyyy-mm-dd for a real calendar date, else undefined (no 31 April, no month 13). */
function iso(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
