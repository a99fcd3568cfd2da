import { IdSchema, IsoDateSchema } from './primitives.js';
import { AGE_RANGE, ANSWERS, AUDIENCES } from './vocabulary.js';
import { z, type Infer } from './zod.js';

export const AgeSchema = z.union([z.int().check(z.gte(AGE_RANGE.min), z.lte(AGE_RANGE.max)), z.literal('unknown')]);
export type Age = Infer<typeof AgeSchema>;

/** The input of `assess`. Ids left out of `observations` count as `unknown`. */
export const AssessmentInputSchema = z.strictObject({
  age: AgeSchema,
  observations: z.record(z.string(), z.enum(ANSWERS)),
  audience: z.optional(z.enum(AUDIENCES)),
  /** Adds this municipality's local contacts (and local signals) to the result. */
  municipality: z.optional(IdSchema),
  /** Evaluate with the parameters that held on this date. Default: the newest. */
  asOf: z.optional(IsoDateSchema),
});
export type AssessmentInput = Infer<typeof AssessmentInputSchema>;
