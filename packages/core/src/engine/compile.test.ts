import { describe, expect, it } from 'vitest';
import { syntheticRuleset } from '../../test/helpers/synthetic-ruleset.js';
import { useAssembledRuleset } from './assembled.js';
import { assessWith } from './assess.js';
import { rulesetHash, seedRulesetHash } from './compile.js';
import { explainWith } from './explain.js';

describe('the content hash of a ruleset', () => {
  it('is the same for equal content in another object', () => {
    expect(rulesetHash(syntheticRuleset())).toBe(rulesetHash(syntheticRuleset()));
  });

  it('keeps a hash already computed: a seed cannot change what a stamp said before', () => {
    const ruleset = syntheticRuleset();
    const hash = rulesetHash(ruleset);
    seedRulesetHash(ruleset, '0000000000000000');
    expect(rulesetHash(ruleset)).toBe(hash);
  });
});

describe('a ruleset assembled in parts', () => {
  /** The synthetic ruleset with its English texts standing in for Dutch ones, as a page in English would start. */
  function assembled() {
    const whole = syntheticRuleset();
    const part = JSON.parse(JSON.stringify(whole)) as typeof whole;
    const standIns = part.signals.map((signal) => signal.texts.label);
    for (const label of standIns) label.en = label.nl;
    useAssembledRuleset(part, rulesetHash(whole));
    return {
      whole,
      part,
      fill: () => part.signals.forEach((s, i) => (s.texts.label.en = whole.signals[i]!.texts.label.en)),
    };
  }

  it('gives assessments the hash of the whole ruleset', () => {
    const { whole, part } = assembled();
    expect(rulesetHash(part)).not.toBe(rulesetHash(JSON.parse(JSON.stringify(part))));
    expect(assessWith({ age: 15, observations: {} }, part).ruleset.hash).toBe(rulesetHash(whole));
  });

  it('is read as it is, so texts filled in after the first assessment are the ones explained', () => {
    const { whole, part, fill } = assembled();
    const observations = Object.fromEntries(whole.signals.map((signal) => [signal.id, 'clear'] as const));
    const before = explainWith(assessWith({ age: 15, observations }, part), 'en', part);
    fill();
    const after = explainWith(assessWith({ age: 15, observations }, part), 'en', part);
    expect(after).toEqual(explainWith(assessWith({ age: 15, observations }, whole), 'en', whole));
    expect(after).not.toEqual(before);
  });
});
