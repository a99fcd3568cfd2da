import { datedValueSchema } from './dated.js';
import { LocalizedTextSchema } from './localized-text.js';
import { IdSchema, SourceIdSchema } from './primitives.js';
import { CONTEXT_DIMENSION, STRENGTHS } from './vocabulary.js';
import { z, type Infer } from './zod.js';

/** The texts a person reads about one signal or risk factor. */
export const SignalTextsSchema = z.object({
  /** Short name, as in a list or a result. */
  label: LocalizedTextSchema,
  /** A question a professional can answer: no, don't know, possibly, clearly. */
  question: LocalizedTextSchema,
  /** "What this can look like": concrete situations. */
  examples: z.array(LocalizedTextSchema).check(z.minLength(1)),
  /** The same question in short, simple (B1) words, for signals the youth check asks directly. */
  youthQuestion: z.optional(LocalizedTextSchema),
});
export type SignalTexts = Infer<typeof SignalTextsSchema>;

/** Something observed about the young person that counts as evidence, or that means acute danger. */
export const SignalSchema = z.object({
  id: IdSchema,
  kind: z.enum(['signal', 'acute']),
  /** One of the ruleset's evidence dimensions. */
  dimension: IdSchema,
  /** Default strength, dated and sourced: a change needs a source and a date. */
  strength: z.array(datedValueSchema(z.enum(STRENGTHS))).check(z.minLength(1)),
  texts: SignalTextsSchema,
  sourceIds: z.array(SourceIdSchema).check(z.minLength(1)),
  /** Set on signals a municipality adds: the municipality's id. */
  addedBy: z.optional(IdSchema),
});
export type Signal = Infer<typeof SignalSchema>;

/** A circumstance that makes a young person a target. Context for attention, never evidence. */
export const RiskFactorSchema = z.object({
  id: IdSchema,
  kind: z.literal('risk-factor'),
  dimension: z.literal(CONTEXT_DIMENSION),
  texts: SignalTextsSchema,
  sourceIds: z.array(SourceIdSchema).check(z.minLength(1)),
  addedBy: z.optional(IdSchema),
});
export type RiskFactor = Infer<typeof RiskFactorSchema>;

/** Anything an observation can be about. */
export type CatalogueEntry = Signal | RiskFactor;

/** An evidence dimension: the question its signals answer together. */
export const DimensionSchema = z.object({
  id: IdSchema,
  label: LocalizedTextSchema,
  question: LocalizedTextSchema,
  /** Which element of the legal definition this dimension speaks to. */
  legalElement: LocalizedTextSchema,
  sourceIds: z.array(SourceIdSchema),
});
export type Dimension = Infer<typeof DimensionSchema>;
