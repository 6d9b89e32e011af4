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
    const line = text.slice(pos, lineEnd);
    const first = line.search(/[^\s\u00a0\ufeff]/u);
    if (first < 0) {
      flush();
    } else {
      const last = pos + line.replace(/[\s\u00a0\ufeff]+$/u, '').length;
      const standsAlone = format === 'text' || /^\s{0,3}([#>]|[-*+] |\d+[.)] )/.test(line);
      if (standsAlone) flush();
      if (start < 0) start = pos + first;
      end = last;
      if (standsAlone) flush();
    }
    pos = nl + 1;
  }
  flush();
  return paragraphs;
}
