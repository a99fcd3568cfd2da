import type { RulesetStamp } from '../schema/assessment.js';
import type { Contact } from '../schema/contact.js';
import type { NextStep } from '../schema/next-step.js';
import type { Ages } from '../schema/primitives.js';
import type { Rule } from '../schema/rule.js';
import type { AgeGroup, Audience, ContextFlag, SignalKind } from '../schema/vocabulary.js';

/** Answers as small numbers; the order is the order of strength of evidence. */
export const ANSWER_NO = 0;
export const ANSWER_UNKNOWN = 1;
export const ANSWER_POSSIBLE = 2;
export const ANSWER_CLEAR = 3;

/** Each answer's code. A map, so one lookup both checks an answer and reads it (`toString` is no answer). */
export const ANSWER_CODES: ReadonlyMap<unknown, number> = new Map([
  ['no', ANSWER_NO],
  ['unknown', ANSWER_UNKNOWN],
  ['possible', ANSWER_POSSIBLE],
  ['clear', ANSWER_CLEAR],
]);

/**
 * One answer code per entry, in catalogue order. A plain array copied from a template (see
 * `noAnswers`): a typed array of more than 64 bytes gets a buffer outside the heap, which costs
 * more to make than evaluating a handful of answers.
 */
export type AnswerCodes = number[];

/** `count` copies of `value` in a packed array: its copies (`slice()`) are the cheapest arrays to make and read. */
export function packedArray(count: number, value: number): number[] {
  const values: number[] = [];
  for (let i = 0; i < count; i++) values.push(value);
  return values;
}

/** One catalogue entry, resolved: its dimension as an index, its weights as numbers. */
export interface CompiledEntry {
  id: string;
  kind: SignalKind;
  /** Index into `dims`; -1 for risk factors, which belong to no evidence dimension. */
  dim: number;
  /** Whether the entry is direct evidence. */
  direct: boolean;
  /** 0 weak, 1 medium, 2 strong; -1 for risk factors. */
  strengthRank: number;
  /** What a `possible` and a `clear` answer add to the entry's dimension and to score conditions. */
  weightPossible: number;
  weightClear: number;
  sourceIds: readonly string[];
}

/** A rule's condition, resolved to entry indexes and numbers. */
export type CompiledCondition =
  | {
      type: 'count';
      members: readonly number[];
      isMember: Uint8Array;
      minAnswer: number;
      min: number;
      /** Holds only when no signal outside `members` is observed. */
      alone: boolean;
    }
  | { type: 'score'; members: readonly number[]; isMember: Uint8Array; min: number }
  | { type: 'indicated'; dims: readonly number[]; direct: boolean; min: number };

/** A rule, resolved: the indexes of its conditions in `conditions`. */
export interface CompiledRule {
  rule: Rule;
  rank: number;
  ageGroups: readonly AgeGroup[] | undefined;
  conditions: readonly number[];
}

/** A trigger of a step or contact, resolved: its observed entries as indexes. */
export interface CompiledTrigger {
  /** Absent when the trigger names no observations, only a context flag. */
  members: readonly number[] | undefined;
  memberSet: ReadonlySet<number>;
  context: ContextFlag | undefined;
  ranks: readonly number[] | undefined;
  ages: Ages | undefined;
}

/** A next step, resolved: the levels (as ranks) and triggers that bring it in. */
export interface CompiledStep {
  step: NextStep;
  audiences: readonly Audience[];
  ranks: readonly number[];
  ages: Ages | undefined;
  triggers: readonly CompiledTrigger[];
}

/** A contact an end user may see, with its triggers resolved. */
export interface CompiledContact {
  contact: Contact;
  triggers: readonly CompiledTrigger[];
}

/**
 * A ruleset prepared for evaluation at one date: ids resolved to indexes, parameters to numbers,
 * selectors to member lists. Built once per ruleset and date, then shared by every call; nothing
 * in it changes during an evaluation, so calls may nest and interleave.
 */
export interface CompiledRuleset {
  stamp: RulesetStamp;
  entries: readonly CompiledEntry[];
  index: ReadonlyMap<string, number>;
  dims: readonly string[];
  conditions: readonly CompiledCondition[];
  /** Per entry, the conditions it is a member of. */
  conditionsOf: readonly (readonly number[])[];
  /**
   * Per entry, its class of information gap: entries whose clear answer changes the same dimension
   * in the same way and the same conditions have the same effect, so a gap is evaluated once per class.
   */
  gapClassOf: readonly number[];
  gapClassCount: number;
  /**
   * The entries that can be information gaps (not risk factors), in the order gaps are listed
   * within a level: strongest first, then in catalogue order.
   */
  gapOrder: readonly number[];
  /**
   * Per gap class, the highest level a rule that its clear answer can change gives (the level of its
   * first rule in `gapClassRules`). A class cannot raise a result already at or above it, so it need
   * not be evaluated.
   */
  gapClassCeiling: readonly number[];
  /**
   * Per gap class, the rules its clear answer can change, highest level first (the order of
   * `byRank`). No other rule can start to match when a member of the class turns out clear.
   */
  gapClassRules: readonly (readonly number[])[];
  /** Per dimension, its entries in catalogue order. */
  dimEntries: readonly (readonly number[])[];
  /** Every rule in ruleset order: the order findings are reported in. */
  rules: readonly CompiledRule[];
  /** Indexes into `rules`, highest level first and then in ruleset order: the order of deciding. */
  byRank: readonly number[];
  indicated: number;
  adultAge: number;
  /** Sources of the age of majority in force, cited when age decides which rule applies. */
  adultAgeSourceIds: readonly string[];
  /** Next steps in the order they are shown. */
  steps: readonly CompiledStep[];
  /** Per audience, the next steps it may be shown, in the same order. */
  stepsFor: ReadonlyMap<Audience, readonly CompiledStep[]>;
  /** Contacts an end user may see: confirmed and reachable. */
  contacts: ReadonlyMap<string, CompiledContact>;
  /** Per national contact id, the local contacts per municipality shown as its regional label. */
  regions: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Contacts shown in every result (112). */
  alwaysShown: readonly string[];
  /** Local contacts per municipality id. */
  localContacts: ReadonlyMap<string, readonly string[]>;
  municipalities: ReadonlySet<string>;
  /** Source ids in ruleset order: findings list their sources in this order. */
  sourceIds: readonly string[];
  /** Per entry, the positions of its sources in `sourceIds`. */
  entrySources: readonly (readonly number[])[];
  /** Per rule, the positions of its sources in `sourceIds`. */
  ruleSources: readonly (readonly number[])[];
  /** The first date on which every parameter and strength has a value. */
  validFrom: string;
  /** Every entry unknown: the answers an evaluation starts from, copied for each. */
  noAnswers: readonly number[];
  /** Per entry, whether it is a signal or acute signal (what `alone` conditions count). */
  isSignal: Uint8Array;
  /** A zero per dimension: the scores and direct counts an evaluation starts from, copied for each. */
  noScores: readonly number[];
  /** A zero per condition: the totals an evaluation starts from, copied for each. */
  noTotals: readonly number[];
}

/** Whether an age falls in a span. An unknown age is read as a minor: as the age just under `adultAge`. */
export function agesInclude(ages: Ages | undefined, age: number | 'unknown', adultAge: number): boolean {
  if (!ages) return true;
  const years = age === 'unknown' ? adultAge - 1 : age;
  return (ages.min === undefined || years >= ages.min) && (ages.max === undefined || years <= ages.max);
}
