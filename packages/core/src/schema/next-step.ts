import { LocalizedTextSchema } from './localized-text.js';
import { AgesSchema, IdSchema, SourceIdSchema } from './primitives.js';
import { EntrySelectorSchema } from './rule.js';
import { AUDIENCES, CONTEXT_FLAGS, LEVELS } from './vocabulary.js';
import { z, type Infer } from './zod.js';

/**
 * A step that specific observations bring in: shown when an observed entry matches `observed` (or
 * the input states `context`), at `levels` (absent: any level) and for `ages` (absent: any age).
 * A trigger names `observed`, `context` or both (then both must hold).
 */
export const StepTriggerSchema = z.strictObject({
  observed: z.optional(EntrySelectorSchema),
  /** A fact of the input rather than an observation: `suspect` (arrested or a suspect of a crime). */
  context: z.optional(z.enum(CONTEXT_FLAGS)),
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
  /**
   * Steps this one makes needless or contradicts, left out when it is shown: a step that asks for
   * action today replaces "look again in a few weeks".
   */
  replaces: z.optional(z.array(IdSchema).check(z.minLength(1))),
  /**
   * The rules' own routes this step is shown on (see a rule's `route`). Absent: the step is shown
   * only when the deciding rule has no route of its own.
   */
  routes: z.optional(z.array(IdSchema).check(z.minLength(1))),
  /** Position among the steps shown together; lower first. */
  order: z.int(),
  /** Step 1–5 of the Meldcode huiselijk geweld en kindermishandeling this step belongs to. */
  meldcodeStep: z.optional(z.int().check(z.gte(1), z.lte(5))),
  title: LocalizedTextSchema,
  body: LocalizedTextSchema,
  /**
   * The title and body as written for one audience, where it needs other words than `title` and
   * `body` (one voice per audience: a parent is not told about professional secrecy).
   */
  forAudience: z.optional(
    z.strictObject({
      parent: z.optional(z.strictObject({ title: z.optional(LocalizedTextSchema), body: LocalizedTextSchema })),
      'young-person': z.optional(z.strictObject({ title: z.optional(LocalizedTextSchema), body: LocalizedTextSchema })),
    }),
  ),
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
