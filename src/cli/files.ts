/**
 * Turning command-line paths into article files, and files into text. All the node I/O of the
 * CLI lives here; everything downstream works on strings.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { DEFAULT_ARTICLE_EXCLUDE, DEFAULT_ARTICLE_INCLUDE } from '../core/articleGlobs';
import { globMatcher, type PathMatcher } from '../core/glob';

export interface ArticleFile {
  /** The path to show and to put in JSON: as given, plus the forward-slash path inside a folder. */
  display: string;
  /** The path to open. */
  fsPath: string;
}

export interface Collected {
  files: ArticleFile[];
  /** One readable line per path that could not be used. */
  errors: string[];
}

export interface ArticleGlobs {
  include: readonly string[];
  exclude: readonly string[];
}

const DEFAULT_GLOBS: ArticleGlobs = { include: DEFAULT_ARTICLE_INCLUDE, exclude: DEFAULT_ARTICLE_EXCLUDE };

/**
 * Files named on the command line are taken as they are (the user asked for them); folders are
 * walked and filtered by the article globs. Each folder's files are sorted so output is stable
 * across file systems.
 */
export async function collectArticles(paths: readonly string[], globs: ArticleGlobs = DEFAULT_GLOBS): Promise<Collected> {
  const files: ArticleFile[] = [];
  const errors: string[] = [];
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch (e) {
      errors.push(`${given}: ${describeError(e)}`);
      continue;
    }
    if (!stat.isDirectory()) {
      files.push({ display: given, fsPath: given });
      continue;
    }
    const relative = (await walk(given, '', globs, errors)).sort(compareCodeUnits);
    const prefix = given.endsWith('/') || given.endsWith(path.sep) ? given : `${given}/`;
    for (const rel of relative) files.push({ display: prefix + rel, fsPath: path.join(given, ...rel.split('/')) });
  }
  return { files, errors };
}

async function walk(root: string, rel: string, globs: ArticleGlobs, errors: string[]): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(rel ? path.join(root, ...rel.split('/')) : root, { withFileTypes: true });
  } catch (e) {
    errors.push(`${path.join(root, rel)}: ${describeError(e)}`);
    return [];
  }
  const found: string[] = [];
  for (const entry of entries) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    // Directory symlinks are not followed: a link back up the tree would never end.
    if (entry.isDirectory()) {
      if (!matchesAny(`${child}/`, globs.exclude)) found.push(...(await walk(root, child, globs, errors)));
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isArticle(child, globs)) {
      found.push(child);
    }
  }
  return found;
}

export function isArticle(relativePath: string, globs: ArticleGlobs = DEFAULT_GLOBS): boolean {
  return globs.include.some((g) => compiled(g, false)(relativePath)) && !matchesAny(relativePath, globs.exclude);
}

function matchesAny(relativePath: string, patterns: readonly string[]): boolean {
  // dot: true so that "**/node_modules/**" also prunes ".hidden/node_modules".
  return patterns.some((g) => compiled(g, true)(relativePath));
}

/** Each pattern is compiled once: a walk matches every file against the same few. */
const matchers = new Map<string, PathMatcher>();

function compiled(pattern: string, dot: boolean): PathMatcher {
  const key = `${dot ? 'dot' : ''}\u0000${pattern}`;
  let matcher = matchers.get(key);
  if (!matcher) matchers.set(key, (matcher = globMatcher(pattern, { dot })));
  return matcher;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Reads a file as UTF-8 text, refusing binaries: a NUL byte or a byte sequence that is not UTF-8.
 * A BOM is kept, because offsets are defined over the text exactly as stored.
 */
export async function readArticleText(fsPath: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(fsPath);
  } catch (e) {
    return { ok: false, error: describeError(e) };
  }
  if (bytes.includes(0)) return { ok: false, error: 'binary file (contains NUL bytes), skipped' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, error: 'not valid UTF-8 text, skipped' };
  }
}

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many symbolic links',
};

/** A one-line reason, never a stack trace. */
export function describeError(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : undefined;
  if (code && ERRNO_TEXT[code]) return ERRNO_TEXT[code];
  return e instanceof Error ? e.message.split('\n')[0] : String(e);
}
