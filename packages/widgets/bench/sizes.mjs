// What a page and an app transfer, gzip -9, measured one way for the size tests and the bench.
// Plain JavaScript, so the bench runs it in Node without a compile step; sizes.d.mts gives its types.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { lazyPatch } from '../build-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @param {string | Uint8Array} code */
export const gzipBytes = (code) => gzipSync(code, { level: 9 }).length;

/** @param {string} name a file of dist/ */
export const fileBytes = (name) => gzipBytes(readFileSync(new URL(`../dist/${name}`, import.meta.url)));

/**
 * A page with one element: embed.js and every file it loads for that element.
 * @param {readonly string[]} files the element's files, from dist/embed-files.json
 */
export const pageBytes = (files) => files.reduce((sum, file) => sum + fileBytes(file), fileBytes('embed.js'));

/**
 * What an app ships for one import, or one export of it: bundled with lit and core, minified.
 * @param {string} entry @param {string} [name]
 */
export async function appBytes(entry, name) {
  const result = await build({
    stdin: { contents: name ? `export { ${name} } from '${entry}';` : `import '${entry}';`, resolveDir: root },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    conditions: ['import', 'browser'],
    nodePaths: [fileURLToPath(new URL('../../../node_modules', import.meta.url))],
    // An app's bundler splits the lazy patch module off; it is not part of what a page loads first.
    plugins: [lazyPatch],
  });
  return gzipBytes(result.outputFiles[0]?.contents ?? new Uint8Array());
}
