import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticRuleset } from '../../test/helpers/synthetic-ruleset.js';
import { compile } from './compile.js';
import { MAX_OBSERVATIONS, isIsoDate, readInput } from './read-input.js';

const compiled = compile(syntheticRuleset());
const issuesOf = (input: unknown) => {
  const read = readInput(input, compiled);
  return Array.isArray(read) ? read : null;
};

describe('readInput', () => {
  it('reads a valid input into plain data', () => {
    const read = readInput(
      {
        age: 'unknown',
        startedAsMinor: false,
        observations: { 'a-weak': 'no', 'r-one': 'clear' },
        audience: 'parent',
        municipality: 'anywhere',
        asOf: '2026-02-28',
      },
      compiled,
    );
    expect(read).toMatchObject({ age: 'unknown', audience: 'parent', municipality: 'anywhere', asOf: '2026-02-28' });
    expect(issuesOf({ age: 6, observations: {} })).toBeNull();
  });

  it('names the field and what was expected, in Dutch and English', () => {
    expect(issuesOf({ age: 5.5, observations: { 'a-weak': 'yes' }, audience: 'teacher' })).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_age",
          "message": {
            "en": "'age' must be a whole number from 6 to 27, or 'unknown'; received: 5.5.",
            "nl": "'age' moet een heel getal van 6 tot en met 27 zijn, of 'unknown'; ontvangen: 5.5.",
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

  it('suggests the closest id for an unknown signal', () => {
    expect(issuesOf({ age: 12, observations: { 'a-meduim': 'clear' } })).toEqual([
      {
        path: ['observations', 'a-meduim'],
        code: 'unknown_signal',
        suggestion: 'a-medium',
        message: {
          nl: "'a-meduim' is geen bekend signaal of bekende risicofactor. Bedoel je 'a-medium'?",
          en: "'a-meduim' is not a known signal or risk factor. Did you mean 'a-medium'?",
        },
      },
    ]);
  });

  it.each([
    [null, 'invalid_input'],
    ['15', 'invalid_input'],
    [[], 'invalid_input'],
    [{ age: 15 }, 'invalid_observations'],
    [{ age: 15, observations: [] }, 'invalid_observations'],
    [{ observations: {} }, 'invalid_age'],
    [{ age: 28, observations: {} }, 'invalid_age'],
    [{ age: 15, observations: {}, startedAsMinor: 'yes' }, 'invalid_started_as_minor'],
    [{ age: 15, observations: {}, municipality: 12 }, 'invalid_municipality'],
    [{ age: 15, observations: {}, asOf: '2026-02-30' }, 'invalid_date'],
    [{ age: 15, observations: {}, name: 'Sam' }, 'unknown_field'],
  ])('refuses %j with %s', (input, code) => {
    expect(issuesOf(input)?.map((issue) => issue.code)).toEqual([code]);
  });

  it('reads own keys only, so a key on Object.prototype changes nothing', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['polluted'] = 'clear';
    try {
      expect(issuesOf({ age: 15, observations: { 'a-weak': 'clear' } })).toBeNull();
    } finally {
      delete proto['polluted'];
    }
  });

  it('turns an input that throws while being read into one issue', () => {
    const throwing = {
      age: 15,
      get observations(): never {
        throw new Error('boom');
      },
    };
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const input of [throwing, revoked.proxy, { age: 15, observations: revoked.proxy }]) {
      expect(issuesOf(input)?.map((issue) => issue.code)).toEqual(['unreadable_input']);
    }
  });

  it('refuses too many observations at once, and suggests ids only for a few short unknown ones', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_OBSERVATIONS + 1 }, (_, i) => [`x-${i}`, 'no']));
    expect(issuesOf({ age: 15, observations: many })?.map((issue) => issue.code)).toEqual(['too_many_observations']);
    const long = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`a-mediu${'m'.repeat(i + 2)}`, 'no']));
    const issues = issuesOf({ age: 15, observations: long }) ?? [];
    expect(issues).toHaveLength(50);
    expect(issues.filter((issue) => issue.suggestion).length).toBeLessThanOrEqual(10);
    const huge = issuesOf({ age: 15, observations: { ['x'.repeat(10_000)]: 'clear' } }) ?? [];
    expect(huge[0]?.suggestion).toBeUndefined();
    expect(huge[0]?.message.en.length).toBeLessThan(200);
  });

  it('never throws, whatever it is given', () => {
    const value = fc.oneof(
      fc.constantFrom('no', 'unknown', 'possible', 'clear', 'yes', ''),
      fc.integer(),
      fc.constant(null),
    );
    const candidate = fc.oneof(
      fc.record(
        {
          age: fc.oneof(fc.integer({ min: 3, max: 30 }), fc.constant('unknown'), fc.double(), fc.string()),
          observations: fc.oneof(
            fc.dictionary(
              fc.constantFrom('a-weak', 'a-medium', 'r-one', 'danger', 'nope', 'toString', '__proto__'),
              value,
            ),
            fc.constant(null),
            fc.array(fc.string()),
          ),
          audience: fc.constantFrom('professional', 'parent', 'young-person', 'teacher', undefined),
          municipality: fc.constantFrom('town', 'city', 7, undefined),
          asOf: fc.constantFrom('2026-01-01', '2026-02-30', 'today', undefined),
          extra: fc.constantFrom(undefined, 1),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(candidate, (input) => {
        const read = readInput(input, compiled);
        if (Array.isArray(read)) expect(read.length).toBeGreaterThan(0);
        else expect(read.answers).toHaveLength(compiled.entries.length);
      }),
      { numRuns: 2000 },
    );
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
