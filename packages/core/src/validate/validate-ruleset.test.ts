import { describe, expect, it } from 'vitest';
import { syntheticRuleset } from '../../test/helpers/synthetic-ruleset.js';
import type { Rule } from '../schema/rule.js';
import type { Ruleset } from '../schema/ruleset.js';
import { checkRuleset } from './check-ruleset.js';
import { VALIDATION_RULES } from './rules.js';
import { validateRuleset } from './validate-ruleset.js';

const TODAY = '2026-06-01';
// The synthetic ruleset is not about the Netherlands: it has no national safety floor to keep.
const OPTIONS = { today: TODAY, floor: false } as const;
const codes = (ruleset: unknown) => {
  const { errors, warnings } = validateRuleset(ruleset, OPTIONS);
  return { errors: errors.map((e) => `${e.rule}:${e.code}`), warnings: warnings.map((w) => `${w.rule}:${w.code}`) };
};
const mutate = (change: (r: Ruleset) => void) => {
  const ruleset = structuredClone(syntheticRuleset());
  change(ruleset);
  return ruleset;
};
const text = (word: string) => ({ nl: word, en: word });
const addRule = (r: Ruleset, rule: Omit<Rule, 'explanation' | 'sourceIds' | 'reason'>) =>
  r.rules.push({ explanation: text('x'), sourceIds: ['SRC'], reason: 'added', ...rule });

describe('validateRuleset', () => {
  it('accepts the synthetic ruleset, warning only about contacts end users cannot be shown', () => {
    expect(codes(syntheticRuleset())).toEqual({
      errors: [],
      warnings: ['contacts-shown:unconfirmed_contact', 'contacts-shown:unreachable_contact'],
    });
  });

  it('names every rule it runs', () => {
    expect(VALIDATION_RULES.map((r) => r.name)).toEqual([
      'safety-floor',
      'always-shown-national',
      'links-safe',
      'unique-ids',
      'sources-exist',
      'dated-values-sourced',
      'texts-complete',
      'evidence-declared',
      'references-exist',
      'route-references',
      'youth-gates',
      'compiles',
      'acute-override',
      'indirect-never-suspicion',
      'single-weak-signal',
      'next-steps-cover',
      'contacts-shown',
      'review-fresh',
    ]);
  });

  it('reports the shape first, naming the field in both languages', () => {
    const { errors, valid } = validateRuleset({ ...syntheticRuleset(), version: 'one' }, OPTIONS);
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
    ['a text of a zero-width space', (r) => (r.signals[1]!.texts.label.nl = '\u200B'), 'texts-complete:missing_text'],
    ['an unknown dimension', (r) => (r.signals[1]!.dimension = 'c'), 'references-exist:unknown_reference'],
    [
      'a contact for an unknown municipality',
      (r) => (r.contacts[3]!.municipality = 'city'),
      'references-exist:unknown_reference',
    ],
    [
      'a level without next steps',
      (r) => (r.nextSteps = r.nextSteps.filter((s) => s.id !== 'step-none')),
      'next-steps-cover:missing_next_step',
    ],
    ['a step that is never shown', (r) => (r.nextSteps[0]!.levels = []), 'next-steps-cover:step_never_shown'],
    [
      'a step that replaces an unknown step',
      (r) => (r.nextSteps[0]!.replaces = ['ghost']),
      'route-references:unknown_reference',
    ],
    ['a step on a route no rule has', (r) => (r.nextSteps[0]!.routes = ['nowhere']), 'route-references:unknown_route'],
    ['a trigger that names nothing', (r) => (r.nextSteps[0]!.triggers = [{}]), 'route-references:empty_trigger'],
    [
      'a national contact labelled as a region',
      (r) => (r.contacts[0]!.regionOf = r.contacts[0]!.id),
      'route-references:invalid_region_of',
    ],
    [
      'a rule that names a risk factor',
      (r) =>
        addRule(r, {
          id: 'risky',
          level: 'attention',
          when: [{ type: 'count', select: { ids: ['r-one'] }, answer: 'observed' }],
        }),
      'references-exist:risk_factor_in_rule',
    ],
    [
      'a rule that names an unknown signal',
      (r) =>
        addRule(r, {
          id: 'ghost',
          level: 'attention',
          when: [{ type: 'count', select: { ids: ['a-ghost'] }, answer: 'observed' }],
        }),
      'references-exist:unknown_reference',
    ],
    [
      'a rule that makes indirect evidence a suspicion',
      (r) =>
        addRule(r, {
          id: 'indirect-suspicion',
          level: 'suspicion',
          when: [{ type: 'score', select: { evidence: 'indirect' }, min: 'indicated' }],
        }),
      'indirect-never-suspicion:indirect_exceeds_concern',
    ],
    [
      'a rule that takes one weak signal above attention',
      (r) =>
        addRule(r, {
          id: 'weak-concern',
          level: 'concern',
          when: [{ type: 'count', select: { minStrength: 'weak' }, answer: 'clear' }],
        }),
      'single-weak-signal:weak_signal_exceeds_attention',
    ],
    [
      'an acute signal that does not give acute',
      (r) => (r.rules[0]!.level = 'concern'),
      'acute-override:acute_not_acute',
    ],
    ['a parameter without a value', (r) => (r.scoring.indicated = 'nothing'), 'references-exist:unknown_reference'],
  ])('finds %s', (_what, change, expected) => {
    expect(codes(mutate(change)).errors).toContain(expected);
  });

  it('reports a ruleset that does not compile under compiles, and skips the rules that evaluate it', () => {
    const { errors } = validateRuleset(
      mutate((r) => (r.scoring.indicated = 'nothing')),
      OPTIONS,
    );
    expect(errors.filter((e) => e.rule === 'compiles').map((e) => [e.path, e.code])).toEqual([
      [['scoring', 'indicated'], 'missing_parameter'],
    ]);
    expect(errors.some((e) => e.rule === 'acute-override')).toBe(false);
  });

  it('warns about a review older than 12 months, and a contact check older than 6', () => {
    const old = mutate((r) => {
      r.reviewedOn = '2025-05-31';
      r.contacts[0]!.checkedOn = '2025-01-01';
    });
    expect(codes(old).warnings).toEqual([
      'contacts-shown:unconfirmed_contact',
      'contacts-shown:unreachable_contact',
      'review-fresh:stale_review',
      'review-fresh:stale_contact',
    ]);
    expect(codes(mutate((r) => (r.reviewedOn = '2025-06-01'))).warnings).not.toContain('review-fresh:stale_review');
    const contactAt = (checkedOn: string) => codes(mutate((r) => (r.contacts[0]!.checkedOn = checkedOn))).warnings;
    // Six months before 2026-06-01 is 2025-12-01.
    expect(contactAt('2025-11-30')).toContain('review-fresh:stale_contact');
    expect(contactAt('2025-12-01')).not.toContain('review-fresh:stale_contact');
  });
});

