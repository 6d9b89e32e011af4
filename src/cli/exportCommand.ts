/**
 * `claim-annotator export --format F [--out FILE] [--speaker NAME] [--verdict V] [--tag T] PATH...`:
 * the reviewers' annotations as JSON, CSV, Markdown or HTML reports, W3C Web Annotations or
 * schema.org ClaimReview. The files are found and read here; everything after that is the core
 * export, the same code the extension runs, so both write the same bytes for the same scope.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { formatSidecarError } from '../core/annotations/sidecar';
import {
  EXPORT_FORMATS,
  exportAnnotationBytes,
  exportAnnotations,
  isExportFormat,
  prepareArticle,
  readDirectoryForExport,
  readSidecarForExport,
  type ExportArticleInput,
  type ExportFormat,
  type SidecarForExport,
} from '../core/export';
import type { FlagSpec } from './args';
import { collectSidecars, readArticle, writeAtomically } from './checkCommand';
import { describeError, readArticleText } from './files';
import { EXIT_INPUT_ERROR, EXIT_OK, EXIT_USAGE, PROGRAM, type CliIO } from './io';

export const exportFlags: FlagSpec[] = [
  { name: 'format', value: 'F', description: `one of ${EXPORT_FORMATS.join(', ')} (required)` },
  { name: 'out', value: 'FILE', description: 'write to FILE (through a temporary file and a rename) instead of stdout' },
  { name: 'speaker', value: 'NAME', description: 'only annotations of statements by NAME (case ignored)' },
  { name: 'verdict', value: 'V', description: 'only these verdicts (repeat the flag or separate with commas)' },
  { name: 'tag', value: 'T', description: 'only annotations with one of these tags (repeat or commas)' },
  { name: 'root', value: 'DIR', description: 'article paths in the output are relative to DIR (default: the current folder)' },
];

export const exportDetails = [
  'PATH is a sidecar file (*.annotations.yaml), an article with a sidecar beside it, or a',
  'folder searched for sidecar files. Each annotation is re-anchored in its article (which',
  "must stay inside the sidecar's folder); its speaker is the one the reviewer stored, else",
  "the speaker of the quote or claim it overlaps. The root's .claim-annotator/speakers.yaml",
  'and the per-quote speaker corrections in sidecars are applied, as in the editor.',
  'Formats: json (lossless), csv (RFC 4180, UTF-8 with BOM, formula cells prefixed with \'),',
  'md and html (reports by article and by speaker), w3c (Web Annotation JSON-LD, code-point',
  'positions), claimreview (schema.org JSON-LD; ratings 1 false … 5 accurate).',
  'With --root at the workspace folder, the output is byte-identical to the editor\'s',
  '"Export Annotations…" for the same scope.',
  'Exit codes: 0 exported; 1 exported, but some article was missing or unreadable (its',
  'annotations are left out, see stderr); 2 bad command line or PATH, or an invalid sidecar',
  '(file:line:column: on stderr, nothing written).',
];

interface Options {
  format: ExportFormat;
  out?: string;
  speaker?: string;
  verdicts: string[];
  tags: string[];
  root: string;
}

function single(values: ReadonlyMap<string, string[]>, name: string): string | undefined {
  const given = values.get(name);
  if (given && given.length > 1) throw new Error(`--${name} given more than once`);
  return given?.[0];
}

function options(values: ReadonlyMap<string, string[]>): Options {
  const format = single(values, 'format');
  if (format === undefined) throw new Error(`--format is required (${EXPORT_FORMATS.join(', ')})`);
  if (!isExportFormat(format)) throw new Error(`unknown format '${format}' (${EXPORT_FORMATS.join(', ')})`);
  const list = (name: string): string[] => (values.get(name) ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  return { format, out: single(values, 'out'), speaker: single(values, 'speaker'), verdicts: list('verdict'), tags: list('tag'), root: path.resolve(single(values, 'root') ?? '.') };
}

/** Forward-slash path of a file relative to the root, as the extension writes workspace paths. */
function rootRelative(root: string, fsPath: string): string {
  return path.relative(root, path.resolve(fsPath)).split(path.sep).join('/');
}

