import { catalogue } from '@anders-kijken/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { readBuiltPage, sitePages } from './built-html.js';
import { openPage, useSite } from './site.js';

// What needs a browser: axe on the rendered page, console errors and the requests the page makes as
// it runs. Links, anchors, dates and the files a page loads are checked for every page without one,
// in built-site-files.test.ts; the Storybook stories are checked with axe by the Storybook project.

/** A page generated from the one entry template, in either language: `reference/signals/<id>.html`. */
const ENTRY_PAGE = /^\/(?:en\/)?reference\/signals\/([^/]+)\.html$/;

/**
 * A page of the API reference, in either language: TypeDoc writes all four from one template, so
 * axe reads the smallest (`core-assess`); the largest took 55 s each under load, for the same markup.
 */
const API_PAGE = /^\/(?:en\/)?api\/([^/]+)\/index\.html$/;
const API_PAGE_READ = 'core-assess';

/** The first entry of each kind: the entry template writes an acute signal, a signal and a risk factor apart. */
const oneOfEachKind = new Set(
  [...catalogue.signals, ...catalogue.riskFactors]
    .filter((entry, i, all) => all.findIndex((other) => other.kind === entry.kind) === i)
    .map((entry) => entry.id),
);

/**
 * The pages to load in Chromium: every hand-written or single generated page, one entry page per
 * kind and language, one API reference page per language, and any page with a live widget on it.
 */
function pagesToLoad(pages = sitePages()): string[] {
  return pages.filter((path) => {
    const api = API_PAGE.exec(path)?.[1];
    if (api !== undefined) return api === API_PAGE_READ;
    const entry = ENTRY_PAGE.exec(path)?.[1];
    return entry === undefined || oneOfEachKind.has(entry) || readBuiltPage(path).widgets.length > 0;
  });
}

/** What went wrong on one page as it loaded and ran. */
interface Trouble {
  consoleErrors: string[];
  /** Requests to another host, or for Storybook outside its own folder, so it works wherever it is put. */
  foreignRequests: string[];
}

const under = useSite();

/** Opens a path in a new tab, noting console errors and requests outside `home` from the start. */
async function visit(path: string, home = '/'): Promise<{ page: Page; trouble: Trouble }> {
  const page = await under.browser.newPage();
  const trouble: Trouble = { consoleErrors: [], foreignRequests: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    if (url.origin !== under.site.origin || !url.pathname.startsWith(home)) trouble.foreignRequests.push(url.href);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => trouble.consoleErrors.push(error.message));
  await openPage(page, under.site.origin + path);
  return { page, trouble };
}

describe('the built docs site in Chromium', () => {
  const pages = pagesToLoad();

  it('loads every hand-written page, each kind of entry page in both languages, and every page with a widget', () => {
    expect(pages).toContain('/index.html');
    expect(pages).toContain('/en/changelog.html');
    expect(pages).toContain('/en/reference/signals/risk-intellectual-disability.html');
    expect(pages.filter((path) => ENTRY_PAGE.test(path))).toHaveLength(oneOfEachKind.size * 2);
    expect(oneOfEachKind.size).toBe(3);
    expect(pages.filter((path) => API_PAGE.test(path))).toEqual([
      `/api/${API_PAGE_READ}/index.html`,
      `/en/api/${API_PAGE_READ}/index.html`,
    ]);
  });

  it.each(pages)(
    '%s has no axe-core WCAG 2.1 AA violation, console error or request to another host',
    async (path) => {
      const { page, trouble } = await visit(path);
      expect({ violations: await axeViolations(page), ...trouble }).toEqual({
        violations: [],
        consoleErrors: [],
        foreignRequests: [],
      });
      await page.close();
    },
    300_000,
  );

  it('/storybook/index.html shows its first story with no console error and no request outside /storybook/', async () => {
    const { page, trouble } = await visit('/storybook/index.html', '/storybook/');
    const preview = page.frameLocator('#storybook-preview-iframe').locator('body');
    await expect
      .poll(() => preview.getAttribute('class'), { timeout: 30_000 })
      .toMatch(/\bsb-show-(main|errordisplay|nopreview)\b/);
    expect(await preview.getAttribute('class')).toMatch(/\bsb-show-main\b/);
    expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
    await page.close();
  });
});

describe('the built docs site in dark mode', () => {
  it.each([
    '/index.html',
    '/configurator.html',
    '/reference/signals/acute-held.html',
    '/reference/signals/risk-debts.html',
    '/en/reference/rules.html',
    '/en/guide/getting-started.html',
    '/local-contacts.html',
    '/page-check.html',
  ])('%s has no axe-core violation with the dark colour scheme', async (path) => {
    const page = await under.browser.newPage({ colorScheme: 'dark' });
    await openPage(page, under.site.origin + path);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the built docs site at 320 px wide (WCAG 1.4.10 reflow)', () => {
  it.each([
    '/index.html',
    '/en/index.html',
    '/configurator.html',
    '/reference/signals/activity-courier.html',
    '/reference/signals.html',
    '/reference/rules.html',
    '/en/guide/extending.html',
    '/api/core/index.html',
    '/local-contacts.html',
    '/download.html',
  ])('%s needs no horizontal scrolling', async (path) => {
    const page = await under.browser.newPage({ viewport: { width: 320, height: 640 } });
    await openPage(page, under.site.origin + path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});

describe('the guides for web editors at 320 px', () => {
  it.each([
    '/guide/embedding.html',
    '/en/guide/embedding.html',
    '/guide/municipalities.html',
    '/en/guide/municipalities.html',
    '/download.html',
    '/guide/security.html',
  ])('%s hides no column behind sideways scrolling', async (path) => {
    const page = await under.browser.newPage({ viewport: { width: 320, height: 640 } });
    await openPage(page, under.site.origin + path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const scrolling = await page.$$eval('.vp-doc table', (tables) =>
      tables.filter((t) => t.scrollWidth > t.clientWidth + 1).map((t) => t.textContent?.slice(0, 60)),
    );
    expect(scrolling).toEqual([]);
    await page.close();
  });
});
