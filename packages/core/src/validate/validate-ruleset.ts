import { RulesetSchema, type Ruleset } from '../schema/ruleset.js';
import type { ValidationProblem, ValidationResult } from './problem.js';
import { VALIDATION_RULES } from './rules.js';
import { schemaProblems } from './schema-issues.js';

/** Options for {@link validateRuleset}. */
export interface ValidateOptions {
  /** The date staleness is measured from, `YYYY-MM-DD`. Default: today. */
  today?: string;
}

function result(problems: ValidationProblem[]): ValidationResult {
  const errors = problems.filter((p) => p.severity === 'error');
  return { valid: errors.length === 0, errors, warnings: problems.filter((p) => p.severity === 'warning') };
}

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
  if (!parsed.success) return result(schemaProblems(parsed.error.issues));
  // Validate the object the caller passed, not zod's copy: the engine caches by object identity.
  const ruleset = candidate as Ruleset;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return result(VALIDATION_RULES.flatMap((rule) => rule.check(ruleset, { today })));
}
