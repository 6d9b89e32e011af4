/**
 * `JSON.stringify(value, null, 2)`, byte for byte, with its large arrays made and rendered a group
 * at a time. One JSON.stringify of 100,000 annotations needs all their objects at once, and
 * collecting the garbage of them cost more than the rendering; a group's objects are garbage as
 * soon as the group is text. JSON.stringify still renders every value, quoting and escaping
 * included: only the layout around the groups is written here.
 *
 * For plain data (no toJSON, no Map): what the export formats build.
 */
import type { TextWriter } from './writer';

const INDENT = '  ';

/** An array whose elements come in groups, each made only when it is written. */
export class JsonGroups {
  constructor(readonly groups: Iterable<readonly unknown[]>) {}
}

/** JSON values made from `items` `size` at a time, for a JsonGroups. */
export function* inGroups<T>(items: readonly T[], size: number, make: (item: T) => unknown): Generator<unknown[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size).map(make);
}

/** The nesting JSON.stringify puts around a value `depth` levels down: what is cut off again. */
const wrappers: { prefix: number; suffix: number }[] = [];

function wrapper(depth: number): { prefix: number; suffix: number } {
  let w = wrappers[depth];
  if (!w) {
    let probe: unknown = 0;
    for (let d = 0; d < depth; d++) probe = [probe];
    const text = JSON.stringify(probe, null, INDENT);
    const prefix = text.indexOf('0');
    w = wrappers[depth] = { prefix, suffix: text.length - prefix - 1 };
  }
  return w;
}

/** A value as JSON.stringify indents it `depth` levels down: inside that many arrays, then cut out. */
function stringifyAt(value: unknown, depth: number): string {
  if (depth === 0) return JSON.stringify(value, null, INDENT);
  let nested = value;
  for (let d = 0; d < depth; d++) nested = [nested];
  const { prefix, suffix } = wrapper(depth);
  const text = JSON.stringify(nested, null, INDENT);
  return text.slice(prefix, text.length - suffix);
}

function holdsGroups(value: unknown): boolean {
  if (value instanceof JsonGroups) return true;
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).some(holdsGroups);
}

/** Properties JSON.stringify leaves out. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function writeGroups(w: TextWriter, array: JsonGroups, depth: number): void {
  // A group renders as `[\n` + its elements, indented one level deeper + `\n` + indent + `]`.
  const close = 2 + INDENT.length * depth;
  let first = true;
  for (const group of array.groups) {
    if (group.length === 0) continue;
    const text = stringifyAt(group, depth);
    w.write(first ? '[\n' : ',\n');
    w.write(text.slice(2, text.length - close));
    first = false;
  }
  w.write(first ? '[]' : `\n${INDENT.repeat(depth)}]`);
}

/** Writes `value` as JSON.stringify(value, null, 2) would, `depth` levels down. */
export function writeJson(w: TextWriter, value: unknown, depth = 0): void {
  if (value instanceof JsonGroups) return writeGroups(w, value, depth);
  if (!holdsGroups(value)) {
    w.write(stringifyAt(value, depth));
    return;
  }
  // An object on the way to a JsonGroups: its keys in order, as JSON.stringify lays them out.
  const inner = `\n${INDENT.repeat(depth + 1)}`;
  let first = true;
  for (const [key, v] of Object.entries(value as object)) {
    if (omitted(v)) continue;
    w.write(first ? `{${inner}` : `,${inner}`);
    w.write(JSON.stringify(key));
    w.write(': ');
    writeJson(w, v, depth + 1);
    first = false;
  }
  w.write(first ? '{}' : `\n${INDENT.repeat(depth)}}`);
}
