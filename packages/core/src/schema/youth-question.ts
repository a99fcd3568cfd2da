import { LocalizedTextSchema } from './localized-text.js';
import { IdSchema } from './primitives.js';
import { z, type Infer } from './zod.js';

/**
 * The youth check's words for one entry: one question, or several when the signal has more than one
 * face that a young person would not recognise in one question (sex because someone else wants it,
 * and sex in exchange for a place to sleep, are both `harm-sexual-exploitation`). Each asks one
 * thing, so that "Ja" means the signal is there. A single question is the form patches written
 * before v2.1 use, and stays valid. `youthQuestionsOf` reads either as a list.
 */
export const YouthQuestionSchema = z.union([
  LocalizedTextSchema,
  z
    .array(LocalizedTextSchema)
    .check(z.minLength(1), z.describe('Several questions for one entry, each asking one thing.')),
]);
export type YouthQuestion = Infer<typeof YouthQuestionSchema>;

/**
 * A gate question of the youth check: a broad question ("Doe je klusjes of opdrachten voor iemand?")
 * that opens the entries it names when answered anything but "Nee", so that a young person with
 * nothing to tell answers a handful of questions, not thirty. A follow-up that stays closed is not
 * asked, and its answer is `unknown`, never `no`. An entry named by several gates opens when any
 * of them opens. Acute questions are never behind a gate: they are always asked first.
 */
export const YouthGateSchema = z.object({
  id: IdSchema,
  /** The gate question, asked so that "Ja" means there may be something behind it. */
  question: LocalizedTextSchema,
  /** Ids of the signals and risk factors with youth questions that this gate opens. */
  opens: z
    .array(IdSchema)
    .check(z.minLength(1), z.describe('Ids of the entries with youth questions that this gate opens.')),
});
export type YouthGate = Infer<typeof YouthGateSchema>;
