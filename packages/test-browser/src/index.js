import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--disable-sync',
  '--no-first-run',
]);

export class ChromiumNotFoundError extends Error {
  /** @param {readonly string[]} looked */
  constructor(looked) {
    super(
      [
        'No Chromium found for the browser tests. Looked in:',
        ...looked.map((place) => `  - ${place}`),
        'Install one of these and run the tests again:',
        '  - Debian or Ubuntu: apt-get update && apt-get install -y chromium',
        '  - anywhere else: npx playwright install chromium',
        'or point CHROME_PATH at a Chromium or Chrome executable.',
      ].join('\n'),
    );
    this.name = 'ChromiumNotFoundError';
    this.looked = looked;
  }
}

/** @returns {string | undefined} */
function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    /** @type {typeof import('playwright-core')} */
    const playwright = require('playwright-core');
    return playwright.chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** @param {import('./index.js').ResolveChromiumOptions} [options] */
export function resolveChromium(options = {}) {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const fromPlaywright = options.playwrightPath ?? playwrightChromium;
  /** @type {string[]} */
  const looked = [];

  const configured = env['CHROME_PATH'];
  if (configured) {
    // A wrong CHROME_PATH is a mistake to report, not a reason to quietly use another browser.
    if (exists(configured)) return { path: configured, from: 'CHROME_PATH' };
    throw new ChromiumNotFoundError([`CHROME_PATH=${configured} (no such file)`]);
  }
  looked.push('CHROME_PATH (not set)');

  if (exists(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, from: 'system' };
  looked.push(`${SYSTEM_CHROMIUM} (no such file)`);

  const bundled = fromPlaywright();
  if (bundled && exists(bundled)) return { path: bundled, from: 'playwright' };
  looked.push(bundled ? `Playwright's Chromium at ${bundled} (not installed)` : "Playwright's Chromium (none)");

  throw new ChromiumNotFoundError(looked);
}

/** @param {import('./index.js').ResolveChromiumOptions} [options] */
export function chromiumLaunchOptions(options) {
  return {
    executablePath: resolveChromium(options).path,
    args: [...CHROMIUM_ARGS],
    headless: /** @type {const} */ (true),
  };
}
