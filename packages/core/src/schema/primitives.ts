import { AGE_RANGE, KEBAB_ID, SEMVER, SOURCE_ID } from './vocabulary.js';
import { z, type Infer } from './zod.js';

/** An id of a signal, risk factor, rule, next step, contact, municipality or parameter. */
export const IdSchema = z.string().check(z.regex(KEBAB_ID, { error: 'id' }));

/** An id of a source in the ruleset's source list. */
export const SourceIdSchema = z.string().check(z.regex(SOURCE_ID, { error: 'source_id' }));

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.isoDate();

/** A semantic version, `MAJOR.MINOR.PATCH`. */
export const SemverSchema = z.string().check(z.regex(SEMVER, { error: 'semver' }));

const wholeAge = z.int().check(z.gte(AGE_RANGE.min), z.lte(AGE_RANGE.max));

/**
 * The ages a contact serves or a next step is meant for, in whole years, both ends included; an end
 * left out is open. An unknown age is read as a minor: it matches a span that includes the age just
 * under the age of majority.
 */
export const AgesSchema = z
  .strictObject({ min: z.optional(wholeAge), max: z.optional(wholeAge) })
  .check(z.describe('Ages served, in whole years, both ends included; a missing end is open.'));
export type Ages = Infer<typeof AgesSchema>;
