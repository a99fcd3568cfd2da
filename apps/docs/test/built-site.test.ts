import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { catalogue, LOCALES } from '@anders-kijken/core';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, type Violation } from './axe.js';
import { DIST, useSite } from './site.js';

/** Every HTML page of the built site, as a URL path; the Storybook inside is listed by its stories. */
function builtPages(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join(DIST, 'storybook') ? [] : builtPages(path);
    return entry.name.endsWith('.html') ? [`/${relative(DIST, path)}`] : [];
  });
}

/** The built Storybook: its start page, and every story and docs page as the preview frame shows it. */
function storybookPages(): string[] {
  const index = JSON.parse(readFileSync(join(DIST, 'storybook/index.json'), 'utf8')) as {
    entries: Record<string, { id: string; type: 'story' | 'docs' }>;
  };
  return [
    '/storybook/index.html',
    ...Object.values(index.entries).map((e) => `/storybook/iframe.html?id=${e.id}&viewMode=${e.type}`),
  ];
}

/** What one page did wrong. */
interface PageReport {
  violations: Violation[];
  foreignRequests: string[];
  consoleErrors: string[];
  links: string[];
  ids: string[];
  /** ISO dates in the running text of a Dutch page, which should say "1 december 2026". */
  isoDates: string[];
}

const under = useSite();
const pages = [...builtPages(), ...storybookPages()];
const reports = new Map<string, PageReport>();

/** Loads a page as a reader would, waits for live widgets, and records what went wrong. */
async function visit(page: Page, path: string): Promise<PageReport> {
  const report: PageReport = {
    violations: [],
    foreignRequests: [],
    consoleErrors: [],
    links: [],
    ids: [],
    isoDates: [],
  };
  // Storybook must also stay inside its own folder, so it works wherever it is put.
  const home = path.startsWith('/storybook/') ? '/storybook/' : '/';
  const onRequest = (request: { url: () => string }) => {
    const url = new URL(request.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    if (url.origin !== under.site.origin || !url.pathname.startsWith(home)) report.foreignRequests.push(url.href);
  };
  const onConsole = (message: { type: () => string; text: () => string }) => {
    if (message.type() === 'error') report.consoleErrors.push(message.text());
  };
  const onPageError = (error: Error) => report.consoleErrors.push(error.message);
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    await page.goto(under.site.origin + path, { waitUntil: 'networkidle' });
    // Live widgets render after embed.js loads; wait until every ak- element has its shadow root.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ak-')).every((e) => e.shadowRoot),
    );
    report.violations = await axeViolations(page);
    report.links = await page.$$eval('a[href]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    report.ids = await page.$$eval('[id]', (elements) => elements.map((e) => e.id));
    // The API reference is in English by design, and code is code.
    if (!path.startsWith('/en/') && !path.startsWith('/api/') && !path.startsWith('/storybook/'))
      report.isoDates = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if (!node.parentElement?.closest('code, pre, script, style, [translate="no"]'))
            for (const match of node.textContent?.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []) found.push(match);
        return found;
      });
  } finally {
    page.off('request', onRequest);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return report;
}

const collect = (pick: (report: PageReport) => unknown[]) =>
  Object.fromEntries([...reports].map(([path, r]) => [path, pick(r)]).filter(([, found]) => (found as []).length));

describe('the built docs site', () => {
  beforeAll(async () => {
    const page = await under.browser.newPage();
    for (const path of pages) {
      try {
        reports.set(path, await visit(page, path));
      } catch (error) {
        throw new Error(`${path}: ${(error as Error).message}`);
      }
    }
    await page.close();
  }, 1_500_000); // one browser, every page in turn: on a loaded 2-core machine this took over 10 minutes

  it('has a page for every catalogue id, in Dutch and in English', () => {
    for (const locale of LOCALES) {
      const prefix = locale === 'nl' ? '/' : '/en/';
      for (const entry of [...catalogue.signals, ...catalogue.riskFactors])
        expect(pages, `${locale}: ${entry.id}`).toContain(`${prefix}reference/signals/${entry.id}.html`);
    }
  });

  it('has the built Storybook with every component, in both languages of its introduction', () => {
    const stories = pages.filter((p) => p.includes('viewMode=story'));
    for (const tag of [
      'ak-signal-check',
      'ak-assessment-summary',
      'ak-youth-check',
      'ak-referral-guide',
      'ak-signal-catalogue',
      'ak-training',
      'ak-youth-training',
    ])
      expect(stories.some((p) => p.includes(`id=widgets-${tag}--`))).toBe(true);
    expect(pages).toContain('/storybook/iframe.html?id=introductie--docs&viewMode=docs');
    expect(pages).toContain('/storybook/iframe.html?id=introduction--docs&viewMode=docs');
  });

  it('has guides, configurator, reference, API and changelog pages in both languages', () => {
    for (const prefix of ['/', '/en/'])
      for (const page of [
        'index.html',
        'configurator.html',
        'guide/embedding.html',
        'guide/getting-started.html',
        'guide/frameworks.html',
        'guide/extending.html',
        'guide/methodology.html',
        'guide/security.html',
        'guide/municipalities.html',
        'guide/practice.html',
        'guide/trainer.html',
        'download.html',
        'local-contacts.html',
        'page-check.html',
        'reference/rules.html',
        'reference/levels.html',
        'reference/contacts.html',
        'reference/schemas.html',
        'api/core/index.html',
        'api/core-assess/index.html',
        'api/core-training/index.html',
        'api/widgets/index.html',
        'changelog.html',
      ])
        expect(pages).toContain(prefix + page);
  });

  it('has no axe-core WCAG 2.1 AA violation on any page', () => {
    expect(reports.size).toBe(pages.length);
    expect(collect((r) => r.violations)).toEqual({});
  });

  it('makes no request to any other host, and Storybook none outside its folder', () => {
    expect(collect((r) => r.foreignRequests)).toEqual({});
  });

  it('writes dates on Dutch pages as words, never as ISO dates in running text', () => {
    expect(collect((r) => r.isoDates)).toEqual({});
  });

  it('logs no console error on any page', () => {
    expect(collect((r) => r.consoleErrors)).toEqual({});
  });

  it('has no broken internal link, anchors included', () => {
    const broken = collect((r) =>
      r.links.filter((href) => {
        const url = new URL(href);
        if (url.origin !== under.site.origin) return false;
        const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
        const target = reports.get(path + (path === '/storybook/iframe.html' ? url.search : ''));
        if (!target) return !isFile(path);
        return url.hash !== '' && !target.ids.includes(decodeURIComponent(url.hash.slice(1)));
      }),
    );
    expect(broken).toEqual({});
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
    await page.goto(under.site.origin + path, { waitUntil: 'networkidle' });
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
    await page.goto(under.site.origin + path, { waitUntil: 'networkidle' });
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
    await page.goto(under.site.origin + path, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const scrolling = await page.$$eval('.vp-doc table', (tables) =>
      tables.filter((t) => t.scrollWidth > t.clientWidth + 1).map((t) => t.textContent?.slice(0, 60)),
    );
    expect(scrolling).toEqual([]);
    await page.close();
  });
});

/** A link to something that is not a page (a JSON Schema, embed.js) must still be a file of the site. */
function isFile(path: string): boolean {
  const file = join(DIST, decodeURIComponent(path));
  return existsSync(file) && statSync(file).isFile();
}
