/**
 * Where sidecar files live and what their `article:` may point at, as string logic on
 * forward-slash paths (the CLI and the extension convert their own paths).
 */

export const SIDECAR_SUFFIX = '.annotations.yaml';

/** `news/lavrov.txt` → `news/lavrov.txt.annotations.yaml`. */
export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX) && path.length > SIDECAR_SUFFIX.length;
}

/** The article a sidecar is named after (`a.txt.annotations.yaml` → `a.txt`), if it follows the convention. */
export function articlePathFor(sidecarPath: string): string | undefined {
  return isSidecarPath(sidecarPath) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}

/**
 * The `article:` value as a clean relative path inside the sidecar's folder tree, or an error.
 * A sidecar is data that may come from someone else (a pull request, a shared folder), so it must
 * never make a tool read `/etc/passwd` or `../../secrets`.
 */
export function checkArticleReference(article: string): { ok: true; path: string } | { ok: false; error: string } {
  if (article.trim() === '') return { ok: false, error: '`article` is empty' };
  if (article.includes('\\')) return { ok: false, error: '`article` must use forward slashes' };
  if (article.startsWith('/') || /^[A-Za-z]:/.test(article) || article.includes('\0')) {
    return { ok: false, error: `\`article\` must be relative to the sidecar's folder, not an absolute path: ${article}` };
  }
  const parts: string[] = [];
  for (const segment of article.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return { ok: false, error: `\`article\` must stay inside the sidecar's folder: ${article}` };
      parts.pop();
    } else parts.push(segment);
  }
  if (parts.length === 0) return { ok: false, error: '`article` names no file' };
  return { ok: true, path: parts.join('/') };
}
