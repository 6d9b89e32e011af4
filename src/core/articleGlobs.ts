/**
 * Which workspace files count as articles. One list, shared by the CLI and the extension, so that
 * `claim-annotator analyze folder/` and the editor always agree on what they look at.
 * Globs are minimatch patterns relative to the folder being walked.
 */

export const DEFAULT_ARTICLE_INCLUDE: readonly string[] = ['**/*.txt', '**/*.md'];

/** Sidecars stay excluded even when a user widens the include list to YAML or to every file. */
export const DEFAULT_ARTICLE_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/.git/**', '**/*.annotations.yaml'];

export type ArticleFormat = 'text' | 'markdown';

const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];

/** The format is decided by the file name alone: content sniffing would make the same file analyse differently after an edit. */
export function articleFormat(fileName: string): ArticleFormat {
  const lower = fileName.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((ext) => lower.endsWith(ext)) ? 'markdown' : 'text';
}
