import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { describe, expect, it } from 'vitest';
import { folderRoutes, serve } from './page-server.js';

// The README's snippet, pasted into a bare page with embed.js at the address it names, renders the check.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const snippet = /```html\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

describe('README', () => {
  it('has an embed snippet that renders the check on a bare page', async () => {
    const src = /src="https?:\/\/[^/]+(\/[^"]+)"/.exec(snippet)?.[1];
    expect(src).toBeDefined();
    const site = await serve({
      ...folderRoutes((src as string).replace(/\/embed\.js$/, '')),
      '/': [
        'text/html; charset=utf-8',
        `<!doctype html><html lang="nl"><body>${snippet.replace(/src="https?:\/\/[^/]+/, 'src="')}</body></html>`,
      ],
    });
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      await page.goto(`${site.url}/`);
      await expect.poll(() => page.locator('ak-signal-check').getByText('Stap 1 van 6').count()).toBe(1);
      expect(await page.locator('ak-signal-check').getAttribute('municipality')).toBe('den-haag');
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
