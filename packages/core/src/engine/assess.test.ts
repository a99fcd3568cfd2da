import { describe, expect, it } from 'vitest';
import { syntheticRuleset } from '../../test/helpers/synthetic-ruleset.js';
import { AssessmentInputError } from '../internal/errors.js';
import type { Ruleset } from '../schema/ruleset.js';
import { assessWith, safeAssessWith } from './assess.js';

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
    expect(result.warnings).toEqual([]);
  });

  it('scores possible at half and clear at full weight, unknown and no at nothing, and marks direct evidence', () => {
    const result = run({ 'a-strong': 'possible', 'a-hint': 'clear', 'a-weak': 'unknown', 'b-medium': 'no' });
    // Indicated, but not directly: the direct signal alone weighs 1.5 and none is clear.
    expect(result.dimensions['a']).toEqual({
      score: 3.5,
      indicated: true,
      direct: false,
      signalIds: ['a-strong', 'a-hint'],
    });
    expect(run({ 'a-medium': 'clear' }).dimensions['a']?.direct).toBe(true);
    expect(result.dimensions['b']).toEqual({ score: 0, indicated: false, direct: false, signalIds: [] });
    expect(result.evidence).toEqual({ 'a-strong': 'direct', 'a-hint': 'indirect' });
  });

  it('lets the acute rule override everything', () => {
    const result = run({ danger: 'possible', 'a-weak': 'clear' });
    expect(result.level).toBe('acute');
    expect(result.decidedBy).toEqual({ ruleId: 'acute', reason: 'acute' });
    expect(result.informationGaps).toEqual([]);
  });

  it('counts a dimension as indicated by direct evidence only when its direct signals alone reach the threshold, one of them clear', () => {
    // `a` indicated by indirect signals only: no suspicion, however much evidence.
    expect(run({ 'a-hint': 'clear', 'a-weak': 'clear', 'b-medium': 'clear' }).level).toBe('concern');
    expect(run({ 'a-medium': 'clear', 'b-medium': 'clear' }).level).toBe('suspicion');
    // A possible direct signal propped up by an indirect one indicates `a`, but not directly.
    expect(run({ 'a-medium': 'possible', 'a-hint': 'clear', 'b-medium': 'clear' }).level).not.toBe('suspicion');
    // Possible direct signals alone reach the threshold, but none is clear: not directly either.
    expect(run({ 'a-medium': 'possible', 'a-strong': 'possible', 'b-medium': 'clear' }).level).not.toBe('suspicion');
    // One clear direct signal with a possible one that together reach it: directly.
    expect(run({ 'a-strong': 'possible', 'a-medium': 'clear', 'b-medium': 'clear' }).level).toBe('suspicion');
  });

  it('gives a rule with an `alone` condition only when nothing outside its selection is observed', () => {
    const alone: Ruleset = {
      ...ruleset,
      rules: [
        {
          id: 'danger-alone',
          level: 'acute',
          reason: 'danger_alone',
          explanation: { nl: 'Alleen gevaar.', en: 'Danger alone.' },
          when: [{ type: 'count', select: { ids: ['danger'] }, answer: 'observed', alone: true }],
          sourceIds: ruleset.rules[0]?.sourceIds ?? [],
        },
        ...ruleset.rules,
      ],
    };
    expect(run({ danger: 'possible' }, 15, {}, alone).decidedBy.ruleId).toBe('danger-alone');
    expect(run({ danger: 'clear', 'a-weak': 'no' }, 15, {}, alone).decidedBy.ruleId).toBe('danger-alone');
    expect(run({ danger: 'clear', 'a-weak': 'possible' }, 15, {}, alone).decidedBy.ruleId).toBe('acute');
  });

  it('applies the minor rule under the adult age, for an unknown age and for a young adult who started as a minor', () => {
    const answers = { 'a-medium': 'clear', 'b-medium': 'clear' };
    expect(run(answers, 17).level).toBe('suspicion');
    expect(run(answers, 'unknown')).toMatchObject({ level: 'suspicion', ageRule: 'unknown-treated-as-minor' });
    expect(run(answers, 18)).toMatchObject({ level: 'attention', ageRule: 'young-adult' });
    expect(run(answers, 20, { startedAsMinor: true })).toMatchObject({
      level: 'suspicion',
      ageRule: 'started-as-minor',
    });
    expect(run(answers, 15, { startedAsMinor: true }).ageRule).toBe('minor');
    // A young adult needs direct evidence in both dimensions.
    expect(run({ 'a-medium': 'clear', 'b-direct': 'clear' }, 20).level).toBe('suspicion');
  });

  it('never lets risk factors change the level, and lists them apart from evidence', () => {
    const result = run({ 'r-one': 'clear', 'r-two': 'clear' });
    expect(result.level).toBe('none');
    expect(result.riskFactors).toEqual(['r-one', 'r-two']);
    expect(result.findings.map((f) => f.code)).toEqual(['risk_factors_present', 'risk_factors_only']);
    expect(run({ 'a-hint': 'clear', 'r-one': 'clear' }).level).toBe(run({ 'a-hint': 'clear' }).level);
  });

  it('says when all observed evidence is indirect', () => {
    expect(run({ 'a-hint': 'clear' }).findings.map((f) => f.code)).toContain('indirect_only');
    expect(run({ 'a-medium': 'clear' }).findings.map((f) => f.code)).not.toContain('indirect_only');
  });

  it('lists unknown signals that would raise the level, grouped by level, the strongest first', () => {
    const result = run({ 'a-medium': 'clear', 'a-weak': 'no' });
    expect(result.informationGaps).toEqual([
      { level: 'acute', signalIds: ['danger'] },
      { level: 'suspicion', signalIds: ['b-direct', 'b-medium'] },
      { level: 'concern', signalIds: ['a-strong'] },
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

  it('chooses next steps by level, audience and age, and contacts by municipality, audience and age', () => {
    const result = run({ 'a-weak': 'clear' }, 15, { audience: 'parent', municipality: 'town' });
    expect(result.nextStepIds).toEqual(['step-attention']);
    // The town desk is for professionals only; unconfirmed and unreachable contacts are never shown.
    expect(result.contactIds).toEqual(['hotline']);
    expect(run({}, 15, { municipality: 'town' }).contactIds).toEqual(['hotline', 'town-desk']);
    const minorSuspicion = run({ 'a-medium': 'clear', 'b-medium': 'clear' }, 15);
    expect(minorSuspicion.nextStepIds).toEqual(['step-suspicion', 'step-minor']);
    const adultSuspicion = run({ 'a-medium': 'clear', 'b-direct': 'clear' }, 20);
    expect(adultSuspicion.nextStepIds).toEqual(['step-suspicion']);
  });

  it('brings in triggered steps, and puts a leading step first when its trigger decided the level', () => {
    expect(run({ danger: 'clear' }).nextStepIds).toEqual(['step-danger', 'step-acute']);
    expect(run({ danger: 'clear' }).contactIds).toEqual(['hotline', 'kids-line']);
    // Ages of a contact are a hard limit: a young adult never sees the children's line.
    expect(run({ danger: 'clear' }, 20).contactIds).toEqual(['hotline']);
    expect(run({ 'r-one': 'clear' }).nextStepIds).toEqual(['step-none', 'step-risk']);
    expect(run({ 'r-one': 'clear' }, 15, { audience: 'parent' }).nextStepIds).toEqual(['step-none']);
  });

  it('gives a result with a warning for an unknown municipality, with national contacts only', () => {
    const result = run({ 'a-weak': 'clear' }, 15, { municipality: 'twon' });
    expect(result.level).toBe('attention');
    expect(result.municipality).toBeNull();
    expect(result.contactIds).toEqual(['hotline']);
    expect(result.warnings).toEqual([
      {
        path: ['municipality'],
        code: 'unknown_municipality',
        suggestion: 'town',
        message: {
          nl: 'Gemeente "twon" is niet bekend in deze regels: de uitkomst toont alleen landelijke contacten. Bedoel je \'town\'?',
          en: 'Municipality "twon" is not known in these rules: the result shows national contacts only. Did you mean \'town\'?',
        },
      },
    ]);
  });

  it('uses the parameters that held on asOf', () => {
    const dated = syntheticRuleset();
    const indicated = dated.parameters.find((p) => p.id === 'indicated');
    indicated?.values.push({ since: '2025-01-01', value: 3, sourceIds: ['SRC'] });
    const answers = { 'a-medium': 'clear', 'b-medium': 'clear' };
    expect(run(answers, 15, { asOf: '2024-12-31' }, dated).level).toBe('suspicion');
    expect(run(answers, 15, {}, dated).level).toBe('attention');
  });

  it('refuses an asOf before the first dated values, naming the date', () => {
    const result = safeAssessWith({ age: 15, observations: {}, asOf: '2019-12-31' }, ruleset);
    expect(result).toMatchObject({ ok: false, issues: [{ path: ['asOf'], code: 'as_of_too_early' }] });
  });

  it('is deterministic and does not depend on the order of observations', () => {
    const forward = run({ 'a-medium': 'clear', 'b-medium': 'possible', 'r-one': 'clear' });
    const backward = run({ 'r-one': 'clear', 'b-medium': 'possible', 'a-medium': 'clear' });
    expect(backward).toEqual(forward);
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

  it('gives issues instead of throwing for a ruleset it cannot evaluate', () => {
    const broken = syntheticRuleset({ scoring: { ...ruleset.scoring, indicated: 'missing' } });
    const result = safeAssessWith({ age: 15, observations: {} }, broken);
    expect(result).toMatchObject({ ok: false, issues: [{ path: ['ruleset', 'scoring', 'indicated'] }] });
    for (const junk of [null, [], {}, 'ruleset']) {
      const junkResult = safeAssessWith({ age: 15, observations: {} }, junk as never);
      expect(junkResult).toMatchObject({ ok: false, issues: [{ path: ['ruleset'], code: 'unreadable_ruleset' }] });
    }
  });

  it('gives the same result when an assessment runs inside another (no shared scratch state)', () => {
    const outer = { 'a-medium': 'clear', 'b-medium': 'clear' };
    const expected = run(outer);
    let nested: ReturnType<typeof run> | undefined;
    const observations = {
      'a-medium': 'clear',
      get 'b-medium'() {
        nested = run({ danger: 'clear' });
        return 'clear';
      },
    };
    expect(run(observations as never)).toEqual(expected);
    expect(nested?.level).toBe('acute');
  });
});
