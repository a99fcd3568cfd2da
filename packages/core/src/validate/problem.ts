import type { Issue } from '../schema/assessment.js';
import type { Ruleset } from '../schema/ruleset.js';

/** One thing a validation rule found: an issue, with the named rule that found it and how bad it is. */
export interface ValidationProblem extends Issue {
  /** The named rule that found it, such as `sources-exist`. */
  rule: string;
  severity: 'error' | 'warning';
}

/** Everything `validateRuleset` found. `valid` is false when there is at least one error. */
export interface ValidationResult {
  valid: boolean;
  errors: ValidationProblem[];
  warnings: ValidationProblem[];
  /**
   * The ruleset that was checked, as plain data read once from what was passed: use this copy, not
   * the original, so that what is evaluated is what was validated. Absent when it could not be read.
   */
  ruleset?: Ruleset;
}

/** Builds a problem with its message in Dutch and English. */
export function problem(
  rule: string,
  severity: ValidationProblem['severity'],
  path: (string | number)[],
  code: string,
  nl: string,
  en: string,
): ValidationProblem {
  return { rule, severity, path, code, message: { nl, en } };
}

export { formatPath } from '../internal/errors.js';
