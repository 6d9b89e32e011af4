/**
 * The reports list every annotation twice, by article and by speaker, and the two renderings
 * differ only in the number and the line naming the article or speaker. The first is rendered;
 * the second repeats the text around that line from the output (TextWriter.repeat), which costs
 * two slices where rendering again cost as much as the first time.
 */
import type { ReportItem } from './report';
import type { TextWriter } from './writer';

/** Where each item's text before and after the varying line was written, by item index. */
export class RepeatedItems {
  private readonly at: Float64Array;

  constructor(count: number) {
    this.at = new Float64Array(count * 4);
  }

  /** Writes `head`, `middle`, `tail` for the item, remembering where head and tail went. */
  write(w: TextWriter, item: ReportItem, head: () => void, middle: string, tail: () => void): void {
    const i = item.index * 4;
    this.at[i] = w.offset;
    head();
    this.at[i + 1] = w.offset;
    w.write(middle);
    this.at[i + 2] = w.offset;
    tail();
    this.at[i + 3] = w.offset;
  }

  /** The item's head and tail as written before, `middle` between them. */
  repeat(w: TextWriter, item: ReportItem, middle: string): void {
    const i = item.index * 4;
    w.repeat(this.at[i], this.at[i + 1]);
    w.write(middle);
    w.repeat(this.at[i + 2], this.at[i + 3]);
  }
}
