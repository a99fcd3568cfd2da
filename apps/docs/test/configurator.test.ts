import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { DIST, openPage, useSite } from './site.js';

// The configurator as a web editor uses it: choose, copy, paste into a bare page of their own.
const bare = mkdtempSync(join(tmpdir(), 'ak-bare-'));
const under = useSite([{ prefix: '/bare/', dir: bare }]);
let context: BrowserContext;

beforeAll(async () => {
  context = await under.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: under.site.origin });
});

/** The rendered widget in a container: its tag, attributes, text and colours. */
async function widgetIn(page: Page, container: string) {
  const handle = await page.waitForFunction((selector) => {
    const element = document.querySelector(
      `${selector} :is(ak-signal-check, ak-youth-check, ak-referral-guide, ak-signal-catalogue, ak-training, ak-youth-training)`,
    );
    return element?.shadowRoot?.textContent?.trim() ? element : null;
  }, container);
  return handle.evaluate((element: Element) => ({
    tag: element.localName,
    // The element sets `style` itself, from the layout (the height of its quick-exit bar): not part of the snippet.
    attributes: Object.fromEntries(
      [...element.attributes].filter((a) => a.name !== 'style').map((a) => [a.name, a.value]),
    ),
    text: element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim(),
    // The theme shows in the colours of the first control and of the text.
    colours: [element.shadowRoot!.querySelector('a, button, select, input'), element.shadowRoot!.firstElementChild].map(
      (e) => e && [getComputedStyle(e).color, getComputedStyle(e).backgroundColor],
    ),
  }));
}

