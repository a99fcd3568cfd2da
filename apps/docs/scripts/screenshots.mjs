// Screenshots of the built site for people to look at: node scripts/screenshots.mjs <base-url> <out-dir> [path…]
// Each path is taken at 320 px and 1280 px wide, after the live widgets have rendered; FULL=1 takes
// the whole page instead of the first screen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { chromium } from 'playwright-core';

const [base = 'http://localhost:4173', out = 'screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/reference/signals/activity-courier.html', '/configurator.html'];
mkdirSync(out, { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const width of [320, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of pages) {
      await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      const name = `${
        path
          .replace(/\.html$/, '')
          .replace(/[^a-z0-9]+/gi, '-')
          .replace(/^-|-$/g, '') || 'home'
      }-${width}.png`;
      await page.screenshot({ path: join(out, name), fullPage: process.env['FULL'] === '1' });
      console.log(join(out, name));
    }
    await page.close();
  }
} finally {
  await browser.close();
}
