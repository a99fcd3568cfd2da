import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '@anders-kijken/core';
import { localePrefix } from './markdown.js';
import { referenceFiles } from './routes.js';

/**
 * Writes the reference pages as Markdown files under `src`, so that VitePress's local search
 * indexes them (it does not index dynamic routes). The folders are generated and ignored by git.
 */
export function writeReferencePages(src: string): number {
  let written = 0;
  for (const locale of LOCALES) {
    const folder = join(src, localePrefix(locale), 'reference');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(join(folder, 'signals'), { recursive: true });
    for (const { file, content } of referenceFiles(locale)) {
      writeFileSync(join(folder, file), content);
      written++;
    }
  }
  return written;
}
