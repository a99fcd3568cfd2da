import type { LocalizedText } from '../schema/localized-text.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { CatalogueEntry } from '../schema/signal.js';
import { YOUTH_CHOICE_ANSWERS, type Answer, type YouthChoice } from '../schema/vocabulary.js';
// Types only from the schema file: the youth check's helpers reach the browser without zod.
import type { YouthGate, YouthQuestion } from '../schema/youth-question.js';

/** The youth questions of an entry as a list: none, one or several. */
export function youthQuestionsOf(texts: { youthQuestion?: YouthQuestion | undefined }): readonly LocalizedText[] {
  const question = texts.youthQuestion;
  if (question === undefined) return [];
  return Array.isArray(question) ? question : [question];
}

/** Ranks for combining the answers to one entry's questions: the higher says more. */
const YOUTH_ANSWER_RANK: Readonly<Record<Answer, number>> = { unknown: 0, no: 1, possible: 2, clear: 3 };

/**
 * The answer for an entry with several youth questions: the highest of its questions' answers, in the
 * order `clear` > `possible` > `no` > `unknown`. One "Ja" is enough for the signal to be there; a
 * "Nee" to one question with the other skipped is `no`; nothing answered is `unknown`.
 */
export function highestYouthAnswer(answers: Iterable<Answer>): Answer {
  let highest: Answer = 'unknown';
  for (const answer of answers) if (YOUTH_ANSWER_RANK[answer] > YOUTH_ANSWER_RANK[highest]) highest = answer;
  return highest;
}

/** One thing the youth check shows, in order: a gate question, a line before a group, or one question. */
export type YouthStep =
  | { kind: 'gate'; gate: YouthGate }
  | { kind: 'intro'; entry: CatalogueEntry; text: LocalizedText }
  | {
      kind: 'question';
      entry: CatalogueEntry;
      /** Where the answer is kept: the entry id for its first question, `id#2` for its second. */
      key: string;
      text: LocalizedText;
      /** The gate it is behind, when there is one. */
      gateId?: string;
    };

/** The key of the `index`th (from 0) youth question of an entry: its id for the first, `id#2` for the second. */
export const youthQuestionKey = (entryId: string, index: number): string =>
  index === 0 ? entryId : `${entryId}#${index + 1}`;

/** Whether a gate answer opens its follow-ups: "Ja", "Soms" and "Ik weet het niet zeker" do; "Nee" and no answer do not. */
export const opensGate = (choice: YouthChoice | undefined): boolean => choice !== undefined && choice !== 'no';

/**
 * The youth check's questions in the order it asks them: the acute questions first and never behind
 * a gate, then each gate with the follow-ups it opens when `open(gateId)` says so, then the questions
 * no gate names. An entry behind several gates appears once, after the first open one. An entry's
 * intro line ("Sommige vragen gaan over seks; je mag ze overslaan.") comes right before its questions.
 */
export function youthCheckSteps(
  ruleset: Pick<Ruleset, 'signals' | 'riskFactors' | 'youthGates'>,
  open: (gateId: string) => boolean,
): YouthStep[] {
  const all = [...ruleset.signals, ...ruleset.riskFactors].filter((e) => youthQuestionsOf(e.texts).length > 0);
  const gates = ruleset.youthGates ?? [];
  const gated = new Set(gates.flatMap((g) => g.opens));
  const steps: YouthStep[] = [];
  const placed = new Set<string>();
  const ask = (entry: CatalogueEntry, gateId?: string) => {
    if (placed.has(entry.id)) return;
    placed.add(entry.id);
    if (entry.texts.youthIntro) steps.push({ kind: 'intro', entry, text: entry.texts.youthIntro });
    youthQuestionsOf(entry.texts).forEach((text, index) =>
      steps.push({
        kind: 'question',
        entry,
        key: youthQuestionKey(entry.id, index),
        text,
        ...(gateId === undefined ? {} : { gateId }),
      }),
    );
  };
  for (const entry of all) if (entry.kind === 'acute') ask(entry);
  const byId = new Map(all.map((e) => [e.id, e]));
  for (const gate of gates) {
    steps.push({ kind: 'gate', gate });
    if (!open(gate.id)) continue;
    for (const id of gate.opens) {
      const entry = byId.get(id);
      if (entry && entry.kind !== 'acute') ask(entry, gate.id);
    }
  }
  for (const entry of all) if (!gated.has(entry.id)) ask(entry);
  return steps;
}

/**
 * The observations the youth check's answers stand for: per entry the highest answer of its
 * questions that are shown (`clear` > `possible` > `no` > `unknown`). A follow-up behind a closed
 * gate was not asked: it counts as `unknown`, never `no`, even when it was answered before the
 * gate closed. Entries left `unknown` are left out.
 */
export function youthObservations(
  steps: readonly YouthStep[],
  choices: Readonly<Record<string, YouthChoice>>,
): Record<string, Answer> {
  const answers = new Map<string, Answer[]>();
  for (const step of steps) {
    if (step.kind !== 'question') continue;
    const choice = choices[step.key];
    const list = answers.get(step.entry.id) ?? [];
    list.push(choice === undefined ? 'unknown' : YOUTH_CHOICE_ANSWERS[choice]);
    answers.set(step.entry.id, list);
  }
  const observations: Record<string, Answer> = {};
  for (const [id, list] of answers) {
    const answer = highestYouthAnswer(list);
    if (answer !== 'unknown') observations[id] = answer;
  }
  return observations;
}
