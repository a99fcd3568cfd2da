import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';

/**
 * What the example apps' tests do in the browser, in one place: the example React, Vue and Angular
 * apps all show the level of the check in `#level`, "nog geen uitkomst" until there is one.
 */

/** @param {import('playwright-core').Page} page */
export function pageErrors(page) {
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** @param {import('playwright-core').Page} page */
export async function completeCheckInApp(page) {
  const check = page.locator('ak-signal-check');
  await check.locator('#age').fill('14');
  await check.locator('button[type="submit"]').click();
  await check.locator('input[name="activity-courier"][value="clear"]').check();
  for (let step = 0; step < 8 && (await page.locator('#level').textContent()) === 'nog geen uitkomst'; step++)
    await check.locator('button[type="submit"]').click();
  return page.locator('#level').textContent();
}

const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.html': 'text/html; charset=utf-8',
};

/**
 * Serves an app's built folder on 127.0.0.1: its files, and `index` (the page, for example with
 * server-rendered HTML put in) for every other address.
 * @param {string} dir @param {string} index
 */
export async function serveApp(dir, index) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(dir, path);
    if (path !== '/' && existsSync(file) && statSync(file).isFile()) {
      response.writeHead(200, {
        'content-type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
      });
      response.end(readFileSync(file));
    } else {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(index);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
