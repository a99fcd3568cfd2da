import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { assess, catalogue, defaultRuleset, type Ruleset } from '@anders-kijken/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { embedRoutes, pageRoute, pathsFor, release, releaseRoutes, serve, incompleteRoutes } from './page-server.js';
import { enSafety } from '../../src/translations/en-safety.js';
import { nl } from '../../src/translations/nl.js';

const zwolle = readFileSync(new URL('../patches/zwolle-patch.json', import.meta.url), 'utf8');

/**
 * A page as an editor makes it from the download: the release's snippet, a data island, one element.
 * `classic` uses embed-classic.js in a plain `<script src defer>`, for a CMS that allows no modules.
 */
function releasePage(island: string, element: string, classic = false): [string, string] {
  const { placeholder, files } = release();
  const script = classic ? 'embed-classic.js' : 'embed.js';
  const integrity = files.find((f) => f.name === script)?.integrity ?? '';
  const tag = classic
    ? `<script src="${placeholder}/${script}" integrity="${integrity}" defer></script>`
    : `<script type="module" src="${placeholder}/${script}" integrity="${integrity}"></script>`;
  return [
    'text/html; charset=utf-8',
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Zwolle</title>
<link rel="icon" href="/favicon.svg" />
${tag}</head>
<body><main><h1>Waar kun je terecht?</h1>
<script type="application/json" id="ak-zwolle">${island}</script>
${element}</main></body></html>`,
  ];
}

/** A page whose elements' files cannot all load: the folder beside its embed.js misses a chunk. */
const incompletePage = (body: string): [string, string] => [
  'text/html; charset=utf-8',
  '<!doctype html><html lang="nl"><head><script type="module" src="/page.js"></script>' +
    `<script type="module" src="/incomplete/embed.js"></script></head><body>${body}</body></html>`,
];

/** A page with the loader and the given elements, and nothing else of its own but page.js. */
const plainPage = (body: string): [string, string] => [
  'text/html; charset=utf-8',
  '<!doctype html><html lang="nl"><head><script type="module" src="/page.js"></script>' +
    `<script type="module" src="/embed.js"></script></head><body>${body}</body></html>`,
];

/** Every element that shows the national ruleset's texts on its own, the practice ones too. */
const everyElement = [
  '<ak-signal-check></ak-signal-check>',
  '<ak-youth-check></ak-youth-check>',
  '<ak-referral-guide level="suspicion"></ak-referral-guide>',
  '<ak-signal-catalogue></ak-signal-catalogue>',
  '<ak-training></ak-training>',
  '<ak-youth-training></ak-youth-training>',
];

const utrechtCss = readFileSync(
  createRequire(import.meta.url).resolve('@utrecht/design-tokens/dist/index.css'),
  'utf8',
);

// The self-contained embed.js on real pages, as a municipal web editor would use it.
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  site = await serve({
    ...embedRoutes(),
    '/page.js': ['text/javascript', pageRoute('page.js')[1]],
    '/page.css': ['text/css', pageRoute('page.css')[1]],
    '/favicon.svg': ['image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>'],
    '/': pageRoute('all-widgets.html'),
    '/double-load': pageRoute('double-load.html'),
    '/later': pageRoute('later.html'),
    ...incompleteRoutes().routes,
    '/incomplete': incompletePage('<ak-referral-guide></ak-referral-guide>'),
    '/incomplete-youth': incompletePage(
      '<div lang="en"><ak-youth-training exit-url="/neutral"></ak-youth-training></div><ak-youth-check exit-url="/neutral"></ak-youth-check>',
    ),
    '/practice': pageRoute('practice.html'),
    '/dutch-check': plainPage('<ak-signal-check></ak-signal-check>'),
    '/dutch-guide': plainPage('<ak-referral-guide level="suspicion"></ak-referral-guide>'),
    '/english-guide': plainPage('<div lang="en"><ak-referral-guide level="suspicion"></ak-referral-guide></div>'),
    '/youth-check': plainPage('<ak-youth-check exit-url="/neutral"></ak-youth-check>'),
    '/english-youth-check': plainPage('<div lang="en"><ak-youth-check exit-url="/neutral"></ak-youth-check></div>'),
    ...Object.fromEntries(
      everyElement.flatMap((element) => {
        const tag = /^<([a-z-]+)/.exec(element)?.[1] ?? '';
        return [
          [`/alone/${tag}/nl`, plainPage(element)],
          [`/alone/${tag}/en`, plainPage(`<div lang="en">${element}</div>`)],
        ];
      }),
    ),
    '/hostile': pageRoute('hostile.html'),
    '/host-page': pageRoute('host-page.html'),
    '/host-page.css': ['text/css', pageRoute('host-page.css')[1]],
    ...releaseRoutes(),
    '/zwolle': releasePage(zwolle, '<ak-referral-guide municipality="zwolle" patch="ak-zwolle"></ak-referral-guide>'),
    '/zwolle-classic': releasePage(
      zwolle,
      '<ak-referral-guide municipality="zwolle" patch="ak-zwolle"></ak-referral-guide><ak-youth-check></ak-youth-check>',
      true,
    ),
    '/zwolle-broken': releasePage(
      zwolle.slice(0, 80),
      '<ak-referral-guide municipality="zwolle" patch="ak-zwolle" level="acute"></ak-referral-guide>',
    ),
    '/themed': pageRoute('themed.html'),
    '/themed.css': ['text/css', pageRoute('themed.css')[1]],
    '/utrecht.css': ['text/css', utrechtCss],
    '/neutral': [
      'text/html; charset=utf-8',
      '<!doctype html><html lang="nl"><title>Weer</title><p>Het weer</p></html>',
    ],
  });
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** What page.js recorded: CSP violations, uncaught errors, and the loader's answer for an unknown name. */
const recordedOf = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { recorded: { violations: string[]; errors: string[]; unknown?: string } }).recorded,
  );
/** The console's messages of one kind, as text. */
const messagesOf = (console: ConsoleMessage[], type: 'error' | 'warning') =>
  console.filter((m) => m.type() === type).map((m) => m.text());
/** The requests for one path. */
const requestsFor = (requests: string[], path: string) => requests.filter((url) => new URL(url).pathname === path);

/** No CSP violation, no uncaught error and no error in the console. */
async function expectNothingWrong(page: Page, console: ConsoleMessage[]): Promise<void> {
  expect(await recordedOf(page)).toEqual({ violations: [], errors: [] });
  expect(messagesOf(console, 'error')).toEqual([]);
}

/** Opens a page in a fresh context, recording its requests and console, once embed.js has registered its elements. */
async function open(
  path: string,
  options: { width?: number; beforeLoad?: () => void; elements?: boolean } = {},
): Promise<{ page: Page; requests: string[]; console: ConsoleMessage[] }> {
  const context = await browser.newContext(options.width ? { viewport: { width: options.width, height: 640 } } : {});
  const page = await context.newPage();
  if (options.beforeLoad) await page.addInitScript(options.beforeLoad);
  const requests: string[] = [];
  const console: ConsoleMessage[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => console.push(message));
  await page.goto(`${site.url}${path}`);
  if (options.elements !== false)
    await page.waitForFunction(() => {
      const tags = new Set(
        [...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('ak-')),
      );
      return tags.size > 0 && [...tags].every((tag) => customElements.get(tag));
    });
  return { page, requests, console };
}

/**
 * Goes through the whole check with real input events (not DevTools evaluation, which would bypass
 * the page's CSP): new rulesets, an age, one clear signal, every step, the outcome.
 */
async function completeCheck(page: Page): Promise<string | undefined> {
  if (await page.locator('#revalidate').count()) await page.click('#revalidate');
  const check = page.locator('ak-signal-check');
  await check.locator('#age').fill('15');
  for (let step = 0; step < 6; step++) {
    const courier = check.locator('input[name="activity-courier"][value="clear"]');
    if (await courier.count()) await courier.check();
    await check.locator('button[type="submit"]').click();
  }
  await check.locator('ak-assessment-summary').waitFor();
  return page.evaluate(
    () =>
      document.querySelector('ak-signal-check')?.shadowRoot?.querySelector('ak-assessment-summary')?.assessment?.level,
  );
}

describe('training.js beside embed.js, under the same strict Content-Security-Policy', () => {
  it('runs a case to its feedback and a chat to its trick, with no violation, error, request or storage', async () => {
    const { page, requests, console } = await open('/practice');
    await page.waitForFunction(() => customElements.get('ak-training') && customElements.get('ak-youth-training'));
    const training = page.locator('ak-training');
    await training.locator('input[type="search"]').fill('winkel');
    await training.locator('input[name="observation"]').first().check();
    await training.locator('input[name="level"][value="suspicion"]').check();
    await training.locator('input[name="first-step"]').first().check();
    await training.locator('button[type="submit"]').click();
    await expect
      .poll(() => training.locator('[part~="feedback"]').textContent())
      .toContain('De regels van de check geven');
    const youth = page.locator('ak-youth-training');
    for (let step = 0; step < 10 && !(await youth.locator('[part="trick"]').count()); step++) {
      await youth.locator('button.choice').first().click();
      await youth.locator('.nav button.primary').click();
    }
    await expect.poll(() => youth.locator('[part="trick"]').textContent()).toContain('De truc');
    await expectNothingWrong(page, console);
    const paths = new Set(requests.map((url) => new URL(url).pathname));
    paths.delete('/favicon.svg');
    // The loader asks for the three elements on the page; training.js adds nothing it does not share.
    expect([...paths].sort()).toEqual(
      [
        ...pathsFor(['ak-referral-guide', 'ak-training', 'ak-youth-training']),
        '/page.css',
        '/page.js',
        '/practice',
        '/training.js',
      ].sort(),
    );
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await page.context().close();
  });
});

describe('embed.js on a page with a strict Content-Security-Policy', () => {
  it('runs every widget without a CSP violation or an error, makes no request beyond the page and its scripts, and stores nothing', async () => {
    const { page, requests, console } = await open('/');
    await page.locator('ak-signal-check #age').waitFor();
    const pathsOf = () => new Set(requests.map((url) => new URL(url).pathname).filter((p) => p !== '/favicon.svg'));
    // Only the files of the elements on the page; a page that gives no ruleset of its own never loads
    // the check of one.
    const loaded = pathsFor([
      'ak-assessment-summary',
      'ak-referral-guide',
      'ak-signal-catalogue',
      'ak-signal-check',
      'ak-youth-check',
    ]);
    expect([...pathsOf()].sort()).toEqual(['/', ...loaded, '/page.css', '/page.js'].sort());
    // The page's button gives every widget a ruleset in code: that loads the check, once, from beside
    // embed.js, and the texts the page had not loaded, once, since what is checked is copied whole.
    expect(await completeCheck(page)).toBe('concern');
    expect([...pathsOf()].sort()).toEqual(
      [
        '/',
        '/embed-patch.js',
        ...loaded,
        '/page.css',
        '/page.js',
        '/texts-en.js',
        '/texts-en-signals.js',
        '/texts-unshown.js',
      ].sort(),
    );
    for (const file of ['/embed-patch.js', '/texts-en.js', '/texts-en-signals.js', '/texts-unshown.js'])
      expect(requestsFor(requests, file)).toHaveLength(1);
    await expectNothingWrong(page, console);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await page.context().close();
  });
});

describe('the quick exit of <ak-youth-check>', () => {
  it('replaces the page with the neutral site on that click, leaving nothing in the history', async () => {
    const { page } = await open('/youth-check');
    const youth = page.locator('ak-youth-check');
    // The debt question is behind the gate question about pressure.
    await youth.locator('input[name="gate-pressure"][value="yes"]').check();
    await youth.locator('input[name="control-debt"][value="yes"]').check();
    const before = await page.evaluate(() => history.length);
    await youth.getByRole('button', { name: 'Snel weg' }).click();
    await page.waitForURL(`${site.url}/neutral`);
    // Replaced, not pushed: the back button does not lead back to the check.
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.context().close();
  });

  it('leaves the same way with the Escape key, wherever focus is on the page', async () => {
    const { page } = await open('/youth-check');
    await page.locator('ak-youth-check').locator('input[name="gate-pressure"][value="yes"]').check();
    await page.locator('ak-youth-check').locator('input[name="control-debt"][value="yes"]').check();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const before = await page.evaluate(() => history.length);
    await page.keyboard.press('Escape');
    await page.waitForURL(`${site.url}/neutral`);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.context().close();
  });
});

describe('widgets given bad attributes, under the same strict CSP', () => {
  it('show 112, give danger now its result with an unknown municipality, and leave for the default site', async () => {
    const { page, console } = await open('/hostile');
    // The default neutral site, served here: the test machine has no internet.
    await page.route('https://www.google.nl/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Google</title>' }),
    );
    const youth = page.locator('ak-youth-check');
    await expect(youth.locator('a[href="tel:112"]').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('ak-referral-guide').locator('a[href="tel:112"]').count()).resolves.toBeGreaterThan(0);
    await youth.locator('input[name="acute-threat-to-life"][value="yes"]').check();
    await youth.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
    await expect(youth.locator('[part="result"]').textContent()).resolves.toContain('Bel 112');
    await youth.getByRole('button', { name: 'Snel weg' }).click();
    await page.waitForURL('https://www.google.nl/');
    expect(await page.title()).toBe('Google');
    const warnings = messagesOf(console, 'warning');
    expect(warnings.filter((w) => w.includes('exit-url'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('atlantis')).length).toBeGreaterThan(0);
    expect(messagesOf(console, 'error')).toEqual([]);
    await page.context().close();
  });
});

describe('on a municipal page with a sticky header, at 320 px', () => {
  it('shows the outcome below the header, with focus on it', async () => {
    const { page } = await open('/host-page', { width: 320 });
    await completeCheck(page);
    const summary = page.locator('ak-signal-check ak-assessment-summary');
    await expect.poll(() => summary.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(64);
    expect(await summary.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(640);
    expect(
      await page.evaluate(() => document.querySelector('ak-signal-check')?.shadowRoot?.activeElement?.localName),
    ).toBe('ak-assessment-summary');
    await page.context().close();
  });

  it('prints the outcome only: not the header, the footer or the check’s own buttons', async () => {
    const { page, console } = await open('/host-page', {
      width: 320,
      // The print dialog is not the test's to open; what matters is what the page prints.
      beforeLoad: () => (window.print = () => undefined),
    });
    await completeCheck(page);
    await page.locator('ak-signal-check ak-assessment-summary').getByRole('button', { name: 'Afdrukken' }).click();
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'h1', '.intro'])
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    const check = page.locator('ak-signal-check');
    expect(await check.locator('[part="nav"]').isVisible()).toBe(false);
    expect(await check.locator('ak-assessment-summary [part="level"]').isVisible()).toBe(true);
    expect(await check.locator('ak-assessment-summary [part="actions"]').isVisible()).toBe(false);
    // After printing, the page is as it was.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('[data-ak-print]').count()).toBe(0);
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    expect(console.filter((m) => m.type() === 'error')).toEqual([]);
    await page.context().close();
  });
});

/** The globals a page's scripts added to `window`, over a page without them. */
const recordGlobals = () => {
  (window as unknown as { before: string[] }).before = Object.getOwnPropertyNames(window);
};
const addedGlobals = (page: Page) =>
  page.evaluate(() => {
    const before = new Set((window as unknown as { before: string[] }).before);
    return Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && name !== 'before');
  });

describe('embed-classic.js, for a CMS that allows no type="module"', () => {
  it('runs from one classic script with a local patch, and adds no globals beyond what embed.js adds', async () => {
    const { page, requests, console } = await open('/zwolle-classic', { beforeLoad: recordGlobals });
    const guide = page.locator('ak-referral-guide');
    await guide.getByText('Wijkteam Zwolle').waitFor();
    await expect(guide.locator('a[href="tel:112"]').count()).resolves.toBe(1);
    await expect(page.locator('ak-youth-check').getByRole('button', { name: 'Snel weg' }).count()).resolves.toBe(1);
    const classicGlobals = await addedGlobals(page);
    // Everything is inside the one file: no embed-patch.js, no embed.js.
    const { placeholder } = release();
    const scripts = requests.map((url) => new URL(url).pathname).filter((path) => path.endsWith('.js'));
    expect(scripts).toEqual([`${placeholder}/embed-classic.js`]);
    expect(console.filter((m) => ['error', 'warning'].includes(m.type())).map((m) => m.text())).toEqual([]);
    await page.context().close();

    const module = await open('/zwolle', { beforeLoad: recordGlobals });
    await module.page.locator('ak-referral-guide').getByText('Wijkteam Zwolle').waitFor();
    const moduleGlobals = await addedGlobals(module.page);
    await module.page.context().close();
    // Only the libraries' own registries (Lit's versions, zod's config), as with the module build;
    // never the bundle's minified names.
    expect(classicGlobals.sort()).toEqual(moduleGlobals.sort());
    expect(classicGlobals.filter((name) => !/Versions$|^litPropertyMetadata$|^__zod_global/.test(name))).toEqual([]);
  });
});

describe('the released folder on a municipality page, under the same strict CSP', () => {
  it("shows the contacts of a municipality that is not built in, from the page's JSON patch", async () => {
    const { page, requests, console } = await open('/zwolle');
    const guide = page.locator('ak-referral-guide');
    await guide.getByText('Wijkteam Zwolle').waitFor();
    await expect(guide.locator('a[href="tel:0380000000"]').count()).resolves.toBe(1);
    await expect(guide.locator('a[href="tel:112"]').count()).resolves.toBe(1);
    const { placeholder } = release();
    expect(requests.map((url) => new URL(url).pathname)).toContain(`${placeholder}/embed-patch.js`);
    const recorded = console.filter((m) => ['error', 'warning'].includes(m.type())).map((m) => m.text());
    expect(recorded).toEqual([]);
    await page.context().close();
  });

  it('shows the national contacts and 112 with a malformed patch, telling only the console', async () => {
    const { page, console } = await open('/zwolle-broken');
    const guide = page.locator('ak-referral-guide');
    await guide.locator('a[href="tel:112"]').first().waitFor();
    await expect.poll(() => console.filter((m) => m.type() === 'warning').length).toBeGreaterThan(0);
    expect(console.map((m) => m.text()).join('\n')).toContain('patch="ak-zwolle" is not used');
    await expect(guide.getByText('Veilig Thuis').count()).resolves.toBeGreaterThan(0);
    await expect(guide.locator('[role="alert"]').count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('a page themed with a published NL Design System token package', () => {
  it("shows the theme's colours in the widgets, through the fallbacks of the --ak-* properties", async () => {
    const { page } = await open('/themed');
    const colours = await page.evaluate(() => {
      const style = (selector: string, root: ParentNode = document) =>
        getComputedStyle(root.querySelector(selector) as Element);
      const check = document.querySelector('ak-signal-check')?.shadowRoot as ShadowRoot;
      const guide = document.querySelector('ak-referral-guide')?.shadowRoot as ShadowRoot;
      return {
        theme: {
          action: style('.reference-action').backgroundColor,
          text: style('.reference-text').color,
          link: style('.reference-link').color,
        },
        widget: {
          action: style('button[type="submit"]', check).backgroundColor,
          text: getComputedStyle(document.querySelector('ak-signal-check') as Element).color,
          link: style('a', guide).color,
        },
      };
    });
    expect(colours.theme.action).toBe('rgb(36, 87, 143)');
    expect(colours.widget).toEqual(colours.theme);
    await page.context().close();
  });
});

describe('a 320 px wide screen', () => {
  it('shows every widget without scrolling sideways (WCAG 1.4.10 reflow)', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.waitForFunction(() => customElements.get('ak-signal-check') !== undefined);
    const wide = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'ak-signal-check, ak-assessment-summary, ak-referral-guide, ak-signal-catalogue, ak-youth-check',
        ),
      ].flatMap((widget) => {
        const edge = widget.getBoundingClientRect().right;
        return [...(widget.shadowRoot?.querySelectorAll('*') ?? [])]
          .filter((node) => node.getBoundingClientRect().right > edge + 0.5)
          .map((node) => `${widget.tagName.toLowerCase()} ${node.tagName.toLowerCase()}`);
      }),
    );
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});

describe('text zoomed to 200 %', () => {
  it('keeps every widget within the width, without scrolling sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.waitForFunction(() => customElements.get('ak-signal-check') !== undefined);
    // 200 % zoom of a 1280 px window is a 640 px wide layout viewport.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('embed.js, the loader', () => {
  it('loads nothing for a page without widgets, then the widgets a page adds later, in either language', async () => {
    const { page, requests, console } = await open('/later', { elements: false });
    await page.waitForLoadState('load');
    const pathsOf = () =>
      [...new Set(requests.map((url) => new URL(url).pathname))].filter((p) => p !== '/favicon.svg').sort();
    expect(pathsOf()).toEqual(['/embed.js', '/later', '/page.js']);
    await page.click('#add-later');
    const guides = page.locator('ak-referral-guide');
    await expect.poll(() => guides.nth(0).locator('#title').textContent()).toBe('Waar kan ik terecht?');
    await expect.poll(() => guides.nth(1).locator('#title').textContent()).toBe('Where can I go?');
    for (const guide of [guides.nth(0), guides.nth(1)])
      expect(await guide.evaluate((el) => el.shadowRoot?.textContent)).toContain('112');
    for (const path of pathsFor(['ak-referral-guide'])) expect(requestsFor(requests, path), path).toHaveLength(1);
    await expectNothingWrong(page, console);
    await page.context().close();
  });

  it('loads an element inside a shadow root when asked by name, and refuses a name it does not know', async () => {
    const { page, console } = await open('/later', { elements: false });
    await page.click('#add-shadowed');
    const check = page.locator('#shadow-host ak-youth-check');
    await expect.poll(() => check.evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain('112');
    const recorded = await recordedOf(page);
    expect(recorded.errors).toEqual([]);
    expect(recorded.unknown).toBe('Error: [anders-kijken] embed.js has no element <ak-unknown>.');
    expect(messagesOf(console, 'error')).toEqual([]);
    await page.context().close();
  });

  it('shows 112 in an element whose files cannot load, and says why in the console only', async () => {
    expect(incompleteRoutes().missing).toMatch(/^chunk-/);
    const { page, console } = await open('/incomplete', { elements: false });
    // The element still shows 112, in the page's language, with a link a phone can dial.
    const fallback = page.locator('ak-referral-guide [data-ak-fallback]');
    await fallback.waitFor({ timeout: 10_000 });
    expect(await fallback.textContent()).toBe('Bij direct gevaar: bel 112.');
    expect(await fallback.locator('a').getAttribute('href')).toBe('tel:112');
    expect(await page.evaluate(() => customElements.get('ak-referral-guide'))).toBeUndefined();
    expect(messagesOf(console, 'error')).toContainEqual(
      expect.stringMatching(/^\[anders-kijken\] <ak-referral-guide> could not be loaded/),
    );
    // Nothing is thrown into the host page.
    const recorded = await recordedOf(page);
    expect(recorded.errors).toEqual([]);
    await page.context().close();
  });

  it('gives the elements a young person uses "Snel weg" and Escape when their files cannot load, in their language', async () => {
    const { page } = await open('/incomplete-youth', { elements: false });
    const check = page.locator('ak-youth-check [data-ak-fallback]');
    await check.waitFor({ timeout: 10_000 });
    expect(await check.textContent()).toBe('Snel weg Bij direct gevaar: bel 112.');
    expect(await page.locator('ak-youth-training [data-ak-fallback]').textContent()).toBe(
      'Leave quickly In danger right now? Call 112.',
    );
    // The button comes first in the tab order, as in the element itself.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Leave quickly');
    const before = await page.evaluate(() => history.length);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/neutral`);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.context().close();
  });

  it('leaves from that fallback with the Escape key too', async () => {
    const { page } = await open('/incomplete-youth', { elements: false });
    await page.locator('ak-youth-check [data-ak-fallback]').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.waitForURL(`${site.url}/neutral`);
    await page.context().close();
  });
});

