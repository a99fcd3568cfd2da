import { RulesetSchema, type Ruleset } from '../schema/ruleset.js';
import { readPlainData } from '../internal/plain-data.js';
import { rememberRead } from '../engine/first-reads.js';
import { resultOf, runRules, unreadable, type ValidateOptions } from './check-ruleset.js';
import type { ValidationResult } from './problem.js';
import { safeParse, schemaProblems } from './schema-issues.js';

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
  // Read once into plain data: a getter, proxy or cycle becomes a problem, never a throw or a hang.
  const plain = readPlainData(candidate);
  if ('issue' in plain) return resultOf([unreadable(plain.issue)]);
  const parsed = safeParse(RulesetSchema, plain.value);
  if (!parsed.success) return resultOf('issues' in parsed ? schemaProblems(parsed.issues) : [parsed.problem]);
  const ruleset = plain.value as Ruleset;
  rememberRead(candidate, ruleset);
  return { ...resultOf(runRules(ruleset, options)), ruleset };
}
