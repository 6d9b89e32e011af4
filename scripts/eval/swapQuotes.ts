/**
 * The other quoting convention for a gold article: quotes in double marks set in single ones and
 * the other way round (“…‘…’…” becomes ‘…“…”…’), straight apostrophes made curly where single
 * marks now stand outside. Every mark is one UTF-16 unit, so the gold's offsets still hold. The
 * engine is scored on copy of both conventions; a set written in one tells, swapped, how much of
 * its score depends on that convention (`npm run eval -- --swap-quotes DIR`).
 *
 * Only the marks of gold quotes are swapped (the one before a quote's first character, the one
 * after its last, and the one reopening it on each later paragraph): the gold says which marks
 * are quotes and which are apostrophes, which is the very thing the engine must work out.
 */
import type { GoldQuote } from './match';

const DOUBLE = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']);
const SINGLE = new Set(["'", '\u2018', '\u2019', '\u201a', '\u2039', '\u203a']);

function isMark(ch: string | undefined): boolean {
  return ch !== undefined && (DOUBLE.has(ch) || SINGLE.has(ch));
}

/** How many other gold quotes hold this one. */
function depthOf(q: GoldQuote, quotes: readonly GoldQuote[]): number {
  return quotes.filter((o) => o !== q && o.start <= q.start && o.end >= q.end && (o.start < q.start || o.end > q.end)).length;
}

export interface SwappedArticle {
  text: string;
  /** True when the article's outer quotes were double (now single), false when single (now double). */
  toSingle: boolean;
  /** How many marks were swapped. */
  marks: number;
}

export function swapQuoteStyle(text: string, gold: readonly GoldQuote[]): SwappedArticle {
  const quotes = gold.filter((q) => q.end > q.start && q.start > 0 && q.end <= text.length);
  const depths = quotes.map((q) => depthOf(q, quotes));
  // the convention outside: the mark before the outermost quotes, by majority
  let double = 0;
  let single = 0;
  quotes.forEach((q, i) => {
    if (depths[i] !== 0) return;
    if (DOUBLE.has(text[q.start - 1])) double++;
    else if (SINGLE.has(text[q.start - 1])) single++;
  });
  const toSingle = double >= single;
  const swapped = new Map<number, string>();
  quotes.forEach((q, i) => {
    const singleHere = (depths[i] % 2 === 0) === toSingle;
    const [open, close] = singleHere ? ['\u2018', '\u2019'] : ['\u201c', '\u201d'];
    const opened = text[q.start - 1];
    if (isMark(opened)) swapped.set(q.start - 1, open);
    if (isMark(text[q.end])) swapped.set(q.end, close);
    // a quote running over paragraphs opens again at the start of each
    for (let k = text.indexOf('\n', q.start); k !== -1 && k < q.end; k = text.indexOf('\n', k + 1)) {
      let at = k + 1;
      while (at < q.end && (text[at] === '\n' || text[at] === '\r' || text[at] === ' ')) at++;
      if (at < q.end && text[at] === opened && !swapped.has(at)) swapped.set(at, open);
    }
  });
  const out = text.split('');
  for (const [at, mark] of swapped) out[at] = mark;
  // in single-quoted copy an apostrophe is the closing mark's character, as typeset
  if (toSingle) for (let k = 0; k < out.length; k++) if (out[k] === "'" && !swapped.has(k)) out[k] = '\u2019';
  return { text: out.join(''), toSingle, marks: swapped.size };
}
