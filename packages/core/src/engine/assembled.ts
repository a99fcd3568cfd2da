import type { Ruleset } from '../schema/ruleset.js';
import { seedRulesetHash } from './compile.js';
import { rememberRead } from './first-reads.js';

/**
 * For a build that assembles a ruleset in parts: the browser files carry the national ruleset's
 * texts in one language and fill in the other, in place, when it is first needed. The object is used
 * as it is instead of a plain copy, so the texts filled in later are the ones every later reader
 * sees, and an assessment carries the hash of the whole ruleset, the same as with the npm package.
 *
 * Internal: not part of the package's API. Only for plain data (from `JSON.parse`) assembled from a
 * ruleset that was checked as a whole when it was built, and only before anything has read it.
 */
export function useAssembledRuleset(ruleset: Ruleset, hash: string): void {
  rememberRead(ruleset, ruleset);
  seedRulesetHash(ruleset, hash);
}
