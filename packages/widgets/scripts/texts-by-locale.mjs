// The national ruleset in the browser files, one language at a time: a page loads its structure
// (ids, weights, rules, routes) with the Dutch texts; the English ones only when an element first
// shows English; the texts no element shows (source notes, rationales, legal elements) only when
// the ruleset is copied. src/internal/texts-by-locale.ts fills them in. npm users and
// embed-classic.js keep the whole ruleset. The hash every assessment carries is the whole
// ruleset's, computed here.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const coreDist = join(dirname(createRequire(import.meta.url).resolve('@anders-kijken/core/package.json')), 'dist');
const catalogueIndex = join(coreDist, 'catalogue', 'index.js');

/** The files, beside the element modules, with the texts the modules leave out. */
export const TEXT_FILES = { en: 'texts-en.js', unshown: 'texts-unshown.js' };

/**
 * The fields whose texts no element shows: `sources[].about`, `parameters[].rationale` and
 * `dimensions[].legalElement` are for the docs and for reviewers. Each name is used by one schema only.
 */
const UNSHOWN_FIELDS = new Set(['about', 'rationale', 'legalElement']);

/** A text of the ruleset: an object with exactly a Dutch and an English string. */
const isText = (value) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).sort().join() === 'en,nl' &&
  typeof value.nl === 'string' &&
  typeof value.en === 'string';

/**
 * The ruleset as JSON in which every text is `{"$t": n}`, or `{"$u": n}` for a text no element
 * shows, and those texts per locale in that order.
 * @param {unknown} ruleset
 */
export function splitTexts(ruleset) {
  if (/"\$[tu]":/.test(JSON.stringify(ruleset)))
    throw new Error('A ruleset with a "$t" or "$u" field cannot be split by locale.');
  const shown = { nl: [], en: [] };
  const unshown = { nl: [], en: [] };
  const structure = JSON.stringify(ruleset, (key, value) => {
    if (!isText(value)) return value;
    const texts = UNSHOWN_FIELDS.has(key) ? unshown : shown;
    texts.nl.push(value.nl);
    texts.en.push(value.en);
    return texts === shown ? { $t: shown.nl.length - 1 } : { $u: unshown.nl.length - 1 };
  });
  return { structure, shown, unshown };
}

/** Puts every text back into the structure: the build checks that the split loses nothing. */
export const joinTexts = (structure, shown, unshown) =>
  JSON.parse(structure, (_key, value) => {
    if (typeof value !== 'object' || value === null) return value;
    if ('$t' in value) return { nl: shown.nl[value.$t], en: shown.en[value.$t] };
    if ('$u' in value) return { nl: unshown.nl[value.$u], en: unshown.en[value.$u] };
    return value;
  });

/**
 * Replaces core's national ruleset, in an esbuild build of the browser files, with one assembled
 * from its structure and the Dutch texts. The other texts are the contents of {@link TEXT_FILES},
 * which the caller writes beside the modules.
 * @param {string} assembler absolute path of src/internal/texts-by-locale.ts
 * @returns {Promise<{ plugin: import('esbuild').Plugin, files: Record<string, string> }>}
 */
export async function textsByLocale(assembler) {
  const { nationalRuleset } = await import(pathToFileURL(catalogueIndex).href);
  const { rulesetHash } = await import(pathToFileURL(join(coreDist, 'engine', 'compile.js')).href);
  const { structure, shown, unshown } = splitTexts(nationalRuleset);
  if (JSON.stringify(joinTexts(structure, shown, unshown)) !== JSON.stringify(nationalRuleset))
    throw new Error('The national ruleset does not survive being split by locale.');
  // Resolved from the module that holds this code, so the folder works wherever it is put.
  const loader = (file) => `() => import(new URL(${JSON.stringify(`./${file}`)}, import.meta.url).href)`;
  const contents = [
    `import { useAssembledRuleset } from ${JSON.stringify(join(coreDist, 'engine', 'assembled.js'))};`,
    `import { assembleRuleset } from ${JSON.stringify(assembler)};`,
    `export const nationalRuleset = assembleRuleset(${JSON.stringify(structure)}, {`,
    `  locale: 'nl',`,
    `  texts: ${JSON.stringify(shown.nl)},`,
    `  others: { en: ${loader(TEXT_FILES.en)} },`,
    `  unshown: ${loader(TEXT_FILES.unshown)},`,
    `});`,
    `useAssembledRuleset(nationalRuleset, ${JSON.stringify(rulesetHash(nationalRuleset))});`,
  ].join('\n');
  const file = (texts) => `export default ${JSON.stringify(texts)};\n`;

  return {
    files: { [TEXT_FILES.en]: file({ en: shown.en }), [TEXT_FILES.unshown]: file(unshown) },
    plugin: {
      name: 'texts-by-locale',
      setup(build) {
        build.onResolve({ filter: /[\\/]catalogue[\\/]index\.js$/ }, (args) =>
          join(args.resolveDir, args.path) === catalogueIndex ? { path: 'ruleset', namespace: 'ak-texts' } : undefined,
        );
        build.onLoad({ filter: /.*/, namespace: 'ak-texts' }, () => ({ contents, loader: 'js', resolveDir: coreDist }));
      },
    },
  };
}
