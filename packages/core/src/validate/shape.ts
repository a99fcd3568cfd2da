import { isIsoDate } from '../engine/read-input.js';
import type { Ruleset } from '../schema/ruleset.js';
import { SEMVER } from '../schema/vocabulary.js';
import { problem, type ValidationProblem } from './problem.js';

/** The top-level fields of a ruleset and what each holds. */
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
/** Fields a ruleset may leave out; checked when present. */
const OPTIONAL_FIELDS: ReadonlySet<string> = new Set<keyof Ruleset>(['youthGates']);

const WORDS = {
  string: { nl: 'tekst', en: 'a string' },
  object: { nl: 'een object', en: 'an object' },
  array: { nl: 'een lijst', en: 'a list' },
};

/**
 * What keeps plain data from being read as a ruleset at all: not an object, a top-level field of the
 * wrong kind, a version or review date in the wrong format. Empty when the named rules can run.
 */
export function shapeProblems(candidate: unknown): ValidationProblem[] {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    return [
      problem(
        'shape',
        'error',
        [],
        'invalid_type',
        'De regels moeten een object zijn.',
        'The ruleset must be an object.',
      ),
    ];
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
  return problems;
}
