import { describe, expect, it } from 'vitest';
import { syntheticRuleset } from '../../test/helpers/synthetic-ruleset.js';
import { assessWith } from './assess.js';
import { guidanceWith } from './guidance.js';

const ruleset = syntheticRuleset();

describe('guidanceWith', () => {
  it('gives what assess gives for the same level, audience, age, municipality and observations', () => {
    const observations = { 'a-weak': 'clear', danger: 'no' } as const;
    const result = assessWith({ age: 15, observations, audience: 'professional', municipality: 'town' }, ruleset);
    expect(
      guidanceWith(
        { level: result.level, audience: 'professional', age: 15, municipality: 'town', observations },
        ruleset,
      ),
    ).toEqual({ nextStepIds: result.nextStepIds, contactIds: result.contactIds, warnings: [] });
  });

  it('reads an unknown age as a minor and keeps contacts to their ages', () => {
    expect(guidanceWith({ level: 'suspicion' }, ruleset).nextStepIds).toEqual(['step-suspicion', 'step-minor']);
    expect(guidanceWith({ level: 'suspicion', age: 19 }, ruleset).nextStepIds).toEqual(['step-suspicion']);
    expect(guidanceWith({ level: 'acute', observations: { danger: 'clear' } }, ruleset).contactIds).toEqual([
      'hotline',
      'kids-line',
    ]);
  });

  it('gives national contacts and a warning for an unknown municipality', () => {
    const result = guidanceWith({ level: 'acute', audience: 'parent', municipality: 'elsewhere' }, ruleset);
    expect(result.nextStepIds).toEqual(['step-acute']);
    expect(result.contactIds).toEqual(['hotline']);
    expect(result.warnings.map((w) => w.code)).toEqual(['unknown_municipality']);
  });
});
