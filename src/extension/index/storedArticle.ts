import type * as vscode from 'vscode';
import type { ArticleAnalysis, ArticleMeta, Claim, EditedText, Paragraph, Quote, ReadableText, Speaker } from '../../core';
import { engine } from '../engine/loadEngine';
import { countsOf, expand, expandSpeakers, type AnalysisCounts, type CompactAnalysis, type StringPool } from './compactAnalysis';

export interface Article {
  readonly uri: vscode.Uri;
  /** `uri.toString()`: the article's id in the corpus index. */
  readonly id: string;
  readonly folder: vscode.WorkspaceFolder;
  readonly relativePath: string;
  /** The text the analysis was made from (the editor's, when the article is open). */
  readonly text: string;
  /** The same text, to read parts of: while typing, it is kept in pieces and `text` joins them. */
  readonly source: ReadableText;
  readonly analysis: ArticleAnalysis;
  readonly title: string;
  /** What a tree row shows, without unpacking the analysis. */
  readonly meta: ArticleMeta;
  readonly counts: AnalysisCounts;
  /** What the corpus index reads (the speakers); the rest is unpacked only if asked for. */
  readonly forCorpus: ArticleAnalysis;
}

export interface ArticlePlace {
  readonly uri: vscode.Uri;
  readonly id: string;
  readonly folder: vscode.WorkspaceFolder;
  readonly relativePath: string;
}

function countAnalysis({ quotes, claims, speakers }: ArticleAnalysis): AnalysisCounts {
  return { quotes: quotes.length, speech: quotes.filter((q) => q.kind === 'speech').length, claims: claims.length, speakers: speakers.length };
}

/** An article open in an editor: its text and analysis as they are, for highlights, hovers and edits. */
export class ResidentArticle implements Article {
  readonly uri: vscode.Uri;
  readonly id: string;
  readonly folder: vscode.WorkspaceFolder;
  readonly relativePath: string;
  private countCache: AnalysisCounts | undefined;

  /** The text in the pieces the editor's changes made (see EditedText): edits of an open article read it so. */
  readonly source: EditedText;

  constructor(
    place: ArticlePlace,
    text: string | EditedText,
    readonly analysis: ArticleAnalysis,
    readonly title: string,
  ) {
    ({ uri: this.uri, id: this.id, folder: this.folder, relativePath: this.relativePath } = place);
    this.source = typeof text === 'string' ? engine().EditedText.of(text) : text;
  }

  get text(): string {
    return this.source.toString();
  }

  get meta(): ArticleMeta {
    return this.analysis.meta;
  }

  get counts(): AnalysisCounts {
    return (this.countCache ??= countAnalysis(this.analysis));
  }

  get forCorpus(): ArticleAnalysis {
    return this.analysis;
  }
}

/**
 * The last articles unpacked stay unpacked for a while, so a tree expanding one article or a hover
 * moving over one quote does not unpack it again on every call.
 */
export class RecentlyUnpacked {
  private readonly owners: unknown[];
  private readonly values: unknown[];
  private next = 0;

  constructor(size = 32) {
    this.owners = new Array<unknown>(size);
    this.values = new Array<unknown>(size);
  }

  find<T>(owner: object): T | undefined {
    const i = this.owners.indexOf(owner);
    return i < 0 ? undefined : (this.values[i] as T);
  }

  keep<T>(owner: object, value: T): T {
    if (this.owners.includes(owner)) return value;
    this.owners[this.next] = owner;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.owners.length;
    return value;
  }
}

/**
 * What the corpus index is given for a packed article: it reads the speakers once and keeps the
 * view, so everything is unpacked as read and nothing of it is kept.
 */
class CorpusView implements ArticleAnalysis {
  constructor(
    private readonly article: Article,
    private readonly packed: CompactAnalysis,
  ) {}

  get meta(): ArticleMeta {
    return this.packed.meta;
  }

  get speakers(): Speaker[] {
    return expandSpeakers(this.packed);
  }

  get quotes(): Quote[] {
    return this.article.analysis.quotes;
  }

  get claims(): Claim[] {
    return this.article.analysis.claims;
  }

  get paragraphs(): Paragraph[] {
    return this.article.analysis.paragraphs;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

interface Unpacked {
  text: string;
  analysis?: ArticleAnalysis;
}

/**
 * An article no editor shows, kept small: the file's UTF-8 bytes (outside the JavaScript heap, and
 * half the size of the string once the text has a curly quote or a dash) and the analysis packed
 * (see compactAnalysis).
 * The text and analysis are unpacked on demand and are equal to what was analysed.
 */
export class CompactArticle implements Article {
  readonly uri: vscode.Uri;
  readonly id: string;
  readonly folder: vscode.WorkspaceFolder;
  readonly relativePath: string;
  readonly title: string;
  private countCache: AnalysisCounts | undefined;

  constructor(
    place: ArticlePlace,
    /** The bytes the analysis was made from (UTF-8, a BOM included). */
    private readonly bytes: Uint8Array,
    /** The analysis, packed (its strings from `pool`). */
    private readonly packed: CompactAnalysis,
    title: string,
    pool: StringPool,
    private readonly recent: RecentlyUnpacked,
  ) {
    ({ uri: this.uri, id: this.id, folder: this.folder, relativePath: this.relativePath } = place);
    this.title = pool.intern(title);
  }

  get text(): string {
    return this.unpack().text;
  }

  get source(): ReadableText {
    return this.text;
  }

  get analysis(): ArticleAnalysis {
    const unpacked = this.unpack();
    unpacked.analysis ??= expand(this.packed, unpacked.text);
    return unpacked.analysis;
  }

  get meta(): ArticleMeta {
    return this.packed.meta;
  }

  get counts(): AnalysisCounts {
    return (this.countCache ??= countsOf(this.packed));
  }

  get forCorpus(): ArticleAnalysis {
    return new CorpusView(this, this.packed);
  }

  private unpack(): Unpacked {
    // Only the last few articles unpacked are kept (a weak reference would keep every text a loop
    // over all articles touched until the loop's job ended).
    const unpacked = this.recent.find<Unpacked>(this) ?? { text: utf8.decode(this.bytes) };
    return this.recent.keep(this, unpacked);
  }
}
