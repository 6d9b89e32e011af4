/** `claim-annotator analyze [--json] PATH...` */
import type { FlagSpec } from './args';
import { analyzeText } from './analyzeText';
import { collectArticles, describeError, readArticleText } from './files';
import { EXIT_INPUT_ERROR, EXIT_OK, PROGRAM, type CliIO } from './io';
import { toJsonArticle, type JsonArticle } from './jsonOutput';
import { formatReport } from './report';

export const analyzeFlags: FlagSpec[] = [{ name: 'json', description: 'print one JSON object {"articles":[...]} instead of the report' }];

export async function runAnalyze(paths: readonly string[], flags: ReadonlySet<string>, io: CliIO): Promise<number> {
  const json = flags.has('json');
  const { files, errors } = await collectArticles(paths);
  // Every problem is one stderr line; the remaining files are still analysed.
  const fail = (line: string): void => {
    errors.push(line);
    io.stderr(`${PROGRAM}: ${line}\n`);
  };
  for (const line of [...errors]) io.stderr(`${PROGRAM}: ${line}\n`);

  const articles: JsonArticle[] = [];
  let reported = 0;
  for (const file of files) {
    const read = await readArticleText(file.fsPath);
    if (!read.ok) {
      fail(`${file.display}: ${read.error}`);
      continue;
    }
    let analysis;
    try {
      analysis = analyzeText(read.text, file.display);
    } catch (e) {
      // An engine bug on one article must not hide the others' results.
      fail(`${file.display}: analysis failed: ${describeError(e)}`);
      continue;
    }
    if (json) articles.push(toJsonArticle(file.display, analysis));
    else io.stdout((reported++ > 0 ? '\n' : '') + formatReport(file.display, read.text, analysis));
  }
  if (json) io.stdout(JSON.stringify({ articles }, null, 2) + '\n');
  return errors.length > 0 ? EXIT_INPUT_ERROR : EXIT_OK;
}
