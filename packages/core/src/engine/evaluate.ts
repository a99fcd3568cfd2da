import type { AgeGroup } from '../schema/vocabulary.js';
import type { CompiledRule, CompiledRuleset } from './compiled.js';

/** The evidence that decides a level: scores per dimension and how many entries each condition counts. */
export interface EvidenceState {
  scores: Float64Array;
  counts: Int32Array;
  ageGroup: AgeGroup;
}

/** The level (as a rank in `LEVELS`) and the rule that decided it, or -1 when no rule matched. */
export interface Decision {
  rank: number;
  rule: number;
  raised: boolean;
}

function indicatedCount(compiled: CompiledRuleset, scores: Float64Array, dims: readonly number[]): number {
  let count = 0;
  for (const d of dims) if ((scores[d] ?? 0) >= compiled.indicated) count++;
  return count;
}

/** Whether a rule other than `raise` matches the evidence. */
export function matches(compiled: CompiledRuleset, rule: CompiledRule, state: EvidenceState): boolean {
  switch (rule.type) {
    case 'count': {
      const condition = compiled.conditions[rule.condition];
      return condition !== undefined && (state.counts[rule.condition] ?? 0) >= condition.min;
    }
    case 'score':
      for (const d of rule.dims) if ((state.scores[d] ?? 0) >= rule.min) return true;
      return false;
    case 'indicated':
      return (
        rule.ageGroups.includes(state.ageGroup) &&
        indicatedCount(compiled, state.scores, rule.all) === rule.all.length &&
        indicatedCount(compiled, state.scores, rule.any) >= rule.anyMin
      );
    case 'raise':
      return conditionsHold(compiled, rule.conditions, state);
  }
}

function conditionsHold(compiled: CompiledRuleset, conditions: readonly number[], state: EvidenceState): boolean {
  for (const c of conditions) {
    const condition = compiled.conditions[c];
    if (condition === undefined || (state.counts[c] ?? 0) < condition.min) return false;
  }
  return true;
}

/**
 * Decides the level: the highest level any rule gives (the first such rule in ruleset order decides),
 * then each `raise` rule that applies to that level lifts it to its own.
 */
export function decide(compiled: CompiledRuleset, state: EvidenceState): Decision {
  let rank = 0;
  let decider = -1;
  const { rules, raises } = compiled;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as CompiledRule;
    // Rules are sorted by level, highest first: once one matched, no later rule can raise the level.
    if (decider >= 0 && rule.rank <= rank) break;
    if (rule.rank > rank || decider < 0) {
      if (matches(compiled, rule, state)) {
        rank = rule.rank;
        decider = r;
      }
    }
  }
  let raised = false;
  for (let r = 0; r < raises.length; r++) {
    const rule = raises[r] as CompiledRule & { type: 'raise' };
    if (decider >= 0 && rank >= rule.fromRank && rank < rule.rank && conditionsHold(compiled, rule.conditions, state)) {
      rank = rule.rank;
      decider = r;
      raised = true;
    }
  }
  return { rank, rule: decider, raised };
}
