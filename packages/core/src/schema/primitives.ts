import { z } from './zod.js';

/** Stable identifiers: lower-case ASCII words joined by hyphens (`activity-courier`). */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Source identifiers as the domain brief writes them: upper-case words and years (`CKM-2022`). */
export const SOURCE_ID = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

/** An id of a signal, risk factor, rule, next step, contact, municipality or parameter. */
export const IdSchema = z.string().check(z.regex(KEBAB_ID));

/** An id of a source in the ruleset's source list. */
export const SourceIdSchema = z.string().check(z.regex(SOURCE_ID));

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();

/** A semantic version, `MAJOR.MINOR.PATCH`. */
export const SemverSchema = z.string().check(z.regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/));
