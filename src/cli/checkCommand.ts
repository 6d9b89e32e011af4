/**
 * `claim-annotator check [--json] [--fix] PATH...`: re-anchors every sidecar annotation file
 * against its article and says which notes still sit where they were, which moved, which need a
 * reviewer's confirmation and which lost their text. Sidecar files are the one thing a reviewer
 * cannot regenerate, so this command reads anything but writes only with --fix, only offsets of
 * moved annotations, only a file that still validates, and only through a rename.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { captureTarget, reanchorAll } from '../core/annotations/anchoring';
import { checkArticleReference, isSidecarPath, SIDECAR_SUFFIX } from '../core/annotations/paths';
import { formatSidecarError, parseSidecar } from '../core/annotations/sidecar';
import { serializeSidecar, updateAnnotation } from '../core/annotations/sidecarEdit';
import type { AnchorResult, AnchorStatus, Annotation, SidecarError } from '../core/annotations/types';
import type { FlagSpec } from './args';
import { describeError, readArticleText } from './files';
import { withPathLock } from './fileLock';
import { EXIT_OK, PROGRAM, type CliIO } from './io';

export const checkFlags: FlagSpec[] = [
  { name: 'json', description: 'print one JSON object {"sidecars":[...]} instead of the report' },
  { name: 'fix', description: 'rewrite offsets, prefix and suffix of moved annotations (comments kept)' },
];

export const checkDetails = [
  'PATH is a sidecar file (*.annotations.yaml), an article with a sidecar beside it,',
  'or a folder searched for sidecar files. Each annotation is re-anchored in its article:',
  '  exact   the text is still at the stored offsets',
  '  moved   the same text was found elsewhere, with matching context',
  '  fuzzy   similar text was found; a reviewer must confirm it',
  '  orphan  the text was not found; the annotation is kept as it is',
  "`article:` is relative to the sidecar's folder and must stay inside it.",
  '--fix writes only moved annotations (offsets, prefix, suffix), atomically, and never a',
  'file that fails to validate or that changed on disk meanwhile, nor a read-only file or a',
  'symbolic link. Without --fix nothing is written.',
  'Exit codes: 0 all exact or moved; 1 some fuzzy or orphan; 2 a sidecar is invalid, its',
  'article is missing or outside its folder, or a PATH cannot be read (file:line:column: on stderr).',
];

const EXIT_NEEDS_REVIEW = 1;
const EXIT_INVALID = 2;

export interface JsonCheckedAnnotation {
  id: string;
  status: AnchorStatus;
  /** Current offsets; null for an orphan, which has none. */
  start: number | null;
  end: number | null;
}

export interface JsonSidecar {
  file: string;
  /** The article's path as resolved from `article:`, or null when the file could not be read. */
  article: string | null;
  errors: SidecarError[];
  annotations: JsonCheckedAnnotation[];
}

