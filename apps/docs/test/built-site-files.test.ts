import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue, LOCALES } from '@anders-kijken/core';
import { describe, expect, it } from 'vitest';
import {
  filesEndingIn,
  fragmentId,
  htmlFiles,
  pathOf,
  readBuiltPage,
  servedFile,
  sitePages,
  stylesheetUrls,
  type BuiltLink,
  type BuiltPage,
} from './built-html.js';
import { DIST } from './site.js';

// These checks read the built HTML of every page without a browser: VitePress writes each page's
// whole content into its HTML, so links, anchors and dates are there before any script runs.
// The browser suite (built-site.test.ts) loads one page per template for what needs one.

const pages = sitePages();
const built = new Map(pages.map((path) => [path, readBuiltPage(path)]));
const storybookIndex = JSON.parse(readFileSync(join(DIST, 'storybook/index.json'), 'utf8')) as {
  entries: Record<string, { id: string; type: 'story' | 'docs'; title: string }>;
};
const storyIds = new Set(Object.values(storybookIndex.entries).map((e) => e.id));

/** Parsed pages other than the site's own, read once when a link points at them. */
const targets = new Map<string, BuiltPage>(built);
const targetPage = (path: string) => {
  if (!targets.has(path)) targets.set(path, readBuiltPage(path));
  return targets.get(path)!;
};

/** Per page, what `find` returns for it; pages with nothing found are left out. */
const findings = (find: (page: BuiltPage) => string[]) =>
  Object.fromEntries(
    [...built].flatMap(([path, page]) => {
      const found = find(page);
      return found.length ? [[path, found] as const] : [];
    }),
  );

/** Why a same-site link leads nowhere, or `undefined` when it leads to what it names. */
function brokenBecause(url: URL, from: BuiltPage): string | undefined {
  const file = servedFile(url.pathname);
  if (!file) return 'no such file';
  const path = pathOf(file);
  if (path === '/storybook/iframe.html' && url.searchParams.has('id') && !storyIds.has(url.searchParams.get('id')!))
    return 'no such story';
  if (url.hash === '' || url.hash === '#') return undefined;
  if (!path.endsWith('.html')) return 'an anchor in a file that is not a page';
  const ids = path === from.path ? from.ids : targetPage(path).ids;
  return ids.has(fragmentId(url.hash)) ? undefined : 'no such anchor';
}

/** The URLs that leave the site, or for Storybook its own folder, so it works wherever it is put. */
const foreign = (urls: BuiltLink[], home: string) =>
  urls
    .filter(({ url }) => !['data:', 'blob:'].includes(url.protocol))
    .filter(({ url }) => url.host !== 'site.invalid' || !url.pathname.startsWith(home))
    .map(({ href }) => href);

describe('the built docs site, read from its files', () => {
  it('has a page for every catalogue id, in Dutch and in English', () => {
    for (const locale of LOCALES) {
      const prefix = locale === 'nl' ? '/' : '/en/';
      for (const entry of [...catalogue.signals, ...catalogue.riskFactors])
        expect(pages, `${locale}: ${entry.id}`).toContain(`${prefix}reference/signals/${entry.id}.html`);
    }
  });

  it('has the built Storybook with every component, in both languages of its introduction', () => {
    const stories = Object.values(storybookIndex.entries).filter((e) => e.type === 'story');
    for (const tag of [
      'ak-signal-check',
      'ak-assessment-summary',
      'ak-youth-check',
      'ak-referral-guide',
      'ak-signal-catalogue',
      'ak-training',
      'ak-youth-training',
    ])
      expect(
        stories.some((e) => e.id.startsWith(`widgets-${tag}--`)),
        tag,
      ).toBe(true);
    expect(storyIds).toContain('introductie--docs');
    expect(storyIds).toContain('introduction--docs');
    for (const file of ['/storybook/index.html', '/storybook/iframe.html'])
      expect(servedFile(file), file).toBeDefined();
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

  it('has no broken internal link, anchors included, on any page', () => {
    const broken = findings((page) =>
      page.links
        .filter(({ url }) => url.protocol === 'http:' && url.host === 'site.invalid')
        .flatMap(({ href, url }) => {
          const why = brokenBecause(url, page);
          return why ? [`${href}: ${why}`] : [];
        }),
    );
    expect(broken).toEqual({});
  });

  it('loads every script, style, image and frame of a page from a file of the site', () => {
    const missing = findings((page) =>
      page.resources
        .filter(({ url }) => url.host === 'site.invalid' && !servedFile(url.pathname))
        .map(({ href }) => href),
    );
    expect(missing).toEqual({});
  });

  it('makes no request to any other host, and Storybook none outside its folder', () => {
    expect(findings((page) => foreign(page.resources, '/'))).toEqual({});
    const storybook = htmlFiles(join(DIST, 'storybook')).map(readBuiltPage);
    expect(storybook.map((page) => page.path)).toContain('/storybook/index.html');
    expect(Object.fromEntries(storybook.map((page) => [page.path, foreign(page.resources, '/storybook/')]))).toEqual(
      Object.fromEntries(storybook.map((page) => [page.path, []])),
    );
  });

  it('has no stylesheet that loads fonts or images from another host', () => {
    const stylesheets = filesEndingIn('.css');
    expect(stylesheets.length).toBeGreaterThan(0);
    const home = (path: string) => (path.startsWith('/storybook/') ? '/storybook/' : '/');
    const fetched = stylesheets.flatMap((path) =>
      foreign(stylesheetUrls(path), home(path)).map((url) => `${path}: ${url}`),
    );
    expect(fetched).toEqual([]);
  });

  it('writes dates on Dutch pages as words, never as ISO dates in running text', () => {
    // The API reference is in English by design, and code is code.
    const dutch = (path: string) => !path.startsWith('/en/') && !path.startsWith('/api/');
    expect(findings((page) => (dutch(page.path) ? page.isoDates : []))).toEqual({});
  });
});
