import { catalogue } from '@anders-kijken/core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, type Violation } from './axe.js';
import { readBuiltPage, sitePages } from './built-html.js';
import { openPage, type SiteUnderTest } from './site.js';

// What the crawl of the built site in Chromium (built-site.test.ts) loads, and how it reads one page.
// Splitting it over two files and workers gained nothing on 2 cores: axe and layout keep both busy.

/** A page generated from the one entry template, in either language: `reference/signals/<id>.html`. */
export const ENTRY_PAGE = /^\/(?:en\/)?reference\/signals\/([^/]+)\.html$/;

/**
 * A page of the API reference, in either language: TypeDoc writes all four from one template, so
 * axe reads the smallest (`core-assess`); the largest took 55 s each under load, for the same markup.
 */
export const API_PAGE = /^\/(?:en\/)?api\/([^/]+)\/index\.html$/;
export const API_PAGE_READ = 'core-assess';

/** The first entry of each kind: the entry template writes an acute signal, a signal and a risk factor apart. */
export const oneOfEachKind = new Set(
  [...catalogue.signals, ...catalogue.riskFactors]
    .filter((entry, i, all) => all.findIndex((other) => other.kind === entry.kind) === i)
    .map((entry) => entry.id),
);

/**
 * The pages written from a template by the build (the reference from core, the changelog, the download
 * page, the API reference), in either language. Each language's page is the same markup with other
 * words, so Chromium reads each template once, in Dutch; the English chrome is read on the
 * hand-written English pages.
 */
export const GENERATED_PAGE =
  /^\/(en\/)?(?:reference\/(?:signals\/)?[^/]+\.html|changelog\.html|download\.html|api\/.+)$/;

/**
 * The pages to load in Chromium: every hand-written page in both languages, each generated template
 * once (one entry page per kind, one API reference page), and any page with a live widget on it.
 */
export function pagesToLoad(pages = sitePages()): string[] {
  return pages.filter((path) => {
    const generated = GENERATED_PAGE.exec(path);
    if (!generated || readBuiltPage(path).widgets.length > 0) return true;
    // The English twin of a generated page.
    if (generated[1]) return false;
    const api = API_PAGE.exec(path)?.[1];
    if (api !== undefined) return api === API_PAGE_READ;
    const entry = ENTRY_PAGE.exec(path)?.[1];
    return entry === undefined || oneOfEachKind.has(entry);
  });
}

/**
 * Pages read a second time in the dark colour scheme, on the same load: one of each layout (home, guide,
 * reference table, entry of each kind) and every tool page.
 */
export const READ_IN_DARK = new Set([
  '/index.html',
  '/configurator.html',
  '/local-contacts.html',
  '/page-check.html',
  '/reference/rules.html',
  '/reference/signals/acute-threat-to-life.html',
  '/reference/signals/risk-intellectual-disability.html',
  '/en/guide/getting-started.html',
]);

/** The guides whose tables a web editor reads on a phone: no column may hide behind sideways scrolling. */
export const TABLES_READ_ON_A_PHONE = new Set([
  '/guide/embedding.html',
  '/en/guide/embedding.html',
  '/guide/municipalities.html',
  '/en/guide/municipalities.html',
  '/download.html',
  '/guide/security.html',
]);

/** What went wrong on one page as it loaded and ran. */
export interface Trouble {
  consoleErrors: string[];
  /** Requests to another host, or for Storybook outside its own folder, so it works wherever it is put. */
  foreignRequests: string[];
}

/** Opens a path in a new tab, noting console errors and requests outside `home` from the start. */
export async function visit(under: SiteUnderTest, path: string, home = '/'): Promise<{ page: Page; trouble: Trouble }> {
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

/**
 * Loads a page as a reader would and checks what only a browser sees: axe (WCAG 2.1 AA), in the dark
 * colour scheme too for the pages in `READ_IN_DARK`, console errors, requests to another host, and
 * reflow at 320 px.
 */
export async function checkPage(under: SiteUnderTest, path: string): Promise<void> {
  const { page, trouble } = await visit(under, path);
  const violations = await axeViolations(page);
  // The same page as a reader who prefers dark sees it: VitePress follows the preference as it changes.
  let darkViolations: Violation[] | 'not dark' = [];
  if (READ_IN_DARK.has(path)) {
    await page.emulateMedia({ colorScheme: 'dark' });
    darkViolations = await page
      .waitForFunction(() => document.documentElement.classList.contains('dark'), undefined, { timeout: 5_000 })
      .then(
        () => axeViolations(page),
        () => 'not dark' as const,
      );
  }
  // WCAG 1.4.10: the same page narrowed to 320 px scrolls only downwards. Narrowing the loaded
  // page lays it out as a 320 px window does (the layout is CSS media queries), without a second load.
  await page.setViewportSize({ width: 320, height: 640 });
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth > 320);
  const scrollingTables = TABLES_READ_ON_A_PHONE.has(path)
    ? await page.$$eval('.vp-doc table', (tables) =>
        tables.filter((t) => t.scrollWidth > t.clientWidth + 1).map((t) => t.textContent?.slice(0, 60)),
      )
    : [];
  expect({ violations, darkViolations, ...trouble, sideways, scrollingTables }).toEqual({
    violations: [],
    darkViolations: [],
    consoleErrors: [],
    foreignRequests: [],
    sideways: false,
    scrollingTables: [],
  });
  await page.close();
}
