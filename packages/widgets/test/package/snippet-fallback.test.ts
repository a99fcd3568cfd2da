import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { embedSnippet, type EmbedSnippetOptions } from '@anders-kijken/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incompleteRoutes, release, releaseRoutes, serve } from './page-server.js';

// A page whose files do not load is blank: what embedSnippet writes (and so the configurator, the
// builder and the CLI) must show 112, and for a young person "Snel weg", when the script never runs.
// Served under the strict Content-Security-Policy of page-server.ts: no inline script or style.

const { placeholder, files, elements, english } = release() as ReturnType<typeof release> & {
  elements: Record<string, string[]>;
  english: Record<string, string[]>;
};
const integrityOf = (name: string) => files.find((f) => f.name === name)?.integrity ?? '';
/** One character of a hash changed: what a typo in a pasted integrity does. */
const wrong = (integrity: string) =>
  integrity.slice(0, -3) + (integrity.at(-3) === 'A' ? 'B' : 'A') + integrity.slice(-2);

/** The elements a web editor places; the summary is shown by the signal check, not on its own. */
const TAGS = [
  'ak-signal-check',
  'ak-youth-check',
  'ak-referral-guide',
  'ak-signal-catalogue',
  'ak-training',
  'ak-youth-training',
];

/** A municipal page with one snippet, and the municipality's own text after it. */
function snippetPage(options: Partial<EmbedSnippetOptions> & { tag: string }): [string, string] {
  const snippet = embedSnippet({
    folder: placeholder,
    integrity: integrityOf('embed.js'),
    stylesheetIntegrity: integrityOf('fallback.css'),
    files: { elements, english },
    ...options,
  });
  return [
    'text/html; charset=utf-8',
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Gemeente Zwolle</title></head><body><main><h1>Hulp voor jongeren</h1>
${snippet}
<p id="after">Meer informatie van de gemeente.</p></main></body></html>`,
  ];
}

const pages = Object.fromEntries(
  TAGS.flatMap((tag) => [
    [`/right/${tag}`, snippetPage({ tag })],
    [`/wrong-path/${tag}`, snippetPage({ tag, folder: `${placeholder}-typo` })],
    [`/wrong-integrity/${tag}`, snippetPage({ tag, integrity: wrong(integrityOf('embed.js')) })],
  ]),
);

let site: Awaited<ReturnType<typeof serve>>;
/** What Chromium refused under the page's Content-Security-Policy, on any page: nothing, expected. */
const violations: string[] = [];
let browser: Browser;

beforeAll(async () => {
  const incomplete = incompleteRoutes().routes;
  site = await serve({
    ...releaseRoutes(),
    ...incomplete,
    '/incomplete/fallback.css': releaseRoutes()[`${placeholder}/fallback.css`]!,
    ...pages,
    '/wrong-path/ak-youth-check/exit': snippetPage({
      tag: 'ak-youth-check',
      folder: `${placeholder}-typo`,
      attributes: { 'exit-url': '/neutral' },
    }),
    '/wrong-integrity/ak-youth-check/exit': snippetPage({
      tag: 'ak-youth-check',
      integrity: wrong(integrityOf('embed.js')),
      attributes: { 'exit-url': '/neutral' },
    }),
    '/wrong-path/ak-youth-training/en': snippetPage({
      tag: 'ak-youth-training',
      folder: `${placeholder}-typo`,
      attributes: { lang: 'en' },
    }),
    '/incomplete-snippet': snippetPage({
      tag: 'ak-youth-check',
      folder: '/incomplete',
      integrity: '',
      stylesheetIntegrity: integrityOf('fallback.css'),
      files: {},
      attributes: { 'exit-url': '/neutral' },
    }),
    '/neutral': ['text/html; charset=utf-8', '<!doctype html><html lang="nl"><title>Weer</title><p>Het weer</p>'],
  });
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a path in a fresh context at a width, once the page and what it could load have loaded. */
async function open(path: string, width = 1280, height = 800): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${path}: ${message.text()}`);
  });
  await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  return page;
}

/** Whether the element got defined, waiting for the loader when it can run. */
const defined = (page: Page, tag: string) => page.evaluate((name) => customElements.get(name) !== undefined, tag);

/** Shows 112 and what belongs here, with the element left undefined: what a page whose script did not run shows. */
async function expectFallback(page: Page, tag: string) {
  const fallback = page.locator(`${tag} > .ak-fallback`);
  await expect.poll(() => fallback.isVisible(), { message: tag }).toBe(true);
  expect(await fallback.locator('a[href="tel:112"]').textContent(), tag).toBe('112');
  expect(await fallback.textContent(), tag).toContain('Bij direct gevaar: bel 112.');
  expect(await fallback.textContent(), tag).toContain('van Anders Kijken te staan');
  expect(await defined(page, tag), tag).toBe(false);
}

