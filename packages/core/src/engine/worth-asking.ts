import type { Assessment } from '../schema/assessment.js';
import type { Level } from '../schema/vocabulary.js';

/** How many questions worth asking a reader is shown before "show all". */
export const WORTH_ASKING = 5;

/** One unknown signal that would raise the level if it turned out clear, with the level it would give. */
export interface QuestionWorthAsking {
  signalId: string;
  level: Level;
}

/**
 * The information gaps of an assessment as the questions worth asking next: the ones that would
 * raise the level most first, the strongest first among those, at most `max` of them, and how many
 * more there are behind "show all".
 *
 * @example
 * ```ts
 * const { questions, more } = questionsWorthAsking(assess({ age: 15, observations: {} }));
 * questions.length; // 5
 * ```
 */
export function questionsWorthAsking(
  assessment: Pick<Assessment, 'informationGaps'>,
  max: number = WORTH_ASKING,
): { questions: QuestionWorthAsking[]; more: number } {
  const all = assessment.informationGaps.flatMap((gap) =>
    gap.signalIds.map((signalId) => ({ signalId, level: gap.level })),
  );
  return { questions: all.slice(0, Math.max(0, max)), more: Math.max(0, all.length - Math.max(0, max)) };
}
