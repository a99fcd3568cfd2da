import { describe, expect, it } from 'vitest';
import { defaultRuleset } from '../src/index.js';
import { assessKey, checkPractice, firstStepChoices, practiceCases } from '../src/training/index.js';

const byId = (id: string) => practiceCases.find((c) => c.id === id)!;

describe('checkPractice', () => {
  const daan = byId('daan-parking-garage');
  const keyIds = Object.keys(daan.key.observations);

  it('sorts what was noticed into saw, missed and extra, in the key’s order', () => {
    const first = keyIds[0]!;
    const feedback = checkPractice(daan, {
      observations: ['harm-exhaustion', 'risk-poverty', first],
      level: 'suspicion',
      firstStepId: 'under-12',
    });
    expect(feedback.saw).toEqual([first, 'harm-exhaustion'].sort((a, b) => keyIds.indexOf(a) - keyIds.indexOf(b)));
    expect(feedback.missed).toEqual(keyIds.filter((id) => id !== first && id !== 'harm-exhaustion'));
    expect(feedback.extra).toEqual(['risk-poverty']);
    expect(feedback.level).toEqual({ given: 'suspicion', rules: 'suspicion', right: true });
    expect(feedback.firstStep).toEqual({ given: 'under-12', key: 'under-12', right: true });
  });

  it('gives the rules’ level and reasons for the key, whatever was answered', () => {
    const feedback = checkPractice(daan, { observations: [] });
    expect(feedback.missed).toEqual(keyIds);
    expect(feedback.level).toEqual({ given: undefined, rules: 'suspicion', right: false });
    expect(feedback.firstStep.right).toBe(false);
    expect(feedback.assessment).toEqual(assessKey(daan));
    const cited = new Set(feedback.assessment.findings.flatMap((f) => f.signalIds));
    for (const id of keyIds) expect(cited, id).toContain(id);
  });

  it('counts any first step the rules give as fitting, and a step they do not give as not', () => {
    const given = assessKey(daan).nextStepIds;
    expect(given.length).toBeGreaterThan(1);
    for (const id of given)
      expect(checkPractice(daan, { observations: [], firstStepId: id }).firstStep.right).toBe(true);
    expect(checkPractice(daan, { observations: [], firstStepId: 'keep-looking' }).firstStep.right).toBe(false);
  });

  it('marks a level other than the rules’ as not right', () => {
    expect(checkPractice(daan, { observations: keyIds, level: 'concern' }).level.right).toBe(false);
  });
});

describe('firstStepChoices', () => {
  it('offers the key’s step and steps the rules do not give for the case, for its reader', () => {
    for (const c of practiceCases) {
      const choices = firstStepChoices(c);
      const given = assessKey(c).nextStepIds;
      expect(choices, c.id).toHaveLength(4);
      expect(new Set(choices).size, c.id).toBe(4);
      expect(choices, c.id).toContain(c.key.firstStepId);
      for (const id of choices.filter((id) => id !== c.key.firstStepId)) {
        expect(given, `${c.id}: ${id}`).not.toContain(id);
        const step = defaultRuleset.nextSteps.find((s) => s.id === id)!;
        expect(step.audiences, `${c.id}: ${id}`).toContain(c.audience);
      }
    }
  });

  it('keeps one order per case, and not the same place for the key’s step in every case', () => {
    expect(firstStepChoices(byId('noa-tired-in-class'))).toEqual(firstStepChoices(byId('noa-tired-in-class')));
    const places = new Set(practiceCases.map((c) => firstStepChoices(c).indexOf(c.key.firstStepId)));
    expect(places.size).toBeGreaterThan(1);
  });
});
