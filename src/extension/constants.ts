/** Identifiers shared between package.json and the code; a typo here would be a silent no-op. */

export const EXTENSION_ID = 'claim-annotator.claim-annotator';

export const Commands = {
  refresh: 'claimAnnotator.refresh',
  toggleHighlights: 'claimAnnotator.toggleHighlights',
  nextQuoteBySpeaker: 'claimAnnotator.nextQuoteBySpeaker',
  previousQuoteBySpeaker: 'claimAnnotator.previousQuoteBySpeaker',
  showAllQuotesBySpeaker: 'claimAnnotator.showAllQuotesBySpeaker',
  goToSpeaker: 'claimAnnotator.goToSpeaker',
  setSpeaker: 'claimAnnotator.setSpeaker',
  mergeSpeakers: 'claimAnnotator.mergeSpeakers',
  copyQuoteText: 'claimAnnotator.copyQuoteText',
  revealArticleInTree: 'claimAnnotator.revealArticleInTree',
  /** Internal: open an article with a range selected (tree items, hover links). */
  openRange: 'claimAnnotator.openRange',
  /** Internal, for integration tests: the ranges the highlighter last applied to the active editor. */
  testDecorations: 'claimAnnotator._test.decorations',
} as const;

export const Views = {
  articles: 'claimAnnotator.articles',
  speakers: 'claimAnnotator.speakers',
} as const;

export const CONFIG_SECTION = 'claimAnnotator';

export const Settings = {
  include: 'articles.include',
  exclude: 'articles.exclude',
  maxFileSize: 'maxFileSize',
  highlightsEnabled: 'highlights.enabled',
  followCursor: 'articles.followCursor',
} as const;

/** Sidecar files sit beside the article: `lavrov.txt` → `lavrov.txt.annotations.yaml`. */
export const SIDECAR_SUFFIX = '.annotations.yaml';
/** Speaker aliases and roles, per workspace folder. */
export const SPEAKER_DIRECTORY_PATH = ['.claim-annotator', 'speakers.yaml'] as const;
