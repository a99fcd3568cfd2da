import { datedValueSchema } from './dated.js';
import { LocalizedTextSchema } from './localized-text.js';
import { IdSchema, SourceIdSchema } from './primitives.js';
import { CONTEXT_DIMENSION, EVIDENCE, STRENGTHS } from './vocabulary.js';
import { YouthQuestionSchema } from './youth-question.js';
import { z, type Infer } from './zod.js';

/** The texts a person reads about one signal or risk factor. */
export const SignalTextsSchema = z.object({
  /** Short name, as in a list or a result. */
  label: LocalizedTextSchema,
  /** A question a professional can answer: no, don't know, possibly, clearly. */
  question: LocalizedTextSchema,
  /** "What this can look like": concrete situations. */
  examples: z.array(LocalizedTextSchema).check(z.minLength(1)),
  /**
   * The question in plain (B1) words for a parent or other adult close to the young person ("je
   * kind"), for what a parent can observe. The check shows a parent these questions first.
   */
  parentQuestion: z.optional(LocalizedTextSchema),
  /**
   * The question in short, simple (B1) words for the youth check, asked so that "Ja" means the
   * signal is there. Never a negated question. Several questions when one would ask two things:
   * each asks one, and the entry's answer is the highest of them (`clear` > `possible` > `no` >
   * `unknown`, see `highestYouthAnswer`).
   */
  youthQuestion: z.optional(YouthQuestionSchema),
  /**
   * One line the youth check shows before this entry's questions, such as "Sommige vragen gaan over
   * seks; je mag ze overslaan."
   */
  youthIntro: z.optional(LocalizedTextSchema),
  /** The youth questions ask about this moment ("Ben je nu in gevaar?"): the check offers no "Soms". */
  youthQuestionAboutNow: z.optional(
    z.boolean().check(z.describe('The youth question is about this moment: no "sometimes" answer is offered.')),
  ),
});
export type SignalTexts = Infer<typeof SignalTextsSchema>;

const signalFields = {
  id: IdSchema,
  /** One of the ruleset's evidence dimensions. */
  dimension: IdSchema,
  /** Default strength, dated and sourced: a change needs a source and a date. */
  strength: z.array(datedValueSchema(z.enum(STRENGTHS))).check(z.minLength(1)),
  texts: SignalTextsSchema,
  sourceIds: z.array(SourceIdSchema).check(z.minLength(1)),
  /** Set on signals a municipality adds: the municipality's id. */
  addedBy: z.optional(IdSchema),
};

/** Whether an observation describes an element of exploitation itself, or fits it among ordinary explanations. */
export const EvidenceSchema = z
  .enum(EVIDENCE)
  .check(
    z.describe(
      'direct: the observation itself describes an element of exploitation; indirect: it fits exploitation but has many ordinary explanations.',
    ),
  );

/** An observation that counts as evidence, direct or indirect. */
export const EvidenceSignalSchema = z.object({
  ...signalFields,
  kind: z.literal('signal'),
  evidence: EvidenceSchema,
});
export type EvidenceSignal = Infer<typeof EvidenceSignalSchema>;

/** An observation of immediate danger: observed as possible or clear, it makes the level acute. */
export const AcuteSignalSchema = z.object({ ...signalFields, kind: z.literal('acute') });
export type AcuteSignal = Infer<typeof AcuteSignalSchema>;

/** Something observed about the young person that counts as evidence, or that means acute danger. */
export const SignalSchema = z.discriminatedUnion('kind', [EvidenceSignalSchema, AcuteSignalSchema]);
export type Signal = Infer<typeof SignalSchema>;

/** A circumstance that makes a young person a target. Context for advice, never evidence. */
export const RiskFactorSchema = z.object({
  id: IdSchema,
  kind: z.literal('risk-factor'),
  dimension: z.literal(CONTEXT_DIMENSION),
  texts: SignalTextsSchema,
  sourceIds: z.array(SourceIdSchema).check(z.minLength(1)),
  addedBy: z.optional(IdSchema),
});
export type RiskFactor = Infer<typeof RiskFactorSchema>;

/** Anything an observation can be about: a signal, an acute signal or a risk factor. */
export type CatalogueEntry = Signal | RiskFactor;

/** An evidence dimension: the question its signals answer together. */
export const DimensionSchema = z.object({
  id: IdSchema,
  label: LocalizedTextSchema,
  question: LocalizedTextSchema,
  /** The label in plain words for a parent's check ("Wat je kind doet"); without it the label is shown. */
  parentLabel: z.optional(LocalizedTextSchema),
  /** The question in plain words about "je kind", for a parent's check; without it the question is shown. */
  parentQuestion: z.optional(LocalizedTextSchema),
  /** Which element of the legal definition this dimension speaks to. */
  legalElement: LocalizedTextSchema,
  sourceIds: z.array(SourceIdSchema),
});
export type Dimension = Infer<typeof DimensionSchema>;
