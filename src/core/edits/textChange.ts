/** One change as an editor reports it: `text` replaces [start, end) of the previous text. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/** The text after a change. */
export function applyTextChange(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}
