import type { Finding } from '../schema/assessment.js';
import { LEVELS, type Level } from '../schema/vocabulary.js';
import { KIND_RISK, type CompiledRule, type CompiledRuleset } from './compiled.js';
import { matches, type EvidenceState } from './evaluate.js';

/** Observed entries (possible or clear) that the rule at `r` in `ordered` counted or weighed. */
function evidenceOf(compiled: CompiledRuleset, r: number, answers: Uint8Array, observed: readonly number[]): number[] {
  const rule = compiled.ordered[r] as CompiledRule;
  const found: number[] = [];
  if (rule.type === 'count' || rule.type === 'raise') {
    for (const i of observed) {
      for (const c of rule.conditions) {
        const condition = compiled.conditions[c];
        if (condition && condition.members[i] === 1 && (answers[i] as number) >= condition.minAnswer) {
          found.push(i);
          break;
        }
      }
    }
  } else {
    const members = compiled.dimensionMembers[r] as Uint8Array;
    for (const i of observed) if (members[i] === 1) found.push(i);
  }
  return found;
}

/** The sources of a rule (bit set, or none) and of entries, each once, in ruleset order. */
function sourcesOf(compiled: CompiledRuleset, rule: Int32Array | undefined, entries: readonly number[]): string[] {
  const union = compiled.scratch.sourceBits;
  if (rule) union.set(rule);
  else union.fill(0);
  for (const i of entries) {
    const set = compiled.sourceBitsOf[i] as Int32Array;
    for (let w = 0; w < union.length; w++) union[w] = (union[w] as number) | (set[w] as number);
  }
  const found: string[] = [];
  for (let w = 0; w < union.length; w++) {
    let word = union[w] as number;
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      found.push(compiled.sourceIds[w * 31 + bit] as string);
      word &= word - 1;
    }
  }
  return found;
}

/**
 * The coded, traceable findings of an evaluation: every rule that matched with the observations
 * it rests on and their sources, the indicated dimensions, and how age and risk factors were read.
 */
export function buildFindings(
  compiled: CompiledRuleset,
  state: EvidenceState,
  answers: Uint8Array,
  observed: readonly number[],
  ageUnknown: boolean,
): Finding[] {
  const findings: Finding[] = [];
  const { ids } = compiled;
  const risks = observed.filter((i) => compiled.kinds[i] === KIND_RISK);
  const anySignal = risks.length < observed.length;

  compiled.ordered.forEach((rule, r) => {
    if (!matches(compiled, rule, state)) return;
    const evidence = evidenceOf(compiled, r, answers, observed);
    findings.push({
      code: 'rule_matched',
      ruleId: rule.rule.id,
      reason: rule.rule.reason,
      level: LEVELS[rule.rank] as Level,
      signalIds: evidence.map((i) => ids[i] as string),
      sourceIds: sourcesOf(compiled, compiled.ruleSourceBits[r], evidence),
    });
  });

  compiled.dims.forEach((dimension, d) => {
    const score = state.scores[d] as number;
    if (score < compiled.indicated) return;
    const evidence = observed.filter((i) => compiled.dimOf[i] === d);
    findings.push({
      code: 'dimension_indicated',
      dimension,
      signalIds: evidence.map((i) => ids[i] as string),
      sourceIds: sourcesOf(compiled, undefined, evidence),
      values: { score, threshold: compiled.indicated },
    });
  });

  if (risks.length > 0) {
    const riskIds = risks.map((i) => ids[i] as string);
    findings.push({
      code: 'risk_factors_present',
      signalIds: riskIds,
      sourceIds: sourcesOf(compiled, undefined, risks),
    });
    if (!anySignal) findings.push({ code: 'risk_factors_only', signalIds: [...riskIds], sourceIds: [] });
  }
  const age = () => ({
    signalIds: [],
    sourceIds: [...compiled.adultAgeSourceIds],
    values: { adultAge: compiled.adultAge },
  });
  if (ageUnknown) findings.push({ code: 'age_unknown_treated_as_minor', ...age() });
  else if (state.ageGroup === 'young-adult') findings.push({ code: 'young_adult_rule', ...age() });
  if (observed.length === 0) findings.push({ code: 'nothing_observed', signalIds: [], sourceIds: [] });
  return findings;
}
