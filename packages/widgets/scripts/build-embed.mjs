// The browser files, for a script tag, in dist/ beside the npm build:
// - one module per element (ak-signal-check.js, …) and the chunks they share (chunk-*.js);
// - embed-patch.js, the schemas that only a `patch` attribute or a ruleset given in code needs;
// - texts-en.js, the English texts of the national ruleset: the modules carry the Dutch ones, and
//   an element loads these when it first shows English; texts-unshown.js, the texts no element
//   shows, loaded only when the ruleset is copied (scripts/texts-by-locale.mjs);
// - training.js, both practice widgets for their own script tag;
// - embed.js, the loader: it knows from this build which files each element needs;
// - embed-classic.js, everything in one classic script for a CMS that allows no modules.
// dist/embed-files.json lists them, for the release folder and the docs site.
import { readdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { browserBundle, lazyPatch } from '../build-options.mjs';
import { coreByGroup } from './core-by-group.mjs';
import { TEXT_FILES, textsByLocale } from './texts-by-locale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tags = readdirSync(`${root}/src/components`);

/** One esbuild run into dist/, with what every browser file shares. */
const bundle = (entryPoints, options = {}) =>
  build({ ...browserBundle, absWorkingDir: root, format: 'esm', outdir: 'dist', entryPoints, ...options });

const texts = await textsByLocale(`${root}/src/internal/texts-by-locale.ts`);
for (const [file, contents] of Object.entries(texts.files))
  await build({
    ...browserBundle,
    absWorkingDir: root,
    format: 'esm',
    charset: 'utf8',
    // Texts: nothing a source map would explain.
    sourcemap: false,
    stdin: { contents, resolveDir: root, sourcefile: file },
    outfile: `dist/${file}`,
  });
const split = await bundle(
  {
    ...Object.fromEntries(tags.map((tag) => [tag, `src/components/${tag}/define.ts`])),
    training: 'src/training.ts',
  },
  {
    splitting: true,
    chunkNames: 'chunk-[hash]',
    // A module script is always read as UTF-8: its texts need no escapes (é is 2 bytes, not `\xE9`).
    charset: 'utf8',
    metafile: true,
    plugins: [lazyPatch, texts.plugin, coreByGroup],
  },
);

/** An output's own file and every chunk it imports statically, transitively. */
const outputs = split.metafile.outputs;
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dependency of outputs[file].imports)
    if (dependency.kind === 'import-statement' && !dependency.external) closure(dependency.path, seen);
  return seen;
}
const closures = Object.fromEntries(tags.map((tag) => [tag, [...closure(`dist/${tag}.js`)]]));
const files = Object.fromEntries(tags.map((tag) => [tag, closures[tag].map((file) => basename(file))]));
/** Every source file in an element's files. */
const inputsOf = (tag) => closures[tag].flatMap((file) => Object.keys(outputs[file].inputs));
// The elements whose code has the quick exit: their fallback in the loader gets one too.
const quickExit = tags.filter((tag) => inputsOf(tag).includes('src/internal/quick-exit.ts'));

// What an element in English loads beside its files.
const english = Object.fromEntries(tags.map((tag) => [tag, texts.english(inputsOf(tag))]));

await bundle(
  { embed: 'src/embed.ts' },
  {
    define: {
      ...browserBundle.define,
      __AK_EMBED_FILES__: JSON.stringify(files),
      __AK_QUICK_EXIT_TAGS__: JSON.stringify(quickExit),
      __AK_ENGLISH_TEXTS__: JSON.stringify(english),
    },
  },
);

// On its own, not in the split build: there, the schemas it needs would land in the chunk every
// element loads (the core modules are reachable from all of them), 14 KB more for every page.
await bundle({ 'embed-patch': 'src/internal/apply-patch.ts' });
await bundle({ 'embed-classic': 'src/define.ts' }, { format: 'iife' });

const browserFiles = [
  'embed.js',
  'embed-patch.js',
  'embed-classic.js',
  ...Object.values(TEXT_FILES),
  ...Object.keys(outputs)
    .filter((file) => file.endsWith('.js'))
    .map((file) => basename(file))
    .sort(),
];
writeFileSync(
  `${root}/dist/embed-files.json`,
  `${JSON.stringify({ files: browserFiles, elements: files, english }, null, 2)}\n`,
);
