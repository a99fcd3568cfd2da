import type { Issue } from '../schema/assessment.js';
import type { Ruleset } from '../schema/ruleset.js';

/** What a ruleset object was read as: a plain copy, or the issue that kept it from one. */
export type Read = { ruleset: Ruleset } | { issue: Issue };

/** What each ruleset object was first read as. Compilations are cached per plain copy, so one read means one compile. */
export const firstReads = new WeakMap<object, Read>();

/**
 * Records that `given` was read as `plain` (by `validateRuleset` or `checkRuleset`), unless it was
 * read before: assessing `given` or the returned copy afterwards reuses that read and its
 * compilation instead of reading and compiling again.
 */
export function rememberRead(given: unknown, plain: Ruleset): void {
  if (typeof given !== 'object' || given === null) return;
  if (!firstReads.has(given)) firstReads.set(given, { ruleset: plain });
  if (!firstReads.has(plain)) firstReads.set(plain, { ruleset: plain });
}
