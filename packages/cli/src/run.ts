import { resolveLocale, type Locale } from '@anders-kijken/core';
import { parseArgs, type Args } from './args.js';
import { assess } from './commands/assess.js';
import { catalogueCommand } from './commands/catalogue.js';
import { snippet } from './commands/snippet.js';
import { validate } from './commands/validate.js';
import { UsageError, type Io } from './io.js';
import { WORDS, type Words } from './words.js';

type Command = (args: Args, io: Io, w: Words, locale: Locale) => number;
const COMMANDS: Record<string, Command> = { validate, assess, catalogue: catalogueCommand, snippet };

/** The language of the output: `--lang`, else the environment's, else Dutch. */
function localeOf(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  const index = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const given = index < 0 ? undefined : argv[index]?.includes('=') ? argv[index]?.split('=')[1] : argv[index + 1];
  // POSIX: an empty variable counts as unset.
  return resolveLocale(given || env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG']);
}

/** Runs one command line and gives its exit code: 0 fine, 1 findings, 2 usage or unreadable input. */
export function run(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = {}): number {
  const locale = localeOf(argv, env);
  const w = WORDS[locale];
  try {
    const args = parseArgs(argv, w);
    const lang = args.values.get('--lang');
    if (lang !== undefined && !['nl', 'en'].includes(lang))
      throw new UsageError(w.badChoice('--lang', lang, ['nl', 'en']));
    if (args.command === undefined || args.command === 'help') {
      io.out(w.help);
      return args.command === undefined && !args.flags.has('--help') ? 2 : 0;
    }
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(w.unknownCommand(args.command));
    if (args.flags.has('--help')) {
      io.out(w.commandHelp[args.command as keyof Words['commandHelp']]);
      return 0;
    }
    return command(args, io, w, locale);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
}
