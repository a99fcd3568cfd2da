import { KEBAB_ID, SEMVER, SOURCE_ID } from './vocabulary.js';
import { z } from './zod.js';

/** An id of a signal, risk factor, rule, next step, contact, municipality or parameter. */
export const IdSchema = z.string().check(z.regex(KEBAB_ID));

/** An id of a source in the ruleset's source list. */
export const SourceIdSchema = z.string().check(z.regex(SOURCE_ID));

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.isoDate();

/** A semantic version, `MAJOR.MINOR.PATCH`. */
export const SemverSchema = z.string().check(z.regex(SEMVER));
