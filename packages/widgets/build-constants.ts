import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Compile-time constants shared by the build and the tests. */
export const buildConstants = { __AK_VERSION__: JSON.stringify(version) };
