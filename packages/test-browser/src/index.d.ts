/** Where {@link resolveChromium} looks, and what it can see; every field is for tests. */
export interface ResolveChromiumOptions {
  /** Environment to read `CHROME_PATH` from. Defaults to `process.env`. */
  env?: Record<string, string | undefined>;
  /** Whether a file exists. Defaults to `fs.existsSync`. */
  exists?: (path: string) => boolean;
  /** Playwright's own Chromium, or `undefined` when Playwright has none. */
  playwrightPath?: () => string | undefined;
}

/** The Chromium found, and which rule found it. */
export interface ResolvedChromium {
  path: string;
  from: 'CHROME_PATH' | 'system' | 'playwright';
}

/** Debian's Chromium, the second place looked in. */
export declare const SYSTEM_CHROMIUM: string;

/**
 * Flags every test browser starts with: no sandbox (tests run as root in CI), no GPU, and none of
 * Chromium's own calls home, which a machine without internet answers with a flood of errors.
 */
export declare const CHROMIUM_ARGS: readonly string[];

/** Thrown when no Chromium is found; the message says how to install one. */
export declare class ChromiumNotFoundError extends Error {
  readonly looked: readonly string[];
}

/**
 * Finds a Chromium for browser tests: `CHROME_PATH`, then `/usr/bin/chromium`, then Playwright's
 * own install. Never returns nothing: it throws {@link ChromiumNotFoundError} instead, so no test
 * skips silently for lack of a browser.
 */
export declare function resolveChromium(options?: ResolveChromiumOptions): ResolvedChromium;

/** Options for `playwright.chromium.launch()` with the resolved browser, headless. */
export declare function chromiumLaunchOptions(options?: ResolveChromiumOptions): {
  executablePath: string;
  args: string[];
  headless: true;
};
