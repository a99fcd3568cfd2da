import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The developer guides' TypeScript examples run against the built core, so they cannot drift from
// the API. A line `expression; // 'value'` (a string, number or boolean) is checked, not just run.

const GUIDES = [
  'src/guide/getting-started.md',
  'src/en/guide/getting-started.md',
  'src/guide/extending.md',
  'src/en/guide/extending.md',
];
const core = pathToFileURL(fileURLToPath(import.meta.resolve('@anders-kijken/core'))).href;
const work = mkdtempSync(join(tmpdir(), 'ak-guides-'));

interface Check {
  line: string;
  actual: unknown;
  expected: unknown;
}

/** The page's TypeScript blocks as one module; blocks that need a page (DOM) are left out. */
function guideModule(markdown: string): string {
  const blocks = [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((b) => !/\bdocument\b/.test(b));
  const imports = new Set<string>();
  const body = blocks
    .join('\n')
    .split('\n')
    .map((line) => {
      const from = /^import \{ (.+) \} from '@anders-kijken\/core';$/.exec(line);
      if (from) {
        for (const name of from[1]!.split(', ')) imports.add(name);
        return '';
      }
      const check = /^(\S.*?); \/\/ ('[^'…]*'|true|false|-?\d+)$/.exec(line);
      return check
        ? `__checks.push({ line: ${JSON.stringify(line)}, actual: ${check[1]}, expected: ${check[2]} });`
        : line;
    });
  return [
    `import { ${[...imports].join(', ')} } from ${JSON.stringify(core)};`,
    'export const __checks = [];',
    ...body,
  ].join('\n');
}

describe('the developer guides', () => {
  it.each(GUIDES)('%s: every example runs and every stated result holds', async (guide) => {
    const source = guideModule(readFileSync(fileURLToPath(new URL(`../${guide}`, import.meta.url)), 'utf8'));
    const { code } = await transform(source, { loader: 'ts', format: 'esm' });
    const file = join(work, `${guide.replaceAll('/', '-')}.mjs`);
    writeFileSync(file, code);
    const { __checks } = (await import(pathToFileURL(file).href)) as { __checks: Check[] };
    expect(__checks.length).toBeGreaterThan(0);
    for (const check of __checks) expect(check.actual, check.line).toEqual(check.expected);
  });
});
