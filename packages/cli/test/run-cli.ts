import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built `anders-kijken` bin, run as a maintainer would: on files, with exit codes. */
export const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** A file of `test/fixtures/`. */
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** A fresh temporary folder for the files a test writes. */
export const workFolder = () => mkdtempSync(join(tmpdir(), 'ak-cli-'));

/** The environment of a run: Dutch unless `lang` says otherwise, nothing inherited that overrides it. */
export const envFor = (lang = 'nl_NL.UTF-8') => ({ ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' });

/**
 * Runs the bin to the end. `timeout` bounds a run that could hang on the code under test (a FIFO,
 * a device); a run that hit it has `code` null and `timedOut` true.
 */
export function cli(args: string[], options: { lang?: string; input?: string | Buffer; timeout?: number } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    input: options.input,
    timeout: options.timeout,
    env: envFor(options.lang),
  });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { code: result.status, out: result.stdout, err: result.stderr, timedOut };
}

/** Starts the bin with its standard input open, for a test that feeds it while it runs. */
export const startCli = (args: string[], lang?: string) =>
  spawn(process.execPath, [bin, ...args], { env: envFor(lang), stdio: ['pipe', 'pipe', 'pipe'] });
