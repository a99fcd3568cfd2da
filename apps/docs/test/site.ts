import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createStaticServer } from '../server/static-server.mjs';
import { SITE_CSP } from '../server/site-csp.mjs';

/** The built site: `npm test` builds it first (turbo: test depends on build). */
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Serves the built site as `npm start` does, on a free loopback port. */
export async function serveSite(extra: { prefix: string; dir: string }[] = []) {
  if (!existsSync(DIST)) throw new Error(`No built site in ${DIST}: run "npm run build" first.`);
  const server = createStaticServer([{ prefix: '/', dir: DIST }, ...extra], {
    csp: SITE_CSP,
    notFound: `${DIST}404.html`,
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise<void>((done) => server.close(() => done())) };
}

/** A served site and the suite's Chromium for one test file: ready before its tests, let go after them. */
export interface SiteUnderTest {
  site: Awaited<ReturnType<typeof serveSite>>;
  browser: Browser;
}

/**
 * Serves the built site around the tests of the calling file and connects to the suite's one
 * Chromium, which `test/chromium-server.ts` starts. Serving costs nothing; a browser launch per file did.
 */
export function useSite(extra: { prefix: string; dir: string }[] = []): SiteUnderTest {
  const under = {} as SiteUnderTest;
  beforeAll(async () => {
    under.site = await serveSite(extra);
    under.browser = await chromium.connect(inject('chromiumEndpoint'));
  });
  afterAll(async () => {
    await under.browser?.close();
    await under.site?.close();
  });
  return under;
}

/** Custom elements of the widgets in the light DOM of the page, where the docs put them. */
const WIDGETS_READY = () =>
  [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ak-')).every((e) => e.shadowRoot);

/**
 * Opens a page of the site and waits until it is what a reader sees: VitePress has mounted its app
 * (`#app.__vue_app__`, set by Vue's `mount`), every live widget has its shadow root and has finished
 * rendering (`updateComplete`), and no request the page made is still under way. More precise than
 * `networkidle`, which waits for half a second of quiet after the last request.
 */
export async function openPage(page: Page, url: string): Promise<void> {
  const pending = new Set<Request>();
  let settle = () => {};
  const start = (request: Request) => void pending.add(request);
  const end = (request: Request) => {
    pending.delete(request);
    if (pending.size === 0) settle();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => {
      const app = document.getElementById('app');
      return !app || '__vue_app__' in app;
    });
    await page.waitForFunction(WIDGETS_READY);
    await page.evaluate(() =>
      Promise.all(
        [...document.querySelectorAll('*')]
          .filter((e) => e.localName.startsWith('ak-'))
          .map((e) => (e as Element & { updateComplete?: Promise<unknown> }).updateComplete),
      ),
    );
    if (pending.size > 0) await new Promise<void>((resolve) => (settle = resolve));
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}
