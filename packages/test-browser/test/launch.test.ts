import { chromium } from 'playwright-core';
import { expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../src/index.js';

it('starts the resolved Chromium headless and runs a page script', async () => {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.setContent('<p id="x">Anders Kijken</p>');
    expect(await page.evaluate(() => document.getElementById('x')?.textContent)).toBe('Anders Kijken');
  } finally {
    await browser.close();
  }
});
