// The national ruleset in the browser files, one language and only the texts its elements show:
// a page loads its structure (ids, weights, rules, routes) with the Dutch texts every element may
// show (steps, contacts, youth questions); the Dutch texts of signals, risk factors, dimensions and
// rules only with an element that shows them; the English ones only when an element first shows
// English (with the widgets' own English strings); the texts no element shows (source notes,
// rationales, legal elements) only when the ruleset is copied. src/internal/texts-by-locale.ts
// fills them in. npm users and embed-classic.js keep the whole ruleset. The hash every assessment
// carries is the whole ruleset's, computed here.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const coreDist = join(dirname(createRequire(import.meta.url).resolve('@anders-kijken/core/package.json')), 'dist');
const catalogueIndex = join(coreDist, 'catalogue', 'index.js');

/** Core's one walk over a ruleset's texts (internal to core, so by its path in core's dist/). */
export const { mapTexts } = await import(pathToFileURL(join(coreDist, 'internal', 'map-texts.js')).href);

/** The files, beside the element modules, with the texts the modules leave out. */
export const TEXT_FILES = {
  en: 'texts-en.js',
  enSignals: 'texts-en-signals.js',
  // The Dutch texts of signals for a page whose elements do not show them, when it copies the
  // ruleset (a patch): the elements that show them have them in their own chunk. A file of its own,
  // not a dynamic import of that chunk, which would split the chunk and esbuild's helpers into more
  // files for every page that shows signals.
  nlSignals: 'texts-nl-signals.js',
  unshown: 'texts-unshown.js',
};

/**
 * The fields whose texts no element shows: `sources[].about`, `parameters[].rationale` and
 * `dimensions[].legalElement` are for the docs and for reviewers. Each name is used by one schema only.
 */
export const UNSHOWN_FIELDS = new Set(['about', 'rationale', 'legalElement']);

/**
 * The group of a text at `path`: `$u` for a text no element shows; `$s` for the texts of signals and
 * risk factors (but their youth questions and the line before them), dimensions, rules (but their
 * headings, which the youth check shows as the result's heading) and parameters, which only the
 * elements that import src/internal/signal-texts.ts show; `$t` for the rest (steps, contacts, rule
 * headings), which every
 * element may show.
 * @param {(string | number)[]} path
 */
/** The texts of signals and risk factors the youth check shows: with the structure, like its steps. */
const YOUTH_TEXTS = new Set(['youthQuestion', 'youthIntro']);

function groupOf(path) {
  if (path.some((key) => UNSHOWN_FIELDS.has(key))) return '$u';
  const [top, , third, fourth] = path;
  if ((top === 'signals' || top === 'riskFactors') && third === 'texts' && !YOUTH_TEXTS.has(fourth)) return '$s';
  if (top === 'rules' && third === 'heading') return '$t';
  if (top === 'dimensions' || top === 'rules' || top === 'parameters') return '$s';
  return '$t';
}

/**
 * The ruleset as JSON in which every text is `{"<group>": n}`, and per group the texts per locale
 * in that order.
 * @param {unknown} ruleset
 */
function splitTexts(ruleset) {
  if (/"\$[tsu]":/.test(JSON.stringify(ruleset)))
    throw new Error('A ruleset with a "$t", "$s" or "$u" field cannot be split by locale.');
  /** @type {Record<string, { nl: string[], en: string[] }>} */
  const groups = { $t: { nl: [], en: [] }, $s: { nl: [], en: [] }, $u: { nl: [], en: [] } };
  const structure = mapTexts(ruleset, (text, path) => {
    const group = groupOf(path);
    groups[group].nl.push(text.nl);
    groups[group].en.push(text.en);
    return { [group]: groups[group].nl.length - 1 };
  });
  return { structure: JSON.stringify(structure), groups };
}

/** Puts every text back into the structure: the build checks that the split loses nothing. */
const joinTexts = (structure, groups) =>
  JSON.parse(structure, (_key, value) => {
    if (typeof value !== 'object' || value === null) return value;
    const group = ['$t', '$s', '$u'].find((mark) => mark in value);
    return group ? { nl: groups[group].nl[value[group]], en: groups[group].en[value[group]] } : value;
  });

/**
 * Replaces core's national ruleset, in an esbuild build of the browser files, with one assembled
 * from its structure and the Dutch texts every element may show, and src/internal/signal-texts.ts
 * with a module that gives it the Dutch texts of signals and the like. The other texts are the
 * contents of {@link TEXT_FILES}: module sources (texts-en.js imports the widgets' English strings,
 * which have functions in them) that the caller bundles beside the modules. `english` says which of
 * them an element in English needs, from the inputs of its files in the split build.
 * @param {string} assembler absolute path of src/internal/texts-by-locale.ts
 * @returns {Promise<{ plugin: import('esbuild').Plugin, files: Record<string, string>, english: (inputs: string[]) => string[] }>}
 */
