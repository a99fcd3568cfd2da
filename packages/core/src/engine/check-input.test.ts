import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticRuleset } from '../../test/helpers/synthetic-ruleset.js';
import { checkInput, isIsoDate, readInput } from './check-input.js';
import { compile } from './compile.js';

const compiled = compile(syntheticRuleset());
const check = (input: unknown) => checkInput(input, compiled);

describe('checkInput', () => {
  it('accepts a valid input without allocating issues', () => {
    expect(check({ age: 8, observations: {} })).toBeNull();
    expect(
      check({
        age: 'unknown',
        observations: { 'a-weak': 'no', 'r-one': 'clear' },
        audience: 'parent',
        municipality: 'town',
        asOf: '2026-02-28',
      }),
    ).toBeNull();
  });

  it('names the field and what was expected, in Dutch and English', () => {
    expect(check({ age: 7.5, observations: { 'a-weak': 'yes' }, audience: 'teacher' })).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_age",
          "message": {
            "en": "'age' must be a whole number from 8 to 27, or 'unknown'; received: 7.5.",
            "nl": "'age' moet een heel getal van 8 tot en met 27 zijn, of 'unknown'; ontvangen: 7.5.",
          },
          "path": [
            "age",
          ],
        },
        {
          "code": "invalid_answer",
          "message": {
            "en": "The answer for 'a-weak' must be 'no', 'unknown', 'possible', or 'clear'; received: "yes".",
            "nl": "Het antwoord bij 'a-weak' moet 'no', 'unknown', 'possible' of 'clear' zijn; ontvangen: "yes".",
          },
          "path": [
            "observations",
            "a-weak",
          ],
        },
        {
          "code": "invalid_audience",
          "message": {
            "en": "'audience' must be 'professional', 'parent', or 'young-person'; received: "teacher".",
            "nl": "'audience' moet 'professional', 'parent' of 'young-person' zijn; ontvangen: "teacher".",
          },
          "path": [
            "audience",
          ],
        },
      ]
    `);
  });

  it('suggests the closest id for an unknown signal and municipality', () => {
    expect(check({ age: 12, observations: { 'a-meduim': 'clear' }, municipality: 'twon' })).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_signal",
          "message": {
            "en": "'a-meduim' is not a known signal or risk factor. Did you mean 'a-medium'?",
            "nl": "'a-meduim' is geen bekend signaal of bekende risicofactor. Bedoel je 'a-medium'?",
          },
          "path": [
            "observations",
            "a-meduim",
          ],
          "suggestion": "a-medium",
        },
        {
          "code": "unknown_municipality",
          "message": {
            "en": "'municipality' "twon" is not a known municipality. Did you mean 'town'?",
            "nl": "'municipality' "twon" is geen bekende gemeente. Bedoel je 'town'?",
          },
          "path": [
            "municipality",
          ],
          "suggestion": "town",
        },
      ]
    `);
  });

  it.each([
    [null, 'invalid_input'],
    ['15', 'invalid_input'],
    [[], 'invalid_input'],
    [{ age: 15 }, 'invalid_observations'],
    [{ age: 15, observations: [] }, 'invalid_observations'],
    [{ observations: {} }, 'invalid_age'],
    [{ age: 28, observations: {} }, 'invalid_age'],
    [{ age: 15, observations: {}, asOf: '2026-02-30' }, 'invalid_date'],
    [{ age: 15, observations: {}, name: 'Sam' }, 'unknown_field'],
  ])('refuses %j with %s', (input, code) => {
    expect(check(input)?.map((issue) => issue.code)).toEqual([code]);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026-11-23', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['26-11-23', false],
    [20261123, false],
  ])('%j is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('readInput', () => {
  const value = fc.oneof(
    fc.constantFrom('no', 'unknown', 'possible', 'clear', 'yes', '', 'Clear'),
    fc.integer(),
    fc.constant(null),
    fc.constant(undefined),
  );
  const input = fc.oneof(
    fc.record(
      {
        age: fc.oneof(fc.integer({ min: 5, max: 30 }), fc.constant('unknown'), fc.double(), fc.string()),
        observations: fc.oneof(
          fc.dictionary(fc.constantFrom('a-weak', 'a-medium', 'r-one', 'danger', 'nope', 'toString'), value),
          fc.constant(null),
          fc.array(fc.string()),
        ),
        audience: fc.constantFrom('professional', 'parent', 'young-person', 'teacher', undefined),
        municipality: fc.constantFrom('town', 'city', undefined),
        asOf: fc.constantFrom('2026-01-01', '2026-02-30', 'today', undefined),
        extra: fc.constantFrom(undefined, 1),
      },
      { requiredKeys: [] },
    ),
    fc.anything(),
  );

  it('accepts exactly the inputs checkInput finds no issue in', () => {
    fc.assert(
      fc.property(input, (candidate) => {
        expect(readInput(candidate, compiled)).toBe(check(candidate) === null);
      }),
      { numRuns: 2000 },
    );
  });
});
