import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUDIENCES,
  LEVELS,
  assess,
  catalogue,
  guidance,
  levelRank,
  type Ages,
  type Assessment,
  type AssessmentInput,
  type Audience,
} from '../src/index.js';
import { adultAge, age, allIds, input, minorAge, observationsOf } from './helpers/arbitraries.js';

// Routes v2 (section 5 of the brief and contacts.md): next steps by level × audience × age group,
// plus the steps specific observations bring in; contacts only for the ages and audiences they serve.
const RUNS = { numRuns: 1000 };
const contact = (id: string) => catalogue.contacts.find((c) => c.id === id);
const step = (id: string) => catalogue.nextSteps.find((s) => s.id === id);
const audience = fc.constantFrom<Audience>(...AUDIENCES);
const run = (i: AssessmentInput) => assess(i);
const steps = (result: Assessment) => result.nextStepIds;

describe('next steps and contacts by age', () => {
  it('never shows the Kindertelefoon, or any contact, to someone outside the ages it serves', () => {
    fc.assert(
      fc.property(input(), (i) => {
        const result = run(i);
        const years = i.age === 'unknown' ? 17 : i.age;
        for (const id of result.contactIds) {
          const c = contact(id);
          const ages = c?.ages;
          // Outside its ages only when one of its triggers holds (Veilig Thuis with the huiselijke kring).
          const triggered = (c?.triggers ?? []).some((t) =>
            (t.observed?.ids ?? []).some((x) => ['possible', 'clear'].includes(i.observations[x] ?? '')),
          );
          if (ages && !triggered)
            expect(years >= (ages.min ?? 0) && years <= (ages.max ?? 99), `${id} at ${i.age}`).toBe(true);
        }
        if (i.age !== 'unknown' && i.age >= 18) expect(result.contactIds).not.toContain('kindertelefoon');
      }),
      RUNS,
    );
  });

  it('shows a contact only to the audiences it serves, and only when it is confirmed and reachable', () => {
    fc.assert(
      fc.property(input(), (i) => {
        for (const id of run(i).contactIds) {
          const c = contact(id);
          expect(c?.confirmed, id).toBe(true);
          expect(Boolean(c?.phone || c?.url), id).toBe(true);
          if (c?.audiences) expect(c.audiences, id).toContain(i.audience ?? 'professional');
        }
      }),
      RUNS,
    );
  });

  it('shows 112 in every result', () => {
    fc.assert(
      fc.property(input(), (i) => {
        expect(run(i).contactIds).toContain('emergency');
      }),
      RUNS,
    );
  });

  it('tells a professional to report to Veilig Thuis only about a minor, or when the exploiter is in the domestic circle', () => {
    fc.assert(
      fc.property(input(), (i) => {
        const result = run(i);
        if (!steps(result).includes('report-veilig-thuis')) return;
        const minor = i.age === 'unknown' || i.age < 18;
        const closeCircle = ['possible', 'clear'].includes(i.observations['recruit-close-circle'] ?? 'no');
        expect(minor || closeCircle).toBe(true);
      }),
      RUNS,
    );
  });

  it('routes a suspicion about a young adult to the police or CoMensha, and about a minor to Veilig Thuis', () => {
    const facts = { 'activity-courier': 'clear', 'control-debt': 'clear' } as const;
    const adult = run({ age: 20, observations: facts });
    expect(adult.level).toBe('suspicion');
    expect(steps(adult)).toContain('report-adult-exploitation');
    expect(steps(adult)).not.toContain('report-veilig-thuis');
    expect(adult.contactIds).toEqual(expect.arrayContaining(['police', 'comensha']));
    const minor = run({ age: 15, observations: facts });
    expect(steps(minor)).toContain('report-veilig-thuis');
    expect(steps(minor)).not.toContain('report-adult-exploitation');
    const family = run({ age: 20, observations: { ...facts, 'recruit-close-circle': 'clear' } });
    expect(steps(family)).toEqual(expect.arrayContaining(['report-veilig-thuis', 'close-circle-involved']));
  });

  it('never tells a professional to go to the police or CoMensha about a young adult without consent', () => {
    const forAdults = (ages: Ages | undefined) => ages?.max === undefined || ages.max >= 18;
    const shownToAdults = catalogue.nextSteps.filter(
      (s) =>
        s.audiences.includes('professional') &&
        s.contactIds.some((id) => id === 'police' || id === 'comensha') &&
        ((s.levels.some((level) => level !== 'acute') && forAdults(s.ages)) ||
          (s.triggers ?? []).some((trigger) => forAdults(trigger.ages))),
    );
    expect(shownToAdults.length).toBeGreaterThan(3);
    for (const s of shownToAdults) {
      expect(s.body.nl, s.id).toMatch(/toestemming|anoniem/);
      expect(s.body.en, s.id).toMatch(/consent|anonymous/);
    }
  });

  it('gives a parent of a young adult their own route, and Veilig Thuis to a parent of a minor', () => {
    const facts = { 'activity-drug-dealing': 'clear' } as const;
    const adult = run({ age: 19, observations: facts, audience: 'parent' });
    expect(adult.level).toBe('concern');
    expect(steps(adult)).toContain('parent-adult-child');
    expect(steps(adult)).not.toContain('parent-contact-veilig-thuis');
    const minor = run({ age: 14, observations: facts, audience: 'parent' });
    expect(steps(minor)).toContain('parent-contact-veilig-thuis');
    expect(steps(minor)).not.toContain('parent-adult-child');
    const suspicion = run({
      age: 14,
      observations: { ...facts, 'recruit-older-contacts': 'clear' },
      audience: 'parent',
    });
    expect(steps(suspicion)).toContain('parent-after-report');
  });

  it('treats a child under 12 with criminal activity as a child-protection case', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6, max: 27 }),
        fc.constantFrom(
          ...catalogue.signals
            .filter((s) => s.kind === 'signal' && s.evidence === 'direct' && s.dimension === 'activity')
            .map((s) => s.id),
        ),
        fc.constantFrom<Audience>('professional', 'parent'),
        (years, id, reader) => {
          const result = run({ age: years, observations: { [id]: 'possible' }, audience: reader });
          expect(steps(result).includes('under-12')).toBe(years < 12);
        },
      ),
      RUNS,
    );
  });
});