export async function textsByLocale(assembler) {
  const { nationalRuleset } = await import(pathToFileURL(catalogueIndex).href);
  const { rulesetHash } = await import(pathToFileURL(join(coreDist, 'engine', 'compile.js')).href);
  const { structure, groups } = splitTexts(nationalRuleset);
  if (JSON.stringify(joinTexts(structure, groups)) !== JSON.stringify(nationalRuleset))
    throw new Error('The national ruleset does not survive being split by locale.');
  // Resolved from the module that holds this code, so the folder works wherever it is put.
  const file = (name) => `() => import(new URL(${JSON.stringify(`./${name}`)}, import.meta.url).href)`;
  const contents = (texts) => `export default ${JSON.stringify(texts)};`;
  const translations = join(dirname(assembler), '..', 'translations');
  const modules = {
    ruleset: [
      `import { useAssembledRuleset } from ${JSON.stringify(join(coreDist, 'engine', 'assembled.js'))};`,
      `import { assembleRuleset } from ${JSON.stringify(assembler)};`,
      `export const nationalRuleset = assembleRuleset(${JSON.stringify(structure)}, {`,
      `  $t: { given: { nl: ${JSON.stringify(groups.$t.nl)} }, files: [{ locales: ['en'], load: ${file(TEXT_FILES.en)} }] },`,
      `  $s: { files: [`,
      `    { locales: ['nl'], load: ${file(TEXT_FILES.nlSignals)} },`,
      `    { locales: ['en'], load: ${file(TEXT_FILES.enSignals)} },`,
      `  ] },`,
      `  $u: { files: [{ locales: ['nl', 'en'], load: ${file(TEXT_FILES.unshown)} }] },`,
      `});`,
      `useAssembledRuleset(nationalRuleset, ${JSON.stringify(rulesetHash(nationalRuleset))});`,
    ].join('\n'),
    'signals-nl': contents({ nl: groups.$s.nl }),
    // The widgets' English strings: Dutch ones stand in until texts-en.js, which holds them too, has
    // loaded, except what a person in danger needs (112, the quick exit), which every page carries.
    'strings-en': [
      `import { nl } from ${JSON.stringify(join(translations, 'nl.ts'))};`,
      `import { enSafety } from ${JSON.stringify(join(translations, 'en-safety.ts'))};`,
      `import { addTextsLoad } from ${JSON.stringify(assembler)};`,
      `export const en = { ...nl, ...enSafety, $code: 'en', $name: 'English' };`,
      `addTextsLoad('en', () => (${file(TEXT_FILES.en)})().then((m) => void Object.assign(en, m.strings)));`,
    ].join('\n'),
    'signal-texts': [
      `import texts from 'ak-texts:signals-nl';`,
      `import { provideTexts } from ${JSON.stringify(assembler)};`,
      `provideTexts('$s', texts);`,
    ].join('\n'),
  };

  return {
    files: {
      [TEXT_FILES.en]: [
        `export { en as strings } from ${JSON.stringify(join(translations, 'en.ts'))};`,
        `export default ${JSON.stringify({ en: groups.$t.en })};`,
      ].join('\n'),
      [TEXT_FILES.enSignals]: contents({ en: groups.$s.en }),
      // The same texts the elements that show signals carry in their chunk.
      [TEXT_FILES.nlSignals]: modules['signals-nl'],
      [TEXT_FILES.unshown]: contents(groups.$u),
    },
    // An element whose files hold the Dutch texts of signals shows them: in English, it needs theirs too.
    english: (inputs) =>
      inputs.includes('ak-texts:signals-nl') ? [TEXT_FILES.en, TEXT_FILES.enSignals] : [TEXT_FILES.en],
    plugin: {
      name: 'texts-by-locale',
      setup(build) {
        build.onResolve({ filter: /[\\/]catalogue[\\/]index\.js$/ }, (args) =>
          join(args.resolveDir, args.path) === catalogueIndex ? { path: 'ruleset', namespace: 'ak-texts' } : undefined,
        );
        build.onResolve({ filter: /[\\/]signal-texts\.js$/ }, () => ({ path: 'signal-texts', namespace: 'ak-texts' }));
        build.onResolve({ filter: /[\\/]translations[\\/]en\.js$/ }, () => ({
          path: 'strings-en',
          namespace: 'ak-texts',
        }));
        build.onResolve({ filter: /^ak-texts:/ }, (args) => ({
          path: args.path.slice('ak-texts:'.length),
          namespace: 'ak-texts',
        }));
        build.onLoad({ filter: /.*/, namespace: 'ak-texts' }, (args) => ({
          contents: modules[args.path],
          loader: 'js',
          resolveDir: coreDist,
        }));
      },
    },
  };
}
