import { describe, expect, it } from 'vitest';
import {
  catalogue,
  defaultRuleset,
  validateRuleset,
  valueAt,
  youthQuestionsOf,
  type CatalogueEntry,
} from '../src/index.js';
import { REQUIRED, REQUIRED_CONTACTS, REQUIRED_NEXT_STEPS } from './fixtures/required-ids.js';

const entries: CatalogueEntry[] = [...catalogue.signals, ...catalogue.riskFactors];
const find = (id: string) => entries.find((e) => e.id === id);

/** What a parent cannot observe: what the police see, and circumstances a parent would not be asked about. */
const NO_PARENT_QUESTION = [
  'control-coached-story',
  'control-silent-when-stopped',
  'risk-debts',
  'risk-family-problems',
  'risk-poverty',
  'risk-unaccompanied-minor',
];

describe('the national catalogue (model v2)', () => {
  it('validates without errors, warning only about the contacts end users cannot be shown yet', () => {
    const result = validateRuleset(defaultRuleset, { today: defaultRuleset.reviewedOn });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    const warned = result.warnings.map((w) => `${w.code}:${defaultRuleset.contacts[w.path[1] as number]?.id}`);
    expect(warned).toEqual([
      'unconfirmed_contact:ckm',
      'unconfirmed_contact:keerpunt',
      'unconfirmed_contact:centrum-seksueel-geweld',
      'unconfirmed_contact:den-haag-shop-jeugd',
      'unconfirmed_contact:maastricht-zorg-en-veiligheidshuis',
    ]);
  });

  it('is version 2.1 of the national ruleset, reviewed on the day model v2.1 took effect', () => {
    expect(defaultRuleset.version).toBe('2.1.0');
    expect(defaultRuleset.reviewedOn).toBe('2026-12-07');
  });

  it.each(REQUIRED.map((r) => [r.id, r] as const))(
    'holds %s with the kind, dimension, evidence, strength and sources of the brief',
    (_id, required) => {
      const entry = find(required.id);
      expect(entry, `${required.id} is missing`).toBeDefined();
      expect(entry?.kind).toBe(required.kind);
      if (required.dimension) expect(entry?.dimension).toBe(required.dimension);
      if (entry?.kind === 'signal') {
        expect(entry.evidence).toBe(required.evidence);
        expect(valueAt(entry.strength)).toBe(required.strength);
      }
      expect([...(entry?.sourceIds ?? [])].sort()).toEqual([...required.sourceIds].sort());
    },
  );

  it('gives every entry a label, a question and examples in Dutch and English', () => {
    for (const entry of entries) {
      const { label, question, examples } = entry.texts;
      for (const text of [label, question, ...examples]) {
        expect(text.nl.trim(), entry.id).not.toBe('');
        expect(text.en.trim(), entry.id).not.toBe('');
      }
      expect(question.nl.trim().endsWith('?') || question.nl.trim().endsWith('.)'), `${entry.id}: a question`).toBe(
        true,
      );
    }
  });

  it('asks a parent, in plain words about "je kind", about every signal a parent can observe', () => {
    for (const entry of entries) {
      const parent = entry.texts.parentQuestion;
      if (NO_PARENT_QUESTION.includes(entry.id)) {
        expect(parent, entry.id).toBeUndefined();
        continue;
      }
      expect(parent, `${entry.id} has no parent question`).toBeDefined();
      expect(parent?.nl, entry.id).toMatch(/\b(je kind|jullie)\b/i);
      expect(parent?.nl, entry.id).not.toMatch(/de jongere/);
      expect(parent?.nl.endsWith('?'), entry.id).toBe(true);
      expect(parent?.en, entry.id).toMatch(/\byour (child|family)\b/i);
    }
  });

  it('has short youth questions, written to young people directly and never negated', () => {
    const youth = entries.filter((e) => youthQuestionsOf(e.texts).length > 0);
    for (const entry of youth) {
      for (const q of youthQuestionsOf(entry.texts)) {
        // B1: short sentences that speak to "je"/"jij", never of "de jongere".
        expect(q.nl, entry.id).toMatch(/\b(je|jij|jou|jouw)\b/i);
        expect(q.en, entry.id).toMatch(/\b(you|your)\b/i);
        expect(q.nl, entry.id).not.toMatch(/de jongere/);
        expect(q.nl.split(/\s+/).length, entry.id).toBeLessThanOrEqual(20);
        // "Ja" must mean the signal is there: no questions about being able or free to do something.
        expect(q.nl, entry.id).not.toMatch(/\b(kun je|mag je|vrijwillig|niet kunnen)\b/i);
        // Exploitation is "iemand gebruikt je", never "misbruik"; B1 words, not "afwerken"; and not
        // "schuld", which also means guilt.
        expect(q.nl, entry.id).not.toMatch(/misbruik|afwerken|schuld/i);
      }
    }
    const aboutNow = youth.filter((e) => e.texts.youthQuestionAboutNow).map((e) => e.id);
    expect(aboutNow).toEqual(['acute-threat-to-life']);
  });

  it('keeps examples free of stereotypes of ordinary youth culture', () => {
    const examples = entries.flatMap((e) => e.texts.examples.map((x) => `${e.id}: ${x.nl} / ${x.en}`));
    for (const example of examples) {
      expect(example).not.toMatch(/capuchon|hoodie|blowen|straattaal|slang|kassa waar vaak|school waar|broers"/i);
    }
    expect(find('risk-mental-health')?.texts.label.nl).not.toMatch(/ADHD|autisme|PTSS/);
  });

  it('cites the project calibration for every weight, threshold, strength and rule, and never the ILO for a number', () => {
    for (const parameter of defaultRuleset.parameters) {
      const cites = parameter.values.flatMap((v) => v.sourceIds);
      expect(cites, parameter.id).not.toContain('ILO-2009');
      if (parameter.id !== 'adult-age') expect(cites, parameter.id).toContain('AK-CALIBRATION');
    }
    for (const rule of defaultRuleset.rules) {
      expect(rule.sourceIds, rule.id).toContain('AK-CALIBRATION');
      expect(rule.sourceIds, rule.id).not.toContain('ILO-2009');
    }
    for (const signal of defaultRuleset.signals)
      for (const value of signal.strength) expect(value.sourceIds, signal.id).toEqual(['AK-CALIBRATION']);
    expect(defaultRuleset.sources.map((s) => s.id)).toContain('AK-CALIBRATION');
  });

  it('holds every required contact and next step of the brief', () => {
    const contactIds = catalogue.contacts.map((c) => c.id);
    for (const id of REQUIRED_CONTACTS) expect(contactIds, id).toContain(id);
    const stepIds = catalogue.nextSteps.map((s) => s.id);
    for (const id of REQUIRED_NEXT_STEPS) expect(stepIds, id).toContain(id);
    expect(catalogue.contacts.find((c) => c.id === 'emergency')).toMatchObject({
      phone: '112',
      protected: true,
      alwaysShown: true,
    });
    expect(catalogue.contacts.find((c) => c.id === 'kindertelefoon')).toMatchObject({ ages: { min: 8, max: 17 } });
  });

  it('shows each municipality at least one confirmed, reachable local contact', () => {
    for (const municipality of ['maastricht', 'den-haag']) {
      const local = catalogue.contacts.filter(
        (c) => c.municipality === municipality && c.confirmed && (c.phone || c.url),
      );
      expect(local.length, municipality).toBeGreaterThanOrEqual(1);
    }
  });

  it('never calls the young person an offender, and never says "misbruik" to a young person', () => {
    const texts = JSON.stringify([catalogue.signals, catalogue.riskFactors, catalogue.nextSteps]);
    expect(texts).not.toMatch(/\b(dader|offender|criminal youth|crimineel kind)\b/i);
    const youthSteps = catalogue.nextSteps.filter((s) => s.audiences.includes('young-person'));
    expect(JSON.stringify(youthSteps)).not.toMatch(/misbruik/i);
    // Contacts a young person is sent to for talking; Helpwanted's "online seksueel misbruik" is about sexual abuse itself.
    const talkTo = youthSteps.filter((s) => s.id !== 'sextortion-help').flatMap((s) => s.contactIds);
    expect(JSON.stringify(catalogue.contacts.filter((c) => talkTo.includes(c.id)))).not.toMatch(/misbruik/i);
  });
});
