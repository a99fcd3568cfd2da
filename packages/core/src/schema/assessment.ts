import { LocalizedTextSchema } from './localized-text.js';
import { IdSchema, SemverSchema, SourceIdSchema } from './primitives.js';
import { AGE_RULES, AUDIENCES, EVIDENCE, FINDING_CODES, LEVELS } from './vocabulary.js';
import { z, type Infer } from './zod.js';

/** One coded, traceable statement about an assessment: which rule, which observations, which sources. */
export const FindingSchema = z.object({
  code: z.enum(FINDING_CODES),
  ruleId: z.optional(IdSchema),
  /** The rule's reason code, for `rule_matched`. */
  reason: z.optional(z.string()),
  level: z.optional(z.enum(LEVELS)),
  dimension: z.optional(IdSchema),
  signalIds: z.array(IdSchema),
  sourceIds: z.array(SourceIdSchema),
  /** Numbers the sentence may cite: a score, a threshold, an age. */
  values: z.optional(z.record(z.string(), z.number())),
});
export type Finding = Infer<typeof FindingSchema>;

export const DimensionResultSchema = z.object({
  score: z.number(),
  indicated: z.boolean(),
  /**
   * Whether the dimension is indicated by its direct signals alone, at least one of them clear: what
   * a rule's `direct` condition asks (model v2.1).
   */
  direct: z.boolean(),
  /** Signals of this dimension answered possible or clear. */
  signalIds: z.array(IdSchema),
});
export type DimensionResult = Infer<typeof DimensionResultSchema>;

/**
 * Unknown signals that would raise the level if they turned out clear, grouped by the level they
 * would give, highest first; within a group the strongest come first.
 */
export const InformationGapSchema = z.object({
  level: z.enum(LEVELS),
  signalIds: z.array(IdSchema),
});
export type InformationGap = Infer<typeof InformationGapSchema>;

/** The ruleset an assessment was made with: enough to reproduce it. */
export const RulesetStampSchema = z.object({ id: IdSchema, version: SemverSchema, hash: z.string() });
export type RulesetStamp = Infer<typeof RulesetStampSchema>;

/**
 * Why an input, ruleset or patch was refused, or what a result warns about: where, what was
 * expected, in Dutch and English.
 */
export const IssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: LocalizedTextSchema,
  /** The closest known id, for an unknown one. */
  suggestion: z.optional(z.string()),
});
export type Issue = Infer<typeof IssueSchema>;

/** The result of `assess`: a level that explains itself. Nothing in it identifies a person. */
export const AssessmentSchema = z.object({
  level: z.enum(LEVELS),
  decidedBy: z.object({ ruleId: z.nullable(IdSchema), reason: z.string() }),
  ageRule: z.enum(AGE_RULES),
  audience: z.enum(AUDIENCES),
  /** The municipality whose local contacts were added, or `null` (none given, or not known: see `warnings`). */
  municipality: z.nullable(IdSchema),
  dimensions: z.record(z.string(), DimensionResultSchema),
  /** Every observed (possible or clear) signal with its kind of evidence. */
  evidence: z.record(z.string(), z.enum(EVIDENCE)),
  /**
   * The observed entries (signals, acute signals, risk factors) answered `possible`, not `clear`,
   * in catalogue order: every reader sees them as "misschien" ("maybe"), never as observed.
   */
  possible: z.array(IdSchema),
  /** Risk factors answered possible or clear: context, never evidence. */
  riskFactors: z.array(IdSchema),
  findings: z.array(FindingSchema),
  informationGaps: z.array(InformationGapSchema),
  nextStepIds: z.array(IdSchema),
  contactIds: z.array(IdSchema),
  /**
   * Per contact in `contactIds`, the local contact that labels it as the region's office (a
   * regional Veilig Thuis on the one national entry). Absent when there is none.
   */
  contactRegions: z.optional(z.record(z.string(), IdSchema)),
  /** What the result warns about: it is given all the same (an unknown municipality gives national contacts). */
  warnings: z.array(IssueSchema),
  ruleset: RulesetStampSchema,
});
export type Assessment = Infer<typeof AssessmentSchema>;
