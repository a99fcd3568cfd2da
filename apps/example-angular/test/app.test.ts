import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { completeCheckInApp, pageErrors } from '@anders-kijken/test-browser/example-app';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The Angular example, compiled ahead of time (`npm run build`, turbo runs it first), in Chromium.
const dist = new URL('../dist/', import.meta.url);
let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const js = request.url === '/main.js';
    response.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(readFileSync(new URL(js ? 'main.js' : 'index.html', dist)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the Angular example', () => {
  it("brings ak-assess to the component's state, which then shows the referral guide", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    const errors = pageErrors(page);
    await page.goto(origin);
    expect(await completeCheckInApp(page)).toBe('concern');
    // Angular set the guide's `level` property from its state.
    await page.locator('ak-referral-guide').getByText('Veilig Thuis', { exact: false }).first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
