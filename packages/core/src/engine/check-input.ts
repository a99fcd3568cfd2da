import type { Issue } from '../schema/assessment.js';
import { AGE_RANGE, ANSWERS, AUDIENCES } from '../schema/vocabulary.js';
import { en } from '../messages/en.js';
import { nl } from '../messages/nl.js';
import { describeValue, type Messages } from '../messages/types.js';
import { ANSWER_CLEAR, ANSWER_POSSIBLE, ANSWER_UNKNOWN, answerCode, type CompiledRuleset } from './compiled.js';
import { suggest } from './suggest.js';

const FIELDS = new Set(['age', 'observations', 'audience', 'municipality', 'asOf']);
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether `value` is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const alternatives = (messages: Messages, values: readonly string[]) =>
  messages.either(values.map((value) => `'${value}'`));

function make(path: (string | number)[], code: string, render: (m: Messages) => string, suggestion?: string): Issue {
  const found: Issue = { path, code, message: { nl: render(nl), en: render(en) } };
  if (suggestion !== undefined) found.suggestion = suggestion;
  return found;
}

/**
 * Checks an assessment input against a compiled ruleset: the shape of `AssessmentInputSchema` plus
 * ids that must exist. Returns `null` when the input is valid, so the common case allocates nothing;
 * otherwise every issue found, each naming its field in Dutch and English.
 */
export function checkInput(input: unknown, compiled: CompiledRuleset): Issue[] | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const received = describeValue(input);
    return [make([], 'invalid_input', (m) => m.issues.invalidInput(received))];
  }
  const record = input as Record<string, unknown>;
  let issues: Issue[] | null = null;
  const add = (found: Issue) => (issues ??= []).push(found);

  for (const key in record) {
    if (!FIELDS.has(key) && record[key] !== undefined)
      add(make([key], 'unknown_field', (m) => m.issues.unknownField(key)));
  }

  const age = record['age'];
  if (
    age !== 'unknown' &&
    !(Number.isInteger(age) && (age as number) >= AGE_RANGE.min && (age as number) <= AGE_RANGE.max)
  ) {
    const received = describeValue(age);
    add(make(['age'], 'invalid_age', (m) => m.issues.invalidAge(received, AGE_RANGE.min, AGE_RANGE.max)));
  }

  const observations = record['observations'];
  if (typeof observations !== 'object' || observations === null || Array.isArray(observations)) {
    const received = describeValue(observations);
    add(make(['observations'], 'invalid_observations', (m) => m.issues.invalidObservations(received)));
  } else {
    const answers = observations as Record<string, unknown>;
    for (const id in answers) {
      if (!compiled.index.has(id)) {
        const hint = suggest(id, compiled.ids);
        add(make(['observations', id], 'unknown_signal', (m) => m.issues.unknownSignal(id, hint), hint));
      } else if (answerCode(answers[id]) < 0) {
        const received = describeValue(answers[id]);
        add(
          make(['observations', id], 'invalid_answer', (m) =>
            m.issues.invalidAnswer(id, received, alternatives(m, ANSWERS)),
          ),
        );
      }
    }
  }

  const audience = record['audience'];
  if (audience !== undefined && !(AUDIENCES as readonly unknown[]).includes(audience)) {
    const received = describeValue(audience);
    add(make(['audience'], 'invalid_audience', (m) => m.issues.invalidAudience(received, alternatives(m, AUDIENCES))));
  }

  const municipality = record['municipality'];
  if (municipality !== undefined && !(typeof municipality === 'string' && compiled.municipalities.has(municipality))) {
    const received = describeValue(municipality);
    const hint = typeof municipality === 'string' ? suggest(municipality, compiled.municipalities) : undefined;
    add(make(['municipality'], 'unknown_municipality', (m) => m.issues.unknownMunicipality(received, hint), hint));
  }

  const asOf = record['asOf'];
  if (asOf !== undefined && !isIsoDate(asOf)) {
    const received = describeValue(asOf);
    add(make(['asOf'], 'invalid_date', (m) => m.issues.invalidDate('asOf', received)));
  }
  return issues;
}

/** The issue for an `asOf` before the ruleset's first dated values. */
export function asOfTooEarly(asOf: string, earliest: string): Issue {
  return make(['asOf'], 'as_of_too_early', (m) => m.issues.asOfTooEarly(JSON.stringify(asOf), earliest));
}

/**
 * The fast path of {@link checkInput}: checks the input and, while it reads the answers, fills the
 * compiled ruleset's scratch buffers (answers, scores, condition counts) for evaluation. Returns
 * false at the first problem; `checkInput` then collects every issue for the message.
 */
export function readInput(input: unknown, compiled: CompiledRuleset): boolean {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const record = input as Record<string, unknown>;
  for (const key in record) if (record[key] !== undefined && !FIELDS.has(key)) return false;
  const age = record['age'];
  if (
    age !== 'unknown' &&
    !(Number.isInteger(age) && (age as number) >= AGE_RANGE.min && (age as number) <= AGE_RANGE.max)
  )
    return false;
  const audience = record['audience'];
  if (audience !== undefined && audience !== 'professional' && audience !== 'parent' && audience !== 'young-person')
    return false;
  const municipality = record['municipality'];
  if (municipality !== undefined && !(typeof municipality === 'string' && compiled.municipalities.has(municipality)))
    return false;
  if (record['asOf'] !== undefined && !isIsoDate(record['asOf'])) return false;
  const observations = record['observations'];
  if (typeof observations !== 'object' || observations === null || Array.isArray(observations)) return false;

  const { answers, scores, counts } = compiled.scratch;
  const { index, dimOf, weightClear, weightPossible, conditions, conditionsOf } = compiled;
  answers.fill(ANSWER_UNKNOWN);
  scores.fill(0);
  counts.fill(0);
  const given = observations as Record<string, unknown>;
  for (const id in given) {
    const i = index.get(id);
    const answer = answerCode(given[id]);
    if (i === undefined || answer < 0) return false;
    answers[i] = answer;
    if (answer < ANSWER_POSSIBLE) continue;
    const d = dimOf[i] as number;
    if (d >= 0)
      scores[d] =
        (scores[d] as number) + (answer === ANSWER_CLEAR ? (weightClear[i] as number) : (weightPossible[i] as number));
    for (const c of conditionsOf[i] as number[])
      if (answer >= (conditions[c] as { minAnswer: number }).minAnswer) counts[c] = (counts[c] as number) + 1;
  }
  return true;
}
