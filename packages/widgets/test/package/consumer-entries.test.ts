import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import pkg from '../../package.json';

// check:package checks the published declarations once, in test/consumer/index.ts with skipLibCheck
// off; the other consumers skip them. An entry that program does not import would go unchecked.
it('the plain TypeScript consumer imports every entry of `exports` that has types', () => {
  const consumer = readFileSync(new URL('../consumer/index.ts', import.meta.url), 'utf8');
  const imported = new Set([...consumer.matchAll(/from '([^']+)'|^import '([^']+)'/gm)].map((m) => m[1] ?? m[2]));
  const typed = Object.entries(pkg.exports as Record<string, unknown>)
    .filter(([, target]) => typeof target === 'object' && target !== null && 'types' in target)
    .map(([entry]) => `${pkg.name}${entry.slice(1)}`);
  expect(typed.length).toBeGreaterThan(10);
  expect(typed.filter((entry) => !imported.has(entry))).toEqual([]);
});
