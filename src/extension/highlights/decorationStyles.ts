import * as vscode from 'vscode';

export const PALETTE_SIZE = 8;

/** Each kind of highlight has one decoration type; `speaker1`…`speaker8` are the palette slots. */
export type HighlightKind = `speaker${number}` | 'unattributed' | 'softQuote' | 'claim' | 'cue';

export const SPEAKER_KINDS: HighlightKind[] = Array.from({ length: PALETTE_SIZE }, (_, i) => `speaker${i + 1}` as HighlightKind);
export const ALL_KINDS: HighlightKind[] = [...SPEAKER_KINDS, 'unattributed', 'softQuote', 'claim', 'cue'];

function color(id: string): vscode.ThemeColor {
  return new vscode.ThemeColor(`claimAnnotator.${id}`);
}

/** Colours come from `contributes.colors`, so themes and users can override every one of them. */
function styleOf(kind: HighlightKind): vscode.DecorationRenderOptions {
  switch (kind) {
    case 'unattributed':
      return {
        backgroundColor: color('unattributedBackground'),
        overviewRulerColor: color('unattributedBackground'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        borderRadius: '2px',
      };
    case 'softQuote':
      // Scare quotes and titles are not anyone's words: marked, but quietly.
      return { fontStyle: 'italic', border: '1px dotted', borderColor: color('softQuoteBorder'), borderRadius: '2px' };
    case 'claim':
      return {
        textDecoration: 'underline dotted',
        // Underline colour via textDecoration only accepts CSS; the ruler mark uses the theme colour.
        overviewRulerColor: color('claimUnderline'),
        overviewRulerLane: vscode.OverviewRulerLane.Center,
      };
    case 'cue':
      return { fontWeight: 'bold', borderStyle: 'none none solid none', borderWidth: '1px', borderColor: color('cueBorder') };
    default: {
      const slot = color(`${kind}Background`);
      return { backgroundColor: slot, overviewRulerColor: slot, overviewRulerLane: vscode.OverviewRulerLane.Right, borderRadius: '2px' };
    }
  }
}

export function createDecorationTypes(): Map<HighlightKind, vscode.TextEditorDecorationType> {
  return new Map(ALL_KINDS.map((kind) => [kind, vscode.window.createTextEditorDecorationType(styleOf(kind))]));
}

/**
 * For the kinds that mark the overview ruler, a type that marks it and nothing else: a long
 * article's editor is sent only the highlights near what it shows (see Highlighter), and these
 * keep the ruler marking where the rest are, with one coarse mark per stretch of lines.
 */
export function createRulerTypes(): Map<HighlightKind, vscode.TextEditorDecorationType> {
  const types = new Map<HighlightKind, vscode.TextEditorDecorationType>();
  for (const kind of ALL_KINDS.filter(marksRuler)) {
    const { overviewRulerColor, overviewRulerLane } = styleOf(kind);
    types.set(kind, vscode.window.createTextEditorDecorationType({ overviewRulerColor, overviewRulerLane }));
  }
  return types;
}

/** Whether a kind's highlights mark the overview ruler (scare quotes and cues do not: they stand beside quotes that do). */
export function marksRuler(kind: HighlightKind): boolean {
  return kind !== 'softQuote' && kind !== 'cue';
}

/** Whether a kind's spans are listed in text order: quotes and claims are; cues follow their quotes, and one may stand before its quote. */
export function inTextOrder(kind: HighlightKind): boolean {
  return kind !== 'cue';
}
