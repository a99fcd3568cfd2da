import type { Issue } from '../schema/assessment.js';
import { readPlainData } from '../internal/plain-data.js';
import { rememberRead } from '../engine/first-reads.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { SafetyFloor } from '../schema/safety-floor.js';
import { nationalSafetyFloor } from '../catalogue/safety-floor.js';
import type { ValidationProblem, ValidationResult } from './problem.js';
import { RULES, checkSafely } from './rules.js';
import { shapeProblems } from './shape.js';

/** Options for {@link validateRuleset} and {@link checkRuleset}. */
export interface ValidateOptions {
  /** The date staleness is measured from, `YYYY-MM-DD`. Default: today. */
  today?: string | undefined;
  /**
   * What the ruleset may never lack or weaken. Default: the national safety floor (112, the acute
   * signals, the protected national contacts). `false` only for rulesets that are not about the
   * Netherlands, such as test fixtures.
   */
  floor?: SafetyFloor | false | undefined;
}

/** Splits problems into errors and warnings. */
export function resultOf(problems: ValidationProblem[]): ValidationResult {
  const errors = problems.filter((p) => p.severity === 'error');
  return { valid: errors.length === 0, errors, warnings: problems.filter((p) => p.severity === 'warning') };
}

/** A ruleset that could not be read as plain data, as the problem that says where and why. */
export function unreadable(issue: Issue): ValidationProblem {
  return { ...issue, rule: 'shape', severity: 'error' };
}

/** Runs every named rule; a rule that cannot read the ruleset becomes a problem, never a throw. */
export function runRules(ruleset: Ruleset, options: ValidateOptions): ValidationProblem[] {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const floor = options.floor ?? nationalSafetyFloor;
  // The rules themselves: the ruleset is plain data already and its top-level fields are checked.
  return RULES.flatMap((rule) => checkSafely(rule, ruleset, { today, floor }));
}

/**
 * The named rules of {@link validateRuleset} after a light check of the top-level fields, without
 * zod: what a widget uses to refuse a bad `ruleset` without shipping the schemas. Rulesets made with
 * `extendRuleset` have passed the full schema already.
 */
export function checkRuleset(candidate: unknown, options: ValidateOptions = {}): ValidationResult {
  // Read once into plain data: a getter, proxy or cycle becomes a problem, never a throw or a hang.
  const plain = readPlainData(candidate);
  if ('issue' in plain) return resultOf([unreadable(plain.issue)]);
  const result = checkPlainRuleset(plain.value, options);
  if (result.ruleset) rememberRead(candidate, result.ruleset);
  return result;
}

function checkPlainRuleset(candidate: unknown, options: ValidateOptions): ValidationResult {
  const problems = shapeProblems(candidate);
  if (problems.length > 0) return resultOf(problems);
  const ruleset = candidate as Ruleset;
  return { ...resultOf(runRules(ruleset, options)), ruleset };
}
