import { lastStartAtOrBefore } from '../../core/lines';

/**
 * Line/character positions of offsets in article text that is not open in an editor (comment
 * threads and tree items need ranges for closed articles too). Line breaks are counted the way
 * VS Code counts them: `\r\n`, `\n` and a lone `\r`.
 */
export interface LinePosition {
  line: number;
  character: number;
}

export class TextPositions {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (c === 10 || c === 13) this.starts.push(i + 1);
    }
  }

  positionAt(offset: number): LinePosition {
    const line = lastStartAtOrBefore(this.starts, offset);
    return { line, character: Math.max(0, offset - this.starts[line]) };
  }
}
