import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TRAINING_TAGS } from '@anders-kijken/core';
import { describe, expect, it } from 'vitest';
import { lazyPatch } from '../../tsup.config.js';

const root = new URL('../../', import.meta.url).pathname;
const components = readdirSync(join(root, 'src/components'));
const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8')) as {
  targetBytes: number;
  ceilingBytes: number;
  trainingCeilingBytes: number;
};

const gzip = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;

/** What an app ships for one import: bundled with lit and core, minified, gzipped. */
async function appSize(entry: string): Promise<number> {
  const result = await build({
    stdin: { contents: `import '${entry}';`, resolveDir: root },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    conditions: ['import', 'browser'],
    nodePaths: [join(root, '../../node_modules')],
    // An app's bundler splits the lazy patch module off; it is not part of what a page loads first.
    plugins: [lazyPatch],
  });
  return gzip(result.outputFiles[0]?.contents ?? new Uint8Array());
}

describe('sizes', () => {
  it('reports every entry, and keeps embed.js and training.js within their ceilings', async () => {
    const embed = gzip(readFileSync(join(root, 'dist/embed.js')));
    const sizes: Record<string, number> = {
      'embed.js': embed,
      'embed-patch.js (only with a patch)': gzip(readFileSync(join(root, 'dist/embed-patch.js'))),
      'training.js (only for practice)': gzip(readFileSync(join(root, 'dist/training.js'))),
      define: await appSize('@anders-kijken/widgets/define'),
    };
    for (const name of components) sizes[name] = await appSize(`@anders-kijken/widgets/${name}`);
    mkdirSync(join(root, '.reports'), { recursive: true });
    writeFileSync(join(root, '.reports/size.json'), `${JSON.stringify(sizes, null, 2)}\n`);
    console.log(
      Object.entries(sizes)
        .map(([entry, bytes]) => `${entry.padEnd(28)} ${(bytes / 1024).toFixed(1)} KB gzip`)
        .join('\n'),
      `\nembed.js target ${(budget.targetBytes / 1024).toFixed(0)} KB: ${embed <= budget.targetBytes ? 'met' : 'not met'}`,
    );
    // The ceiling stops growth while the target (see size-budget.json) is not yet met.
    expect(embed).toBeLessThanOrEqual(budget.ceilingBytes);
    expect(sizes['training.js (only for practice)']).toBeLessThanOrEqual(budget.trainingCeilingBytes);
    // The practice widgets carry their cases: they are held to the ceiling of training.js, not of embed.js.
    for (const name of components) {
      expect(sizes[name], name).toBeLessThanOrEqual(TRAINING_TAGS.includes(name) ? budget.trainingCeilingBytes : embed);
    }
  });
});
