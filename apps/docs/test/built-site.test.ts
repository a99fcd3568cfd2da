import { describe, expect, it } from 'vitest';
import {
  API_PAGE,
  API_PAGE_READ,
  checkPage,
  ENTRY_PAGE,
  GENERATED_PAGE,
  oneOfEachKind,
  pagesToLoad,
  READ_IN_DARK,
  TABLES_READ_ON_A_PHONE,
  visit,
} from './crawl.js';
import { readBuiltPage } from './built-html.js';
import { useSite } from './site.js';

// What needs a browser: axe on the rendered page, console errors and the requests the page makes as
// it runs. Links, anchors, dates and the files a page loads are checked for every page without one,
// in built-site-files.test.ts; the Storybook stories are checked with axe by the Storybook project.

const under = useSite();

describe('the built docs site in Chromium', () => {
  const pages = pagesToLoad();

  it('loads every hand-written page in both languages, each generated template once, and every page with a widget', () => {
    expect(pages).toContain('/index.html');
    expect(pages).toContain('/en/guide/security.html');
    expect(pages).toContain('/changelog.html');
    expect(pages).not.toContain('/en/changelog.html');
    expect(pages).toContain('/reference/signals/risk-intellectual-disability.html');
    expect(pages.filter((path) => ENTRY_PAGE.test(path))).toHaveLength(oneOfEachKind.size);
    expect(oneOfEachKind.size).toBe(3);
    for (const guide of TABLES_READ_ON_A_PHONE) expect(pages).toContain(guide);
    for (const dark of READ_IN_DARK) expect(pages).toContain(dark);
    expect(pages.filter((path) => API_PAGE.test(path))).toEqual([`/api/${API_PAGE_READ}/index.html`]);
    // A generated page with a live widget is read in both languages all the same.
    for (const path of pages.filter((p) => GENERATED_PAGE.exec(p)?.[1]))
      expect(readBuiltPage(path).widgets, path).not.toEqual([]);
  });

  it.each(pages)(
    '%s has no axe-core WCAG 2.1 AA violation (dark too, for some), console error or request to another host, and reflows at 320 px',
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
