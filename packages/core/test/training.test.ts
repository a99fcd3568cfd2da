import { describe, expect, it } from 'vitest';
import { assess, defaultRuleset } from '../src/index.js';
import {
  PRACTICE_SETTINGS,
  PracticeCaseSchema,
  YOUTH_TRICKS,
  YouthScenarioSchema,
  practiceCases,
  youthScenarios,
  type PracticeCase,
} from '../src/training/index.js';

const signalIds = new Set(defaultRuleset.signals.map((s) => s.id));
const riskFactorIds = new Set(defaultRuleset.riskFactors.map((r) => r.id));
const evidenceOf = (id: string) => {
  const signal = defaultRuleset.signals.find((s) => s.id === id);
  return signal?.kind === 'signal' ? signal.evidence : signal?.kind;
};
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const assessed = (c: PracticeCase) => assess({ age: c.age, observations: c.key.observations, audience: c.audience });

describe('practice cases for professionals and parents', () => {
  it('are valid, with unique ids, at least twelve', () => {
    expect(practiceCases.length).toBeGreaterThanOrEqual(12);
    for (const c of practiceCases) expect(PracticeCaseSchema.safeParse(c).success, c.id).toBe(true);
    expect(new Set(practiceCases.map((c) => c.id)).size).toBe(practiceCases.length);
  });

  it.each(practiceCases.map((c) => [c.id, c] as const))(
    '%s: its key uses catalogue ids, and assess gives its level and its first step',
    (_, c) => {
      for (const id of Object.keys(c.key.observations))
        expect(signalIds.has(id) || riskFactorIds.has(id), `${c.id}: ${id}`).toBe(true);
      const assessment = assessed(c);
      expect(assessment.level).toBe(c.key.level);
      expect(assessment.nextStepIds).toContain(c.key.firstStepId);
    },
  );

  it('tell each story in 80 to 150 words, in Dutch and in English, with every text filled', () => {
    for (const c of practiceCases) {
      for (const locale of ['nl', 'en'] as const) {
        const count = words(c.story[locale]);
        expect(count, `${c.id} (${locale}): ${count} words`).toBeGreaterThanOrEqual(80);
        expect(count, `${c.id} (${locale}): ${count} words`).toBeLessThanOrEqual(150);
        for (const text of [c.title, c.reflection]) expect(text[locale].trim().length).toBeGreaterThan(0);
      }
    }
  });

  it('cover every setting and the ages 11 to 20, with cases where nothing is wrong and cases that look like offending', () => {
    expect(new Set(practiceCases.map((c) => c.setting))).toEqual(new Set(PRACTICE_SETTINGS));
    const ages = practiceCases.map((c) => c.age);
    expect(Math.min(...ages)).toBeLessThanOrEqual(11);
    expect(Math.max(...ages)).toBeGreaterThanOrEqual(20);
    // Nothing wrong: the rules give no more than attention, and nothing is direct evidence.
    const nothingWrong = practiceCases.filter((c) => ['none', 'attention'].includes(c.key.level));
    expect(nothingWrong.length).toBeGreaterThanOrEqual(3);
    for (const c of nothingWrong)
      for (const id of Object.keys(c.key.observations)) expect(evidenceOf(id), `${c.id}: ${id}`).toBe('indirect');
    expect(practiceCases.filter((c) => c.looksLikeOffender).length).toBeGreaterThanOrEqual(2);
    expect(practiceCases.some((c) => c.audience === 'parent')).toBe(true);
  });
});

describe('youth scenarios ("Herken de truc")', () => {
  it('are valid, with unique ids, at least six, and teach every trick', () => {
    expect(youthScenarios.length).toBeGreaterThanOrEqual(6);
    for (const s of youthScenarios) expect(YouthScenarioSchema.safeParse(s).success, s.id).toBe(true);
    expect(new Set(youthScenarios.map((s) => s.id)).size).toBe(youthScenarios.length);
    expect(new Set(youthScenarios.map((s) => s.trick))).toEqual(new Set(YOUTH_TRICKS));
  });

  it('offer at each step at least one safe choice and one that is not, each with feedback', () => {
    for (const s of youthScenarios)
      for (const step of s.steps) {
        expect(
          step.choices.some((c) => c.good),
          s.id,
        ).toBe(true);
        expect(
          step.choices.some((c) => !c.good),
          s.id,
        ).toBe(true);
        for (const c of step.choices)
          for (const l of ['nl', 'en'] as const) expect(c.feedback[l].length).toBeGreaterThan(20);
      }
  });

  it('never blame the young person in the feedback', () => {
    const blame = /eigen schuld|had je moeten|je bent dom|your own fault|you should have|you are stupid/i;
    for (const s of youthScenarios)
      for (const step of s.steps)
        for (const c of step.choices) expect(c.feedback.nl + c.feedback.en).not.toMatch(blame);
  });

  it('keep the Dutch short, as B1 asks: no sentence over 20 words', () => {
    const texts = youthScenarios.flatMap((s) => [
      s.explanation.nl,
      ...s.steps.flatMap((step) => [
        step.question.nl,
        ...step.messages.map((m) => m.text.nl),
        ...step.choices.flatMap((c) => [c.text.nl, c.feedback.nl]),
      ]),
    ]);
    for (const text of texts)
      for (const sentence of text.split(/(?<=[.!?:])\s+/)) expect(words(sentence), sentence).toBeLessThanOrEqual(20);
  });

  it('link each trick to signals of the catalogue', () => {
    for (const s of youthScenarios)
      for (const id of s.signalIds) expect(signalIds.has(id), `${s.id}: ${id}`).toBe(true);
  });
});
