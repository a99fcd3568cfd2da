import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderRoutes, serve } from './page-server.js';

// The security guide says the widgets never ask who someone is, and the youth check only an age
// group: every field a reader can fill in, on a page with every element, under the strict CSP.
const TAGS = [
  'ak-signal-check',
  'ak-youth-check',
  'ak-referral-guide',
  'ak-signal-catalogue',
  'ak-training',
  'ak-youth-training',
];

let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  site = await serve({
    ...folderRoutes(''),
    '/': [
      'text/html; charset=utf-8',
      `<!doctype html><html lang="nl"><script type="module" src="/embed.js"></script>${TAGS.map((t) => `<${t}></${t}>`).join('')}</html>`,
    ],
  });
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the widgets never ask who someone is', () => {
  it('have no field for a name, address, birth date or number: the youth check only choices, an age group first', async () => {
    const page = await browser.newPage();
    await page.goto(site.url);
    await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS);
    await page.locator('ak-youth-check').getByRole('radio').first().waitFor();
    /** Every form control of each element, its shadow roots included: type, name and autocomplete. */
    const controls = await page.evaluate((tags) => {
      const of = (root: ParentNode, found: string[] = []): string[] => {
        for (const element of root.querySelectorAll('*')) {
          if (
            element instanceof HTMLInputElement ||
            element instanceof HTMLSelectElement ||
            element instanceof HTMLTextAreaElement
          )
            found.push(`${element.type} ${element.name || element.id} ${element.autocomplete}`.trim());
          if (element.shadowRoot) of(element.shadowRoot, found);
        }
        return found;
      };
      return Object.fromEntries(tags.map((tag) => [tag, [...new Set(of(document.querySelector(tag)!.shadowRoot!))]]));
    }, TAGS);
    const typed = Object.values(controls)
      .flat()
      .filter((control) => !/^(radio|checkbox|select-one|search)\b/.test(control));
    // The one field to type in: the age of the child a professional is concerned about, not remembered.
    expect(typed).toEqual(['text age off']);
    expect(controls['ak-youth-check']?.every((control) => control.startsWith('radio '))).toBe(true);
    expect(controls['ak-youth-check']?.[0]).toBe('radio age-band');
    await page.close();
  });
});
