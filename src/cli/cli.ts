/**
 * Command dispatch. Each command is one entry in COMMANDS with its flags and summary, so help text
 * and option checking come from the same table; `check` and `export` will be added here.
 */
import { DEFAULT_ARTICLE_EXCLUDE, DEFAULT_ARTICLE_INCLUDE } from '../core/articleGlobs';
import { alignRows, describeFlags, parseArgs, UsageError, type FlagSpec } from './args';
import { analyzeFlags, runAnalyze } from './analyzeCommand';
import { checkDetails, checkFlags, runCheck } from './checkCommand';
import { exportDetails, exportFlags, runExport } from './exportCommand';
import { EXIT_OK, EXIT_USAGE, PROGRAM, type CliIO } from './io';
import { packageVersion } from './version';

interface Command {
  usage: string;
  summary: string;
  details: string[];
  flags: FlagSpec[];
  /** Smallest number of positional arguments. */
  minPaths: number;
  /** `values` holds the flags that take a value (FlagSpec.value). */
  run(paths: readonly string[], flags: ReadonlySet<string>, io: CliIO, values: ReadonlyMap<string, string[]>): Promise<number>;
}

const HELP_FLAG: FlagSpec = { name: 'help', short: 'h', description: 'show this help' };

const COMMANDS: Record<string, Command> = {
  analyze: {
    usage: 'analyze [--json] PATH...',
    summary: 'find quotes, speakers and check-worthy claims in articles',
    details: [
      'PATH is a file or a folder. Folders are searched for files matching',
      `${DEFAULT_ARTICLE_INCLUDE.join(' or ')}, except ${DEFAULT_ARTICLE_EXCLUDE.join(', ')};`,
      'files named directly are always analysed.',
      'Files ending in .md or .markdown are read as Markdown (front matter, code and link',
      'targets are ignored). Offsets are UTF-16 code units into the file as stored.',
    ],
    flags: analyzeFlags,
    minPaths: 1,
    run: runAnalyze,
  },
  check: {
    usage: 'check [--json] [--fix] PATH...',
    summary: "re-anchor reviewers' annotations (*.annotations.yaml) in their articles",
    details: checkDetails,
    flags: checkFlags,
    minPaths: 1,
    run: runCheck,
  },
  export: {
    usage: 'export --format json|csv|md|html|w3c|claimreview [--out FILE] [--speaker NAME] [--verdict V] [--tag T] [--root DIR] PATH...',
    summary: "export reviewers' annotations for review, publication or archiving",
    details: exportDetails,
    flags: exportFlags,
    minPaths: 1,
    run: runExport,
  },
};

const EXIT_CODES = [
  'Exit codes (check and export have their own lists, in their help):',
  '  0  success',
  '  1  some file was missing, unreadable or binary (the others were still processed)',
  '  2  bad command line',
];

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) return usageError(io, 'no command given');
  if (first === '--help' || first === '-h') return help(io);
  if (first === '--version') {
    io.stdout(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  if (first === 'help') return rest.length === 0 ? help(io) : helpFor(rest[0], io);
  const command = COMMANDS[first];
  if (!command) return usageError(io, first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`);

  let parsed;
  try {
    parsed = parseArgs(rest, [...command.flags, HELP_FLAG]);
  } catch (e) {
    if (e instanceof UsageError) return usageError(io, `${first}: ${e.message}`, first);
    throw e;
  }
  if (parsed.flags.has('help')) return helpFor(first, io);
  if (parsed.positionals.length < command.minPaths) return usageError(io, `${first}: no PATH given`, first);
  return command.run(parsed.positionals, parsed.flags, io, parsed.values);
}

function usageError(io: CliIO, message: string, command?: string): number {
  const usage = command ? `usage: ${PROGRAM} ${COMMANDS[command].usage}` : `usage: ${PROGRAM} <command> [options]\ncommands: ${Object.keys(COMMANDS).join(', ')}`;
  io.stderr(`${PROGRAM}: ${message}\n${usage}\nRun '${PROGRAM} --help' for details.\n`);
  return EXIT_USAGE;
}

function help(io: CliIO): number {
  const out = [`${PROGRAM} ${packageVersion()}: quotes, speakers and claims in news articles`, '', `usage: ${PROGRAM} <command> [options]`, ''];
  for (const name of Object.keys(COMMANDS)) out.push(...commandHelp(name), '');
  out.push(
    'Other commands and options:',
    ...alignRows([
      ['--help, -h', 'show this help'],
      ['--version', 'print the version'],
      ['help [COMMAND]', 'show help for all commands or one'],
    ]),
    '',
    ...EXIT_CODES,
  );
  io.stdout(out.join('\n') + '\n');
  return EXIT_OK;
}

function helpFor(name: string, io: CliIO): number {
  if (!COMMANDS[name]) return usageError(io, `unknown command '${name}'`);
  io.stdout([...commandHelp(name), '', ...EXIT_CODES].join('\n') + '\n');
  return EXIT_OK;
}

function commandHelp(name: string): string[] {
  const c = COMMANDS[name];
  return [`${PROGRAM} ${c.usage}`, `  ${c.summary}.`, ...c.details.map((d) => `  ${d}`), 'Options:', ...describeFlags([...c.flags, HELP_FLAG])];
}
