// Puts what the docs site serves but does not own into src/: the real embed.js, the Utrecht theme,
// the JSON Schemas, the API reference generated from TSDoc and the changelog from changesets.
// Everything written here is generated and ignored by git.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateApi } from './generate-api.mjs';
import { changelogPage } from './changelog.mjs';

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

copy(join(repo, 'packages/widgets/dist/embed.js'), join(src, 'public/widgets/embed.js'));
copy(require.resolve('@utrecht/design-tokens/dist/index.css'), join(src, 'public/themes/utrecht.css'));
const schemas = join(repo, 'packages/core/schema');
for (const file of readdirSync(schemas)) copy(join(schemas, file), join(src, 'public/schema', file));

for (const locale of /** @type {const} */ (['nl', 'en'])) {
  const prefix = locale === 'nl' ? src : join(src, 'en');
  writeFileSync(join(prefix, 'changelog.md'), changelogPage(repo, locale));
}

rmSync(join(src, 'api'), { recursive: true, force: true });
rmSync(join(src, 'en/api'), { recursive: true, force: true });
await generateApi(repo, join(src, 'api'));
// The API reference is in English, as the code is; the English site serves the same pages.
for (const file of ['index.md', 'core/index.md', 'widgets/index.md']) {
  const target = join(src, 'en/api', file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, readFileSync(join(src, 'api', file), 'utf8').replaceAll('](/api/', '](/en/api/'));
}
const note =
  '::: info Engelstalig\nDe API-referentie komt uit de TSDoc-commentaren in de code en is daarom in het Engels.\n:::\n\n';
const index = join(src, 'api/index.md');
writeFileSync(index, readFileSync(index, 'utf8').replace(/^(# .*\n)/, `$1\n${note}`));
console.log('docs: prepared embed.js, theme, schemas, changelog and API reference');
