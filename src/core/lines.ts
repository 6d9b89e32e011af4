/** Offsets where each line starts; lines end at `\n` (a CRLF's `\r` stays on its line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and UTF-16 column, the way editors, compilers and the `analyze` report count them. */
export function lineAndColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  const line = lastStartAtOrBefore(starts, offset);
  return { line: line + 1, column: offset - starts[line] + 1 };
}

/** The index of the last of the ascending `starts` at or before `offset` (0 when none is). */
export function lastStartAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
