/**
 * An article hard-wrapped as wire and e-mailed copy is: each line broken at the last space that
 * keeps it within `width` columns. Spaces become line breaks, so the gold's offsets still hold
 * (`npm run eval -- --wrap 72 DIR`). Lines already shorter stay as they are.
 */
export function wrapLines(text: string, width: number): string {
  const out = text.split('');
  let column = 0;
  let space = -1;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '\n') {
      column = 0;
      space = -1;
      continue;
    }
    if (out[i] === ' ') space = i;
    column++;
    if (column > width && space >= 0) {
      out[space] = '\n';
      column = i - space;
      space = -1;
    }
  }
  return out.join('');
}
