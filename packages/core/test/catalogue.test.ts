import { describe, expect, it } from 'vitest';
import { catalogue, defaultRuleset, validateRuleset, valueAt } from '../src/index.js';
import { REQUIRED } from './fixtures/required-ids.js';

const entries = [...catalogue.signals, ...catalogue.riskFactors];

describe('the national catalogue', () => {
  it('validates without errors or warnings', () => {
    const result = validateRuleset(defaultRuleset, { today: defaultRuleset.reviewedOn });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each(REQUIRED.map((r) => [r.id, r] as const))(
    'holds %s with the kind, dimension, strength and sources of the brief',
    (_id, required) => {
      const entry = entries.find((e) => e.id === required.id);
      expect(entry, `${required.id} is missing`).toBeDefined();
      expect(entry?.kind).toBe(required.kind);
      if (required.dimension) expect(entry?.dimension).toBe(required.dimension);
      if (required.strength && entry?.kind !== 'risk-factor')
        expect(valueAt(entry?.strength ?? [])).toBe(required.strength);
      for (const source of required.sourceIds) expect(entry?.sourceIds).toContain(source);
    },
  );

  it('gives every signal and risk factor a label, a question and examples in Dutch and English', () => {
    for (const entry of entries) {
      const { label, question, examples } = entry.texts;
      for (const text of [label, question, ...examples]) {
        expect(text.nl.trim(), entry.id).not.toBe('');
        expect(text.en.trim(), entry.id).not.toBe('');
      }
      expect(question.nl.endsWith('?'), `${entry.id}: a question`).toBe(true);
      expect(question.en.endsWith('?'), `${entry.id}: a question`).toBe(true);
    }
  });

  it('has 8 to 12 short youth questions, written to young people directly', () => {
    const youth = entries.filter((e) => e.texts.youthQuestion);
    expect(youth.length).toBeGreaterThanOrEqual(8);
    expect(youth.length).toBeLessThanOrEqual(12);
    for (const entry of youth) {
      const q = entry.texts.youthQuestion;
      // B1: short sentences that speak to "je"/"jij", never of "de jongere".
      expect(q?.nl, entry.id).toMatch(/\b(je|jij|jou|jouw)\b/i);
      expect(q?.nl, entry.id).not.toMatch(/de jongere/);
      expect(q?.nl.split(/\s+/).length, entry.id).toBeLessThanOrEqual(20);
    }
  });

  it('shows national contacts always, and confirmed local contacts for Maastricht and Den Haag', () => {
    const national = catalogue.contacts.filter((c) => c.scope === 'national').map((c) => c.id);
    expect(national).toEqual(
      expect.arrayContaining([
        'emergency',
        'veilig-thuis',
        'police',
        'meld-misdaad-anoniem',
        'kindertelefoon',
        '113',
        'comensha',
        'ckm',
        'fier',
      ]),
    );
    for (const municipality of ['maastricht', 'den-haag']) {
      expect(
        catalogue.contacts.filter((c) => c.municipality === municipality && c.confirmed).length,
      ).toBeGreaterThanOrEqual(2);
    }
    expect(catalogue.contacts.find((c) => c.id === 'emergency')).toMatchObject({ phone: '112', protected: true });
  });

  it('never calls the young person an offender in texts a reader sees', () => {
    const texts = JSON.stringify([catalogue.signals, catalogue.riskFactors, catalogue.nextSteps]);
    expect(texts).not.toMatch(/\b(dader|offender|criminal youth|crimineel kind)\b/i);
  });
});
