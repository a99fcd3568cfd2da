import { describe, expect, it } from 'vitest';
import { syntheticRuleset } from '../../test/helpers/synthetic-ruleset.js';
import { assessWith } from './assess.js';
import { guidanceWith } from './guidance.js';

const ruleset = syntheticRuleset();

describe('guidanceWith', () => {
  it('gives what assess gives for the same level, audience and municipality', () => {
    const result = assessWith(
      { age: 15, observations: { 'a-weak': 'clear' }, audience: 'professional', municipality: 'town' },
      ruleset,
    );
    expect(guidanceWith(result.level, 'professional', 'town', ruleset)).toEqual({
      nextStepIds: result.nextStepIds,
      contactIds: result.contactIds,
    });
  });

  it('gives national contacts only for an unknown or absent municipality', () => {
    expect(guidanceWith('acute', 'parent', 'elsewhere', ruleset)).toEqual({
      nextStepIds: ['step-acute'],
      contactIds: ['hotline'],
    });
    expect(guidanceWith('none', 'professional', undefined, ruleset).contactIds).toEqual(['hotline']);
  });
});
