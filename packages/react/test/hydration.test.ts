import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from './app/app.js';

let server: Server;
let browser: Browser;
let origin: string;
let serverHtml: string;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('app/client.tsx', import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const client = bundle.outputFiles[0]!.text;
  serverHtml = renderToString(createElement(App));
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>SSR</title></head>
<body><div id="root">${serverHtml}</div><script type="module" src="/client.js"></script></body></html>`;
  server = createServer((request, response) => {
    const js = request.url === '/client.js';
    response.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(js ? client : page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('React server render and hydration', { timeout: 60_000 }, () => {
  it('renders the element with its attributes on the server; properties and events wait for the client', () => {
    expect(serverHtml).toMatch(/<ak-signal-check[^>]*lang="en"/);
    expect(serverHtml).not.toMatch(/onAkAssess|onak-assess/i);
  });

  it('brings ak-change and ak-assess to the app state after hydrateRoot', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(origin);
    await page.locator('main[data-hydrated="true"]').waitFor();
    const check = page.locator('ak-signal-check');
    await check.locator('#age').fill('14');
    await check.locator('button[type="submit"]').click();
    await check.locator('input[name="activity-courier"][value="clear"]').check();
    await expect.poll(() => page.locator('#changes').textContent()).not.toBe('0');
    for (let step = 0; step < 8 && (await page.locator('#level').textContent()) === 'none yet'; step++) {
      await check.locator('button[type="submit"]').click();
    }
    expect(await page.locator('#level').textContent()).toBe('concern');
    // Properties were set on hydration: the result names Maastricht's Veilig Thuis.
    expect(await check.evaluate((element: Element & { municipality?: string }) => element.municipality)).toBe(
      'maastricht',
    );
    // The widget followed its own lang="en", and React hydrated without a mismatch.
    await check.getByRole('button', { name: 'Start again' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { recoverable: string[] }).recoverable)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
