// The `assess` entry without texts: replaces dist/assess/national-structure.js, which tsup compiled
// from a module that strips the catalogue at run time, with the data that module computes. So an
// app importing `@anders-kijken/core/assess` carries neither the texts nor the catalogue, and its
// assessments carry the whole national ruleset's hash, the same as the main entry's.
import { rmSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const { nationalRuleset } = await import(new URL('catalogue/index.js', dist).href);
const { rulesetHash } = await import(new URL('engine/compile.js', dist).href);
const { withoutTexts } = await import(new URL('assess/without-texts.js', dist).href);

const structure = JSON.stringify(withoutTexts(nationalRuleset));
writeFileSync(
  new URL('assess/national-structure.js', dist),
  [
    "import { useAssembledRuleset } from '../engine/assembled.js';",
    '// Written by scripts/build-assess.mjs from the national ruleset: its structure, every text empty.',
    `export const nationalStructure = JSON.parse(${JSON.stringify(structure)});`,
    `useAssembledRuleset(nationalStructure, ${JSON.stringify(rulesetHash(nationalRuleset))});`,
    '',
  ].join('\n'),
);
// Its map described the module it replaces.
rmSync(new URL('assess/national-structure.js.map', dist), { force: true });
