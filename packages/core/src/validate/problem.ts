import type { LocalizedText } from '../schema/localized-text.js';

/** One thing a validation rule found: where, what, and how bad. */
export interface ValidationProblem {
  /** The named rule that found it, such as `sources-exist`. */
  rule: string;
  severity: 'error' | 'warning';
  path: (string | number)[];
  code: string;
  message: LocalizedText;
}

/** Everything `validateRuleset` found. `valid` is false when there is at least one error. */
export interface ValidationResult {
  valid: boolean;
  errors: ValidationProblem[];
  warnings: ValidationProblem[];
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

export { formatPath } from '../engine/errors.js';
