import type { DatedValue } from '../schema/dated.js';
import type { Strength } from '../schema/vocabulary.js';

/**
 * The date model v2 of the catalogue takes effect. Every dated value starts here: the values and
 * citations of the first edition were replaced, not continued, because its citations overclaimed.
 */
export const EDITION = '2026-12-01';

/** A signal's default strength: the project's own grading, in the spirit of the ILO's strong / medium / weak. */
export function strength(value: Strength): DatedValue<Strength>[] {
  return [{ since: EDITION, value, sourceIds: ['AK-CALIBRATION'] }];
}
