/**
 * A deliberately small argument parser: boolean flags, flags with a value, and positionals.
 * Commands declare their flags, so anything else is reported as unknown instead of being
 * silently ignored.
 */

export interface FlagSpec {
  /** Long name without dashes ("json"). */
  name: string;
  short?: string;
  description: string;
  /** Placeholder of the value the flag takes (`--out FILE`, `--out=FILE`); absent for a boolean flag. */
  value?: string;
}

export interface ParsedArgs {
  flags: Set<string>;
  /** Values of flags that take one, in command-line order (a flag may be repeated). */
  values: Map<string, string[]>;
  positionals: string[];
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
    } else if (arg === '--') {
      // Everything after "--" is a path, even "--json" (a file may be called that).
      onlyPositionals = true;
    } else {
      const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      const spec = name.startsWith('--')
        ? specs.find((s) => s.name === name.slice(2))
        : specs.find((s) => s.short !== undefined && s.short === name.slice(1));
      if (!spec) throw new UsageError(`unknown option '${name}'`);
      flags.add(spec.name);
      if (spec.value === undefined) {
        if (eq > 0) throw new UsageError(`option '${name}' takes no value`);
        continue;
      }
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`option '${name}' needs a value (${spec.value})`);
      values.set(spec.name, [...(values.get(spec.name) ?? []), value]);
    }
  }
  return { flags, values, positionals };
}

/** "  --json, -j   description" lines, aligned. */
export function describeFlags(specs: readonly FlagSpec[]): string[] {
  return alignRows(specs.map((s) => [`--${s.name}${s.value ? ` ${s.value}` : ''}${s.short ? `, -${s.short}` : ''}`, s.description]));
}

/** Two-column help rows with the second column aligned. */
export function alignRows(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
