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