describe('steps that observations bring in', () => {
  it('puts 113 first when suicide talk is the only acute signal, and 112 first otherwise', () => {
    for (const reader of AUDIENCES) {
      const alone = run({ age: 15, observations: { 'acute-suicide-risk': 'clear' }, audience: reader });
      expect(alone.level).toBe('acute');
      expect(steps(alone)[0]).toBe('suicide-help');
      expect(alone.contactIds).toContain('113');
      const withThreat = run({
        age: 15,
        observations: { 'acute-suicide-risk': 'clear', 'acute-threat-to-life': 'clear' },
        audience: reader,
      });
      expect(steps(withThreat)[0]).toBe(reader === 'young-person' ? 'youth-call-112' : 'call-112');
      expect(steps(withThreat)).toContain('suicide-help');
    }
  });

  it('sends images used as pressure to Helpwanted, for every audience', () => {
    fc.assert(
      fc.property(
        age,
        audience,
        fc.constantFrom('possible', 'clear') as fc.Arbitrary<'possible' | 'clear'>,
        (a, reader, x) => {
          const result = run({ age: a, observations: { 'control-images': x }, audience: reader });
          expect(steps(result)).toContain('sextortion-help');
          expect(result.contactIds).toContain('helpwanted');
        },
      ),
      RUNS,
    );
  });

  it('asks for every missing episode to be reported, for professionals and parents', () => {
    for (const id of ['harm-missing', 'acute-missing-in-danger'])
      for (const reader of ['professional', 'parent'] as const)
        expect(steps(run({ age: 16, observations: { [id]: 'clear' }, audience: reader }))).toContain('missing-report');
  });

  it('tells a parent not to pay a "debt", and everyone after an arrest to tell the lawyer', () => {
    expect(steps(run({ age: 16, observations: { 'control-debt': 'clear' }, audience: 'parent' }))).toContain(
      'parent-do-not-pay',
    );
    for (const reader of AUDIENCES)
      expect(
        steps(run({ age: 17, observations: { 'activity-arrested-with-others': 'clear' }, audience: reader })),
      ).toContain('arrested-lawyer');
  });

  it('involves the police already at concern for threats, violence or violent jobs', () => {
    for (const id of ['control-threats', 'control-violence', 'activity-violent-jobs']) {
      const result = run({ age: 19, observations: { [id]: 'clear' } });
      expect(result.level).toBe('concern');
      expect(steps(result)).toContain('involve-police');
    }
    expect(steps(run({ age: 19, observations: { 'control-debt': 'clear' } }))).not.toContain('involve-police');
  });

  it('keeps the family out when someone in the domestic circle is involved', () => {
    const result = run({ age: 16, observations: { 'recruit-close-circle': 'clear' }, audience: 'parent' });
    expect(steps(result)).toContain('close-circle-involved');
  });

  it('adds advice about circumstances only when risk factors are there and nothing else is', () => {
    expect(steps(run({ age: 13, observations: { 'risk-debts': 'clear' } }))).toEqual(['keep-looking', 'stay-alert']);
    expect(steps(run({ age: 13, observations: {} }))).toEqual(['keep-looking']);
  });
});

