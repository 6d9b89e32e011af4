/**
 * Finding and reading gold files. A gold folder is either DIR/gold/*.yaml with texts in DIR/seeds/,
 * or a folder of *.yaml files whose `file:` names the article relative to the gold file (so gold
 * for the samples can live under test/fixtures and point at samples/).
 */
import { existsSync, promises as fs, statSync } from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import type { GoldQuote } from './match';

export interface GoldArticle {
  goldFile: string;
  /** The article as named by the gold file. */
  file: string;
  /** Where the article was found. */
  textPath: string;
  quotes: GoldQuote[];
}

export async function findGoldFiles(dir: string): Promise<string[]> {
  const goldDir = isDirectory(path.join(dir, 'gold')) ? path.join(dir, 'gold') : dir;
  const names = (await fs.readdir(goldDir)).filter((n) => /\.ya?ml$/i.test(n) && !/\.annotations\.ya?ml$/i.test(n)).sort();
  return names.map((n) => path.join(goldDir, n));
}

/** Parses one gold file; throws an Error with a one-line message when it is not usable. */
export async function readGold(goldFile: string, dir: string): Promise<GoldArticle> {
  const data: unknown = parse(await fs.readFile(goldFile, 'utf8'));
  if (!isRecord(data) || typeof data.file !== 'string') throw new Error('no `file:` field');
  if (!Array.isArray(data.quotes)) throw new Error('no `quotes:` list');
  const quotes = data.quotes.map((q: unknown, i: number) => goldQuote(q, i));
  const candidates = [path.resolve(path.dirname(goldFile), data.file), path.join(dir, 'seeds', data.file), path.join(dir, data.file)];
  const textPath = candidates.find((c) => existsSync(c));
  if (!textPath) throw new Error(`article '${data.file}' not found next to the gold file, in seeds/ or in the folder`);
  return { goldFile, file: data.file, textPath, quotes };
}

function goldQuote(q: unknown, index: number): GoldQuote {
  const fail = (what: string): never => {
    throw new Error(`quote ${index + 1}: ${what}`);
  };
  if (!isRecord(q)) return fail('not a mapping');
  const { start, end, text, speaker, kind, lenient } = q;
  if (typeof start !== 'number' || typeof end !== 'number' || end < start) return fail('bad start/end');
  const speakerOk = speaker === null || typeof speaker === 'string' || (Array.isArray(speaker) && speaker.every((s) => typeof s === 'string'));
  if (!speakerOk) return fail('speaker must be a name, a list of names or null');
  return {
    start,
    end,
    text: typeof text === 'string' ? text : '',
    speaker: speaker as GoldQuote['speaker'],
    kind: typeof kind === 'string' ? kind : 'speech',
    lenient: lenient === true,
  };
}

/** Gold quotes whose text does not match the article at their offsets: the gold is stale or wrong. */
export function offsetMismatches(text: string, quotes: readonly GoldQuote[]): GoldQuote[] {
  return quotes.filter((q) => q.text !== '' && text.slice(q.start, q.end) !== q.text);
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
