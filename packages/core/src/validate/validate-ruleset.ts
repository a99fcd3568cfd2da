import { RulesetSchema, type Ruleset } from '../schema/ruleset.js';
import { resultOf, runRules, type ValidateOptions } from './check-ruleset.js';
import type { ValidationResult } from './problem.js';
import { schemaProblems } from './schema-issues.js';

export type { ValidateOptions } from './check-ruleset.js';

/**
 * Checks a ruleset and collects every error and warning: first its shape, then each named rule in
 * `VALIDATION_RULES` (unique ids, sources exist, texts complete, the risk-factor cap …).
 *
 * @example
 * ```ts
 * const { valid, errors, warnings } = validateRuleset(myRuleset);
 * ```
 */
export function validateRuleset(candidate: unknown, options: ValidateOptions = {}): ValidationResult {
  const parsed = RulesetSchema.safeParse(candidate);
  if (!parsed.success) return resultOf(schemaProblems(parsed.error.issues));
  // Check the object the caller passed, not zod's copy: the engine caches by object identity.
  return resultOf(runRules(candidate as Ruleset, options));
}
