/**
 * CSV for spreadsheets: RFC 4180 (CRLF after every row, fields with a comma, quote, CR or LF in
 * double quotes, quotes doubled), UTF-8 with a byte order mark because Excel reads BOM-less CSV
 * in the legacy code page.
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and some
 * with a leading tab or CR) as a formula, so a note such as `=HYPERLINK("http://x","y")` would
 * become a live link. Such cells get a leading apostrophe, which spreadsheets show as text and
 * hide; the value itself is otherwise unchanged (a reader can strip the one apostrophe). Leading
 * spaces do not hide the character (some programs trim them), and full-width forms count too.
 */
import type { ExportModel } from './types';

export const CSV_HEADER = ['article', 'line', 'start', 'end', 'speaker', 'verdict', 'tags', 'text', 'note', 'reviewer', 'created', 'modified', 'status', 'id'] as const;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]|^[ \n]+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Whether a spreadsheet could read the cell as a formula. */
export function isFormulaLike(cell: string): boolean {
  return FORMULA_START.test(cell);
}

export function neutralizeFormula(cell: string): string {
  return isFormulaLike(cell) ? `'${cell}` : cell;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Numbers are written as they are: only text can carry a formula. */
function row(cells: readonly (string | number | undefined)[]): string {
  return cells.map((c) => (c === undefined ? '' : typeof c === 'number' ? String(c) : csvField(neutralizeFormula(c)))).join(',') + '\r\n';
}

export function exportCsv(model: ExportModel): string {
  let out = BOM + row(CSV_HEADER);
  for (const article of model.articles) {
    for (const e of article.entries) {
      const a = e.annotation;
      out += row([article.path, e.line, e.start, e.end, e.speaker ?? '', a.verdict, a.tags.join(';'), e.text, a.note, a.reviewer, a.created, a.modified, e.status, a.id]);
    }
  }
  return out;
}
