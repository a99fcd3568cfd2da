import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const node = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });

/** Server-rendered HTML without styles and Lit's comment markers, to read as text. */
function serverRender(markup: string): string {
  return node('test/server/render.mjs', markup)
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

describe('on a server', () => {
  it('imports every export of the package in plain Node without throwing', () => {
    const results = JSON.parse(node('test/server/import-every-export.mjs')) as Record<string, unknown>;
    expect(Object.keys(results)).toContain('@anders-kijken/widgets/embed.js');
    for (const [specifier, result] of Object.entries(results)) expect(result, specifier).toBeInstanceOf(Array);
    // On Node, embed.js is the registering entry with the app's own lit, not the browser bundle.
    expect(results['@anders-kijken/widgets/embed.js']).toEqual(results['@anders-kijken/widgets/define']);
  });

  it("renders in the element's own lang with @lit-labs/ssr", () => {
    const english = serverRender('<ak-youth-check lang="en"></ak-youth-check>');
    expect(english).toContain('Leave quickly');
    expect(english).toContain('href="tel:112"');
    expect(english).not.toContain('Snel weg');
    const dutch = serverRender('<ak-signal-check lang="nl" audience="parent"></ak-signal-check>');
    expect(dutch).toContain('Is je kind nu in direct gevaar');
    expect(serverRender('<ak-signal-check></ak-signal-check>')).toContain('Hoe oud is de jongere?');
  });

  it('renders the practice widgets, a chat with its quick exit and 112 first, and a case with nothing ticked', () => {
    const chat = serverRender('<ak-youth-training scenario="free-sneakers"></ak-youth-training>');
    expect(chat.indexOf('Snel weg')).toBeLessThan(chat.indexOf('Gratis sneakers'));
    expect(chat).toContain('href="tel:112"');
    const practice = serverRender('<ak-training lang="en" case="sanne-shop-theft"></ak-training>');
    expect(practice).toContain('Sanne (14)');
    expect(practice).toContain('1. What do you notice?');
    expect(practice).toMatch(/type="checkbox"/);
    expect(practice).not.toMatch(/\schecked/);
  });

  it('leaves every answer unchecked in the server HTML', () => {
    const html = serverRender('<ak-youth-check></ak-youth-check><ak-signal-check></ak-signal-check>');
    expect(html).toMatch(/type="radio"/);
    expect(html).not.toMatch(/\schecked/);
  });

  it('renders 112 for an acute level, and honours level, audience and age attributes', () => {
    const html = serverRender(
      '<ak-referral-guide lang="en" level="acute" audience="parent" age="minor"></ak-referral-guide>',
    );
    expect(html).toContain('href="tel:112"');
    expect(html).toMatch(/Emergency number|emergency/i);
  });
});

describe('server-rendered, then hydrated in the browser', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    const markup = node(
      'test/server/render.mjs',
      '<ak-youth-check lang="en"></ak-youth-check><ak-signal-check></ak-signal-check>',
    );
    const client = await build({
      stdin: {
        // Lit's hydrate support first, as the frameworks guide says; then the registering entry.
        contents:
          "import '@lit-labs/ssr-client/lit-element-hydrate-support.js'; import '@anders-kijken/widgets/define';",
        resolveDir: root,
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>SSR</title></head>
<body>${markup}<script type="module" src="/client.js"></script></body></html>`;
    server = createServer((request, response) => {
      const js = request.url === '/client.js';
      response.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html; charset=utf-8' });
      response.end(js ? client.outputFiles[0]!.contents : page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch(chromiumLaunchOptions());
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('takes over the server HTML without duplicating it, in the same language, and answers work', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(origin);
    await page.waitForFunction(() =>
      ['ak-youth-check', 'ak-signal-check'].every(
        (tag) => (document.querySelector(tag) as (Element & { hasUpdated?: boolean }) | null)?.hasUpdated,
      ),
    );
    const youth = page.locator('ak-youth-check');
    // Without Lit's hydrate support the client would render a second copy beside the server's.
    await expect(youth.locator('[part="quick-exit"]').count()).resolves.toBe(1);
    await expect(youth.getByRole('button', { name: 'Leave quickly' }).count()).resolves.toBe(1);
    await expect(page.locator('ak-signal-check').locator('#age').count()).resolves.toBe(1);
    await expect(youth.locator('input[type="radio"]:checked').count()).resolves.toBe(0);
    const first = youth.locator('input[name="age-band"]').first();
    await first.check();
    await expect(first.isChecked()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
