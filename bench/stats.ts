/** Timing, statistics and the result rows every measurement reports. */
import * as fs from 'fs';

export function now(): number {
  return performance.now();
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

export const MB = 1024 * 1024;

/**
 * CPU time so far of this process's main thread and of all its other threads (V8's compiler and
 * collector helpers, libuv's pool), in ms, from Linux's per-thread schedstat; undefined elsewhere.
 */
export function threadCpuMs(): { main: number; others: number } | undefined {
  try {
    let main = 0;
    let others = 0;
    for (const task of fs.readdirSync('/proc/self/task')) {
      const ns = Number(fs.readFileSync(`/proc/self/task/${task}/schedstat`, 'utf8').split(' ')[0]);
      if (task === String(process.pid)) main = ns / 1e6;
      else others += ns / 1e6;
    }
    return { main, others };
  } catch {
    return undefined;
  }
}

export type Status = 'PASS' | 'FAIL' | 'info' | 'n/a';

export interface Row {
  /** Which measurement of the issue: a, b, c, d, e, f. */
  id: string;
  name: string;
  value: number | null;
  unit: string;
  /** e.g. ">= 30", "< 3000"; absent for rows that only inform. */
  budget?: { op: '>=' | '<'; limit: number };
  status: Status;
  /** Sample counts, sizes, caveats. */
  detail: string;
}

export function row(id: string, name: string, value: number | null, unit: string, detail: string, budget?: Row['budget']): Row {
  let status: Status = 'info';
  if (budget) status = value === null ? 'n/a' : (budget.op === '>=' ? value >= budget.limit : value < budget.limit) ? 'PASS' : 'FAIL';
  return { id, name, value, unit, budget, status, detail };
}

function formatValue(value: number | null): string {
  if (value === null) return '—';
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['', 'measurement', 'value', 'budget', 'status', 'detail'];
  const cells = rows.map((r) => [
    `(${r.id})`,
    r.name,
    `${formatValue(r.value)} ${r.unit}`,
    r.budget ? `${r.budget.op} ${r.budget.limit} ${r.unit}` : '',
    r.status,
    r.detail,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** The same rows as a Markdown table, for the README. */
export function formatMarkdown(rows: readonly Row[]): string {
  const out = ['| | measurement | value | budget | status | detail |', '| --- | --- | --: | --- | --- | --- |'];
  for (const r of rows) {
    out.push(`| (${r.id}) | ${r.name} | ${formatValue(r.value)} ${r.unit} | ${r.budget ? `${r.budget.op === '>=' ? '≥' : '<'} ${r.budget.limit} ${r.unit}` : ''} | ${r.status} | ${r.detail.replace(/\|/g, '\\|')} |`);
  }
  return out.join('\n');
}
