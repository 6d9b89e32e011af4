/**
 * Reading sidecar files (`<article>.annotations.yaml`, format v1). The parsed `yaml` Document is
 * handed back with the plain values so that edits go through the Document and comments, unknown
 * keys and the `speakers:` section (speaker corrections, see ../speakerCorrections) survive.
 * Every problem carries a 1-based line and column so editors can show it where it is.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Annotation, Sidecar, SidecarError, TextTarget } from './types';
import { SIDECAR_VERSION } from './types';

export type SidecarParse =
  | {
      ok: true;
      doc: Document;
      sidecar: Sidecar;
      /** Problems that did not stop reading (entries skipped in a read-only file of a newer version). */
      warnings: SidecarError[];
      /** A problem found later (the article is missing, say) at the node of `path`, e.g. ['article']. */
      errorAt(path: readonly (string | number)[], message: string): SidecarError;
    }
  | { ok: false; errors: SidecarError[] };

/** Aliases beyond this many expansions are refused: a small file must not expand to gigabytes. */
export const MAX_ALIAS_COUNT = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UTC_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

type Path = readonly (string | number)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isUtcTimestamp(value: unknown): value is string {
  return typeof value === 'string' && UTC_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
}

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Positions of nodes by their path in the document; a missing node reports its nearest parent. */
class Locator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  at(offset: number, message: string): SidecarError {
    const { line, col } = this.lines.linePos(offset);
    return { line: Math.max(1, line), column: Math.max(1, col), message };
  }

  node(path: Path, message: string): SidecarError {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = n === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, n), true);
      const range = isRecord(node) && Array.isArray(node.range) ? (node.range as number[]) : undefined;
      if (range) return this.at(range[0], message);
    }
    return { line: 1, column: 1, message };
  }
}

/** Validates one annotation entry, reporting each problem at its node. */
function readAnnotation(value: unknown, path: Path, loc: Locator, problems: SidecarError[]): Annotation | undefined {
  const before = problems.length;
  const fail = (sub: Path, message: string): void => void problems.push(loc.node([...path, ...sub], message));
  if (!isRecord(value)) {
    fail([], 'an annotation must be a mapping');
    return undefined;
  }
  const str = (key: string, required: boolean, nonEmpty: boolean): string | undefined => {
    const v = value[key];
    if (v === undefined || v === null) {
      if (required) fail([], `annotation needs \`${key}\``);
      return undefined;
    }
    if (typeof v !== 'string') fail([key], `\`${key}\` must be a string`);
    else if (nonEmpty && v.trim() === '') fail([key], `\`${key}\` must not be empty`);
    else return v;
    return undefined;
  };
  const id = str('id', true, true);
  if (id !== undefined && !isUuid(id)) fail(['id'], '`id` must be a UUID');
  const target = readTarget(value.target, [...path, 'target'], loc, problems);
  const verdict = str('verdict', true, true);
  const note = str('note', false, false) ?? '';
  const speaker = str('speaker', false, true);
  const reviewer = str('reviewer', true, true);
  const created = str('created', true, true);
  const modified = str('modified', true, true);
  for (const [key, stamp] of [['created', created], ['modified', modified]] as const) {
    if (stamp !== undefined && !isUtcTimestamp(stamp)) fail([key], `\`${key}\` must be an ISO 8601 UTC time such as 2026-11-22T10:00:00Z`);
  }
  let tags: string[] = [];
  if (value.tags !== undefined && value.tags !== null) {
    if (!Array.isArray(value.tags)) fail(['tags'], '`tags` must be a list of strings');
    else value.tags.forEach((t: unknown, i) => (typeof t === 'string' ? undefined : fail(['tags', i], 'a tag must be a string')));
    if (Array.isArray(value.tags)) tags = value.tags.filter((t): t is string => typeof t === 'string');
  }
  if (problems.length > before || id === undefined || !target || verdict === undefined || reviewer === undefined || created === undefined || modified === undefined) return undefined;
  const annotation: Annotation = { id, target, verdict, note, tags, reviewer, created, modified };
  if (speaker !== undefined) annotation.speaker = speaker;
  return annotation;
}

