import { LocalizedTextSchema } from './localized-text.js';
import { IdSchema, SourceIdSchema } from './primitives.js';
import {
  AGE_GROUPS,
  ANSWER_THRESHOLDS,
  AUDIENCES,
  EVIDENCE,
  LEVELS,
  RULE_KINDS,
  SIGNAL_KINDS,
  STRENGTHS,
} from './vocabulary.js';
import { z, type Infer } from './zod.js';

const selectorFields = {
  /** Only entries of these dimensions. */
  dimensions: z.optional(z.array(IdSchema)),
  /** Only entries at least this strong. Risk factors have no strength and never match. */
  minStrength: z.optional(z.enum(STRENGTHS)),
  /** Only signals of this kind of evidence. Acute signals and risk factors have none and never match. */
  evidence: z.optional(z.enum(EVIDENCE)),
  /** Only these entries. */
  ids: z.optional(z.array(IdSchema).check(z.minLength(1))),
};

/**
 * Which signals a rule counts. Every field narrows; an empty selector counts every signal and
 * acute signal. Risk factors cannot be selected: they never change the level.
 */
export const SelectorSchema = z.strictObject({ kinds: z.optional(z.array(z.enum(RULE_KINDS))), ...selectorFields });
export type Selector = Infer<typeof SelectorSchema>;

/** Which observed entries trigger a next step: like {@link SelectorSchema}, and risk factors too. */
export const EntrySelectorSchema = z.strictObject({
  kinds: z.optional(z.array(z.enum(SIGNAL_KINDS))),
  ...selectorFields,
});
export type EntrySelector = Infer<typeof EntrySelectorSchema>;

/**
 * Holds when at least `min` selected signals (a parameter id; absent means one) are answered at
 * least `answer`. With `alone`, also only when no signal or acute signal outside the selection is
 * observed (possible or clear): for a result that is about that one thing only.
 */
export const CountConditionSchema = z.strictObject({
  type: z.literal('count'),
  select: SelectorSchema,
  answer: z.enum(ANSWER_THRESHOLDS),
  min: z.optional(IdSchema),
  alone: z.optional(z.boolean()),
});
export type CountCondition = Infer<typeof CountConditionSchema>;

/**
 * Holds when the selected observed signals together weigh at least the parameter `min`: each its
 * strength's weight, times the share of its answer.
 */
export const ScoreConditionSchema = z.strictObject({
  type: z.literal('score'),
  select: SelectorSchema,
  min: IdSchema,
});
export type ScoreCondition = Infer<typeof ScoreConditionSchema>;

/**
 * Holds when at least `min` (a parameter id; absent means one) of `dimensions` are indicated: their
 * score reaches the scoring's `indicated` threshold. With `direct`, a dimension counts only when its
 * direct signals alone reach the threshold and at least one of them is answered clear: a possible
 * direct sign propped up by indirect ones indicates the dimension, but not directly.
 */
export const IndicatedConditionSchema = z.strictObject({
  type: z.literal('indicated'),
  dimensions: z.array(IdSchema).check(z.minLength(1)),
  min: z.optional(IdSchema),
  direct: z.optional(z.boolean()),
});
export type IndicatedCondition = Infer<typeof IndicatedConditionSchema>;

/** One condition of a rule. */
export const ConditionSchema = z.discriminatedUnion('type', [
  CountConditionSchema,
  ScoreConditionSchema,
  IndicatedConditionSchema,
]);
export type Condition = Infer<typeof ConditionSchema>;

/**
 * One rule of a ruleset: data the engine evaluates without knowing what it is about. It gives its
 * `level` when the young person is in one of `ageGroups` (absent: any) and every condition in
 * `when` holds. The level of an assessment is the highest level any rule gives.
 */
export const RuleSchema = z.strictObject({
  id: IdSchema,
  /** The level this rule gives when it matches. */
  level: z.enum(LEVELS),
  /** A snake_case code that explanations render as a sentence. */
  reason: z.string().check(z.regex(/^[a-z]+(?:_[a-z]+)*$/, { error: 'reason' })),
  /** What it means when this rule matches, in plain words: the sentence `explain` shows. */
  explanation: LocalizedTextSchema,
  /** A heading this rule gives the result for an audience, instead of the level's name. */
  heading: z.optional(z.partialRecord(z.enum(AUDIENCES), LocalizedTextSchema)),
  ageGroups: z.optional(z.array(z.enum(AGE_GROUPS)).check(z.minLength(1))),
  when: z.array(ConditionSchema).check(z.minLength(1)),
  sourceIds: z.array(SourceIdSchema).check(z.minLength(1)),
  /**
   * A route of its own: when this rule decides the level, only the next steps whose `routes` name
   * it are shown (a result about suicide talk alone carries no exploitation steps).
   */
  route: z.optional(IdSchema),
});
export type Rule = Infer<typeof RuleSchema>;
