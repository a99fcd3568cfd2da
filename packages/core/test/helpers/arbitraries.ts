import fc from 'fast-check';
import { ANSWERS, AUDIENCES, catalogue, type Answer, type AssessmentInput } from '../../src/index.js';

export const signalIds = catalogue.signals.filter((s) => s.kind === 'signal').map((s) => s.id);
export const acuteIds = catalogue.signals.filter((s) => s.kind === 'acute').map((s) => s.id);
export const riskIds = catalogue.riskFactors.map((r) => r.id);
export const allIds = [...catalogue.signals.map((s) => s.id), ...riskIds];

export const answer = fc.constantFrom<Answer>(...ANSWERS);
export const age = fc.oneof(fc.integer({ min: 8, max: 27 }), fc.constant('unknown' as const));

/** Observations about a random subset of ids; ids left out count as unknown. */
export const observationsOf = (ids: readonly string[]) =>
  fc.dictionary(fc.constantFrom(...ids), answer, { maxKeys: Math.min(ids.length, 20) });

/** A realistic assessment input over the whole catalogue. */
export const input = (ids: readonly string[] = allIds): fc.Arbitrary<AssessmentInput> =>
  fc.record(
    { age, observations: observationsOf(ids), audience: fc.constantFrom(...AUDIENCES) },
    { requiredKeys: ['age', 'observations'] },
  );

/** Strength of evidence of an answer: `no` and `unknown` weigh the same. */
export const answerRank = (a: Answer | undefined): number => (a === 'clear' ? 2 : a === 'possible' ? 1 : 0);
