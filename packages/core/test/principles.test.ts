import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, catalogue, defaultRuleset, levelRank, type Answer, type AssessmentInput } from '../src/index.js';
import { rulesetHash } from '../src/engine/compile.js';
import {
  acuteIds,
  age,
  allIds,
  answer,
  answerRank,
  input,
  observationsOf,
  riskIds,
  signalIds,
} from './helpers/arbitraries.js';

// Every principle of section 4 of the domain brief, as a property over the default ruleset.
const RUNS = { numRuns: 1000 };
const rank = (i: AssessmentInput) => levelRank(assess(i).level);
const strengthOf = (id: string) => catalogue.signals.find((s) => s.id === id)?.strength.at(-1)?.value;
const dimensionOf = (id: string) => catalogue.signals.find((s) => s.id === id)?.dimension;

describe('principles of the assessment model', () => {
  it('1. is monotone: answering any signal more strongly never lowers the level', () => {
    fc.assert(
      fc.property(input(), fc.constantFrom(...allIds), answer, answer, (base, id, a, b) => {
        const [lower, higher] = answerRank(a) <= answerRank(b) ? [a, b] : [b, a];
        const low = rank({ ...base, observations: { ...base.observations, [id]: lower } });
        const high = rank({ ...base, observations: { ...base.observations, [id]: higher } });
        expect(high).toBeGreaterThanOrEqual(low);
      }),
      RUNS,
    );
  });

  it('2. is deterministic and independent of the order of observations', () => {
    fc.assert(
      fc.property(input(), fc.integer(), (base, seed) => {
        const entries = Object.entries(base.observations);
        const shuffled = entries
          .map((entry, i) => [entry, Math.sin(seed + i)] as const)
          .sort((x, y) => x[1] - y[1])
          .map(([entry]) => entry);
        expect(assess({ ...base, observations: Object.fromEntries(shuffled) })).toEqual(assess(base));
        expect(assess(base)).toEqual(assess(structuredClone(base)));
      }),
      RUNS,
    );
  });

  it('3. scores unknown the same as no, but lists unknowns as information gaps', () => {
    fc.assert(
      fc.property(input(), (base) => {
        const asNo = Object.fromEntries(
          Object.entries(base.observations).map(([id, a]) => [id, a === 'unknown' ? 'no' : a]),
        );
        const withUnknown = assess(base);
        const withNo = assess({ ...base, observations: asNo });
        expect(withUnknown.level).toBe(withNo.level);
        expect(withUnknown.dimensions).toEqual(withNo.dimensions);
        const gapIds = new Set(withNo.informationGaps.flatMap((g) => g.signalIds));
        for (const [id, a] of Object.entries(base.observations))
          if (a === 'unknown') expect(gapIds.has(id)).toBe(false);
      }),
      RUNS,
    );
  });

  it('4. never lets risk factors alone go above attention, whatever their number', () => {
    fc.assert(
      fc.property(age, observationsOf(riskIds), (a, observations) => {
        expect(rank({ age: a, observations })).toBeLessThanOrEqual(levelRank('attention'));
      }),
      RUNS,
    );
  });

  it('4. lets risk factors raise attention to concern at most, never anything else', () => {
    fc.assert(
      fc.property(age, observationsOf([...signalIds, ...acuteIds]), observationsOf(riskIds), (a, signals, risks) => {
        const without = rank({ age: a, observations: signals });
        const withRisks = rank({ age: a, observations: { ...signals, ...risks } });
        const allowed =
          withRisks === without ||
          (without === levelRank('attention') && withRisks === levelRank('concern')) ||
          (without === levelRank('none') && withRisks === levelRank('attention'));
        expect(allowed).toBe(true);
      }),
      RUNS,
    );
  });

  it('5. indicates a dimension exactly when its score reaches the threshold', () => {
    fc.assert(
      fc.property(input(), (i) => {
        for (const result of Object.values(assess(i).dimensions)) expect(result.indicated).toBe(result.score >= 2);
      }),
      RUNS,
    );
  });

  it('5. treats an unknown age as a minor', () => {
    fc.assert(
      fc.property(observationsOf(allIds), fc.integer({ min: 8, max: 17 }), (observations, minorAge) => {
        const unknown = assess({ age: 'unknown', observations });
        expect(unknown.level).toBe(assess({ age: minorAge, observations }).level);
        expect(unknown.ageRule).toBe('unknown-treated-as-minor');
      }),
      RUNS,
    );
  });

  it('5. gives a minor a suspicion for activity plus recruitment, control or harm, and a young adult only with control', () => {
    fc.assert(
      fc.property(input(), (i) => {
        const result = assess(i);
        const indicated = (d: string) => result.dimensions[d]?.indicated === true;
        const activityPlus = indicated('activity') && ['recruitment', 'control', 'harm'].some(indicated);
        if (result.ageRule !== 'young-adult' && activityPlus)
          expect(levelRank(result.level)).toBeGreaterThanOrEqual(levelRank('suspicion'));
        if (result.ageRule === 'young-adult') {
          if (indicated('activity') && indicated('control'))
            expect(levelRank(result.level)).toBeGreaterThanOrEqual(levelRank('suspicion'));
          if (!indicated('control') && result.level !== 'acute')
            expect(levelRank(result.level)).toBeLessThanOrEqual(levelRank('concern'));
        }
      }),
      RUNS,
    );
  });

  it('6. gives acute for any acute signal answered possible or clear', () => {
    fc.assert(
      fc.property(
        input(),
        fc.constantFrom(...acuteIds),
        fc.constantFrom<Answer>('possible', 'clear'),
        (base, id, a) => {
          expect(assess({ ...base, observations: { ...base.observations, [id]: a } }).level).toBe('acute');
        },
      ),
      RUNS,
    );
  });

  it('7. keeps a single weak signal, with or without risk factors, at attention at most', () => {
    const weak = signalIds.filter((id) => strengthOf(id) === 'weak');
    fc.assert(
      fc.property(age, fc.constantFrom(...weak), answer, observationsOf(riskIds), (a, id, x, risks) => {
        expect(rank({ age: a, observations: { ...risks, [id]: x } })).toBeLessThanOrEqual(levelRank('attention'));
      }),
      RUNS,
    );
  });

  it('7. makes a single clear strong signal of activity or control at least concern', () => {
    const strong = signalIds.filter(
      (id) => strengthOf(id) === 'strong' && ['activity', 'control'].includes(dimensionOf(id) ?? ''),
    );
    expect(strong.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(age, fc.constantFrom(...strong), (a, id) => {
        expect(rank({ age: a, observations: { [id]: 'clear' } })).toBeGreaterThanOrEqual(levelRank('concern'));
      }),
      RUNS,
    );
  });

  it('7. gives at least attention for any observed signal', () => {
    fc.assert(
      fc.property(
        input(),
        fc.constantFrom(...signalIds),
        fc.constantFrom<Answer>('possible', 'clear'),
        (base, id, a) => {
          expect(rank({ ...base, observations: { ...base.observations, [id]: a } })).toBeGreaterThanOrEqual(
            levelRank('attention'),
          );
        },
      ),
      RUNS,
    );
  });

  it('8. names the deciding rule, the observations and sources behind it, and the ruleset', () => {
    const ruleIds = new Set(defaultRuleset.rules.map((r) => r.id));
    const sourceIds = new Set(defaultRuleset.sources.map((s) => s.id));
    fc.assert(
      fc.property(input(), (i) => {
        const result = assess(i);
        expect(result.ruleset).toEqual({
          id: defaultRuleset.id,
          version: defaultRuleset.version,
          hash: rulesetHash(defaultRuleset),
        });
        if (result.level === 'none') return;
        expect(ruleIds.has(result.decidedBy.ruleId ?? '')).toBe(true);
        const decisive = result.findings.find((f) => f.code === 'rule_matched' && f.ruleId === result.decidedBy.ruleId);
        expect(decisive?.level).toBe(result.level);
        for (const finding of result.findings) {
          for (const id of finding.sourceIds) expect(sourceIds.has(id)).toBe(true);
          for (const id of finding.signalIds) expect(['possible', 'clear']).toContain(i.observations[id]);
        }
      }),
      RUNS,
    );
  });
});
