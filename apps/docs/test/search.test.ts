import { describe, expect, it } from 'vitest';
import { openPage, useSite } from './site.js';

// The local search works from the built files alone: the test server is the only host there is.
const under = useSite();

describe('the local search', () => {
  it.each([
    ['/index.html', 'pakketjes', '/reference/signals/activity-courier.html'],
    ['/en/index.html', 'packages', '/en/reference/signals/activity-courier.html'],
  ])('on %s finds a signal by a word of its question, in that language', async (start, query, expected) => {
    const page = await under.browser.newPage();
    await openPage(page, under.site.origin + start);
    await page.keyboard.press('Control+k');
    // The search box and its index load on first use: type once the box has focus.
    await page.locator('#localsearch-input:focus').waitFor();
    await page.keyboard.type(query);
    const result = page.locator(`.VPLocalSearchBox a[href^="${expected}"]`).first();
    await result.waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === expected);
    // The site navigates without a page load: the new page is there once its heading is.
    await page.locator('h1', { hasText: /pakketjes|packages/i }).waitFor();
    expect(new URL(page.url()).pathname).toBe(expected);
    await page.close();
  });
});
