import type { RulesetStamp } from '../schema/assessment.js';
import type { Audience } from '../schema/vocabulary.js';
import type { Rule } from '../schema/rule.js';
import type { AgeGroup } from '../schema/vocabulary.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { CatalogueEntry } from '../schema/signal.js';

/** Entry kinds as small numbers, in the order of `SIGNAL_KINDS`. */
export const KIND_SIGNAL = 0;
export const KIND_ACUTE = 1;
export const KIND_RISK = 2;

/** Answers as small numbers; the order is the order of strength of evidence. */
export const ANSWER_NO = 0;
export const ANSWER_UNKNOWN = 1;
export const ANSWER_POSSIBLE = 2;
export const ANSWER_CLEAR = 3;

/** The code of an answer, or -1 for anything that is not an answer. */
export function answerCode(value: unknown): number {
  switch (value) {
    case 'no':
      return ANSWER_NO;
    case 'unknown':
      return ANSWER_UNKNOWN;
    case 'possible':
      return ANSWER_POSSIBLE;
    case 'clear':
      return ANSWER_CLEAR;
    default:
      return -1;
  }
}

/** A count condition, resolved: which entries it counts, from which answer on, and how many it needs. */
export interface CompiledCondition {
  members: Uint8Array;
  minAnswer: number;
  min: number;
}

/** A rule, resolved to indexes and numbers. */
export type CompiledRule =
  | { rule: Rule; rank: number; type: 'count'; condition: number; conditions: number[] }
  | { rule: Rule; rank: number; type: 'score'; dims: number[]; min: number }
  | { rule: Rule; rank: number; type: 'indicated'; ageGroups: AgeGroup[]; all: number[]; any: number[]; anyMin: number }
  | { rule: Rule; rank: number; type: 'raise'; fromRank: number; conditions: number[] };

/**
 * A ruleset prepared for fast evaluation at one date: ids resolved to indexes, parameters to numbers,
 * selectors to membership tables. Built once per ruleset and date, then shared by every call.
 */
export interface CompiledRuleset {
  ruleset: Ruleset;
  stamp: RulesetStamp;
  asOf: string | undefined;
  entries: CatalogueEntry[];
  ids: string[];
  index: Map<string, number>;
  kinds: Uint8Array;
  /** Index into `dims` of each entry's evidence dimension; -1 for risk factors. */
  dimOf: Int8Array;
  weightClear: Float64Array;
  weightPossible: Float64Array;
  dims: string[];
  conditions: CompiledCondition[];
  /** Per entry, the conditions it is a member of. */
  conditionsOf: number[][];
  /** Rules other than `raise`, highest level first, then in ruleset order. */
  rules: CompiledRule[];
  raises: CompiledRule[];
  /** Every rule, `raise` rules included, in ruleset order: the order findings are reported in. */
  ordered: CompiledRule[];
  indicated: number;
  adultAge: number;
  /** Sources of the age of majority in force, cited when age decides which rule applies. */
  adultAgeSourceIds: string[];
  /** Entries whose `clear` answer has the same effect share a class; gaps are evaluated per class. */
  gapClassOf: Int32Array;
  gapClassCount: number;
  /**
   * Per gap class, the highest level a rule its clear answer can change gives. A class can never
   * raise a result that is already at or above it, so it need not be evaluated.
   */
  gapClassCeiling: Int8Array;
  /** Source ids in ruleset order; findings cite sources as bit sets over this list. */
  sourceIds: string[];
  /** Per entry, the bit set of its sources: 31 sources to a word. */
  sourceBitsOf: Int32Array[];
  /** Per rule in `ordered`, the bit set of its sources. */
  ruleSourceBits: Int32Array[];
  /** Per rule in `ordered`, the entries whose dimension it weighs (score and indicated rules). */
  dimensionMembers: Uint8Array[];
  /** Next-step ids per level rank and audience index, in order. */
  nextSteps: string[][][];
  /** Contact ids to show per municipality ('' for national only) and audience index. */
  contacts: Map<string, string[][]>;
  municipalities: Set<string>;
  /** The first date on which every parameter and strength has a value. */
  validFrom: string;
  /** Buffers reused by every evaluation; safe because evaluation is synchronous. */
  scratch: {
    answers: Uint8Array;
    scores: Float64Array;
    counts: Int32Array;
    gapRanks: Int8Array;
    /** The sources a finding cites, as a bit set being built. */
    sourceBits: Int32Array;
  };
}

/** Index of an audience in `AUDIENCES`, for per-audience tables. */
export const audienceIndex = (audience: Audience): number =>
  audience === 'professional' ? 0 : audience === 'parent' ? 1 : 2;
