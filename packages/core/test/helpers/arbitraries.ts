import fc from 'fast-check';
import { AGE_RANGE, ANSWERS, AUDIENCES, catalogue, type Answer, type AssessmentInput } from '../../src/index.js';

export const evidenceSignals = catalogue.signals.filter((s) => s.kind === 'signal');
export const signalIds = evidenceSignals.map((s) => s.id);
export const directIds = evidenceSignals.filter((s) => s.evidence === 'direct').map((s) => s.id);
export const indirectIds = evidenceSignals.filter((s) => s.evidence === 'indirect').map((s) => s.id);
export const acuteIds = catalogue.signals.filter((s) => s.kind === 'acute').map((s) => s.id);
export const riskIds = catalogue.riskFactors.map((r) => r.id);
export const allIds = [...catalogue.signals.map((s) => s.id), ...riskIds];

export const answer = fc.constantFrom<Answer>(...ANSWERS);
export const observedAnswer = fc.constantFrom<Answer>('possible', 'clear');
export const age = fc.oneof(fc.integer({ min: AGE_RANGE.min, max: AGE_RANGE.max }), fc.constant('unknown' as const));
export const minorAge = fc.integer({ min: AGE_RANGE.min, max: 17 });
export const adultAge = fc.integer({ min: 18, max: AGE_RANGE.max });

/** Observations about a random subset of ids; ids left out count as unknown. */
export const observationsOf = (ids: readonly string[], maxKeys = 20) =>
  fc.dictionary(fc.constantFrom(...ids), answer, { maxKeys: Math.min(ids.length, maxKeys) });

/** A realistic assessment input over the whole catalogue. */
export const input = (ids: readonly string[] = allIds): fc.Arbitrary<AssessmentInput> =>
  fc.record(
    {
      age,
      startedAsMinor: fc.boolean(),
      observations: observationsOf(ids),
      audience: fc.constantFrom(...AUDIENCES),
    },
    { requiredKeys: ['age', 'observations'] },
  );

/** Strength of evidence of an answer: `no` and `unknown` weigh the same. */
export const answerRank = (a: Answer | undefined): number => (a === 'clear' ? 2 : a === 'possible' ? 1 : 0);

/** The observations without any risk factor. */
export const withoutRiskFactors = (observations: Record<string, Answer>): Record<string, Answer> =>
  Object.fromEntries(Object.entries(observations).filter(([id]) => !riskIds.includes(id)));