interface SidecarFile {
  display: string;
  fsPath: string;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

async function walkSidecars(dir: string, display: string, found: SidecarFile[], errors: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    errors.push(`${display}: ${describeError(e)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = { fsPath: path.join(dir, entry.name), display: `${display}/${entry.name}` };
    // Folder symlinks are not followed (a link up the tree would never end).
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) await walkSidecars(child.fsPath, child.display, found, errors);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isSidecarPath(entry.name)) found.push(child);
  }
}

/** Sidecar files for the given paths; an article named directly stands for its sidecar. */
export async function collectSidecars(paths: readonly string[]): Promise<{ files: SidecarFile[]; errors: string[] }> {
  const files: SidecarFile[] = [];
  const errors: string[] = [];
  const stats = await Promise.all(paths.map((given) => fs.stat(given).then((s) => ({ folder: s.isDirectory() }), (e: unknown) => ({ error: describeError(e) }))));
  for (const [i, given] of paths.entries()) {
    const stat = stats[i];
    if ('error' in stat) errors.push(`${given}: ${stat.error}`);
    else if (stat.folder) {
      await walkSidecars(given, given.replace(/[\\/]+$/, '') || given, files, errors);
    } else if (isSidecarPath(path.basename(given))) {
      files.push({ display: given, fsPath: given });
    } else {
      const sidecar = given + SIDECAR_SUFFIX;
      const exists = await fs.stat(sidecar).then((s) => s.isFile(), () => false);
      if (exists) files.push({ display: sidecar, fsPath: sidecar });
      else errors.push(`${given}: not a sidecar file, and there is no ${path.basename(sidecar)} beside it`);
    }
  }
  return { files, errors };
}

function isInside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

type ArticleRead = { ok: true; fsPath: string; text: string } | { ok: false; error: string };

/**
 * Reads the article a sidecar points at, refusing anything outside the sidecar's folder tree,
 * symbolic links included: a sidecar received from someone else must not make us read elsewhere.
 */
export async function readArticle(sidecarFsPath: string, relative: string): Promise<ArticleRead> {
  const folder = path.dirname(sidecarFsPath);
  const fsPath = path.join(folder, ...relative.split('/'));
  let real: string;
  let realFolder: string;
  try {
    [real, realFolder] = await Promise.all([fs.realpath(fsPath), fs.realpath(folder)]);
  } catch (e) {
    return { ok: false, error: `article ${relative}: ${describeError(e)}` };
  }
  if (!isInside(realFolder, real)) return { ok: false, error: `article ${relative} leads outside the sidecar's folder (symbolic link); not read` };
  const read = await readArticleText(real);
  return read.ok ? { ok: true, fsPath, text: read.text } : { ok: false, error: `article ${relative}: ${read.error}` };
}

async function isSymbolicLink(fsPath: string): Promise<boolean> {
  return fs.lstat(fsPath).then((s) => s.isSymbolicLink(), () => false);
}

/** No write bit for its owner: someone made it read-only to keep it as it is (a rename would replace it anyway). */
async function isReadOnly(fsPath: string): Promise<boolean> {
  return fs.stat(fsPath).then((s) => (s.mode & 0o200) === 0, () => false);
}

/** Writes next to the file and renames over it, so a crash never leaves half a sidecar. `text` is written as UTF-8; bytes as they are. */
export async function writeAtomically(fsPath: string, text: string | Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(fsPath), `.${path.basename(fsPath)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, text, typeof text === 'string' ? { encoding: 'utf8', flag: 'wx' } : { flag: 'wx' });
    await fs.rename(temp, fsPath);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

interface Checked {
  json: JsonSidecar;
  results: AnchorResult[];
  annotations: Annotation[];
  /** Lines for stderr: errors, and notes such as a read-only file left alone. */
  messages: string[];
  fixed: number;
}

function invalid(file: SidecarFile, article: string | null, errors: SidecarError[]): Checked {
  return { json: { file: file.display, article, errors, annotations: [] }, results: [], annotations: [], messages: errors.map((e) => formatSidecarError(file.display, e)), fixed: 0 };
}

/** The moved annotations of a parsed sidecar, rewritten in its document; the new text if it still validates. */
function fixedText(parse: Extract<ReturnType<typeof parseSidecar>, { ok: true }>, results: readonly AnchorResult[], article: string): { text: string; count: number } | undefined {
  let count = 0;
  parse.sidecar.annotations.forEach((a, i) => {
    const r = results[i];
    if (r.status !== 'moved') return;
    const { prefix, suffix } = captureTarget(article, r.start, r.end);
    updateAnnotation(parse.doc, { ...a, target: { ...a.target, start: r.start, end: r.end, prefix, suffix } });
    count++;
  });
  if (count === 0) return undefined;
  const text = serializeSidecar(parse.doc);
  const again = parseSidecar(text);
  if (!again.ok || again.sidecar.annotations.length !== parse.sidecar.annotations.length) return undefined;
  return { text, count };
}

async function checkOne(file: SidecarFile, fix: boolean): Promise<Checked> {
  const read = await readArticleText(file.fsPath);
  if (!read.ok) return invalid(file, null, [{ line: 1, column: 1, message: read.error }]);
  const parse = parseSidecar(read.text);
  if (!parse.ok) return invalid(file, null, parse.errors);
  const { sidecar } = parse;
  const ref = checkArticleReference(sidecar.article);
  if (!ref.ok) return invalid(file, null, [parse.errorAt(['article'], ref.error)]);
  const slash = file.display.lastIndexOf('/');
  const articleDisplay = slash < 0 ? ref.path : `${file.display.slice(0, slash)}/${ref.path}`;
  const article = await readArticle(file.fsPath, ref.path);
  if (!article.ok) return invalid(file, articleDisplay, [parse.errorAt(['article'], article.error)]);

  const results = reanchorAll(
    sidecar.annotations.map((a) => a.target),
    article.text,
  );
  const messages = parse.warnings.map((w) => `${formatSidecarError(file.display, w)} (skipped)`);
  let fixed = 0;
  if (fix && results.some((r) => r.status === 'moved')) {
    const rewritten = sidecar.readOnly ? undefined : fixedText(parse, results, article.text);
    if (sidecar.readOnly) messages.push(`${file.display}: written by a newer version (${sidecar.version}); not fixed`);
    else if (await isSymbolicLink(file.fsPath)) messages.push(`${file.display}: a symbolic link; not fixed (fix the file it points at)`);
    else if (await isReadOnly(file.fsPath)) messages.push(`${file.display}: read-only; not fixed (make it writable and run check --fix again)`);
    else if (!rewritten) messages.push(`${file.display}: the fixed file would not validate; left unchanged`);
    else {
      // Someone may have saved the file since we read it: their version wins, run check again. The
      // lock keeps an editor window from saving between this second read and the rename.
      fixed = await withPathLock(file.fsPath, async () => {
        const now = await readArticleText(file.fsPath);
        if (now.ok && now.text === read.text) {
          await writeAtomically(file.fsPath, rewritten.text);
          return rewritten.count;
        }
        messages.push(`${file.display}: changed on disk while checking; left unchanged`);
        return 0;
      });
    }
  }
  const annotations = sidecar.annotations.map((a, i) => {
    const r = results[i];
    const orphan = r.status === 'orphan';
    return { id: a.id, status: r.status, start: orphan ? null : r.start, end: orphan ? null : r.end };
  });
  return { json: { file: file.display, article: articleDisplay, errors: [], annotations }, results, annotations: sidecar.annotations, messages, fixed };
}

const STATUSES: AnchorStatus[] = ['exact', 'moved', 'fuzzy', 'orphan'];

function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function report(c: Checked): string {
  const counts = STATUSES.map((s) => `${c.results.filter((r) => r.status === s).length} ${s}`).join(', ');
  const head = `${c.json.file} (${c.json.article}): ${c.annotations.length} annotation${c.annotations.length === 1 ? '' : 's'}: ${counts}${c.fixed ? `; fixed ${c.fixed}` : ''}`;
  const lines = [head];
  c.annotations.forEach((a, i) => {
    const r = c.results[i];
    if (r.status === 'exact') return;
    const where = r.status === 'orphan' ? `was ${a.target.start}-${a.target.end}` : `${a.target.start}-${a.target.end} → ${r.start}-${r.end}`;
    const score = r.status === 'fuzzy' ? ` score ${r.score.toFixed(2)}` : '';
    lines.push(`  ${r.status.padEnd(6)}  ${a.id}  ${where}${score}  "${shorten(a.target.exact)}"`);
  });
  return lines.join('\n') + '\n';
}

export async function runCheck(paths: readonly string[], flags: ReadonlySet<string>, io: CliIO): Promise<number> {
  const json = flags.has('json');
  const { files, errors } = await collectSidecars(paths);
  for (const line of errors) io.stderr(`${PROGRAM}: ${line}\n`);
  let exit = errors.length > 0 ? EXIT_INVALID : EXIT_OK;
  const sidecars: JsonSidecar[] = [];
  for (const file of files) {
    let checked: Checked;
    try {
      checked = await checkOne(file, flags.has('fix'));
    } catch (e) {
      checked = invalid(file, null, [{ line: 1, column: 1, message: describeError(e) }]);
    }
    for (const m of checked.messages) io.stderr(`${m}\n`);
    if (checked.json.errors.length > 0) exit = EXIT_INVALID;
    else if (exit === EXIT_OK && checked.results.some((r) => r.status === 'fuzzy' || r.status === 'orphan')) exit = EXIT_NEEDS_REVIEW;
    if (json) sidecars.push(checked.json);
    else if (checked.json.errors.length === 0) io.stdout(report(checked));
  }
  if (json) io.stdout(JSON.stringify({ sidecars }, null, 2) + '\n');
  return exit;
}
