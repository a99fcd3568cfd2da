import type { DatedValue } from '../schema/dated.js';
import type { Strength } from '../schema/vocabulary.js';

/**
 * The date model v2 of the catalogue takes effect. Every dated value starts here: the values and
 * citations of the first edition were replaced, not continued, because its citations overclaimed.
 */
export const EDITION = '2026-12-01';

/** The date model v2.1 takes effect: strengths changed then carry a second dated value from here. */
export const EDITION_V21 = '2026-12-07';

/** A signal's default strength: the project's own grading, in the spirit of the ILO's strong / medium / weak. */
export function strength(value: Strength): DatedValue<Strength>[] {
  return [{ since: EDITION, value, sourceIds: ['AK-CALIBRATION'] }];
}

/** A strength that changed with model v2.1: the v2 value until then, the new one after (both dated and sourced). */
export function strengthChanged(before: Strength, after: Strength): DatedValue<Strength>[] {
  return [...strength(before), { since: EDITION_V21, value: after, sourceIds: ['AK-CALIBRATION'] }];
}
