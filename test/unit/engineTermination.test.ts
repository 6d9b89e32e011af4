import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DETERMINERS, DOCUMENT_NOUNS, HONORIFICS, INNER_CONNECTORS, ORG_WORDS, PERSON_NOUNS, PRONOUN_WORDS, REPORTING_VERBS, SPEAKER_NOUNS, TITLE_WORDS } from '../../src/core/lexicon';
import { seededRandom } from './helpers/seededRandom';

/**
 * The engine's loops must end on any text. A rule's loop that forgets to advance only shows on the
 * word sequence that reaches it: one ("The council ad agreed") froze the analysis, and with it the
 * editor, after a single deleted letter in a long article. Here short texts made of the engine's own
 * vocabulary, in random order and case, are analysed in a worker, so a loop that never ends fails
 * the test with the text that caused it instead of hanging mocha.
 */

const pick = <T>(random: (n: number) => number, items: readonly T[]): T => items[random(items.length)];
const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** The engine's word classes, some made-up names and plain words, and punctuation that cues quotes. */
function vocabulary(): string[][] {
  const lexicon = [DETERMINERS, DOCUMENT_NOUNS, HONORIFICS, INNER_CONNECTORS, ORG_WORDS, PERSON_NOUNS, PRONOUN_WORDS, REPORTING_VERBS, SPEAKER_NOUNS, TITLE_WORDS].map((s) => [...s]);
  const names = ['Vik', 'Ann', 'Tarn', 'Holt', 'Orla', 'Kestle', 'Brightwater', 'Reyes', "Vik's", "Tarn's", 'O’Neill', 'Jean-Paul'];
  const plain = ['agreed', 'to', 'go', 'ad', 'bridge', 'was', 'had', 'who', 'which', 'where', 'not', 'by', 'from', 'according', 'with', 'players’', 'on', 'and', '31-year-old', '2026', '5%', 'it', 'that'];
  const marks = [',', '.', ':', ';', '"', '“', '”', "'", '‘', '’', '—', '(', ')', '\n\n', '*', 'Q:', 'A:'];
  return [...lexicon, names, names, plain, plain, marks];
}

function fuzzText(random: (n: number) => number, classes: readonly string[][]): string {
  let text = '';
  const sentences = 1 + random(4);
  for (let s = 0; s < sentences; s++) {
    const words = 2 + random(14);
    for (let w = 0; w < words; w++) {
      let word = pick(random, pick(random, classes));
      if (random(3) === 0) word = capitalise(word);
      text += (w > 0 && random(5) > 0 ? ' ' : '') + word;
    }
    text += pick(random, ['. ', '." ', ',” he said. ', ': “', '\n\n', ' said Ann Vik. ']);
  }
  return text;
}

/** A text whose analysis did not end within the limit, or threw. */
interface Failure {
  text: string;
  problem: string;
}

/** Analyses the texts in a worker; resolves with the first that failed, or undefined when all ended. */
async function firstFailure(texts: string[], limitMs: number): Promise<Failure | undefined> {
  const core = path.resolve(__dirname, '../../src/core');
  // the worker says which text it starts before analysing it: when time runs out, the last one named is the culprit
  const source = `const { parentPort, workerData } = require('node:worker_threads');
const { analyzeArticle } = require(${JSON.stringify(core)});
workerData.forEach((text, i) => {
  parentPort.postMessage(i);
  try { analyzeArticle(text, {}); } catch (e) { parentPort.postMessage({ i, error: String(e && e.stack || e) }); }
});
parentPort.postMessage('done');`;
  const worker = new Worker(source, { eval: true, workerData: texts });
  let current = -1;
  try {
    return await new Promise<Failure | undefined>((resolve, reject) => {
      const timer = setTimeout(() => resolve({ text: texts[current], problem: `no end after ${limitMs} ms` }), limitMs);
      worker.on('message', (m: number | 'done' | { i: number; error: string }) => {
        if (typeof m === 'number') current = m;
        else {
          clearTimeout(timer);
          resolve(m === 'done' ? undefined : { text: texts[m.i], problem: m.error });
        }
      });
      worker.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
  } finally {
    await worker.terminate();
  }
}

const explain = (f: Failure | undefined): string => (f ? `${f.problem}\non the text ${JSON.stringify(f.text)}` : '');

describe('every analysis ends, without an exception', function () {
  this.timeout(120_000);
  /** Far above the texts' analysis time (a few seconds for all of them), so a busy machine does not fail it. */
  const LIMIT_MS = 60_000;

  it('on 20,000 texts made of the engine\u2019s vocabulary in random order', async () => {
    const random = seededRandom(2026_11_23);
    const classes = vocabulary();
    const texts = Array.from({ length: 20_000 }, () => fuzzText(random, classes));
    const failure = await firstFailure(texts, LIMIT_MS);
    assert.equal(failure, undefined, explain(failure));
  });

  it('on phrases a rule once looped on or threw on', async () => {
    const texts = ['The council ad agreed to go.', 'According to Salonen, the regional council ad agreed to protect the bridge.', 'Campaign group Clear Skies Tarn said it would appeal.',
      // a headline ending in a noun for a person: the role-then-name rule read past the headline's end
      'Tarn\'s survivor\n\n“We won,” he said.'];
    const failure = await firstFailure(texts, LIMIT_MS);
    assert.equal(failure, undefined, explain(failure));
  });
});
