import { isRegexSpace } from './chars';
import type { Paragraph } from './types';

/**
 * Plain-text articles put one paragraph on a line; Markdown wraps paragraphs across lines and
 * separates them by blank lines (a heading, list item or quote line still stands alone).
 */
export function splitParagraphs(text: string, format: 'text' | 'markdown'): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = -1;
  let end = -1;
  let pos = 0;
  const flush = () => {
    if (start >= 0) paragraphs.push({ start, end, index: paragraphs.length });
    start = -1;
  };
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let lineEnd = nl;
    if (lineEnd > pos && text[lineEnd - 1] === '\r') lineEnd--;
    // the line's first and last characters other than white space (\s, no-break space, BOM)
    let first = pos;
    while (first < lineEnd && isRegexSpace(text.charCodeAt(first))) first++;
    if (first === lineEnd) {
      flush();
    } else {
      let last = lineEnd;
      while (last > first && isRegexSpace(text.charCodeAt(last - 1))) last--;
      const standsAlone = format === 'text' || /^\s{0,3}([#>]|[-*+] |\d+[.)] )/.test(text.slice(pos, lineEnd));
      if (standsAlone) flush();
      if (start < 0) start = first;
      end = last;
      if (standsAlone) flush();
    }
    pos = nl + 1;
  }
  flush();
  return paragraphs;
}
