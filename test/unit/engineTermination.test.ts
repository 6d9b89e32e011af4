import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DETERMINERS, DOCUMENT_NOUNS, HONORIFICS, INNER_CONNECTORS, ORG_WORDS, PERSON_NOUNS, PRONOUN_WORDS, REPORTING_VERBS, SPEAKER_NOUNS, TITLE_WORDS } from '../../src/core/lexicon';
import type { TextChange } from '../../src/core';
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
  // (single line breaks and indents too: wrapped copy is read by other rules, see isHardWrapped)
  const marks = [',', '.', ':', ';', '"', '“', '”', "'", '‘', '’', '—', '(', ')', '\n\n', '\n', '\n\t', '*', 'Q:', 'A:'];
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

/** Markdown syntax, for texts read as Markdown: masking and headings run before everything else. */
const MARKDOWN = ['# ', '## ', '\n> ', '\n- ', '\n* ', '\n1. ', '`code`', '\n```\n', '\n---\n', '[link](https://example.org/a)', '![map](map.png)', '**', '_', '<b>', ' | ', '\\', '<!-- x -->'];

function fuzzMarkdown(random: (n: number) => number, classes: readonly string[][]): string {
  const front = random(4) === 0 ? '---\ntitle: "Tarn"\n---\n' : '';
  let text = front;
  for (let p = 1 + random(4); p > 0; p--) text += fuzzText(random, [...classes, MARKDOWN, MARKDOWN]) + '\n\n';
  return text;
}

/** One-character edits as typing makes them, with a line break or a quote mark now and then. */
function fuzzEdits(random: (n: number) => number, text: string, count: number): TextChange[] {
  const edits: TextChange[] = [];
  let length = text.length;
  for (let i = 0; i < count; i++) {
    const at = random(length + 1);
    if (random(2) === 0 && at < length) {
      edits.push({ start: at, end: at + 1, text: '' });
      length--;
    } else {
      edits.push({ start: at, end: at, text: pick(random, ['e', ' ', 'S', '\n', '\n\n', '"', '’', '“', ',', '.']) });
      length += edits[edits.length - 1].text.length;
    }
  }
  return edits;
}

/** A text to analyse as the file `fileName`, then, for `edits`, to edit one change after another as typing does. */
interface Job {
  text: string;
  fileName: string;
  edits?: TextChange[];
}

/** A job whose analysis did not end within the limit, or threw. */
interface Failure {
  job: Job;
  problem: string;
}

/** Runs the jobs in a worker; resolves with the first that failed, or undefined when all ended. */
async function firstFailure(jobs: Job[], limitMs: number): Promise<Failure | undefined> {
  const core = path.resolve(__dirname, '../../src/core');
  // the worker says which text it starts before analysing it: when time runs out, the last one named is the culprit
  const source = `const { parentPort, workerData } = require('node:worker_threads');
const { analyzeForEditing, analyzeEdit, EditedText } = require(${JSON.stringify(core)});
workerData.forEach((job, i) => {
  parentPort.postMessage(i);
  try {
    const options = { fileName: job.fileName };
    let previous = { text: EditedText.of(job.text), analysis: analyzeForEditing(job.text, options) };
    for (const change of job.edits || []) previous = { text: previous.text.apply(change), analysis: analyzeEdit(previous, change, options) };
  } catch (e) { parentPort.postMessage({ i, error: String(e && e.stack || e) }); }
});
parentPort.postMessage('done');`;
  const worker = new Worker(source, { eval: true, workerData: jobs });
  let current = -1;
  try {
    return await new Promise<Failure | undefined>((resolve, reject) => {
      const timer = setTimeout(() => resolve({ job: jobs[current], problem: `no end after ${limitMs} ms` }), limitMs);
      worker.on('message', (m: number | 'done' | { i: number; error: string }) => {
        if (typeof m === 'number') current = m;
        else {
          clearTimeout(timer);
          resolve(m === 'done' ? undefined : { job: jobs[m.i], problem: m.error });
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

const explain = (f: Failure | undefined): string => (f ? `${f.problem}\non ${JSON.stringify(f.job)}` : '');

describe('every analysis ends, without an exception', function () {
  this.timeout(180_000);
  /** Far above the jobs' analysis time (a few seconds for all of them), so a busy machine does not fail them. */
  const LIMIT_MS = 60_000;
  const classes = vocabulary();
  const assertAllEnd = async (jobs: Job[]): Promise<void> => {
    const failure = await firstFailure(jobs, LIMIT_MS);
    assert.equal(failure, undefined, explain(failure));
  };

  it('on 20,000 texts made of the engine\u2019s vocabulary in random order', async () => {
    const random = seededRandom(2026_11_23);
    await assertAllEnd(Array.from({ length: 20_000 }, () => ({ text: fuzzText(random, classes), fileName: 'story.txt' })));
  });

  it('on 5,000 such texts with Markdown syntax, read as Markdown', async () => {
    const random = seededRandom(5_000);
    await assertAllEnd(Array.from({ length: 5_000 }, () => ({ text: fuzzMarkdown(random, classes), fileName: 'story.md' })));
  });

  it('on 1,000 longer texts, each typed into ten times (analyzeEdit)', async () => {
    const random = seededRandom(1_000);
    const jobs = Array.from({ length: 1_000 }, (_, i) => {
      const fileName = i % 4 === 0 ? 'story.md' : 'story.txt';
      const text = fileName.endsWith('.md') ? fuzzMarkdown(random, classes) : Array.from({ length: 3 + random(6) }, () => fuzzText(random, classes)).join('\n\n');
      return { text, fileName, edits: fuzzEdits(random, text, 10) };
    });
    await assertAllEnd(jobs);
  });

  it('on phrases a rule once looped on or threw on', async () => {
    const texts = [
      'The council ad agreed to go.',
      'According to Salonen, the regional council ad agreed to protect the bridge.',
      'Campaign group Clear Skies Tarn said it would appeal.',
      // a headline ending in a noun for a person: the role-then-name rule read past the headline's end
      "Tarn's survivor\n\n“We won,” he said.",
      // a name connector alone before a reporting verb made a phrase of no words
      '“Van said ‘no’ to it,” she said.',
    ];
    await assertAllEnd(texts.map((text) => ({ text, fileName: 'story.txt' })));
  });
});
