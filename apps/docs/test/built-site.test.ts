import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import {
  API_PAGE,
  API_PAGE_READ,
  checkPage,
  ENTRY_PAGE,
  oneOfEachKind,
  pagesToLoad,
  TABLES_READ_ON_A_PHONE,
  visit,
} from './crawl.js';
import { openPage, useSite } from './site.js';

// What needs a browser: axe on the rendered page, console errors and the requests the page makes as
// it runs. Links, anchors, dates and the files a page loads are checked for every page without one,
// in built-site-files.test.ts; the Storybook stories are checked with axe by the Storybook project.

const under = useSite();

describe('the built docs site in Chromium', () => {
  const pages = pagesToLoad();

  it('loads every hand-written page, each kind of entry page in both languages, and every page with a widget', () => {
    expect(pages).toContain('/index.html');
    expect(pages).toContain('/en/changelog.html');
    expect(pages).toContain('/en/reference/signals/risk-intellectual-disability.html');
    expect(pages.filter((path) => ENTRY_PAGE.test(path))).toHaveLength(oneOfEachKind.size * 2);
    expect(oneOfEachKind.size).toBe(3);
    for (const guide of TABLES_READ_ON_A_PHONE) expect(pages).toContain(guide);
    expect(pages.filter((path) => API_PAGE.test(path))).toEqual([
      `/api/${API_PAGE_READ}/index.html`,
      `/en/api/${API_PAGE_READ}/index.html`,
    ]);
  });

  it.each(pages)(
    '%s has no axe-core WCAG 2.1 AA violation, console error or request to another host, and reflows at 320 px',
    (path) => checkPage(under, path),
    300_000,
  );

  it('/storybook/index.html shows its first story with no console error and no request outside /storybook/', async () => {
    const { page, trouble } = await visit(under, '/storybook/index.html', '/storybook/');
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