describe('the embed configurator', () => {
  it('is operable with the keyboard, accessible in every choice, and its copied snippet renders the same widget on a bare page', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openPage(page, `${under.site.origin}/configurator.html`);

    // Keyboard only: arrow keys move within a radio group, Enter presses a button.
    await page.focus('input[name="ak-component"][value="ak-signal-check"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('input[value="ak-referral-guide"]')).toBe(true);
    await page.focus('input[name="ak-lang"][value="nl"]');
    await page.keyboard.press('ArrowDown');
    await page.selectOption('#ak-attr-level', 'suspicion');
    await page.selectOption('#ak-attr-audience', 'parent');
    await page.selectOption('#ak-attr-municipality', 'maastricht');
    await page.focus('input[name="ak-theme"][value="default"]');
    await page.keyboard.press('ArrowDown');
    await page.focus('[data-testid="copy"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('[role="status"]')).toContain('Gekopieerd');

    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(await page.textContent('[data-testid="snippet"]'));
    // The download's folder, at a path the editor replaces; never a host of ours, never localhost.
    const { files, elements, english } = JSON.parse(readFileSync(join(DIST, 'downloads/release.json'), 'utf8')) as {
      files: { name: string; integrity?: string }[];
      elements: Record<string, string[]>;
      english: Record<string, string[]>;
    };
    const integrity = files.find((f) => f.name === 'embed.js')?.integrity;
    const stylesheet = files.find((f) => f.name === 'fallback.css')?.integrity;
    expect(integrity).toMatch(/^sha384-/);
    expect(stylesheet).toMatch(/^sha384-/);
    expect(snippet).not.toMatch(/localhost|127\.0\.0\.1|https?:/);
    // The loader, then preload hints for the element's own files (its module first) and, as it is in
    // English, the English texts, the stylesheet that keeps the element's place, then the element
    // with what a page shows when the script does not load.
    expect(elements['ak-referral-guide']?.[0]).toBe('ak-referral-guide.js');
    expect(english['ak-referral-guide']).toEqual(['texts-en.js']);
    expect(snippet).toBe(
      [
        `<script type="module" src="/pad/naar/anders-kijken/embed.js" integrity="${integrity}"></script>`,
        ...[...(elements['ak-referral-guide'] ?? []), ...(english['ak-referral-guide'] ?? [])].map(
          (file) => `<link rel="modulepreload" href="/pad/naar/anders-kijken/${file}">`,
        ),
        `<link rel="stylesheet" href="/pad/naar/anders-kijken/fallback.css" integrity="${stylesheet}">`,
        '<div class="utrecht-theme">',
        '  <ak-referral-guide lang="en" level="suspicion" audience="parent" municipality="maastricht">',
        '    <div class="ak-fallback" lang="en">',
        '      <p>In danger right now? Call <a href="tel:112">112</a>.</p>',
        '      <p>The guide "Where can I go?" of Anders Kijken belongs here. If you only see this text, it could not load.</p>',
        '    </div>',
        '  </ak-referral-guide>',
        '</div>',
      ].join('\n'),
    );
    const live = await widgetIn(page, '[data-testid="preview"]');
    expect(await axeViolations(page)).toEqual([]);

    // The editor put the folder where this site serves embed.js, and their site loads its own theme.
    const pastedSnippet = snippet.replaceAll('/pad/naar/anders-kijken', '/widgets');
    writeFileSync(
      join(bare, 'index.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Bare page</title>` +
        `<link rel="stylesheet" href="/themes/utrecht.css" /></head><body>\n${pastedSnippet}\n</body></html>`,
    );
    const pasted = await context.newPage();
    pasted.on('pageerror', (error) => errors.push(error.message));
    await openPage(pasted, `${under.site.origin}/bare/index.html`);
    const embedded = await widgetIn(pasted, 'body');

    expect(embedded).toEqual(live);
    // Maastricht's regional Veilig Thuis labels the national entry (one entry per number).
    expect(embedded.text).toMatch(/Zuid-Limburg|South Limburg/);
    expect(errors).toEqual([]);
  });

  it('gives the practice widgets embed.js with its integrity and preload hints, and the pasted snippet renders them', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openPage(page, `${under.site.origin}/configurator.html?component=ak-youth-training`);
    expect(await page.isChecked('input[value="ak-youth-training"]')).toBe(true);
    await page.selectOption('#ak-attr-municipality', 'maastricht');
    const live = await widgetIn(page, '[data-testid="preview"]');
    expect(live.text).toContain('Snel weg');
    expect(await axeViolations(page)).toEqual([]);
    const snippet = (await page.textContent('[data-testid="snippet"]')) ?? '';
    const { files, elements } = JSON.parse(readFileSync(join(DIST, 'downloads/release.json'), 'utf8')) as {
      files: { name: string; integrity?: string }[];
      elements: Record<string, string[]>;
    };
    const integrity = files.find((f) => f.name === 'embed.js')?.integrity;
    const stylesheet = files.find((f) => f.name === 'fallback.css')?.integrity;
    expect(integrity).toMatch(/^sha384-/);
    expect(snippet).toBe(
      [
        `<script type="module" src="/pad/naar/anders-kijken/embed.js" integrity="${integrity}"></script>`,
        ...(elements['ak-youth-training'] ?? []).map(
          (file) => `<link rel="modulepreload" href="/pad/naar/anders-kijken/${file}">`,
        ),
        `<link rel="stylesheet" href="/pad/naar/anders-kijken/fallback.css" integrity="${stylesheet}">`,
        '<ak-youth-training lang="nl" municipality="maastricht">',
        '  <div class="ak-fallback" lang="nl">',
        '    <p><a href="https://www.google.nl/" rel="noreferrer">Snel weg</a></p>',
        '    <p>Bij direct gevaar: bel <a href="tel:112">112</a>.</p>',
        '    <p>Hier hoort "Herken de truc" van Anders Kijken te staan. Zie je alleen deze tekst, dan kon die niet laden.</p>',
        '  </div>',
        '</ak-youth-training>',
      ].join('\n'),
    );
    writeFileSync(
      join(bare, 'practice.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Bare page</title></head><body>\n` +
        `${snippet.replaceAll('/pad/naar/anders-kijken', '/widgets')}\n</body></html>`,
    );
    const pasted = await context.newPage();
    pasted.on('pageerror', (error) => errors.push(error.message));
    await openPage(pasted, `${under.site.origin}/bare/practice.html`);
    expect(await widgetIn(pasted, 'body')).toEqual(live);
    expect(errors).toEqual([]);
  });

  it('opens on the youth check from the home page, keeps the municipality across components, and checks the exit address', async () => {
    const page = await context.newPage();
    await openPage(page, `${under.site.origin}/index.html`);
    const card = page.locator('a[href*="component=ak-youth-check"]');
    expect(await card.textContent()).toContain('Probeer de jongerencheck');
    await card.click();
    await page.waitForURL(/configurator\.html\?component=ak-youth-check/);
    await expect.poll(() => page.isChecked('input[value="ak-youth-check"]')).toBe(true);
    await page.selectOption('#ak-attr-municipality', 'den-haag');
    await page.check('input[value="ak-referral-guide"]');
    expect(await page.inputValue('#ak-attr-municipality')).toBe('den-haag');
    await page.check('input[value="ak-youth-check"]');
    expect(await page.inputValue('#ak-attr-municipality')).toBe('den-haag');
    // Selects look like selects: their arrow and the page's text size.
    const select = await page.$eval('#ak-attr-municipality', (e) => {
      const style = getComputedStyle(e);
      return { appearance: style.appearance, fontSize: style.fontSize };
    });
    expect(select.appearance).not.toBe('none');
    expect(select.fontSize).toBe('16px');
    await page.fill('#ak-attr-exit-url', 'javascript:alert(1)');
    expect(await page.textContent('#ak-attr-exit-url-error')).toContain('https');
    expect(await page.textContent('[data-testid="snippet"]')).not.toContain('exit-url');
    await page.fill('#ak-attr-exit-url', 'https://www.weeronline.nl/');
    await expect
      .poll(() => page.textContent('[data-testid="snippet"]'))
      .toContain('exit-url="https://www.weeronline.nl/"');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('previews a widget in Den Haag’s published theme, which the widget picks up', async () => {
    const page = await context.newPage();
    await openPage(page, `${under.site.origin}/configurator.html`);
    await page.check('input[name="ak-theme"][value="denhaag"]');
    const colours = await page.waitForFunction(() => {
      const widget = document.querySelector('[data-testid="preview"].denhaag-theme ak-signal-check');
      const button = widget?.shadowRoot?.querySelector('button.primary');
      if (!widget || !button) return null;
      const probe = document.createElement('span');
      probe.style.color = getComputedStyle(widget).getPropertyValue('--denhaag-color-green-3');
      document.body.append(probe);
      const green = getComputedStyle(probe).color;
      probe.remove();
      return { green, button: getComputedStyle(button).backgroundColor };
    });
    const { green, button } = (await colours.jsonValue())!;
    expect(green).not.toBe('rgb(0, 0, 0)');
    expect(button).toBe(green);
    expect(await page.textContent('[data-testid="snippet"]')).toContain('<div class="denhaag-theme">');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('offers the npm import of the one component chosen, with its markup', async () => {
    const page = await context.newPage();
    await openPage(page, `${under.site.origin}/en/configurator.html`);
    await page.check('input[value="ak-youth-check"]');
    await page.check('input[name="ak-format"][value="npm"]');
    expect(await page.textContent('[data-testid="snippet"]')).toBe(
      "// npm install @anders-kijken/widgets\nimport '@anders-kijken/widgets/ak-youth-check';",
    );
    expect(await page.textContent('pre:not([data-testid]) code')).toBe(
      [
        '<ak-youth-check lang="nl">',
        '  <div class="ak-fallback" lang="nl">',
        '    <p><a href="https://www.google.nl/" rel="noreferrer">Snel weg</a></p>',
        '    <p>Bij direct gevaar: bel <a href="tel:112">112</a>.</p>',
        '    <p>Hier hoort de jongerencheck van Anders Kijken te staan. Zie je alleen deze tekst, dan kon die niet laden.</p>',
        '  </div>',
        '</ak-youth-check>',
      ].join('\n'),
    );
    expect(await page.textContent('h1')).toContain('Put a widget on your site');
    expect(await axeViolations(page)).toEqual([]);
  });
});
