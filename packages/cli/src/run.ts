import { resolveLocale, type Locale } from '@anders-kijken/core';
import { langOf, parseArgs, type Args } from './args.js';
import { assess } from './commands/assess.js';
import { catalogueCommand } from './commands/catalogue.js';
import { snippet } from './commands/snippet.js';
import { validate } from './commands/validate.js';
import { UsageError, type Io } from './io.js';
import { WORDS, type Words } from './words.js';

type Command = (args: Args, io: Io, w: Words, locale: Locale) => number | Promise<number>;
const COMMANDS: Record<string, Command> = { validate, assess, catalogue: catalogueCommand, snippet };

/** The language of the output: `--lang`, else the environment's, else Dutch. */
function localeOf(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  // POSIX: an empty variable counts as unset.
  return resolveLocale(langOf(argv) || env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG']);
}

/**
 * Runs one command line and gives its exit code: 0 fine, 1 findings, 2 usage or unreadable input.
 * It never throws: an error it did not expect is printed through `io` too, escaped like the rest,
 * with exit code 1 as node gives an uncaught error.
 */
export async function run(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = {}): Promise<number> {
  const locale = localeOf(argv, env);
  const w = WORDS[locale];
  try {
    const args = parseArgs(argv, w);
    const lang = args.options.lang;
    if (lang !== undefined && !['nl', 'en'].includes(lang))
      throw new UsageError(w.badChoice('--lang', lang, ['nl', 'en']));
    if (args.command === undefined || args.command === 'help') {
      io.document(w.help);
      return args.command === undefined && !args.options.help ? 2 : 0;
    }
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(w.unknownCommand(args.command));
    if (args.options.help) {
      io.document(w.commandHelp[args.command as keyof Words['commandHelp']]);
      return 0;
    }
    return await command(args, io, w, locale);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    // A bug, not a problem with the input: its stack helps whoever reports it, one escaped line at a time.
    const [first = '', ...stack] = (error instanceof Error ? (error.stack ?? error.message) : String(error)).split(
      '\n',
    );
    io.err(w.unexpected(first));
    for (const line of stack) io.err(line);
    return 1;
  }
}
