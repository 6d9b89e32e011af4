/**
 * The glob patterns the article settings and the CLI take, matched against '/'-separated relative
 * paths. The syntax is VS Code's (what `findFiles` takes for the same settings), matched as
 * minimatch matches it: `*` and `?` within one path segment, `**` as a whole segment for any
 * number of segments, `[abc]`, `[a-z]` and `[!abc]` classes, `{a,b}` alternatives (nested too),
 * and `\` to take the next character as it is. A path segment starting with a dot is matched by a
 * wildcard only when `dot` is set, and `.` and `..` never are; `..` in a pattern is not resolved
 * (paths from a workspace walk have none). A pattern is compiled once: a scan
 * matches every file of a workspace against the same few patterns.
 */
export type PathMatcher = (path: string) => boolean;

export function globMatcher(pattern: string, options: { dot?: boolean } = {}): PathMatcher {
  const dot = options.dot ?? false;
  const alternatives = expandBraces(pattern).map((p) => p.split('/').map((segment) => compileSegment(segment, dot)));
  return (path) => {
    const segments = path.split('/');
    // "dir/" (a folder, as a walk names it to prune it) is matched as dir is too
    const folder = segments.length > 1 && segments[segments.length - 1] === '' ? segments.slice(0, -1) : undefined;
    return alternatives.some((parts) => matchSegments(parts, 0, segments, 0, dot, new Map()) || (folder !== undefined && matchSegments(parts, 0, folder, 0, dot, new Map())));
  };
}

type Part = RegExp | typeof GLOBSTAR;
const GLOBSTAR = Symbol('**');

function matchSegments(parts: readonly Part[], p: number, segments: readonly string[], s: number, dot: boolean, seen: Map<number, boolean>): boolean {
  const key = p * (segments.length + 1) + s;
  const known = seen.get(key);
  if (known !== undefined) return known;
  let result: boolean;
  if (p === parts.length) result = s === segments.length;
  else {
    const part = parts[p];
    if (part === GLOBSTAR) {
      // zero segments, or one more segment that a wildcard may stand for; a trailing ** stands for
      // one segment at least ("a/**" is what is inside a, not a itself)
      const last = p === parts.length - 1;
      result =
        (!last && matchSegments(parts, p + 1, segments, s, dot, seen)) ||
        (s < segments.length && wildcardMayMatch(segments[s], dot) && (last ? matchSegments(parts, p, segments, s + 1, dot, seen) || s + 1 === segments.length : matchSegments(parts, p, segments, s + 1, dot, seen)));
    } else result = s < segments.length && part.test(segments[s]) && matchSegments(parts, p + 1, segments, s + 1, dot, seen);
  }
  seen.set(key, result);
  return result;
}

function wildcardMayMatch(segment: string, dot: boolean): boolean {
  if (segment === '.' || segment === '..') return false;
  return dot || !segment.startsWith('.');
}

function compileSegment(segment: string, dot: boolean): Part {
  if (segment === '**') return GLOBSTAR;
  let source = '';
  let wild = false;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) source += escapeChar(segment[++i]);
    else if (c === '*') {
      // consecutive stars are one star within a segment
      while (segment[i + 1] === '*') i++;
      source += '[^/]*';
      wild = true;
    } else if (c === '?') {
      source += '[^/]';
      wild = true;
    } else if (c === '[') {
      const cls = readClass(segment, i);
      if (cls) {
        source += cls.source;
        i = cls.end;
        wild = true;
      } else source += '\\[';
    } else source += escapeChar(c);
  }
  // A wildcard at the start of a segment does not stand for a leading dot, and a segment with a
  // wildcard never matches . or .. (only those written out do).
  const explicitDot = segment.startsWith('.') || segment.startsWith('\\.');
  // (and a wildcard segment stands for one character at least: "b/*" is not "b/")
  const guard = !wild ? '' : dot || explicitDot ? '(?=.)(?!\\.{1,2}$)' : '(?=.)(?!\\.)';
  return new RegExp(`^${guard}${source}$`);
}

/** `[abc]`, `[a-z]`, `[!abc]` or `[^abc]` starting at `at`, or undefined when it does not close. */
function readClass(segment: string, at: number): { source: string; end: number } | undefined {
  let i = at + 1;
  let negate = false;
  if (segment[i] === '!' || segment[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  const first = i;
  for (; i < segment.length; i++) {
    const c = segment[i];
    if (c === ']' && i > first) return { source: negate ? `[^/${body}]` : `[${body}]`, end: i };
    if (c === '\\' && i + 1 < segment.length) body += escapeClassChar(segment[++i]);
    else if (c === '-' && body && i + 1 < segment.length && segment[i + 1] !== ']') body += '-';
    else body += escapeClassChar(c);
  }
  return undefined;
}

function escapeChar(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

function escapeClassChar(c: string): string {
  return c === ']' || c === '\\' || c === '^' || c === '-' || c === '[' ? `\\${c}` : c;
}

/** `a{b,c{d,e}}f` → abf, acdf, acef. Braces without a comma at their level, or unclosed, stay as they are. */
export function expandBraces(pattern: string): string[] {
  const open = findBrace(pattern);
  if (!open) return [pattern];
  const { start, end, options } = open;
  const before = pattern.slice(0, start);
  const after = expandBraces(pattern.slice(end + 1));
  const out: string[] = [];
  for (const option of options) for (const expanded of expandBraces(option)) for (const rest of after) out.push(before + expanded + rest);
  return out;
}

/** The first brace group with a comma at its own level, skipping escaped characters. */
function findBrace(pattern: string): { start: number; end: number; options: string[] } | undefined {
  for (let start = 0; start < pattern.length; start++) {
    const c = pattern[start];
    if (c === '\\') {
      start++;
      continue;
    }
    if (c !== '{') continue;
    let depth = 0;
    let last = start + 1;
    const options: string[] = [];
    for (let i = start; i < pattern.length; i++) {
      const d = pattern[i];
      if (d === '\\') {
        i++;
        continue;
      }
      if (d === '{') depth++;
      else if (d === '}') {
        depth--;
        if (depth === 0) {
          if (!options.length) break;
          options.push(pattern.slice(last, i));
          return { start, end: i, options };
        }
      } else if (d === ',' && depth === 1) {
        options.push(pattern.slice(last, i));
        last = i + 1;
      }
    }
  }
  return undefined;
}
