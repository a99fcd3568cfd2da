import type { Issue } from '../schema/assessment.js';
import { AGE_RANGE, ANSWERS, AUDIENCES, isAudience, type Audience } from '../schema/vocabulary.js';
import { localizedIssue } from '../internal/localized-issue.js';
import { describeValue, type Messages } from '../messages/types.js';
import { MAX_SUGGESTED_LENGTH, suggest } from '../internal/suggest.js';
import { ANSWER_CODES, type AnswerCodes, type CompiledRuleset } from './compiled.js';

const FIELDS = ['age', 'startedAsMinor', 'suspect', 'observations', 'audience', 'municipality', 'asOf'] as const;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** More observations than any ruleset has entries is a request to refuse, not to read. */
export const MAX_OBSERVATIONS = 1000;
/** How many unknown ids get a "did you mean"; the rest are reported without one. */
const MAX_SUGGESTIONS = 10;

/** Whether `value` is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const quoted = (messages: Messages, values: readonly string[]) =>
  messages.words.either(values.map((value) => `'${value}'`));

/** An input as plain data, read once from whatever the caller passed. */
export interface PlainInput {
  age: number | 'unknown';
  startedAsMinor: boolean;
  /** Arrested or a suspect of a crime: brings in its own step, never changes the level. */
  suspect: boolean;
  /** One answer code per entry of the compiled ruleset; ids left out are unknown. */
  answers: AnswerCodes;
  audience: Audience;
  municipality: string | undefined;
  asOf: string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readFields(input: unknown, compiled: CompiledRuleset): PlainInput | Issue[] {
  if (!isRecord(input)) {
    const received = describeValue(input);
    return [localizedIssue([], 'invalid_input', (m) => m.issues.invalidInput(received))];
  }
  const issues: Issue[] = [];
  // Own keys only, each read once: what is checked is what is evaluated.
  const record: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    const value = input[key];
    if ((FIELDS as readonly string[]).includes(key)) record[key] = value;
    else if (value !== undefined) {
      const allowed = (m: Messages) => m.words.list(FIELDS.map((field) => `'${field}'`));
      const field = describeValue(key).slice(1, -1);
      issues.push(localizedIssue([key], 'unknown_field', (m) => m.issues.unknownField(field, allowed(m))));
    }
  }

  const age = record['age'];
  if (
    age !== 'unknown' &&
    !(Number.isInteger(age) && (age as number) >= AGE_RANGE.min && (age as number) <= AGE_RANGE.max)
  ) {
    const received = describeValue(age);
    issues.push(
      localizedIssue(['age'], 'invalid_age', (m) => m.issues.invalidAge(received, AGE_RANGE.min, AGE_RANGE.max)),
    );
  }
  const startedAsMinor = record['startedAsMinor'];
  if (startedAsMinor !== undefined && typeof startedAsMinor !== 'boolean') {
    const received = describeValue(startedAsMinor);
    issues.push(
      localizedIssue(['startedAsMinor'], 'invalid_started_as_minor', (m) => m.issues.invalidStartedAsMinor(received)),
    );
  }

  const suspect = record['suspect'];
  if (suspect !== undefined && typeof suspect !== 'boolean') {
    const received = describeValue(suspect);
    issues.push(localizedIssue(['suspect'], 'invalid_suspect', (m) => m.issues.invalidBoolean('suspect', received)));
  }

  const answers = compiled.noAnswers.slice();
  const observations = record['observations'];
  if (!isRecord(observations)) {
    const received = describeValue(observations);
    issues.push(
      localizedIssue(['observations'], 'invalid_observations', (m) => m.issues.invalidObservations(received)),
    );
  } else {
    const ids = Object.keys(observations);
    if (ids.length > MAX_OBSERVATIONS) {
      issues.push(
        localizedIssue(['observations'], 'too_many_observations', (m) =>
          m.issues.tooManyObservations(ids.length, MAX_OBSERVATIONS),
        ),
      );
    } else {
      let suggestions = 0;
      for (const id of ids) {
        const value = observations[id];
        const i = compiled.index.get(id);
        const code = ANSWER_CODES.get(value);
        if (i === undefined) {
          const hint =
            id.length <= MAX_SUGGESTED_LENGTH && suggestions++ < MAX_SUGGESTIONS
              ? suggest(id, compiled.index.keys())
              : undefined;
          const shown = describeValue(id).slice(1, -1);
          issues.push(
            localizedIssue(['observations', id], 'unknown_signal', (m) => m.issues.unknownSignal(shown, hint), hint),
          );
        } else if (code === undefined) {
          const received = describeValue(value);
          issues.push(
            localizedIssue(['observations', id], 'invalid_answer', (m) =>
              m.issues.invalidAnswer(id, received, quoted(m, ANSWERS)),
            ),
          );
        } else answers[i] = code;
      }
    }
  }

  const audience = record['audience'];
  if (audience !== undefined && !isAudience(audience)) {
    const received = describeValue(audience);
    issues.push(
      localizedIssue(['audience'], 'invalid_audience', (m) => m.issues.invalidAudience(received, quoted(m, AUDIENCES))),
    );
  }
  const municipality = record['municipality'];
  if (municipality !== undefined && typeof municipality !== 'string') {
    const received = describeValue(municipality);
    issues.push(
      localizedIssue(['municipality'], 'invalid_municipality', (m) => m.issues.invalidMunicipality(received)),
    );
  }
  const asOf = record['asOf'];
  if (asOf !== undefined && !isIsoDate(asOf)) {
    const received = describeValue(asOf);
    issues.push(localizedIssue(['asOf'], 'invalid_date', (m) => m.issues.invalidDate('asOf', received)));
  }
  if (issues.length > 0) return issues;
  return {
    age: age as number | 'unknown',
    startedAsMinor: startedAsMinor === true,
    suspect: suspect === true,
    answers,
    audience: (audience as Audience | undefined) ?? 'professional',
    municipality: municipality as string | undefined,
    asOf: asOf as string | undefined,
  };
}

/**
 * Reads an assessment input into plain data, checking it against a compiled ruleset: the shape of
 * `AssessmentInputSchema` plus ids that must exist. Every issue is collected, each naming its field
 * in Dutch and English. Never throws: an input that throws while being read (a getter, a revoked
 * proxy) is one `unreadable_input` issue.
 */
export function readInput(input: unknown, compiled: CompiledRuleset): PlainInput | Issue[] {
  try {
    return readFields(input, compiled);
  } catch {
    return [localizedIssue([], 'unreadable_input', (m) => m.issues.unreadableInput())];
  }
}

/** The issue for an `asOf` before the ruleset's first dated values. */
export function asOfTooEarly(asOf: string, earliest: string): Issue {
  return localizedIssue(['asOf'], 'as_of_too_early', (m) => m.issues.asOfTooEarly(JSON.stringify(asOf), earliest));
}
