/**
 * The shapes the analysis engine produces. Every offset is a UTF-16 code unit index into the
 * article text exactly as it was given (BOM, CRLF and all), so editors can use them directly.
 */

export interface Span {
  start: number;
  end: number;
}

/** speech: someone's words; scare: a word or phrase held at a distance; title: the name of a work or event. */
export type QuoteKind = 'speech' | 'scare' | 'title';

export interface Quote extends Span {
  /** The content inside the marks. */
  text: string;
  kind: QuoteKind;
  /** Canonical speaker name, or null when a careful reader could not tell. */
  speaker: string | null;
  /** 0..1: how sure the attribution is (1 for a reporting verb right beside the quote). */
  confidence: number;
  /** Offsets of the opening and closing marks; closeMark is absent for a paragraph left open. */
  openMark: number;
  closeMark?: number;
  /** Where the attribution cue ("Lavrov said", "according to X") stands, if there is one. */
  cue?: Span;
  /** Which rule attributed it: 'verb-after', 'verb-before', 'colon', 'according-to', 'carry', 'pronoun', ... */
  rule?: string;
  /** Quotes that are parts of one utterance (split quotes, multi-paragraph quotes) share a group. */
  group: number;
  /** Index of the paragraph the quote starts in. */
  paragraph: number;
  /** Depth of nesting: 0 for a quote in the article's own voice, 1 for one inside another quote. */
  depth: number;
  /** Everyone a joint quote is credited to ("the two ambassadors"), speaker first. */
  coSpeakers?: string[];
}

export type ClaimKind = 'quote' | 'reported' | 'statistic' | 'assertion';

export interface Claim extends Span {
  text: string;
  kind: ClaimKind;
  speaker: string | null;
  /** 0..1 check-worthiness. */
  score: number;
  /** Why it was flagged, readable by a reviewer ("number", "percentage", "attribution", ...). */
  signals: string[];
}

export type SpeakerKind = 'person' | 'organisation' | 'document' | 'group';

export interface Speaker {
  /** Canonical display name ("Sergey Lavrov", "the Foreign Ministry"). */
  name: string;
  /** Other forms seen in the text ("Lavrov", "Sergei Lavrov", "the minister"). */
  aliases: string[];
  /** Title or function ("Foreign Minister"), when the text gives one. */
  role: string | null;
  kind: SpeakerKind;
  /** Indices into ArticleAnalysis.quotes of the quotes attributed to this speaker. */
  quotes: number[];
  /** Indices into ArticleAnalysis.claims. */
  claims: number[];
  /** Offsets of the mentions of this speaker in the text. */
  mentions: Span[];
}

export interface ArticleMeta {
  title: string;
  outlet?: string;
  author?: string;
  /** ISO 8601 date (yyyy-mm-dd) when the text gives one that can be read. */
  date?: string;
  url?: string;
}

export interface Paragraph extends Span {
  index: number;
}

export interface ArticleAnalysis {
  meta: ArticleMeta;
  quotes: Quote[];
  claims: Claim[];
  speakers: Speaker[];
  paragraphs: Paragraph[];
}

export interface AnalyzeOptions {
  /** 'markdown' skips front matter, code and link targets; inferred from fileName when absent. */
  format?: 'text' | 'markdown';
  fileName?: string;
  /** User-supplied speaker knowledge (aliases and roles) and per-quote corrections. */
  speakerHints?: SpeakerHints;
  /**
   * How a plain-text article's line breaks read: 'paragraphs', one paragraph on each line, or
   * 'wrapped', lines wrapped inside paragraphs that blank lines (or an indented line) set apart.
   * Found from the text when absent (see isHardWrapped).
   */
  lines?: 'paragraphs' | 'wrapped';
}

export interface SpeakerHints {
  /** canonical name -> aliases that mean the same speaker */
  aliases?: Record<string, string[]>;
  roles?: Record<string, string>;
}
