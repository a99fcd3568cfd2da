// What the budgets of issue 15 can reach: each one-element page's bundle (a component's own
// entry, as a loader would load it) built as it is, then again with the national ruleset's texts
// in Dutch only, without the fields no widget shows, and with Dutch-only widget strings and core
// messages. The last three are projections (the national ruleset is rewritten at build time, for
// measuring only). The first two are now built into the browser files (scripts/texts-by-locale.mjs);
// the third, Dutch-only strings, is not. Gzip -9.
// The last line printed is JSON. Run after `npm run build` (it bundles the built packages).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { defaultRuleset } from '@anders-kijken/core';
import { lazyPatch } from '../build-options.mjs';
import { UNSHOWN_FIELDS, mapTexts } from '../scripts/texts-by-locale.mjs';

/**
 * The ruleset with its texts in Dutch only, and without the fields no widget shows when asked (the
 * serialized copy leaves out what becomes `undefined`).
 */
const dutchOnly = (ruleset, dropDocs) =>
  mapTexts(ruleset, (text, path) => (dropDocs && UNSHOWN_FIELDS.has(path.at(-1)) ? undefined : { nl: text.nl }));

async function gzipOf(entry, { dutch = false, dropDocs = false, dutchStrings = false } = {}) {
  const projection = {
    name: 'projection',
    setup(b) {
      if (dutch)
        b.onLoad({ filter: /core\/dist\/catalogue\/index\.js$/ }, () => ({
          contents: `export const nationalRuleset = ${JSON.stringify(dutchOnly(defaultRuleset, dropDocs))};`,
          loader: 'js',
        }));
      if (dutchStrings)
        for (const filter of [/widgets\/dist\/translations\/en\.js$/, /core\/dist\/messages\/en\.js$/])
          b.onLoad({ filter }, () => ({ contents: "export { nl as en } from './nl.js';", loader: 'js' }));
    },
  };
  const result = await build({
    stdin: { contents: `import '${entry}';`, resolveDir: new URL('..', import.meta.url).pathname },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    target: 'es2022',
    define: { __AK_VERSION__: '"0.0.0"' },
    plugins: [lazyPatch, projection],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

// The pages issue 15 sets a budget for, from the file the size tests read.
const { pages } = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
const BUDGETS = Object.fromEntries(
  Object.entries(pages)
    .filter(([, limit]) => limit.budget !== undefined)
    .map(([tag, limit]) => [tag, limit.budget]),
);
const figures = {};
for (const [tag, budget] of Object.entries(BUDGETS)) {
  const entry = `@anders-kijken/widgets/${tag}`;
  figures[tag] = {
    budget,
    now: await gzipOf(entry),
    dutchTexts: await gzipOf(entry, { dutch: true }),
    withoutDocsOnly: await gzipOf(entry, { dutch: true, dropDocs: true }),
    dutchStrings: await gzipOf(entry, { dutch: true, dropDocs: true, dutchStrings: true }),
  };
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('page with one element | budget | now | Dutch texts only | and no docs-only fields | and Dutch strings');
for (const [tag, f] of Object.entries(figures))
  console.log([tag, kb(f.budget), kb(f.now), kb(f.dutchTexts), kb(f.withoutDocsOnly), kb(f.dutchStrings)].join(' | '));
console.log(JSON.stringify(figures));
