import { IdSchema, IsoDateSchema } from './primitives.js';
import { z } from './zod.js';

/** What the user says of one signal: not seen, don't know, some indication, seen or told directly. */
export const ANSWERS = ['no', 'unknown', 'possible', 'clear'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Who reads the result. It chooses wording and next steps, never the level. */
export const AUDIENCES = ['professional', 'parent', 'young-person'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The ages the tool is made for, in whole years; anything else is an input error. */
export const AGE_RANGE = { min: 8, max: 27 } as const;

export const AgeSchema = z.union([z.int().check(z.gte(AGE_RANGE.min), z.lte(AGE_RANGE.max)), z.literal('unknown')]);
export type Age = z.infer<typeof AgeSchema>;

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
export type AssessmentInput = z.infer<typeof AssessmentInputSchema>;
