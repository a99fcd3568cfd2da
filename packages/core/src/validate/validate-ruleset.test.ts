import { describe, expect, it } from 'vitest';
import { syntheticRuleset } from '../../test/helpers/synthetic-ruleset.js';
import type { Ruleset } from '../schema/ruleset.js';
import { VALIDATION_RULES } from './rules.js';
import { checkRuleset } from './check-ruleset.js';
import { validateRuleset } from './validate-ruleset.js';

const TODAY = '2026-06-01';
const codes = (ruleset: unknown) => {
  const { errors, warnings } = validateRuleset(ruleset, { today: TODAY });
  return { errors: errors.map((e) => `${e.rule}:${e.code}`), warnings: warnings.map((w) => `${w.rule}:${w.code}`) };
};
const mutate = (change: (r: Ruleset) => void) => {
  const ruleset = structuredClone(syntheticRuleset());
  change(ruleset);
  return ruleset;
};

describe('validateRuleset', () => {
  it('accepts the synthetic ruleset, warning only about its unconfirmed contact', () => {
    expect(codes(syntheticRuleset())).toEqual({ errors: [], warnings: ['contacts-confirmed:unconfirmed_contact'] });
  });

  it('names every rule it runs', () => {
    expect(VALIDATION_RULES.map((r) => r.name)).toEqual([
      'unique-ids',
      'sources-exist',
      'dated-values-sourced',
      'texts-complete',
      'references-exist',
      'risk-factor-cap',
      'acute-override',
      'next-steps-cover',
      'contacts-confirmed',
      'review-fresh',
    ]);
  });

  it('reports the shape first, naming the field in both languages', () => {
    const { errors, valid } = validateRuleset({ ...syntheticRuleset(), version: 'one' }, { today: TODAY });
    expect(valid).toBe(false);
    expect(errors).toEqual([
      expect.objectContaining({
        rule: 'schema',
        path: ['version'],
        message: expect.objectContaining({
          nl: expect.stringContaining("'version'"),
          en: expect.stringContaining("'version'"),
        }),
      }),
    ]);
  });

  it.each<[string, (r: Ruleset) => void, string]>([
    ['a duplicate id', (r) => r.signals.push(structuredClone(r.signals[0]!)), 'unique-ids:duplicate_id'],
    ['a risk factor with a signal id', (r) => (r.riskFactors[0]!.id = 'a-weak'), 'unique-ids:duplicate_id'],
    ['an unknown source', (r) => r.signals[0]!.sourceIds.push('NOPE'), 'sources-exist:unknown_source'],
    [
      'a value without a source',
      (r) => (r.parameters[0]!.values[0]!.sourceIds = []),
      'dated-values-sourced:unsourced_value',
    ],
    ['an empty English text', (r) => (r.signals[1]!.texts.label.en = ' '), 'texts-complete:missing_text'],
    ['an unknown dimension', (r) => (r.signals[1]!.dimension = 'c'), 'references-exist:unknown_reference'],
    [
      'a contact for an unknown municipality',
      (r) => (r.contacts[2]!.municipality = 'city'),
      'references-exist:unknown_reference',
    ],
    ['a level without next steps', (r) => r.nextSteps.pop(), 'next-steps-cover:missing_next_step'],
  ])('finds %s', (_what, change, expected) => {
    expect(codes(mutate(change)).errors).toContain(expected);
  });

  it('refuses rules that let risk factors alone go above attention', () => {
    const ruleset = mutate((r) => {
      r.rules.push({ ...structuredClone(r.rules[4]!), id: 'risks-suspicion', level: 'suspicion' });
    });
    const { errors } = validateRuleset(ruleset, { today: TODAY });
    expect(errors.filter((e) => e.rule === 'risk-factor-cap').map((e) => [e.path, e.code])).toEqual([
      [['rules', 6], 'risk_factors_exceed_attention'],
      [['rules', 6], 'risk_factors_exceed_cap'],
      [['rules', 6], 'risk_factors_exceed_cap'],
    ]);
  });

  it('refuses a ruleset in which an acute signal does not give acute', () => {
    expect(codes(mutate((r) => (r.rules[0]!.level = 'concern'))).errors).toContain('acute-override:acute_not_acute');
  });

  it('warns about a review or contact check older than 12 months', () => {
    const old = mutate((r) => {
      r.reviewedOn = '2025-05-31';
      r.contacts[0]!.checkedOn = '2025-01-01';
    });
    expect(codes(old).warnings).toEqual([
      'contacts-confirmed:unconfirmed_contact',
      'review-fresh:stale_review',
      'review-fresh:stale_contact',
    ]);
    expect(codes(mutate((r) => (r.reviewedOn = '2025-06-01'))).warnings).not.toContain('review-fresh:stale_review');
  });
});

describe('checkRuleset', () => {
  it('agrees with validateRuleset on well-formed rulesets', () => {
    expect(checkRuleset(syntheticRuleset(), { today: TODAY })).toEqual(
      validateRuleset(syntheticRuleset(), { today: TODAY }),
    );
    const broken = mutate((r) => r.signals[0]!.sourceIds.push('NOPE'));
    expect(checkRuleset(broken, { today: TODAY }).errors.map((e) => e.code)).toEqual(['unknown_source']);
  });

  it('names a top-level field of the wrong kind, without zod', () => {
    expect(checkRuleset({ ...syntheticRuleset(), signals: {} }).errors).toEqual([
      expect.objectContaining({
        rule: 'shape',
        path: ['signals'],
        message: { nl: "'signals' moet een lijst zijn.", en: "'signals' must be a list." },
      }),
    ]);
    expect(checkRuleset(null).errors[0]?.code).toBe('invalid_type');
  });

  it('reports a ruleset it cannot read instead of throwing', () => {
    const deep = mutate((r) => ((r.signals as unknown[])[0] = null));
    const { valid, errors } = checkRuleset(deep, { today: TODAY });
    expect(valid).toBe(false);
    expect(errors.some((e) => e.code === 'unreadable_ruleset')).toBe(true);
  });
});