describe('the national ruleset, one language at a time', () => {
  /** The titles of the next steps that differ between the languages, to tell which one an element shows. */
  const titles = catalogue.nextSteps.map((step) => step.title).filter((title) => title.nl !== title.en);
  const shows = (text: string, locale: 'nl' | 'en') => titles.filter((title) => text.includes(title[locale])).length;
  const textOf = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => el.shadowRoot?.textContent ?? '');

  it('never loads the English texts on a Dutch page, and stamps the whole ruleset’s hash', async () => {
    const { page, requests } = await open('/dutch-check');
    expect(await completeCheck(page)).toBe('concern');
    const hash = await page.evaluate(
      () =>
        document.querySelector('ak-signal-check')?.shadowRoot?.querySelector('ak-assessment-summary')?.assessment
          ?.ruleset.hash,
    );
    expect(hash).toBe(assess({ age: 15, observations: {} }).ruleset.hash);
    expect(requestsFor(requests, '/texts-en.js')).toEqual([]);
    await page.context().close();
  });

  for (const locale of ['nl', 'en'] as const)
    it(`shows each element's texts, alone on a page, and never a stand-in, in ${locale === 'nl' ? 'Dutch' : 'English'}`, async () => {
      for (const element of everyElement) {
        const tag = /^<([a-z-]+)/.exec(element)?.[1] ?? '';
        const { page } = await open(`/alone/${tag}/${locale}`);
        /** The text of every shadow root on the page, nested ones too. */
        const shownText = () =>
          page.evaluate(() => {
            const texts: string[] = [];
            const visit = (root: Document | ShadowRoot) =>
              root.querySelectorAll('*').forEach((element) => {
                if (element.shadowRoot) {
                  texts.push(element.shadowRoot.textContent ?? '');
                  visit(element.shadowRoot);
                }
              });
            visit(document);
            return texts.join('\n');
          });
        await expect.poll(async () => (await shownText()).trim().length, { message: tag }).toBeGreaterThan(0);
        const text = await shownText();
        expect(text, tag).not.toContain('…');
        // The catalogue shows every signal's label; the check, gone through, its questions and its outcome.
        if (tag === 'ak-signal-catalogue')
          for (const signal of catalogue.signals) expect(text).toContain(signal.texts.label[locale]);
        if (tag === 'ak-signal-check') {
          expect(await completeCheck(page)).toBe('concern');
          expect(await shownText(), tag).not.toContain('…');
        }
        await page.context().close();
      }
    });

  it('loads them once for elements in English, which show them, while a Dutch one beside them stays Dutch', async () => {
    const { page, requests } = await open('/later', { elements: false });
    await page.click('#add-later');
    const guides = page.locator('ak-referral-guide');
    await expect.poll(() => guides.nth(1).locator('#title').textContent()).toBe('Where can I go?');
    const [dutch, english] = [
      await guides.nth(0).evaluate((el) => el.shadowRoot?.textContent ?? ''),
      await textOf(page, 'div[lang="en"] ak-referral-guide'),
    ];
    expect(shows(english, 'en')).toBeGreaterThan(0);
    expect(shows(english, 'nl')).toBe(0);
    expect(shows(dutch, 'nl')).toBeGreaterThan(0);
    expect(shows(dutch, 'en')).toBe(0);
    expect(requestsFor(requests, '/texts-en.js')).toHaveLength(1);
    // A referral guide shows no signals: neither their Dutch texts nor their English ones are loaded.
    expect(requestsFor(requests, '/texts-en-signals.js')).toEqual([]);
    await page.context().close();
  });

  it('switches an element to English only once the English texts are there, never half', async () => {
    const { page, requests } = await open('/dutch-guide');
    let release: (() => void) | undefined;
    const asked = new Promise<void>(
      (done) =>
        void page.route('**/texts-en.js', (route) => {
          release = () => void route.continue();
          done();
        }),
    );
    const guide = page.locator('ak-referral-guide');
    expect(await guide.locator('#title').textContent()).toBe('Waar kan ik terecht?');
    await guide.evaluate((el) => el.setAttribute('lang', 'en'));
    await asked;
    // While the texts load, the element shows what it showed: no English headings over Dutch steps.
    expect(await guide.locator('#title').textContent()).toBe('Waar kan ik terecht?');
    expect(shows(await textOf(page, 'ak-referral-guide'), 'en')).toBe(0);
    release?.();
    await expect.poll(() => guide.locator('#title').textContent()).toBe('Where can I go?');
    const text = await textOf(page, 'ak-referral-guide');
    expect(shows(text, 'en')).toBeGreaterThan(0);
    expect(shows(text, 'nl')).toBe(0);
    expect(requestsFor(requests, '/texts-en.js')).toHaveLength(1);
    await page.context().close();
  });

  it('shows the Dutch texts and 112 when the English ones cannot load, telling only the console', async () => {
    const context = await browser.newContext();
    await context.route('**/texts-en.js', (route) => route.abort());
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(`${site.url}/english-guide`);
    // The widget's own strings are in the same file: all of it stays Dutch, and whole.
    const guide = page.locator('ak-referral-guide');
    await expect.poll(() => guide.locator('#title').textContent()).toBe('Waar kan ik terecht?');
    const text = await textOf(page, 'ak-referral-guide');
    expect(text).toContain('112');
    expect(shows(text, 'nl')).toBeGreaterThan(0);
    expect(warnings).toContainEqual(expect.stringContaining('Texts in "en" could not be loaded'));
    const recorded = await recordedOf(page);
    expect(recorded.errors).toEqual([]);
    await context.close();
  });

  it('keeps the quick exit and 112 in English when the English texts cannot load', async () => {
    const context = await browser.newContext();
    await context.route('**/texts-en.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${site.url}/english-youth-check`);
    const exit = page.locator('ak-youth-check').getByRole('button', { name: enSafety.quickExit });
    await expect.poll(() => exit.count()).toBe(1);
    const text = await textOf(page, 'ak-youth-check');
    expect(text).toContain(enSafety.emergencyCall);
    expect(text).toContain(enSafety.quickExitHint);
    expect(text).not.toContain(nl.quickExit);
    // The rest of its strings wait for the file that did not come: Dutch, whole.
    expect(text).toContain(nl.youthIntro);
    await exit.click();
    await page.waitForURL(`${site.url}/neutral`);
    await context.close();
  });

  it('gives a ruleset extended by a patch every text, on a Dutch page: the English ones and those no element shows', async () => {
    const { page } = await open('/zwolle');
    const guide = page.locator('ak-referral-guide');
    await expect.poll(() => guide.evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain('Zwolle');
    const { signals, sources, parameters, dimensions } = defaultRuleset;
    const extended = await guide.evaluate((el) => {
      const { signals, sources, parameters, dimensions } = (el as unknown as { ruleset: Ruleset }).ruleset;
      return JSON.stringify({ signals, sources, parameters, dimensions });
    });
    expect(JSON.parse(extended)).toEqual({ signals, sources, parameters, dimensions });
    await page.context().close();
  });
});

describe('embed.js loaded more than once', () => {
  it('never throws, keeps one registration, and warns once about the other version', async () => {
    const { page, console } = await open('/double-load');
    // Until every copy of the element's module has run, a warning may still come. Importing a module
    // the page has loaded gives that module once it has run (and loads a copy no loader asked for).
    // A string, so the test's own transform leaves `import()` as the browser's.
    const copies = ['', '/again', '/other-version'].map((folder) => `${folder}/ak-signal-check.js`);
    await page.evaluate(`Promise.all(${JSON.stringify(copies)}.map((url) => import(url)))`);
    const recorded = await recordedOf(page);
    expect(recorded.errors).toEqual([]);
    const warnings = messagesOf(console, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/already registered by @anders-kijken\/widgets 0\.0\.0; version 9\.9\.0/);
    expect(await completeCheck(page)).toBe('concern');
    await page.context().close();
  });
});
