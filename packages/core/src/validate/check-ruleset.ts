import { isIsoDate } from '../engine/read-input.js';
import type { Issue } from '../schema/assessment.js';
import { readPlainData } from '../internal/plain-data.js';
import { rememberRead } from '../engine/first-reads.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { SafetyFloor } from '../schema/safety-floor.js';
import { nationalSafetyFloor } from '../catalogue/safety-floor.js';
import { SEMVER } from '../schema/vocabulary.js';
import { problem, type ValidationProblem, type ValidationResult } from './problem.js';
import { VALIDATION_RULES } from './rules.js';

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

/** The top-level fields of a ruleset and what each holds; optional fields are checked when present. */
const FIELDS: Record<keyof Ruleset, 'string' | 'object' | 'array'> = {
  id: 'string',
  version: 'string',
  reviewedOn: 'string',
  name: 'object',
  sources: 'array',
  dimensions: 'array',
  signals: 'array',
  riskFactors: 'array',
  parameters: 'array',
  scoring: 'object',
  rules: 'array',
  nextSteps: 'array',
  contacts: 'array',
  municipalities: 'array',
  youthGates: 'array',
};
const OPTIONAL_FIELDS: ReadonlySet<string> = new Set<keyof Ruleset>(['youthGates']);

const WORDS = {
  string: { nl: 'tekst', en: 'a string' },
  object: { nl: 'een object', en: 'an object' },
  array: { nl: 'een lijst', en: 'a list' },
};

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
  return VALIDATION_RULES.flatMap((rule) => {
    try {
      return rule.check(ruleset, { today, floor });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return [
        problem(
          rule.name,
          'error',
          [],
          'unreadable_ruleset',
          `De regels konden niet worden gelezen (${detail}).`,
          `The ruleset could not be read (${detail}).`,
        ),
      ];
    }
  });
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
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    return resultOf([
      problem(
        'shape',
        'error',
        [],
        'invalid_type',
        'De regels moeten een object zijn.',
        'The ruleset must be an object.',
      ),
    ]);
  }
  const record = candidate as Record<string, unknown>;
  const problems: ValidationProblem[] = [];
  for (const [field, kind] of Object.entries(FIELDS)) {
    const value = record[field];
    if (value === undefined && OPTIONAL_FIELDS.has(field)) continue;
    const fits =
      kind === 'array' ? Array.isArray(value) : typeof value === kind && value !== null && !Array.isArray(value);
    if (!fits) {
      problems.push(
        problem(
          'shape',
          'error',
          [field],
          'invalid_type',
          `'${field}' moet ${WORDS[kind].nl} zijn.`,
          `'${field}' must be ${WORDS[kind].en}.`,
        ),
      );
    }
  }
  if (typeof record['version'] === 'string' && !SEMVER.test(record['version'])) {
    problems.push(
      problem(
        'shape',
        'error',
        ['version'],
        'invalid_format',
        `'version' moet een versie zijn als 1.2.3; ontvangen: '${record['version']}'.`,
        `'version' must be a version like 1.2.3; received: '${record['version']}'.`,
      ),
    );
  }
  if (typeof record['reviewedOn'] === 'string' && !isIsoDate(record['reviewedOn'])) {
    problems.push(
      problem(
        'shape',
        'error',
        ['reviewedOn'],
        'invalid_format',
        `'reviewedOn' moet een datum zijn als JJJJ-MM-DD.`,
        `'reviewedOn' must be a date as YYYY-MM-DD.`,
      ),
    );
  }
  if (problems.length > 0) return resultOf(problems);
  const ruleset = candidate as Ruleset;
  return { ...resultOf(runRules(ruleset, options)), ruleset };
}
