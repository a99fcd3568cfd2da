import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  ChromiumNotFoundError,
  SYSTEM_CHROMIUM,
  chromiumLaunchOptions,
  resolveChromium,
} from '../src/index.js';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('resolveChromium', () => {
  it('prefers CHROME_PATH when it points at a file', () => {
    const found = resolveChromium({
      env: { CHROME_PATH: '/opt/chrome/chrome' },
      exists: only('/opt/chrome/chrome', SYSTEM_CHROMIUM),
      playwrightPath: () => '/pw/chrome',
    });
    expect(found).toEqual({ path: '/opt/chrome/chrome', from: 'CHROME_PATH' });
  });

  it('fails on a CHROME_PATH that points at nothing instead of using another browser', () => {
    const resolve = () =>
      resolveChromium({
        env: { CHROME_PATH: '/nope' },
        exists: only(SYSTEM_CHROMIUM),
        playwrightPath: () => undefined,
      });
    expect(resolve).toThrow(ChromiumNotFoundError);
    expect(resolve).toThrow(/CHROME_PATH=\/nope \(no such file\)/);
  });

  it("uses Debian's Chromium when CHROME_PATH is not set", () => {
    const found = resolveChromium({
      env: {},
      exists: only(SYSTEM_CHROMIUM, '/pw/chrome'),
      playwrightPath: () => '/pw/chrome',
    });
    expect(found).toEqual({ path: SYSTEM_CHROMIUM, from: 'system' });
  });

  it("falls back to Playwright's own Chromium", () => {
    const found = resolveChromium({ env: {}, exists: only('/pw/chrome'), playwrightPath: () => '/pw/chrome' });
    expect(found).toEqual({ path: '/pw/chrome', from: 'playwright' });
  });

  it('fails with install instructions when there is no browser at all', () => {
    let error: unknown;
    try {
      resolveChromium({ env: {}, exists: () => false, playwrightPath: () => '/pw/chrome' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ChromiumNotFoundError);
    const message = (error as Error).message;
    expect(message).toContain('apt-get install -y chromium');
    expect(message).toContain('npx playwright install chromium');
    expect((error as ChromiumNotFoundError).looked).toEqual([
      'CHROME_PATH (not set)',
      `${SYSTEM_CHROMIUM} (no such file)`,
      "Playwright's Chromium at /pw/chrome (not installed)",
    ]);
  });
});

describe('chromiumLaunchOptions', () => {
  it('launches headless with the offline flags', () => {
    const options = chromiumLaunchOptions({ env: {}, exists: only(SYSTEM_CHROMIUM) });
    expect(options).toEqual({ executablePath: SYSTEM_CHROMIUM, args: [...CHROMIUM_ARGS], headless: true });
    expect(options.args).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-background-networking']));
  });
});
