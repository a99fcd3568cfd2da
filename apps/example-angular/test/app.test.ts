import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { completeCheckInApp, pageErrors, serveApp } from '@anders-kijken/test-browser/example-app';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The Angular example, compiled ahead of time (`npm run build`, turbo runs it first), in Chromium.
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
let site: Awaited<ReturnType<typeof serveApp>>;
let browser: Browser;

beforeAll(async () => {
  site = await serveApp(dist, readFileSync(`${dist}index.html`, 'utf8'));
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the Angular example', () => {
  it("brings ak-assess to the component's state, which then shows the referral guide", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    const errors = pageErrors(page);
    await page.goto(site.url);
    expect(await completeCheckInApp(page)).toBe('concern');
    // Angular set the guide's `level` property from its state.
    await page.locator('ak-referral-guide').getByText('Veilig Thuis', { exact: false }).first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
