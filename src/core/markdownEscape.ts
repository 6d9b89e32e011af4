/**
 * Article text shown inside Markdown (hovers, tooltips) must read as plain text: a quote that
 * contains `[x](command:...)`, `*`, `<img>` or `$(icon)` must not turn into a link, emphasis,
 * HTML or a theme icon.
 */

// Every ASCII punctuation character may be backslash-escaped in CommonMark, so escaping the whole
// set is safe; `$` is included because VS Code reads `$(name)` as a theme icon.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&$"':=]/g;

/** Escapes text so that Markdown renders it literally. Line breaks become spaces (hovers are one paragraph per field). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/**
 * Escapes text for Markdown after shortening it to at most `maxLength` characters (an ellipsis
 * marks the cut). Shortening first keeps the cut from splitting an escape sequence.
 */
export function escapeMarkdownExcerpt(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length > maxLength ? `${flat.slice(0, Math.max(0, maxLength - 1)).trimEnd()}…` : flat;
  return escapeMarkdown(cut);
}
