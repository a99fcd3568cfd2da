import { existsSync } from 'node:fs';
import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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

/** A served site and a Chromium for one test file: started before its tests, stopped after them. */
export interface SiteUnderTest {
  site: Awaited<ReturnType<typeof serveSite>>;
  browser: Browser;
}

/** Serves the built site and launches Chromium around the tests of the calling file. */
export function useSite(extra: { prefix: string; dir: string }[] = []): SiteUnderTest {
  const under = {} as SiteUnderTest;
  beforeAll(async () => {
    under.site = await serveSite(extra);
    under.browser = await chromium.launch(chromiumLaunchOptions());
  });
  afterAll(async () => {
    await under.browser?.close();
    await under.site?.close();
  });
  return under;
}
