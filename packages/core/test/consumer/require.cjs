/* eslint-disable @typescript-eslint/no-require-imports -- this file is the CommonJS consumer it tests */
// A CommonJS consumer on Node >= 20.19: `require` loads the ES module itself, not a second copy,
// so an error thrown by one is `instanceof` the class the other exports.
const assert = require('node:assert/strict');
const core = require('@anders-kijken/core');

assert.equal(typeof core.assess, 'function');
assert.throws(
  () => core.assess({ age: 15, observations: { 'not-a-signal': 'clear' } }),
  (error) => error instanceof core.AssessmentInputError,
);
import('@anders-kijken/core').then((esm) => {
  assert.equal(esm.AssessmentInputError, core.AssessmentInputError, 'require and import give one copy');
  assert.equal(esm.defaultRuleset, core.defaultRuleset);
  console.log('require(esm): one copy of @anders-kijken/core');
});
