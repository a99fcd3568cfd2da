import { ContactSchema, MunicipalitySchema } from './contact.js';
import { ParameterSchema } from './dated.js';
import { LocalizedTextSchema } from './localized-text.js';
import { NextStepSchema } from './next-step.js';
import { IdSchema, IsoDateSchema, SemverSchema } from './primitives.js';
import { RuleSchema } from './rule.js';
import { DimensionSchema, RiskFactorSchema, SignalSchema } from './signal.js';
import { SourceSchema } from './source.js';
import { YouthGateSchema } from './youth-question.js';
import { z, type Infer } from './zod.js';

/** Which parameters play which part in scoring. The engine reads numbers only through these. */
export const ScoringSchema = z.object({
  /** Parameter ids of the weight of one clearly observed signal, per strength. */
  weights: z.object({ weak: IdSchema, medium: IdSchema, strong: IdSchema }),
  /** Parameter ids of the share of that weight an answer counts for. `no` and `unknown` count nothing. */
  factors: z.object({ possible: IdSchema, clear: IdSchema }),
  /** Parameter id of the score at which a dimension is indicated. */
  indicated: IdSchema,
  /** Parameter id of the age from which the young-adult rules apply. */
  adultAge: IdSchema,
});
export type Scoring = Infer<typeof ScoringSchema>;

/** Everything the engine evaluates: content, parameters and rules, versioned as one. */
export const RulesetSchema = z.object({
  id: IdSchema,
  version: SemverSchema,
  /** When people last reviewed the content against its sources. */
  reviewedOn: IsoDateSchema,
  name: LocalizedTextSchema,
  sources: z.array(SourceSchema),
  dimensions: z.array(DimensionSchema),
  signals: z.array(SignalSchema),
  riskFactors: z.array(RiskFactorSchema),
  parameters: z.array(ParameterSchema),
  scoring: ScoringSchema,
  rules: z.array(RuleSchema),
  nextSteps: z.array(NextStepSchema),
  contacts: z.array(ContactSchema),
  municipalities: z.array(MunicipalitySchema),
  /**
   * The youth check's gate questions, in the order it asks them, each opening the entries it names.
   * Without gates the check asks every youth question.
   */
  youthGates: z.optional(z.array(YouthGateSchema)),
});
export type Ruleset = Infer<typeof RulesetSchema>;

/** The content part of a ruleset: what `catalogue` exports for docs and widgets. */
export type Catalogue = Pick<
  Ruleset,
  'sources' | 'dimensions' | 'signals' | 'riskFactors' | 'nextSteps' | 'contacts' | 'municipalities' | 'youthGates'
>;
