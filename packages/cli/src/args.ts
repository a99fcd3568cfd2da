import { UsageError } from './io.js';
import type { Words } from './words.js';

/** The command line, read: the command, its files, and the options given. */
export interface Args {
  command: string | undefined;
  files: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/** Options that take a value, and those that are a switch. */
const VALUED = new Set(['--lang', '--format', '--patch', '--component', '--id', '--folder', '--integrity']);
const SWITCHES = new Set(['--json', '--jsonl', '--help', '-h']);

/**
 * Reads `anders-kijken <command> [files] [--option value] [--switch]`. `--option=value` works too.
 * A lone `-` is a file: standard input.
 */
export function parseArgs(argv: readonly string[], w: Words): Args {
  const args: Args = { command: undefined, files: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('-') && arg !== '-') {
      const [name, inline] = arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg];
      if (SWITCHES.has(name as string)) args.flags.add(name === '-h' ? '--help' : (name as string));
      else if (VALUED.has(name as string)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value === '') throw new UsageError(w.missingValue(name as string));
        args.values.set(name as string, value);
      } else throw new UsageError(w.unknownOption(name as string));
    } else if (args.command === undefined) args.command = arg;
    else args.files.push(arg);
  }
  return args;
}

/** The value of an option that must be one of a few, or its default. */
export function choice<T extends string>(args: Args, option: string, allowed: readonly T[], fallback: T, w: Words): T {
  const value = args.values.get(option);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(w.badChoice(option, value, allowed));
  return value as T;
}
