import { LocalizedTextSchema } from './localized-text.js';
import { AgesSchema, IdSchema, SourceIdSchema } from './primitives.js';
import { EntrySelectorSchema } from './rule.js';
import { AUDIENCES, LEVELS } from './vocabulary.js';
import { z, type Infer } from './zod.js';

/**
 * A step that specific observations bring in: shown when an observed entry matches `observed`, at
 * `levels` (absent: any level) and for `ages` (absent: any age).
 */
export const StepTriggerSchema = z.strictObject({
  observed: EntrySelectorSchema,
  levels: z.optional(z.array(z.enum(LEVELS)).check(z.minLength(1))),
  ages: z.optional(AgesSchema),
});
export type StepTrigger = Infer<typeof StepTriggerSchema>;

/**
 * One thing to do, for some audiences. It is shown at `levels` for `ages` (absent: any age), and
 * also whenever one of its `triggers` holds. Among the steps shown, lower `order` comes first, in
 * the order of the meldcode where it applies.
 */
export const NextStepSchema = z.object({
  id: IdSchema,
  /** The levels at which the step is always shown (for `ages`). Empty for a step only triggers bring in. */
  levels: z.array(z.enum(LEVELS)),
  audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1)),
  /** The ages `levels` applies to; absent means every age. Triggers name their own ages. */
  ages: z.optional(AgesSchema),
  /** Observations that bring the step in, whatever `levels` says. */
  triggers: z.optional(z.array(StepTriggerSchema).check(z.minLength(1))),
  /**
   * Put the step first when the observations its triggers select are all that decided the level:
   * the 113 step leads when suicide talk is the only acute signal.
   */
  leads: z.optional(z.boolean()),
  /** Position among the steps shown together; lower first. */
  order: z.int(),
  /** Step 1–5 of the Meldcode huiselijk geweld en kindermishandeling this step belongs to. */
  meldcodeStep: z.optional(z.int().check(z.gte(1), z.lte(5))),
  title: LocalizedTextSchema,
  body: LocalizedTextSchema,
  /** Contacts this step points to. */
  contactIds: z.array(IdSchema),
  sourceIds: z.array(SourceIdSchema).check(z.minLength(1)),
  /**
   * The patch that added the step, set by `extendRuleset` whatever the patch says. In an acute
   * result a patch's steps come after the ruleset's own.
   */
  addedBy: z.optional(IdSchema),
});
export type NextStep = Infer<typeof NextStepSchema>;
