import { ContactSchema, MunicipalitySchema } from './contact.js';
import { LocalizedTextSchema } from './localized-text.js';
import { NextStepSchema } from './next-step.js';
import { IdSchema, SemverSchema } from './primitives.js';
import { RuleSchema } from './rule.js';
import { AcuteSignalSchema, EvidenceSchema, EvidenceSignalSchema, RiskFactorSchema } from './signal.js';
import { SourceSchema } from './source.js';
import { YouthQuestionSchema } from './youth-question.js';
import { z, type Infer } from './zod.js';

/** New wording for a signal or risk factor; fields left out keep their text. */
export const TextPatchSchema = z.strictObject({
  label: z.optional(LocalizedTextSchema),
  question: z.optional(LocalizedTextSchema),
  examples: z.optional(z.array(LocalizedTextSchema).check(z.minLength(1))),
  parentQuestion: z.optional(LocalizedTextSchema),
  /** One question, as before v2.1, or several that each ask one thing. */
  youthQuestion: z.optional(YouthQuestionSchema),
  youthIntro: z.optional(LocalizedTextSchema),
});
export type TextPatch = Infer<typeof TextPatchSchema>;

/**
 * A signal a patch adds. `evidence` may be left out, as patches written before it existed do: such
 * a signal counts as indirect evidence, which can never make a suspicion on its own.
 */
export const PatchSignalSchema = z.discriminatedUnion('kind', [
  z.object({ ...EvidenceSignalSchema.shape, evidence: z.optional(EvidenceSchema) }),
  AcuteSignalSchema,
]);
export type PatchSignal = Infer<typeof PatchSignalSchema>;

/**
 * What a municipality (or partner) may change in a ruleset: add local contacts and signals with
 * their sources, reword texts, add next steps and rules. Nothing here can remove or weaken acute
 * signals, national contacts or 112, or let risk factors change the level.
 */
export const RulesetPatchSchema = z.strictObject({
  /** Id of the extended ruleset. Default: the base id. */
  id: z.optional(IdSchema),
  /** Version of the extended ruleset. Default: the base version with the patch id as build metadata. */
  version: z.optional(SemverSchema),
  municipalities: z.optional(z.array(MunicipalitySchema)),
  sources: z.optional(z.array(SourceSchema)),
  contacts: z.optional(
    z.strictObject({ add: z.optional(z.array(ContactSchema)), remove: z.optional(z.array(IdSchema)) }),
  ),
  signals: z.optional(
    z.strictObject({ add: z.optional(z.array(PatchSignalSchema)), remove: z.optional(z.array(IdSchema)) }),
  ),
  riskFactors: z.optional(z.strictObject({ add: z.optional(z.array(RiskFactorSchema)) })),
  texts: z.optional(z.record(IdSchema, TextPatchSchema)),
  nextSteps: z.optional(z.strictObject({ add: z.optional(z.array(NextStepSchema)) })),
  rules: z.optional(z.strictObject({ add: z.optional(z.array(RuleSchema)) })),
});
export type RulesetPatch = Infer<typeof RulesetPatchSchema>;
