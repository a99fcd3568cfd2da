import type { AgeGroup } from '../schema/vocabulary.js';
import {
  ANSWER_CLEAR,
  ANSWER_POSSIBLE,
  type AnswerCodes,
  type CompiledRule,
  type CompiledRuleset,
} from './compiled.js';

/**
 * The evidence that decides a level, built fresh for each evaluation: per dimension its score, the
 * score of its direct signals alone and how many of those are clear, per condition its count or
 * summed weight.
 */
export interface EvidenceState {
  /** Per entry, its answer code. */
  answers: AnswerCodes;
  scores: number[];
  /** Per dimension, the weight of its observed direct signals alone. */
  directScores: number[];
  /** Per dimension, how many of its direct signals are answered clear. */
  directClears: number[];
  totals: number[];
  /** How many signals and acute signals are observed: what an `alone` condition compares with. */
  observed: number;
  ageGroup: AgeGroup;
}

/** The state for a set of answers (one answer code per entry). */
export function evidenceState(compiled: CompiledRuleset, answers: AnswerCodes, ageGroup: AgeGroup): EvidenceState {
  const state: EvidenceState = {
    answers,
    scores: compiled.noScores.slice(),
    directScores: compiled.noScores.slice(),
    directClears: compiled.noScores.slice(),
    totals: compiled.noTotals.slice(),
    observed: 0,
    ageGroup,
  };
  for (let i = 0; i < answers.length; i++) addAnswer(compiled, state, i, answers[i] as number);
  return state;
}

/** Adds what entry `i` answered `answer` contributes; `no` and `unknown` contribute nothing. */
export function addAnswer(compiled: CompiledRuleset, state: EvidenceState, i: number, answer: number): void {
  if (answer < ANSWER_POSSIBLE) return;
  const entry = compiled.entries[i];
  if (!entry || entry.kind === 'risk-factor') return;
  const weight = answer === ANSWER_CLEAR ? entry.weightClear : entry.weightPossible;
  state.observed++;
  // Acute signals indicate no dimension: they decide by themselves (model v2.1).
  if (entry.dim >= 0 && entry.kind === 'signal') {
    state.scores[entry.dim] = (state.scores[entry.dim] as number) + weight;
    if (entry.direct) {
      state.directScores[entry.dim] = (state.directScores[entry.dim] as number) + weight;
      if (answer === ANSWER_CLEAR) state.directClears[entry.dim] = (state.directClears[entry.dim] as number) + 1;
    }
  }
  for (const c of compiled.conditionsOf[i] ?? []) {
    const condition = compiled.conditions[c];
    if (condition?.type === 'count' && answer >= condition.minAnswer) state.totals[c] = (state.totals[c] as number) + 1;
    else if (condition?.type === 'score') state.totals[c] = (state.totals[c] as number) + weight;
  }
}

/**
 * Whether dimension `d` is indicated; with `direct`, whether its direct signals alone reach the
 * threshold with at least one of them clear. A possible direct sign propped up by indirect ones,
 * or only possible direct signs, indicate the dimension but not directly (model v2.1).
 */
export function dimensionIndicated(
  compiled: CompiledRuleset,
  state: EvidenceState,
  d: number,
  direct: boolean,
): boolean {
  if (!direct) return (state.scores[d] ?? 0) >= compiled.indicated;
  return (state.directScores[d] ?? 0) >= compiled.indicated && (state.directClears[d] ?? 0) > 0;
}

/** Whether dimension `d` is indicated by its direct signals alone, with at least one clear. */
export const indicatedDirectly = (compiled: CompiledRuleset, state: EvidenceState, d: number): boolean =>
  dimensionIndicated(compiled, state, d, true);

function conditionHolds(compiled: CompiledRuleset, state: EvidenceState, c: number): boolean {
  const condition = compiled.conditions[c];
  if (!condition) return false;
  if (condition.type === 'count' && condition.alone) {
    const total = state.totals[c] ?? 0;
    return total >= condition.min && total === state.observed;
  }
  if (condition.type !== 'indicated') return (state.totals[c] ?? 0) >= condition.min;
  let indicated = 0;
  for (const d of condition.dims) if (dimensionIndicated(compiled, state, d, condition.direct)) indicated++;
  return indicated >= condition.min;
}

/** Whether a rule matches: its age group applies and every condition holds. */
export function matches(compiled: CompiledRuleset, rule: CompiledRule, state: EvidenceState): boolean {
  if (rule.ageGroups && !rule.ageGroups.includes(state.ageGroup)) return false;
  for (const c of rule.conditions) if (!conditionHolds(compiled, state, c)) return false;
  return true;
}

/** The level (as a rank in `LEVELS`) and the rule that decided it (an index into `rules`, or -1). */
export interface Decision {
  rank: number;
  rule: number;
}

/**
 * The highest level any rule gives; the first matching rule of that level in ruleset order decides.
 * Rules at or below `floor` are not looked at: the answer is then `floor` with no deciding rule.
 */
export function decide(compiled: CompiledRuleset, state: EvidenceState, floor = -1): Decision {
  for (const r of compiled.byRank) {
    const rule = compiled.rules[r] as CompiledRule;
    if (rule.rank <= floor) break;
    if (matches(compiled, rule, state)) return { rank: rule.rank, rule: r };
  }
  return { rank: Math.max(floor, 0), rule: -1 };
}

/**
 * The level rank the evidence would reach if entry `i` were answered clear, or `floor` when that is
 * not above it. `floor` is the rank the evidence has now (no rule above it matches). Adds the
 * answer's contribution, looks at the rules it can change, and puts back the exact values it changed.
 */
export function rankIfClear(compiled: CompiledRuleset, state: EvidenceState, i: number, floor: number): number {
  const dim = compiled.entries[i]?.dim ?? -1;
  const score = dim >= 0 ? (state.scores[dim] as number) : 0;
  const directScore = dim >= 0 ? (state.directScores[dim] as number) : 0;
  const directClears = dim >= 0 ? (state.directClears[dim] as number) : 0;
  const members = compiled.conditionsOf[i] ?? [];
  const observed = state.observed;
  const totals: number[] = [];
  for (const c of members) totals.push(state.totals[c] as number);
  addAnswer(compiled, state, i, ANSWER_CLEAR);
  // Nothing above `floor` matched before, and only the rules this answer can change may now.
  let r = -1;
  for (const candidate of compiled.gapClassRules[compiled.gapClassOf[i] as number] ?? []) {
    const rule = compiled.rules[candidate] as CompiledRule;
    if (rule.rank <= floor) break;
    if (matches(compiled, rule, state)) {
      r = candidate;
      break;
    }
  }
  // Restore the exact values: subtracting the answer again could leave a rounding error.
  for (let k = 0; k < members.length; k++) state.totals[members[k] as number] = totals[k] as number;
  state.observed = observed;
  if (dim >= 0) {
    state.scores[dim] = score;
    state.directScores[dim] = directScore;
    state.directClears[dim] = directClears;
  }
  return r < 0 ? Math.max(floor, 0) : (compiled.rules[r] as CompiledRule).rank;
}
