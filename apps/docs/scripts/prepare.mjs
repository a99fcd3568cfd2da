// Writes the reference pages from core, and puts into src/ what the docs site serves but does not
// own: the real embed.js, the release zip with its download page, the Utrecht theme, the built
// Storybook, the JSON Schemas, the API reference generated from TSDoc and the changelog from
// changesets. Everything written here is ignored by git.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateApi } from './generate-api.mjs';
import { changelogPage } from './changelog.mjs';
import { downloadPage } from './download-page.mjs';

const docs = fileURLToPath(new URL('..', import.meta.url));
const repo = join(docs, '../..');
const src = join(docs, 'src');
const require = createRequire(import.meta.url);

/** @param {string} from @param {string} to */
function copy(from, to) {
  if (!existsSync(from)) throw new Error(`Missing ${from}: run "npm run build" at the repository root first.`);
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true });
}

// The real browser files, as the live widgets of the site: the loader embed.js with everything it
// loads, and training.js for the practice page; and the release zip a web editor downloads, with
// the page that describes it.
const widgets = join(repo, 'packages/widgets/dist');
rmSync(join(src, 'public/widgets'), { recursive: true, force: true });
for (const file of JSON.parse(readFileSync(join(widgets, 'embed-files.json'), 'utf8')).files)
  copy(join(widgets, file), join(src, 'public/widgets', file));
// Beside them the snippet's stylesheet, so a snippet pointed at /widgets/ is whole (the page check's test).
copy(join(widgets, 'fallback.css'), join(src, 'public/widgets/fallback.css'));
const releaseDir = join(repo, 'packages/widgets/dist/release');
const release = JSON.parse(readFileSync(join(releaseDir, 'release.json'), 'utf8'));
rmSync(join(src, 'public/downloads'), { recursive: true, force: true });
copy(join(releaseDir, release.zip.name), join(src, 'public/downloads', release.zip.name));
copy(join(releaseDir, 'release.json'), join(src, 'public/downloads/release.json'));
copy(require.resolve('@utrecht/design-tokens/dist/index.css'), join(src, 'public/themes/utrecht.css'));
// Den Haag's published tokens: the common ones and the components' ones, both scoped to .denhaag-theme.
writeFileSync(
  join(src, 'public/themes/denhaag.css'),
  ['@gemeente-denhaag/design-tokens-common', '@gemeente-denhaag/design-tokens-components']
    .map((name) => readFileSync(join(dirname(require.resolve(`${name}/package.json`)), 'dist/theme/index.css'), 'utf8'))
    .join('\n'),
);
// The built Storybook, served from the docs site at /storybook/ (it uses relative paths only).
rmSync(join(src, 'public/storybook'), { recursive: true, force: true });
copy(join(repo, 'apps/storybook/dist'), join(src, 'public/storybook'));
const schemas = join(repo, 'packages/core/schema');
for (const file of readdirSync(schemas)) copy(join(schemas, file), join(src, 'public/schema', file));

// The reference pages are generated from core by TypeScript in reference/; bundle it once to run it here.
const writer = join(docs, '.vitepress/cache/write-pages.mjs');
await build({
  entryPoints: [join(docs, 'reference/write-pages.ts')],
  outfile: writer,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const { writeReferencePages } = await import(writer);
const pages = writeReferencePages(src);

for (const locale of /** @type {const} */ (['nl', 'en'])) {
  const prefix = locale === 'nl' ? src : join(src, 'en');
  writeFileSync(join(prefix, 'changelog.md'), changelogPage(repo, locale));
  writeFileSync(join(prefix, 'download.md'), downloadPage(release, locale));
}

rmSync(join(src, 'api'), { recursive: true, force: true });
rmSync(join(src, 'en/api'), { recursive: true, force: true });
const apiPages = await generateApi(repo, join(src, 'api'));
// The API reference is in English, as the code is; the English site serves the same pages.
for (const file of apiPages) {
  const target = join(src, 'en/api', file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, readFileSync(join(src, 'api', file), 'utf8').replaceAll('](/api/', '](/en/api/'));
}
const note =
  '::: info Engelstalig\nDe API-referentie komt uit de TSDoc-commentaren in de code en is daarom in het Engels.\n:::\n\n';
const index = join(src, 'api/index.md');
writeFileSync(index, readFileSync(index, 'utf8').replace(/^(# .*\n)/, `$1\n${note}`));
console.log(
  `docs: wrote ${pages} reference pages; prepared embed.js, the download, Storybook, theme, schemas, changelog, API`,
);
