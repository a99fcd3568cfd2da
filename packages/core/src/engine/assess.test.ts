import { describe, expect, it } from 'vitest';
import { syntheticRuleset } from '../../test/helpers/synthetic-ruleset.js';
import type { Ruleset } from '../schema/ruleset.js';
import { assessWith, safeAssessWith } from './assess.js';
import { AssessmentInputError } from './errors.js';

const ruleset = syntheticRuleset();
const run = (
  observations: Record<string, string>,
  age: number | 'unknown' = 15,
  extra: object = {},
  rs: Ruleset = ruleset,
) => assessWith({ age, observations, ...extra } as Parameters<typeof assessWith>[0], rs);

describe('assess on a synthetic ruleset', () => {
  it('gives none with a nothing_observed finding when nothing is observed', () => {
    const result = run({});
    expect(result.level).toBe('none');
    expect(result.decidedBy).toEqual({ ruleId: null, reason: 'nothing_observed' });
    expect(result.findings.map((f) => f.code)).toEqual(['nothing_observed']);
  });

  it('scores possible at half and clear at full weight, unknown and no at nothing', () => {
    const result = run({ 'a-strong': 'possible', 'a-medium': 'clear', 'a-weak': 'unknown', 'b-medium': 'no' });
    expect(result.dimensions['a']).toEqual({ score: 3.5, indicated: true, signalIds: ['a-strong', 'a-medium'] });
    expect(result.dimensions['b']).toEqual({ score: 0, indicated: false, signalIds: [] });
  });

  it('lets the acute rule override everything', () => {
    const result = run({ danger: 'possible', 'a-weak': 'clear' });
    expect(result.level).toBe('acute');
    expect(result.decidedBy).toEqual({ ruleId: 'acute', reason: 'acute' });
    expect(result.informationGaps).toEqual([]);
  });

  it('applies the minor rule under the adult age and for an unknown age, not from it on', () => {
    const both = { 'a-medium': 'clear', 'b-medium': 'possible', 'a-weak': 'possible' };
    expect(run({ ...both, 'b-medium': 'clear' }, 17).level).toBe('suspicion');
    expect(run({ ...both, 'b-medium': 'clear' }, 'unknown')).toMatchObject({
      level: 'suspicion',
      ageRule: 'unknown-treated-as-minor',
    });
    expect(run({ ...both, 'b-medium': 'clear' }, 18)).toMatchObject({ level: 'concern', ageRule: 'young-adult' });
  });

  it('raises attention to concern with a clear medium signal and a risk factor, and no further', () => {
    expect(run({ 'a-medium': 'clear' }).level).toBe('attention');
    const raised = run({ 'a-medium': 'clear', 'r-one': 'possible' });
    expect(raised.level).toBe('concern');
    expect(raised.decidedBy.ruleId).toBe('raise-with-risk');
    expect(run({ 'a-weak': 'clear', 'r-one': 'clear', 'r-two': 'clear' }).level).toBe('attention');
  });

  it('keeps risk factors alone at attention and lists them apart from evidence', () => {
    const result = run({ 'r-one': 'clear', 'r-two': 'clear' });
    expect(result.level).toBe('attention');
    expect(result.riskFactors).toEqual(['r-one', 'r-two']);
    expect(result.findings.map((f) => f.code)).toEqual(['rule_matched', 'risk_factors_present', 'risk_factors_only']);
  });

  it('lists unknown signals that would raise the level, grouped by the level they would give', () => {
    const result = run({ 'a-medium': 'clear', 'a-weak': 'no' });
    expect(result.informationGaps).toEqual([
      { level: 'acute', signalIds: ['danger'] },
      { level: 'suspicion', signalIds: ['b-medium'] },
      { level: 'concern', signalIds: ['r-one', 'r-two'] },
    ]);
  });

  it('traces every matched rule to its observations and sources', () => {
    const result = run({ 'a-medium': 'clear', 'b-medium': 'clear' });
    const minor = result.findings.find((f) => f.ruleId === 'minor-a-and-b');
    expect(minor).toEqual({
      code: 'rule_matched',
      ruleId: 'minor-a-and-b',
      reason: 'minor',
      level: 'suspicion',
      signalIds: ['a-medium', 'b-medium'],
      sourceIds: ['SRC'],
    });
    expect(result.ruleset).toEqual({
      id: 'synthetic',
      version: '0.1.0',
      hash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
  });

  it('chooses next steps by level and audience, and contacts by municipality and audience', () => {
    const result = run({ 'a-weak': 'clear' }, 15, { audience: 'parent', municipality: 'town' });
    expect(result.nextStepIds).toEqual(['step-attention']);
    // The town desk is for professionals only; the unconfirmed contact is never shown.
    expect(result.contactIds).toEqual(['hotline']);
    expect(run({}, 15, { municipality: 'town' }).contactIds).toEqual(['hotline', 'town-desk']);
  });

  it('uses the parameters that held on asOf', () => {
    const dated = syntheticRuleset();
    const indicated = dated.parameters.find((p) => p.id === 'indicated');
    indicated?.values.push({ since: '2025-01-01', value: 3, sourceIds: ['SRC'] });
    const answers = { 'a-medium': 'clear', 'b-medium': 'clear' };
    expect(run(answers, 15, { asOf: '2024-12-31' }, dated).level).toBe('suspicion');
    expect(run(answers, 15, {}, dated).level).toBe('concern');
  });

  it('refuses an asOf before the first dated values, naming the date', () => {
    const result = safeAssessWith({ age: 15, observations: {}, asOf: '2019-12-31' }, ruleset);
    expect(result).toMatchObject({ ok: false, issues: [{ path: ['asOf'], code: 'as_of_too_early' }] });
  });

  it('is deterministic and does not depend on the order of observations', () => {
    const forward = run({ 'a-medium': 'clear', 'b-medium': 'possible', 'r-one': 'clear' });
    const backward = run({ 'r-one': 'clear', 'b-medium': 'possible', 'a-medium': 'clear' });
    expect(backward).toEqual(forward);
    expect(run({ 'a-medium': 'clear', 'b-medium': 'possible', 'r-one': 'clear' })).toEqual(forward);
  });

  it('throws an AssessmentInputError with every issue, and safeAssess returns them', () => {
    const input = { age: 40, observations: { 'a-strnog': 'clear', 'a-weak': 'yes' } };
    expect(() => assessWith(input as never, ruleset)).toThrow(AssessmentInputError);
    const result = safeAssessWith(input, ruleset);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.path, i.code, i.suggestion])).toEqual([
        [['age'], 'invalid_age', undefined],
        [['observations', 'a-strnog'], 'unknown_signal', 'a-strong'],
        [['observations', 'a-weak'], 'invalid_answer', undefined],
      ]);
    }
  });
});
