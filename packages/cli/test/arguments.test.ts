import { describe, expect, it } from 'vitest';
import { cli, fixture } from './run-cli.js';

// The command line is read by node:util's parseArgs; what it refuses is said in Dutch or English.
describe('the command line', () => {
  it('an unknown option is refused in Dutch and English', () => {
    expect(cli(['validate', fixture('zwolle.json'), '--frobnicate'])).toMatchObject({
      code: 2,
      err: 'Onbekende optie: --frobnicate. Zie anders-kijken --help.\n',
    });
    expect(cli(['catalogue', '-x', '--lang', 'en'])).toMatchObject({
      code: 2,
      err: 'Unknown option: -x. See anders-kijken --help.\n',
    });
  });

  it('an option without its value is refused, also when the next word is an option', () => {
    expect(cli(['catalogue', '--format'])).toMatchObject({
      code: 2,
      err: 'De optie --format heeft een waarde nodig.\n',
    });
    expect(cli(['catalogue', '--format', '--json', '--lang', 'en'])).toMatchObject({
      code: 2,
      err: 'The option --format needs a value.\n',
    });
    expect(cli(['catalogue', '--format='])).toMatchObject({
      code: 2,
      err: 'De optie --format heeft een waarde nodig.\n',
    });
  });

  it('a switch given a value is refused', () => {
    expect(cli(['validate', fixture('zwolle.json'), '--json=no'])).toMatchObject({
      code: 2,
      out: '',
      err: 'De optie --json heeft geen waarde.\n',
    });
    expect(cli(['validate', fixture('zwolle.json'), '--json=no', '--lang=en']).err).toBe(
      'The option --json takes no value.\n',
    );
  });

  it('a file whose name starts with a dash can follow --', () => {
    const { code, err } = cli(['validate', '--lang', 'en', '--', '-nope.json']);
    expect(code).toBe(2);
    expect(err).toBe('-nope.json cannot be read: the file does not exist.\n');
  });

  it('takes options before, between and after the files, with = or a space', () => {
    expect(cli(['--lang=en', 'validate', fixture('zwolle.json')]).out).toContain('the extension is in order');
    expect(cli(['-h', 'catalogue', '--lang', 'en']).out).toContain('anders-kijken catalogue');
    expect(cli(['catalogue', '--format=csv']).out.split('\r\n')[0]).toBe(
      'id,kind,dimension,evidence,strength,label,question,examples,sources',
    );
  });
});