describe('next steps by level and audience', () => {
  it('gives a professional all five meldcode steps at suspicion, and informing before reporting', () => {
    const result = run({ age: 14, observations: { 'activity-courier': 'clear', 'recruit-gifts': 'clear' } });
    expect(result.level).toBe('suspicion');
    const meldcode = steps(result).flatMap((id) => step(id)?.meldcodeStep ?? []);
    expect([...new Set(meldcode)].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(steps(result)).toEqual(expect.arrayContaining(['inform-before-reporting', 'professional-secrecy']));
  });

  it('asks a professional to consult now at concern, and to write down and look again at attention', () => {
    expect(steps(run({ age: 15, observations: { 'activity-courier': 'clear' } }))).toEqual(
      expect.arrayContaining(['ask-expert-advice', 'weigh-the-risk', 'professional-secrecy']),
    );
    expect(steps(run({ age: 15, observations: { 'harm-secrecy': 'clear' } }))).toEqual(
      expect.arrayContaining(['map-signals', 'follow-up', 'consult-colleague', 'talk-with-young-person']),
    );
  });

  it('gives every level, audience and age at least one step, and a young person always the private-window tip', () => {
    for (const level of LEVELS)
      for (const reader of AUDIENCES)
        for (const years of [8, 11, 15, 'unknown', 18, 25] as const) {
          const { nextStepIds } = guidance({ level, audience: reader, age: years });
          expect(nextStepIds.length, `${level} ${reader} ${years}`).toBeGreaterThan(0);
          if (reader === 'young-person') expect(nextStepIds).toContain('youth-private-browsing');
        }
  });

  it('keeps a parent in touch with their child at every level above none', () => {
    fc.assert(
      fc.property(age, observationsOf(allIds), (a, observations) => {
        const result = run({ age: a, observations, audience: 'parent' });
        if (levelRank(result.level) > 0) expect(steps(result)).toContain('parent-stay-in-touch');
      }),
      RUNS,
    );
  });

  it('gives a young person the same level as anyone, but only young-person steps', () => {
    fc.assert(
      fc.property(fc.oneof(minorAge, adultAge), observationsOf(allIds), (a, observations) => {
        const young = run({ age: a, observations, audience: 'young-person' });
        expect(young.level).toBe(run({ age: a, observations }).level);
        for (const id of steps(young)) expect(step(id)?.audiences, id).toContain('young-person');
      }),
      RUNS,
    );
  });
});

describe('municipalities', () => {
  it('gives an unknown municipality a result with national contacts and a warning, never an error', () => {
    const result = run({ age: 15, observations: { 'acute-threat-to-life': 'clear' }, municipality: 'atlantis' });
    expect(result.level).toBe('acute');
    expect(result.contactIds).toContain('emergency');
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'unknown_municipality', path: ['municipality'] }),
    ]);
    expect(result.municipality).toBeNull();
  });

  it('adds a known municipality’s confirmed, reachable contacts, and never one it cannot show', () => {
    const result = run({ age: 15, observations: { 'activity-courier': 'clear' }, municipality: 'den-haag' });
    expect(result.municipality).toBe('den-haag');
    expect(result.contactIds).not.toContain('den-haag-shop-jeugd');
    // v2.1: one entry per number. The regional Veilig Thuis labels the national entry, never a second card.
    expect(result.contactIds).toContain('veilig-thuis');
    expect(result.contactIds).not.toContain('den-haag-veilig-thuis-haaglanden');
    expect(result.contactRegions).toEqual({ 'veilig-thuis': 'den-haag-veilig-thuis-haaglanden' });
    const phones = result.contactIds.map((id) => contact(id)?.phone).filter(Boolean);
    expect(new Set(phones).size).toBe(phones.length);
    expect(run({ age: 15, observations: { 'activity-courier': 'clear' } }).contactRegions).toBeUndefined();
    const maastricht = run({ age: 15, observations: {}, municipality: 'maastricht' });
    expect(maastricht.contactIds).not.toContain('maastricht-zorg-en-veiligheidshuis');
  });
});
