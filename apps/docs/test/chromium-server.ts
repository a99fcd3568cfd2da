import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the suite's one Chromium listens: each test file connects to it with `chromium.connect`. */
    chromiumEndpoint: string;
  }
}

/**
 * Vitest global setup: one Chromium for the whole docs suite. Each test file runs in a worker of its
 * own, and launching a browser per file cost a launch each (see `useSite` in site.ts).
 */
export default async function startChromium(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer(chromiumLaunchOptions());
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
