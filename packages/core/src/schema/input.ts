import { IsoDateSchema } from './primitives.js';
import { AGE_RANGE, ANSWERS, AUDIENCES } from './vocabulary.js';
import { z, type Infer } from './zod.js';

export const AgeSchema = z.union([z.int().check(z.gte(AGE_RANGE.min), z.lte(AGE_RANGE.max)), z.literal('unknown')]);
export type Age = Infer<typeof AgeSchema>;

/** The input of `assess`. Ids left out of `observations` count as `unknown`. */
export const AssessmentInputSchema = z.strictObject({
  age: AgeSchema,
  /**
   * For a young adult: the exploitation began before the age of majority, so the rules for minors
   * apply to it. Next steps and contacts still follow the real age.
   */
  startedAsMinor: z.optional(z.boolean()),
  /**
   * The young person has been arrested or is a suspect of a crime: brings in the step about telling
   * the (youth) lawyer about the pressure. Never changes the level.
   */
  suspect: z.optional(z.boolean()),
  observations: z.record(z.string(), z.enum(ANSWERS)),
  audience: z.optional(z.enum(AUDIENCES)),
  /** Adds this municipality's local contacts. An unknown id is a warning in the result, never an error. */
  municipality: z.optional(z.string()),
  /** Evaluate with the parameters that held on this date. Default: the newest. */
  asOf: z.optional(IsoDateSchema),
});
export type AssessmentInput = Infer<typeof AssessmentInputSchema>;
