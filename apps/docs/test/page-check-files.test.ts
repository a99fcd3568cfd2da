import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, type PageParts } from '../.vitepress/theme/page-check.js';
import { checkFiles } from '../.vitepress/theme/page-check-files.js';

// The page check said "In orde · Geen problemen gevonden" for a page whose files did not load: it
// now requests what the page names, on its own site, as the browser would.
const embed = Buffer.from('export const loaded = true;\n');
const css = Buffer.from('.ak-fallback { display: block; }\n');
const sri = (algorithm: 'sha256' | 'sha384' | 'sha512', bytes: Buffer) =>
  `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;
/** One character of a hash changed: what a typo in a pasted integrity does. */
const typo = (integrity: string) =>
  integrity.slice(0, -3) + (integrity.at(-3) === 'A' ? 'B' : 'A') + integrity.slice(-2);

const routes: Record<string, [string, Buffer]> = {
  '/anders-kijken/embed.js': ['text/javascript; charset=utf-8', embed],
  '/anders-kijken/fallback.css': ['text/css', css],
  // A server that answers every unknown address with its home page, as many CMSs do.
  '/html/embed.js': ['text/html; charset=utf-8', Buffer.from('<!doctype html><title>Home</title>')],
};
let origin = '';
const requested: string[] = [];
const server = createServer((request, response) => {
  requested.push(request.url ?? '');
  const route = routes[request.url ?? ''];
  if (!route) response.writeHead(404).end();
  else response.writeHead(200, { 'content-type': route[0] }).end(route[1]);
});
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const fallback = { call112: true, exit: true };
const page = (scripts: PageParts['scripts'], stylesheets: PageParts['stylesheets'] = []): PageParts => ({
  scripts,
  preloads: [],
  stylesheets,
  islands: [],
  ids: [],
  elements: [{ tag: 'ak-youth-check', attributes: {}, fallback }],
});
const module = (src: string, integrity = sri('sha384', embed)) => ({ src, type: 'module', integrity });
const check = (parts: PageParts, base = `${origin}/hulp/jongeren`) =>
  checkFiles(parts, { base, origin, fetch: (url) => fetch(url) });
const messages = async (parts: PageParts, locale: 'nl' | 'en' = 'en') =>
  checkPage(parts, '2026-01-01', await check(parts)).map((f) => `${f.severity}: ${f.message[locale]}`);

describe('the page check said "In orde" for a page whose files do not load', () => {
  it('finds nothing to mend when every file is there, of its type, with its integrity', async () => {
    const parts = page(
      [module('/anders-kijken/embed.js')],
      [{ href: '../anders-kijken/fallback.css', integrity: sri('sha384', css) }],
    );
    expect(await check(parts)).toEqual([]);
    expect(await messages(parts)).toEqual([expect.stringMatching(/^ok: No problems found/)]);
  });

  it('reports a wrong folder path as the 404 it is, with the fix, in Dutch and English', async () => {
    const parts = page([module('/anders-kijkn/embed.js')]);
    expect(await messages(parts, 'nl')).toEqual([
      expect.stringMatching(
        /^error: http:\/\/127\.0\.0\.1:\d+\/anders-kijkn\/embed\.js geeft 404 \(niet gevonden\).*Controleer het pad/,
      ),
    ]);
    expect((await messages(parts))[0]).toMatch(/gives 404 \(not found\).*Check the path/);
  });

  it("asks for the page's address instead of reporting an error when a file is not here and no address was given", async () => {
    const parts = page([module('/anders-kijken-elders/embed.js')]);
    const found = await checkFiles(parts, { base: `${origin}/hulp/jongeren`, origin, fetch, addressGiven: false });
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]?.message.nl).toMatch(/staat niet op deze site.*vul dan hierboven het adres van je pagina in/);
    // With the address given, the same missing file is the error it is.
    const given = await checkFiles(parts, { base: `${origin}/hulp/jongeren`, origin, fetch, addressGiven: true });
    expect(given.map((f) => f.severity)).toEqual(['error']);
  });

  it('reports a wrong integrity, one character off, and accepts sha256 and sha512 too', async () => {
    expect(await messages(page([module('/anders-kijken/embed.js', typo(sri('sha384', embed)))]))).toEqual([
      expect.stringMatching(/^error: The integrity of \/anders-kijken\/embed\.js does not match the file/),
    ]);
    expect(await check(page([module('/anders-kijken/embed.js', sri('sha256', embed))]))).toEqual([]);
    expect(await check(page([module('/anders-kijken/embed.js', sri('sha512', embed))]))).toEqual([]);
    // As a browser does: the strongest algorithm given decides.
    const mixed = `${sri('sha256', embed)} ${typo(sri('sha512', embed))}`;
    expect(await check(page([module('/anders-kijken/embed.js', mixed)]))).toHaveLength(1);
    expect((await messages(page([module('/anders-kijken/embed.js', 'md5-abc')])))[0]).toMatch(
      /^error: The integrity .* is no sha256, sha384 or sha512 value/,
    );
    // A stylesheet's integrity is checked as a script's is.
    const style = page(
      [module('/anders-kijken/embed.js')],
      [{ href: '/anders-kijken/fallback.css', integrity: typo(sri('sha384', css)) }],
    );
    expect((await messages(style, 'nl'))[0]).toMatch(
      /^error: De integrity van \/anders-kijken\/fallback\.css past niet/,
    );
  });

  it('reports a file served with the wrong type, such as a home page for an unknown address', async () => {
    expect((await messages(page([module('/html/embed.js', '')])))[0]).toMatch(
      /^error: .*\/html\/embed\.js comes as "text\/html" instead of "text\/javascript".*Set up your server/,
    );
  });

  it('requests nothing from another site, and says so', async () => {
    requested.length = 0;
    const parts = page([module('https://cdn.elders.example/anders-kijken/embed.js')]);
    expect(await messages(parts)).toEqual([
      expect.stringMatching(/^warning: embed\.js comes from another site/),
      expect.stringMatching(/^warning: 1 file\(s\) are on another site than this check .* were not requested/),
    ]);
    expect(requested).toEqual([]);
    // A page address on another site puts its relative paths there too.
    expect(await check(page([module('/anders-kijken/embed.js')]), 'https://www.zwolle.nl/hulp')).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
    expect(requested).toEqual([]);
  });
});
