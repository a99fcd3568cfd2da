import { assess, defaultRuleset } from '../index.js';
import type { Assessment } from '../schema/assessment.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { PracticeCase } from '../schema/training.js';
import { levelRank, type Level } from '../schema/vocabulary.js';

/** What someone practising answered for a case: what they noticed, and their level and first step. */
export interface PracticeAnswer {
  /** Catalogue ids of what they noticed in the story. */
  observations: readonly string[];
  level?: Level | undefined;
  firstStepId?: string | undefined;
}

/** How an answer compares with the case's key, and what the rules make of the key. */
export interface PracticeFeedback {
  /** Noticed, and in the key. In the key's order. */
  saw: string[];
  /** In the key, not noticed. In the key's order. */
  missed: string[];
  /** Noticed, but not in the key: the story does not show it. In the order given. */
  extra: string[];
  /** The level given, and whether it is the level `assess` gives for the key. */
  level: { given: Level | undefined; rules: Level; right: boolean };
  /**
   * The first step given, and whether `assess` gives it for the key: any step it gives counts,
   * since several can rightly come first. `key` is the one the case's authors start with.
   */
  firstStep: { given: string | undefined; key: string; right: boolean };
  /** `assess` on the key's observations, with the case's age and reader: the check's own outcome and reasons. */
  assessment: Assessment;
}

/** The assessment the rules give for a case's key: the outcome a trained reader would get from the check. */
export function assessKey(practiceCase: PracticeCase, ruleset: Ruleset = defaultRuleset): Assessment {
  return assess(
    { age: practiceCase.age, observations: practiceCase.key.observations, audience: practiceCase.audience },
    ruleset,
  );
}

/**
 * Compares an answer with a case's key. Pure: nothing is kept, so a page can show feedback without
 * storing anything about the person practising.
 */
export function checkPractice(
  practiceCase: PracticeCase,
  answer: PracticeAnswer,
  ruleset: Ruleset = defaultRuleset,
): PracticeFeedback {
  const keyIds = Object.keys(practiceCase.key.observations);
  const noticed = new Set(answer.observations);
  const assessment = assessKey(practiceCase, ruleset);
  return {
    saw: keyIds.filter((id) => noticed.has(id)),
    missed: keyIds.filter((id) => !noticed.has(id)),
    extra: [...noticed].filter((id) => !keyIds.includes(id)),
    level: { given: answer.level, rules: assessment.level, right: answer.level === assessment.level },
    firstStep: {
      given: answer.firstStepId,
      key: practiceCase.key.firstStepId,
      right: answer.firstStepId !== undefined && assessment.nextStepIds.includes(answer.firstStepId),
    },
    assessment,
  };
}

/** A small stable number for a text, so the choices come in an order that differs per case but never per visit. */
function spread(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/**
 * The first steps to choose from for a case: the key's step and, as the other choices, steps for
 * the same reader that the rules do not give here, those of the nearest levels first. `count`
 * choices in all (default 4), in an order fixed per case.
 */
export function firstStepChoices(practiceCase: PracticeCase, count = 4, ruleset: Ruleset = defaultRuleset): string[] {
  const given = new Set(assessKey(practiceCase, ruleset).nextStepIds);
  const rank = levelRank(practiceCase.key.level);
  const distance = (levels: readonly Level[]) => Math.min(...levels.map((level) => Math.abs(levelRank(level) - rank)));
  const others = ruleset.nextSteps
    .filter((step) => step.levels.length > 0 && step.audiences.includes(practiceCase.audience) && !given.has(step.id))
    .sort((a, b) => distance(a.levels) - distance(b.levels))
    .slice(0, Math.max(0, count - 1))
    .map((step) => step.id);
  return [practiceCase.key.firstStepId, ...others].sort(
    (a, b) => spread(`${practiceCase.id}:${a}`) - spread(`${practiceCase.id}:${b}`),
  );
}
