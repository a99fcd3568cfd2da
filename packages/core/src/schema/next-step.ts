import { LocalizedTextSchema } from './localized-text.js';
import { IdSchema, SourceIdSchema } from './primitives.js';
import { AUDIENCES, LEVELS } from './vocabulary.js';
import { z, type Infer } from './zod.js';

/** One thing to do at a level, for an audience, in the order of the meldcode where it applies. */
export const NextStepSchema = z.object({
  id: IdSchema,
  levels: z.array(z.enum(LEVELS)).check(z.minLength(1)),
  audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1)),
  /** Position among the steps shown together; lower first. */
  order: z.int(),
  /** Step 1–5 of the Meldcode huiselijk geweld en kindermishandeling this step belongs to. */
  meldcodeStep: z.optional(z.int().check(z.gte(1), z.lte(5))),
  title: LocalizedTextSchema,
  body: LocalizedTextSchema,
  /** Contacts this step points to. */
  contactIds: z.array(IdSchema),
  sourceIds: z.array(SourceIdSchema).check(z.minLength(1)),
});
export type NextStep = Infer<typeof NextStepSchema>;
