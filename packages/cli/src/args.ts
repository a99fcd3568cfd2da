import { parseArgs as parseArgv } from 'node:util';
import { UsageError } from './io.js';
import type { Words } from './words.js';

/** Every option of every command: those that take a value, and the switches. */
const OPTIONS = {
  lang: { type: 'string' },
  format: { type: 'string' },
  patch: { type: 'string' },
  component: { type: 'string' },
  id: { type: 'string' },
  folder: { type: 'string' },
  integrity: { type: 'string' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Option = keyof typeof OPTIONS;
type ValueOption = { [K in Option]: (typeof OPTIONS)[K]['type'] extends 'string' ? K : never }[Option];
type Switch = Exclude<Option, ValueOption>;

/** The command line, read: the command, its files, and the options given. */
export interface Args {
  command: string | undefined;
  /** The files after the command; `-` is standard input, and a name after `--` may start with a dash. */
  files: string[];
  options: Partial<Record<ValueOption, string> & Record<Switch, boolean>>;
}

/** The parse without checks, for the language of the messages and for naming what the checked one refused. */
const lenient = (argv: readonly string[]) =>
  parseArgv({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });

/** `--lang` as given, before the command line is checked, so even its errors come in that language. */
export function langOf(argv: readonly string[]): string | undefined {
  const lang = lenient(argv).values['lang'];
  return typeof lang === 'string' ? lang : undefined;
}

/**
 * Why node's `parseArgs` refused the command line, in the user's language. Its own messages are
 * English only, so the option is found again in the tokens of a lenient parse.
 */
function refusal(argv: readonly string[], error: Error, w: Words): UsageError {
  for (const token of lenient(argv).tokens) {
    if (token.kind !== 'option') continue;
    const option = OPTIONS[token.name as Option] as (typeof OPTIONS)[Option] | undefined;
    if (option === undefined) return new UsageError(w.unknownOption(token.rawName));
    if (option.type === 'boolean' && token.value !== undefined) return new UsageError(w.takesNoValue(token.rawName));
    // A value that looks like an option (`--format --json`) is one that was left out.
    if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))))
      return new UsageError(w.missingValue(token.rawName));
  }
  return new UsageError(error.message);
}

/**
 * Reads `anders-kijken <command> [files] [--option value] [--switch]` with node's `parseArgs`:
 * `--option=value` works too, `-h` is `--help`, a lone `-` is a file (standard input), and after
 * `--` every word is a file.
 */
export function parseArgs(argv: readonly string[], w: Words): Args {
  let parsed;
  try {
    parsed = parseArgv({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    if (!String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS_')) throw error;
    throw refusal(argv, error as Error, w);
  }
  const { values, positionals } = parsed;
  for (const [name, value] of Object.entries(values))
    if (value === '') throw new UsageError(w.missingValue(`--${name}`));
  const [command, ...files] = positionals;
  return { command, files, options: values };
}

/** The value of an option that must be one of a few, or its default. */
export function choice<T extends string>(
  args: Args,
  option: ValueOption,
  allowed: readonly T[],
  fallback: T,
  w: Words,
): T {
  const value = args.options[option];
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(w.badChoice(`--${option}`, value, allowed));
  return value as T;
}
