import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Runs the README's example: each line `expression; // value` becomes an assertion, so the README
// cannot drift from what the package does.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

function toTest(code: string): string {
  return code
    .replace("from '@anders-kijken/core'", "from '../../src/index.js'")
    .split('\n')
    .map((line) => {
      const claim = /^(\S.*?);\s*\/\/\s*((?:'[^']*'|true|false|-?\d+(?:\.\d+)?))\s*$/.exec(line);
      return claim ? `expect(${claim[1]}).toEqual(${claim[2]});` : line;
    })
    .join('\n');
}

describe('README', () => {
  it('has an example', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((code, i) => [i, code] as const))('example %i runs and its claims hold', async (i, code) => {
    const source = toTest(code);
    expect(source).toContain('expect(');
    const folder = new URL('./.readme/', import.meta.url);
    mkdirSync(folder, { recursive: true });
    const file = new URL(`example-${i}.ts`, folder);
    writeFileSync(file, `import { expect } from 'vitest';\n${source}\n`);
    await import(/* @vite-ignore */ file.href);
  });
});
