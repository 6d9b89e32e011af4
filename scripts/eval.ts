/**
 * `npm run eval -- DIR [--json]`: scores the engine's quotes against hand-made gold files.
 * Exit code 0 whatever the scores (this measures, it does not gate); 2 for bad arguments.
 */
import * as path from 'path';
import { analyzeText } from '../src/cli/analyzeText';
import { describeError, readArticleText } from '../src/cli/files';
import { findGoldFiles, isDirectory, offsetMismatches, readGold } from './eval/gold';
import { formatText, RULES } from './eval/format';
import { scoreArticle, scoreOverall, type ArticleScore } from './eval/score';
import { swapQuoteStyle } from './eval/swapQuotes';
import { wrapLines } from './eval/wrapLines';

const USAGE = `usage: eval [--json] [--swap-quotes] [--wrap COLUMNS] DIR
  DIR holds gold/*.yaml with the articles in seeds/ (or named by each gold file's \`file:\`,
  relative to the gold file), or is itself a folder of gold *.yaml files.
  --json          print the results as one JSON object
  --swap-quotes   score each article with its quotes set in the other convention (double
                  marks outside become single, single become double; the offsets are kept)
  --wrap COLUMNS  score each article hard-wrapped at COLUMNS (20 or more), as wire copy is:
                  spaces become line breaks, the offsets are kept`;

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const swap = argv.includes('--swap-quotes');
  const wrapAt = argv.indexOf('--wrap');
  const width = wrapAt >= 0 ? Number(argv[wrapAt + 1]) : undefined;
  if (width !== undefined && !(Number.isInteger(width) && width >= 20)) return usage('--wrap takes a number of columns, 20 or more');
  const rest = argv.filter((a, i) => a !== '--json' && a !== '--swap-quotes' && (wrapAt < 0 || (i !== wrapAt && i !== wrapAt + 1)));
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (rest.length !== 1 || rest[0].startsWith('-')) return usage(rest.length === 0 ? 'no DIR given' : `unexpected arguments: ${rest.join(' ')}`);
  const dir = rest[0];
  if (!isDirectory(dir)) return usage(`${dir} is not a folder`);
  const goldFiles = await findGoldFiles(dir);
  if (goldFiles.length === 0) return usage(`no gold *.yaml files in ${dir} or ${path.join(dir, 'gold')}`);

  const warnings: string[] = [];
  const articles: ArticleScore[] = [];
  for (const goldFile of goldFiles) {
    const scored = await scoreGoldFile(goldFile, dir, warnings, { swap, width });
    if (scored) articles.push(scored);
  }
  const overall = scoreOverall(articles);
  const recast = [swap ? "each article's quotes set in the other convention (--swap-quotes)" : '', width !== undefined ? `hard-wrapped at ${width} columns (--wrap)` : ''].filter(Boolean);
  if (json) process.stdout.write(JSON.stringify({ rules: RULES, swapQuotes: swap, wrap: width ?? null, articles, overall, warnings }, null, 2) + '\n');
  else process.stdout.write(formatText([dir, ...recast].join(', '), articles, overall, warnings));
  return 0;
}

async function scoreGoldFile(goldFile: string, dir: string, warnings: string[], recast: { swap: boolean; width?: number }): Promise<ArticleScore | undefined> {
  const name = path.basename(goldFile);
  let gold;
  try {
    gold = await readGold(goldFile, dir);
  } catch (e) {
    warnings.push(`${name}: skipped: ${describeError(e)}`);
    return undefined;
  }
  const read = await readArticleText(gold.textPath);
  if (!read.ok) {
    warnings.push(`${name}: skipped: ${gold.file}: ${read.error}`);
    return undefined;
  }
  for (const q of offsetMismatches(read.text, gold.quotes)) warnings.push(`${name}: gold text at ${q.start}-${q.end} differs from the article`);
  // (the gold's words are read again from the text recast: its marks, apostrophes or spaces changed)
  const swapped = recast.swap ? swapQuoteStyle(read.text, gold.quotes).text : read.text;
  const text = recast.width !== undefined ? wrapLines(swapped, recast.width) : swapped;
  const goldQuotes = text !== read.text ? gold.quotes.map((q) => ({ ...q, text: q.text === '' ? '' : text.slice(q.start, q.end) })) : gold.quotes;
  let analysis;
  try {
    analysis = analyzeText(text, gold.textPath);
  } catch (e) {
    // An engine crash on one article is a finding to report, not a reason to lose the others' scores.
    warnings.push(`${name}: skipped: the engine failed: ${describeError(e)}`);
    return undefined;
  }
  // Gold names its article relative to itself; shown that way a path like ../../../x reads badly.
  const shown = gold.file.includes('/') ? path.relative(process.cwd(), gold.textPath).split(path.sep).join('/') : gold.file;
  return scoreArticle(shown, analysis.quotes, goldQuotes);
}

function usage(message: string): number {
  process.stderr.write(`eval: ${message}\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`eval: ${describeError(e)}\n`);
    process.exitCode = 2;
  },
);
