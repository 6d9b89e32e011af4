/**
 * A deliberately small argument parser: boolean flags and positionals. Commands declare their
 * flags, so anything else is reported as unknown instead of being silently ignored.
 */

export interface FlagSpec {
  /** Long name without dashes ("json"). */
  name: string;
  short?: string;
  description: string;
}

export interface ParsedArgs {
  flags: Set<string>;
  positionals: string[];
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const flags = new Set<string>();
  const positionals: string[] = [];
  let onlyPositionals = false;
  for (const arg of argv) {
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
    } else if (arg === '--') {
      // Everything after "--" is a path, even "--json" (a file may be called that).
      onlyPositionals = true;
    } else {
      const spec = arg.startsWith('--')
        ? specs.find((s) => s.name === arg.slice(2))
        : specs.find((s) => s.short !== undefined && s.short === arg.slice(1));
      if (!spec) throw new UsageError(`unknown option '${arg}'`);
      flags.add(spec.name);
    }
  }
  return { flags, positionals };
}

/** "  --json, -j   description" lines, aligned. */
export function describeFlags(specs: readonly FlagSpec[]): string[] {
  return alignRows(specs.map((s) => [`--${s.name}${s.short ? `, -${s.short}` : ''}`, s.description]));
}

/** Two-column help rows with the second column aligned. */
export function alignRows(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
