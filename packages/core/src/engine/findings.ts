import type { Finding } from '../schema/assessment.js';
import type { AgeRule } from '../schema/vocabulary.js';
import { LEVELS, type Level } from '../schema/vocabulary.js';
import { ANSWER_POSSIBLE, type CompiledRule, type CompiledRuleset } from './compiled.js';
import { dimensionIndicated, matches, type EvidenceState } from './evaluate.js';

/** The observed entries (possible or clear) that a rule counted, weighed or found indicated, in catalogue order. */
function evidenceOf(
  compiled: CompiledRuleset,
  rule: CompiledRule,
  state: EvidenceState,
  observed: readonly number[],
): number[] {
  // The dimensions the rule found indicated, once, rather than per observed entry.
  let indicatedDims: number[] | undefined;
  for (const c of rule.conditions) {
    const condition = compiled.conditions[c];
    if (condition?.type !== 'indicated') continue;
    for (const d of condition.dims)
      if (dimensionIndicated(compiled, state, d, condition.direct)) (indicatedDims ??= []).push(d);
  }
  const evidence: number[] = [];
  for (const i of observed) {
    if (indicatedDims?.includes(compiled.entries[i]?.dim ?? -1)) {
      evidence.push(i);
      continue;
    }
    const answer = state.answers[i] as number;
    for (const c of rule.conditions) {
      const condition = compiled.conditions[c];
      if (!condition || condition.type === 'indicated' || condition.isMember[i] !== 1) continue;
      if (answer >= (condition.type === 'count' ? condition.minAnswer : ANSWER_POSSIBLE)) {
        evidence.push(i);
        break;
      }
    }
  }
  return evidence;
}

/** The sources of a rule (positions in `sourceIds`) and of entries, each once, in the ruleset's source order. */
function sourcesOf(compiled: CompiledRuleset, ruleSources: readonly number[], entries: readonly number[]): string[] {
  const cited = new Uint8Array(compiled.sourceIds.length);
  for (const k of ruleSources) cited[k] = 1;
  for (const i of entries) for (const k of compiled.entrySources[i] ?? []) cited[k] = 1;
  const found: string[] = [];
  for (let k = 0; k < cited.length; k++) if (cited[k]) found.push(compiled.sourceIds[k] as string);
  return found;
}

/** Per rule in ruleset order, the observed entries it rests on when it matches, or `undefined`. */
export function matchedEvidence(
  compiled: CompiledRuleset,
  state: EvidenceState,
  observed: readonly number[],
): (number[] | undefined)[] {
  return compiled.rules.map((rule) =>
    matches(compiled, rule, state) ? evidenceOf(compiled, rule, state, observed) : undefined,
  );
}

/**
 * The coded, traceable findings of an evaluation: every rule that matched with the observations
 * it rests on and their sources, the indicated dimensions, whether the evidence is indirect only,
 * and how age and risk factors were read.
 */
export function buildFindings(
  compiled: CompiledRuleset,
  state: EvidenceState,
  observed: readonly number[],
  ageRule: AgeRule,
  ruleEvidence: readonly (readonly number[] | undefined)[],
): Finding[] {
  const findings: Finding[] = [];
  const idsOf = (indexes: readonly number[]) => indexes.map((i) => compiled.entries[i]?.id as string);

  compiled.rules.forEach((rule, r) => {
    const evidence = ruleEvidence[r];
    if (!evidence) return;
    findings.push({
      code: 'rule_matched',
      ruleId: rule.rule.id,
      reason: rule.rule.reason,
      level: LEVELS[rule.rank] as Level,
      signalIds: idsOf(evidence),
      sourceIds: sourcesOf(compiled, compiled.ruleSources[r] ?? [], evidence),
    });
  });

  compiled.dims.forEach((dimension, d) => {
    if (!dimensionIndicated(compiled, state, d, false)) return;
    const evidence = observed.filter((i) => compiled.entries[i]?.dim === d);
    findings.push({
      code: 'dimension_indicated',
      dimension,
      signalIds: idsOf(evidence),
      sourceIds: sourcesOf(compiled, [], evidence),
      values: { score: state.scores[d] as number, threshold: compiled.indicated },
    });
  });

  const signals = observed.filter((i) => compiled.entries[i]?.kind === 'signal');
  const acute = observed.some((i) => compiled.entries[i]?.kind === 'acute');
  if (signals.length > 0 && !acute && signals.every((i) => !compiled.entries[i]?.direct)) {
    findings.push({ code: 'indirect_only', signalIds: idsOf(signals), sourceIds: [] });
  }

  const risks = observed.filter((i) => compiled.entries[i]?.kind === 'risk-factor');
  if (risks.length > 0) {
    findings.push({ code: 'risk_factors_present', signalIds: idsOf(risks), sourceIds: sourcesOf(compiled, [], risks) });
    if (risks.length === observed.length)
      findings.push({ code: 'risk_factors_only', signalIds: idsOf(risks), sourceIds: [] });
  }

  const age = { signalIds: [], sourceIds: [...compiled.adultAgeSourceIds], values: { adultAge: compiled.adultAge } };
  if (ageRule === 'unknown-treated-as-minor') findings.push({ code: 'age_unknown_treated_as_minor', ...age });
  else if (ageRule === 'started-as-minor') findings.push({ code: 'started_as_minor', ...age });
  else if (ageRule === 'young-adult') findings.push({ code: 'young_adult_rule', ...age });
  if (observed.length === 0) findings.push({ code: 'nothing_observed', signalIds: [], sourceIds: [] });
  return findings;
}
