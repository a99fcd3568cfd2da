import type { DatedValue } from '../schema/dated.js';
import type { Strength } from '../schema/vocabulary.js';

/** The date this edition of the catalogue takes effect: every first dated value starts here. */
export const FIRST_EDITION = '2026-11-23';

/** A signal's default strength as a dated, sourced value of the first edition. */
export function strength(value: Strength, sourceIds: string[]): DatedValue<Strength>[] {
  return [{ since: FIRST_EDITION, value, sourceIds }];
}
