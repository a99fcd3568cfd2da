/**
 * What the example apps' tests do in the browser, in one place: the example React, Vue and Angular
 * apps all show the level of the check in `#level`, "nog geen uitkomst" until there is one.
 */

/** @param {import('playwright-core').Page} page */
export function pageErrors(page) {
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** @param {import('playwright-core').Page} page */
export async function completeCheckInApp(page) {
  const check = page.locator('ak-signal-check');
  await check.locator('#age').fill('14');
  await check.locator('button[type="submit"]').click();
  await check.locator('input[name="activity-courier"][value="clear"]').check();
  for (let step = 0; step < 8 && (await page.locator('#level').textContent()) === 'nog geen uitkomst'; step++)
    await check.locator('button[type="submit"]').click();
  return page.locator('#level').textContent();
}
