// The built `assess` entry as an app gets it: the same assessments as the main entry, and no texts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as entry from '@anders-kijken/core/assess';
import * as main from '@anders-kijken/core';

for (const observations of [
  {},
  { 'activity-courier': 'clear' },
  { 'acute-threat-to-life': 'clear' },
  { 'recruit-gifts': 'possible' },
])
  assert.deepEqual(entry.assess({ age: 15, observations }), main.assess({ age: 15, observations }));
assert.equal(entry.AssessmentInputError, main.AssessmentInputError, 'one error class for both entries');

// The data module the build wrote: the structure, no word of the catalogue, and no import of it.
const file = createRequire(import.meta.url)
  .resolve('@anders-kijken/core/assess')
  .replace(/index\.js$/, 'national-structure.js');
const code = readFileSync(file, 'utf8');
assert.doesNotMatch(code, /catalogue/);
for (const signal of main.defaultRuleset.signals) assert.ok(!code.includes(signal.texts.label.nl), signal.id);
console.log('@anders-kijken/core/assess: same assessments, no texts');