interface Found {
  sidecars: { display: string; fsPath: string; read: SidecarForExport }[];
  invalid: string[];
}

async function readSidecars(root: string, files: readonly { display: string; fsPath: string }[]): Promise<Found> {
  const found: Found = { sidecars: [], invalid: [] };
  const seen = new Set<string>();
  for (const file of files) {
    const key = path.resolve(file.fsPath);
    if (seen.has(key)) continue;
    seen.add(key);
    const text = await readArticleText(file.fsPath);
    if (!text.ok) {
      found.invalid.push(formatSidecarError(file.display, { line: 1, column: 1, message: text.error }));
      continue;
    }
    const read = readSidecarForExport(rootRelative(root, file.fsPath), text.text);
    if (read.ok) found.sidecars.push({ ...file, read: read.value });
    else found.invalid.push(...read.errors.map((e) => formatSidecarError(file.display, e)));
  }
  return found;
}

async function readDirectory(root: string): Promise<string | undefined> {
  const read = await readArticleText(path.join(root, '.claim-annotator', 'speakers.yaml'));
  return read.ok ? read.text : undefined;
}

export async function runExport(paths: readonly string[], _flags: ReadonlySet<string>, io: CliIO, values: ReadonlyMap<string, string[]> = new Map()): Promise<number> {
  let opts: Options;
  try {
    opts = options(values);
  } catch (e) {
    io.stderr(`${PROGRAM}: export: ${describeError(e)}\n`);
    return EXIT_USAGE;
  }
  const { files, errors } = await collectSidecars(paths);
  const found = await readSidecars(opts.root, files);
  // Nothing is written unless every sidecar in scope is valid: a partial export looks complete.
  if (errors.length > 0 || found.invalid.length > 0) {
    for (const line of errors) io.stderr(`${PROGRAM}: ${line}\n`);
    for (const line of found.invalid) io.stderr(`${line}\n`);
    return EXIT_USAGE;
  }

  const byArticle = new Map<string, { text: string; sidecars: SidecarForExport[] }>();
  let skipped = 0;
  for (const s of found.sidecars) {
    const existing = byArticle.get(s.read.articlePath);
    if (existing) {
      existing.sidecars.push(s.read);
      continue;
    }
    const article = await readArticle(s.fsPath, s.read.articleReference);
    if (!article.ok) {
      io.stderr(`${PROGRAM}: ${s.display}: ${article.error}; its annotations are not exported\n`);
      skipped++;
      continue;
    }
    byArticle.set(s.read.articlePath, { text: article.text, sidecars: [s.read] });
  }
  const directory = readDirectoryForExport(await readDirectory(opts.root));
  const inputs: ExportArticleInput[] = [...byArticle].map(([articlePath, a]) => prepareArticle(articlePath, a.text, a.sidecars, directory));
  const filter = { speaker: opts.speaker, verdicts: opts.verdicts, tags: opts.tags };

  // A file, or a process's stdout, gets the bytes rendered straight to UTF-8: for 100,000
  // annotations a string of the whole document would take twice their size again.
  if (opts.out === undefined) {
    if (io.stdoutBytes) io.stdoutBytes(exportAnnotationBytes(inputs, opts.format, filter));
    else io.stdout(exportAnnotations(inputs, opts.format, filter));
  } else {
    const output = exportAnnotationBytes(inputs, opts.format, filter);
    try {
      await fs.mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
      await writeAtomically(opts.out, output);
    } catch (e) {
      io.stderr(`${PROGRAM}: ${opts.out}: ${describeError(e)}\n`);
      return EXIT_INPUT_ERROR;
    }
  }
  return skipped > 0 ? EXIT_INPUT_ERROR : EXIT_OK;
}
