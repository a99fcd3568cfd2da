import { LocalizedTextSchema } from './localized-text.js';
import { IdSchema, SourceIdSchema } from './primitives.js';
import { AGE_GROUPS, ANSWER_THRESHOLDS, LEVELS, SIGNAL_KINDS, STRENGTHS } from './vocabulary.js';
import { z, type Infer } from './zod.js';

/** Which catalogue entries a rule counts. Every field narrows; an empty selector counts all. */
export const SelectorSchema = z.object({
  kinds: z.optional(z.array(z.enum(SIGNAL_KINDS))),
  dimensions: z.optional(z.array(IdSchema)),
  minStrength: z.optional(z.enum(STRENGTHS)),
});
export type Selector = Infer<typeof SelectorSchema>;

/** A count of selected entries answered at least at a threshold. `min` names a parameter; absent means one. */
export const CountConditionSchema = z.object({
  select: SelectorSchema,
  answer: z.enum(ANSWER_THRESHOLDS),
  min: z.optional(IdSchema),
});
export type CountCondition = Infer<typeof CountConditionSchema>;

const ruleBase = {
  id: IdSchema,
  /** The level this rule gives when it matches. */
  level: z.enum(LEVELS),
  /** A snake_case code that explanations render as a sentence. */
  reason: z.string().check(z.regex(/^[a-z]+(?:_[a-z]+)*$/)),
  /** What it means when this rule matches, in plain words: the sentence `explain` shows. */
  explanation: LocalizedTextSchema,
  sourceIds: z.array(SourceIdSchema).check(z.minLength(1)),
};

/** Matches when enough selected entries are observed: "any acute signal", "two risk factors". */
export const CountRuleSchema = z.object({ ...ruleBase, type: z.literal('count'), when: CountConditionSchema });

/** Matches when one of the dimensions scores at least the parameter `min`. */
export const ScoreRuleSchema = z.object({
  ...ruleBase,
  type: z.literal('score'),
  dimensions: z.optional(z.array(IdSchema)),
  min: IdSchema,
});

/**
 * Matches when, for a young person in one of `ageGroups`, every dimension in `all` is indicated
 * (its score reaches the scoring's `indicated` threshold) and, when `any` is given, at least
 * `anyMin` of those (a parameter id; absent means one).
 */
export const IndicatedRuleSchema = z.object({
  ...ruleBase,
  type: z.literal('indicated'),
  ageGroups: z.array(z.enum(AGE_GROUPS)).check(z.minLength(1)),
  all: z.array(IdSchema),
  any: z.optional(z.array(IdSchema)),
  anyMin: z.optional(IdSchema),
});

/**
 * Raises a result that other rules put at `from` to this rule's level when every condition in
 * `when` holds. How context (risk factors) may raise attention, and no further.
 */
export const RaiseRuleSchema = z.object({
  ...ruleBase,
  type: z.literal('raise'),
  from: z.enum(LEVELS),
  when: z.array(CountConditionSchema).check(z.minLength(1)),
});

/** One rule of a ruleset: data the engine evaluates without knowing what it is about. */
export const RuleSchema = z.discriminatedUnion('type', [
  CountRuleSchema,
  ScoreRuleSchema,
  IndicatedRuleSchema,
  RaiseRuleSchema,
]);
export type Rule = Infer<typeof RuleSchema>;
export type CountRule = Infer<typeof CountRuleSchema>;
export type ScoreRule = Infer<typeof ScoreRuleSchema>;
export type IndicatedRule = Infer<typeof IndicatedRuleSchema>;
export type RaiseRule = Infer<typeof RaiseRuleSchema>;
