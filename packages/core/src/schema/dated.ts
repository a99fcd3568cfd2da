import { LocalizedTextSchema } from './localized-text.js';
import { IdSchema, IsoDateSchema, SourceIdSchema } from './primitives.js';
import { z, type Infer, type core } from './zod.js';

/** A value that holds from `since` until a later entry replaces it, with the sources behind it. */
export function datedValueSchema<T extends core.SomeType>(value: T) {
  return z.object({ since: IsoDateSchema, value, sourceIds: z.array(SourceIdSchema) });
}

/** A dated value; lists of them are ordered by `since`. */
export interface DatedValue<T> {
  since: string;
  value: T;
  sourceIds: string[];
}

/** A named number the rules use (a weight, factor, threshold or age), with its history. */
export const ParameterSchema = z.object({
  id: IdSchema,
  label: LocalizedTextSchema,
  /** Why this value: the reasoning a reviewer checks. */
  rationale: LocalizedTextSchema,
  values: z.array(datedValueSchema(z.number())).check(z.minLength(1)),
});

export type Parameter = Infer<typeof ParameterSchema>;