describe('checkRuleset', () => {
  it('agrees with validateRuleset on well-formed rulesets', () => {
    expect(checkRuleset(syntheticRuleset(), OPTIONS)).toEqual(validateRuleset(syntheticRuleset(), OPTIONS));
    const broken = mutate((r) => r.signals[0]!.sourceIds.push('NOPE'));
    expect(checkRuleset(broken, OPTIONS).errors.map((e) => e.code)).toEqual(['unknown_source']);
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

  it('finds a signal without evidence, and an acute signal with one, which the schema would catch', () => {
    const broken = mutate((r) => {
      delete (r.signals[0] as { evidence?: string }).evidence;
      (r.signals.at(-1) as { evidence?: string }).evidence = 'direct';
    });
    expect(checkRuleset(broken, OPTIONS).errors.map((e) => [e.rule, e.code, e.path])).toEqual([
      ['evidence-declared', 'invalid_evidence', ['signals', 0, 'evidence']],
      ['evidence-declared', 'invalid_evidence', ['signals', 6, 'evidence']],
    ]);
  });

  it('reports a ruleset it cannot read instead of throwing', () => {
    const deep = mutate((r) => ((r.signals as unknown[])[0] = null));
    const { valid, errors } = checkRuleset(deep, OPTIONS);
    expect(valid).toBe(false);
    expect(errors.some((e) => e.code === 'unreadable_ruleset')).toBe(true);
  });
});
