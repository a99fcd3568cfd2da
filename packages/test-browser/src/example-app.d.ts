import type { Page } from 'playwright-core';

/** Every uncaught error and console error of a page, collected from now on, for a test to expect none. */
export declare function pageErrors(page: Page): string[];

/**
 * Goes through `<ak-signal-check>` in an example app as a user would (age 14, one clear signal, every
 * step) and returns the level the app shows in `#level`.
 */
export declare function completeCheckInApp(page: Page): Promise<string | null>;

/** Serves an app's built folder on 127.0.0.1, with `index` as the page for every address that is not a file. */
export declare function serveApp(dir: string, index: string): Promise<{ url: string; close: () => Promise<void> }>;
