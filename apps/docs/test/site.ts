import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createStaticServer } from '../server/static-server.mjs';
import { SITE_CSP } from '../server/site-csp.mjs';

/** The built site: `npm test` builds it first (turbo: test depends on build). */
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Serves the built site as `npm start` does, on a free loopback port. */
export async function serveSite(extra: { prefix: string; dir: string }[] = []) {
  if (!existsSync(DIST)) throw new Error(`No built site in ${DIST}: run "npm run build" first.`);
  const server = createStaticServer([{ prefix: '/', dir: DIST }, ...extra], { csp: SITE_CSP });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise<void>((done) => server.close(() => done())) };
}