/** Shows the element, rendered, with the fallback still in the light DOM but not shown beside it. */
async function expectReplaced(page: Page, tag: string) {
  await page.waitForFunction((name) => customElements.get(name), tag);
  await expect
    .poll(() => page.locator(tag).evaluate((el) => el.shadowRoot?.textContent?.trim().length ?? 0), { message: tag })
    .toBeGreaterThan(0);
  // No slot in any element: the fallback, light DOM, is not shown beside it.
  expect(await page.locator(`${tag} > .ak-fallback`).isVisible(), tag).toBe(false);
  expect(await page.getByText('van Anders Kijken te staan').count(), tag).toBe(1);
  expect(await page.getByText('van Anders Kijken te staan').isVisible(), tag).toBe(false);
}

/** Tall enough that the cap at the viewport's height leaves most heights as measured. */
const TALL = 4000;

/** The height of what the selector finds at 320 and at 1280 px, the page resized in between. */
async function heights(page: Page, selector: string): Promise<number[]> {
  const measured: number[] = [];
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: TALL });
    measured.push(
      await page.locator(selector).evaluate(async (el) => {
        await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
        return el.getBoundingClientRect().height;
      }),
    );
  }
  return measured;
}

describe('a page whose files do not load is blank', () => {
  it('shows 112 and what belongs here in every element after a wrong path, under the strict CSP', async () => {
    for (const tag of TAGS) {
      const page = await open(`/wrong-path/${tag}`);
      await expectFallback(page, tag);
      await page.context().close();
    }
    expect(violations).toEqual([]);
  });

  it('shows the same after a wrong integrity; with the right one the element replaces it, about as high as it reserved at 320 and 1280 px, so the page does not jump', async () => {
    for (const tag of TAGS) {
      // The stylesheet loads, the script is refused: what a page shows until the element is defined.
      const before = await open(`/wrong-integrity/${tag}`, 320, TALL);
      await expectFallback(before, tag);
      const reserved = await heights(before, `${tag} > .ak-fallback`);
      await before.context().close();
      const after = await open(`/right/${tag}`, 320, TALL);
      await expectReplaced(after, tag);
      const first = await heights(after, tag);
      await after.context().close();
      first.forEach((measured, index) => {
        const expected = Math.min(measured, TALL);
        const message = `${tag} at ${index ? 1280 : 320} px: ${reserved[index]} reserved for ${measured}`;
        expect(Math.abs((reserved[index] ?? 0) - expected) / expected, message).toBeLessThan(0.2);
      });
    }
    expect(violations).toEqual([]);
  }, 120_000);

  it.each(['wrong-path', 'wrong-integrity'])(
    'gives the youth check a "Snel weg" link after a %s that leaves for its exit-url',
    async (mistake) => {
      const page = await open(`/${mistake}/ak-youth-check/exit`, 320);
      const exit = page.getByRole('link', { name: 'Snel weg' });
      expect(await exit.isVisible()).toBe(true);
      // First in the tab order, as in the element itself.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Snel weg');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${site.url}/neutral`);
      await page.context().close();
    },
  );

  it('sends "Snel weg" to the neutral default without an exit-url, in English for an element in English', async () => {
    const check = await open('/wrong-path/ak-youth-check');
    expect(await check.getByRole('link', { name: 'Snel weg' }).getAttribute('href')).toBe('https://www.google.nl/');
    await check.context().close();
    const training = await open('/wrong-path/ak-youth-training/en');
    const fallback = training.locator('ak-youth-training > .ak-fallback');
    expect(await fallback.getAttribute('lang')).toBe('en');
    expect(await training.getByRole('link', { name: 'Leave quickly' }).isVisible()).toBe(true);
    expect(await fallback.textContent()).toContain('In danger right now? Call 112.');
    await training.context().close();
  });

  it('keeps the loader\'s own fallback for a chunk that fails, without showing 112 or "Snel weg" twice', async () => {
    const page = await open('/incomplete-snippet', 320);
    await page.locator('ak-youth-check [data-ak-fallback]').waitFor({ timeout: 10_000 });
    expect(await page.getByText('112', { exact: true }).filter({ visible: true }).count()).toBe(1);
    expect(await page.getByText('Snel weg', { exact: true }).filter({ visible: true }).count()).toBe(1);
    expect(await page.getByText('van Anders Kijken te staan').isVisible()).toBe(true);
    // The loader's button is the one left, in the first screen (the snippet's reserved height gives
    // way, or it would sit a screen lower), and Escape still leaves.
    const exit = page.getByRole('button', { name: 'Snel weg' });
    expect(await exit.isVisible()).toBe(true);
    const box = await exit.boundingBox();
    expect(box && box.y + box.height, 'the loader\'s "Snel weg" is in the first screen').toBeLessThan(
      page.viewportSize()?.height ?? 0,
    );
    await page.keyboard.press('Escape');
    await page.waitForURL(`${site.url}/neutral`);
    await page.context().close();
  });
});