function readTarget(value: unknown, path: Path, loc: Locator, problems: SidecarError[]): TextTarget | undefined {
  const before = problems.length;
  const fail = (sub: Path, message: string): void => void problems.push(loc.node([...path, ...sub], message));
  if (!isRecord(value)) {
    fail([], value === undefined ? 'annotation needs `target`' : '`target` must be a mapping with exact, prefix, suffix, start and end');
    return undefined;
  }
  const { exact, start, end } = value;
  const prefix = value.prefix ?? '';
  const suffix = value.suffix ?? '';
  if (typeof exact !== 'string' || exact === '') fail(typeof exact === 'string' ? ['exact'] : [], '`target.exact` must be a non-empty string');
  if (typeof prefix !== 'string') fail(['prefix'], '`target.prefix` must be a string');
  if (typeof suffix !== 'string') fail(['suffix'], '`target.suffix` must be a string');
  for (const [key, v] of [['start', start], ['end', end]] as const) {
    if (v === undefined) fail([], `\`target\` needs \`${key}\``);
    else if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail([key], `\`target.${key}\` must be a whole number ≥ 0 (a UTF-16 offset)`);
  }
  if (problems.length === before && (end as number) <= (start as number)) fail(['end'], '`target.end` must be greater than `target.start`');
  if (problems.length > before) return undefined;
  return { exact: exact as string, prefix: prefix as string, suffix: suffix as string, start: start as number, end: end as number };
}

/**
 * Parses and validates a sidecar file. A file of a newer format version is readable but marked
 * read-only, and entries this version does not understand are skipped with a warning rather than
 * failing the file. `speakers:` and any unknown keys are not validated here.
 */
export function parseSidecar(text: string): SidecarParse {
  // a sidecar of this size is not one a reviewer wrote: refuse it before spending time parsing it
  if (text.length > MAX_SIDECAR_CHARS) {
    return { ok: false, errors: [{ line: 1, column: 1, message: `file too large to be a sidecar (${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_SIDECAR_CHARS / 1048576} MB); not read` }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, logLevel: 'error' });
  const loc = new Locator(doc, lines);
  if (doc.errors.length > 0) return { ok: false, errors: firstErrors(doc.errors.map((e) => loc.at(e.pos[0], e.message.split('\n')[0]))) };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // yaml throws on alias expansion past the limit ("billion laughs"); report it instead of crashing.
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [loc.node([], `cannot be read: ${message}`)] };
  }
  if (!isRecord(data) || !isMap(doc.contents)) return { ok: false, errors: [loc.node([], 'a sidecar file must be a YAML mapping with version, article and annotations')] };

  const errors: SidecarError[] = [];
  const version = data.version;
  if (version === undefined) errors.push(loc.node([], 'missing `version` (1)'));
  else if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) errors.push(loc.node(['version'], '`version` must be a whole number ≥ 1'));
  const readOnly = typeof version === 'number' && version > SIDECAR_VERSION;
  const article = data.article;
  if (article === undefined) errors.push(loc.node([], 'missing `article` (the article file, relative to this file)'));
  else if (typeof article !== 'string' || article.trim() === '') errors.push(loc.node(['article'], '`article` must be a file name'));

  const listed = data.annotations ?? [];
  const annotations: Annotation[] = [];
  const entryProblems: SidecarError[] = [];
  if (!Array.isArray(listed) || (data.annotations != null && !isSeq(doc.get('annotations', true)))) {
    errors.push(loc.node(['annotations'], '`annotations` must be a list'));
  } else {
    const seen = new Set<string>();
    listed.forEach((item: unknown, i) => {
      const a = readAnnotation(item, ['annotations', i], loc, entryProblems);
      if (!a) return;
      if (seen.has(a.id.toLowerCase())) entryProblems.push(loc.node(['annotations', i, 'id'], `duplicate id ${a.id}`));
      else annotations.push(a);
      seen.add(a.id.toLowerCase());
    });
  }
  if (!readOnly) errors.push(...entryProblems);
  if (errors.length > 0) return { ok: false, errors: firstErrors(errors.sort((a, b) => a.line - b.line || a.column - b.column)) };
  return {
    ok: true,
    doc,
    sidecar: { version: version as number, article: article as string, annotations, readOnly },
    warnings: readOnly ? entryProblems : [],
    errorAt: (path, message) => loc.node(path, message),
  };
}

/** Errors reported per file: a file of junk must not become a million diagnostics. */
export const MAX_REPORTED_ERRORS = 100;

/** About 16,000 annotations on one article; far beyond any review, far below a parse that stalls. */
export const MAX_SIDECAR_CHARS = 8 * 1048576;

/** The first MAX_REPORTED_ERRORS errors; the last one says how many more there are. */
function firstErrors(errors: SidecarError[]): SidecarError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const kept = errors.slice(0, MAX_REPORTED_ERRORS);
  const last = kept[MAX_REPORTED_ERRORS - 1];
  kept.push({ line: last.line, column: last.column, message: `${errors.length - MAX_REPORTED_ERRORS} more errors not shown` });
  return kept;
}

/** `file:line:column: message`, the form compilers use, so terminals and editors link it. */
export function formatSidecarError(file: string, error: SidecarError): string {
  return `${file}:${error.line}:${error.column}: ${error.message}`;
}
