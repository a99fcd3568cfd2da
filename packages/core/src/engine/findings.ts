import type { Finding } from '../schema/assessment.js';
import { LEVELS, type Level } from '../schema/level.js';
import type { CatalogueEntry } from '../schema/signal.js';
import { ANSWER_POSSIBLE, KIND_RISK, type CompiledRule, type CompiledRuleset } from './compiled.js';
import { matches, type EvidenceState } from './evaluate.js';

/** Observed entries (possible or clear) that a rule counted or weighed. */
function evidenceOf(compiled: CompiledRuleset, rule: CompiledRule, answers: Uint8Array): number[] {
  const found: number[] = [];
  for (let i = 0; i < answers.length; i++) {
    const answer = answers[i] as number;
    if (answer < ANSWER_POSSIBLE) continue;
    let counted = false;
    if (rule.type === 'count' || rule.type === 'raise') {
      const ids = rule.type === 'count' ? [rule.condition] : rule.conditions;
      counted = ids.some((c) => {
        const condition = compiled.conditions[c];
        return condition !== undefined && condition.members[i] === 1 && answer >= condition.minAnswer;
      });
    } else {
      const dims = rule.type === 'score' ? rule.dims : [...rule.all, ...rule.any];
      counted = dims.includes(compiled.dimOf[i] as number);
    }
    if (counted) found.push(i);
  }
  return found;
}

function sourcesOf(ruleSources: readonly string[], entries: readonly CatalogueEntry[]): string[] {
  const all = new Set(ruleSources);
  for (const entry of entries) for (const id of entry.sourceIds) all.add(id);
  return [...all];
}

/**
 * The coded, traceable findings of an evaluation: every rule that matched with the observations
 * it rests on and their sources, the indicated dimensions, and how age and risk factors were read.
 */
export function buildFindings(
  compiled: CompiledRuleset,
  state: EvidenceState,
  answers: Uint8Array,
  ageUnknown: boolean,
): Finding[] {
  const findings: Finding[] = [];
  const entries = compiled.entries;
  let anySignal = false;
  const risks: CatalogueEntry[] = [];
  for (let i = 0; i < answers.length; i++) {
    if ((answers[i] as number) < ANSWER_POSSIBLE) continue;
    if (compiled.kinds[i] === KIND_RISK) risks.push(entries[i] as CatalogueEntry);
    else anySignal = true;
  }

  for (const rule of compiled.ordered) {
    if (!matches(compiled, rule, state)) continue;
    const evidence = evidenceOf(compiled, rule, answers).map((i) => entries[i] as CatalogueEntry);
    findings.push({
      code: 'rule_matched',
      ruleId: rule.rule.id,
      reason: rule.rule.reason,
      level: LEVELS[rule.rank] as Level,
      signalIds: evidence.map((e) => e.id),
      sourceIds: sourcesOf(rule.rule.sourceIds, evidence),
    });
  }

  compiled.dims.forEach((dimension, d) => {
    const score = state.scores[d] as number;
    if (score < compiled.indicated) return;
    const evidence: CatalogueEntry[] = [];
    for (let i = 0; i < answers.length; i++) {
      if ((answers[i] as number) >= ANSWER_POSSIBLE && compiled.dimOf[i] === d)
        evidence.push(entries[i] as CatalogueEntry);
    }
    findings.push({
      code: 'dimension_indicated',
      dimension,
      signalIds: evidence.map((e) => e.id),
      sourceIds: sourcesOf([], evidence),
      values: { score, threshold: compiled.indicated },
    });
  });

  if (risks.length > 0) {
    findings.push({ code: 'risk_factors_present', signalIds: risks.map((r) => r.id), sourceIds: sourcesOf([], risks) });
    if (!anySignal) findings.push({ code: 'risk_factors_only', signalIds: risks.map((r) => r.id), sourceIds: [] });
  }
  const age = { signalIds: [], sourceIds: compiled.adultAgeSourceIds, values: { adultAge: compiled.adultAge } };
  if (ageUnknown) findings.push({ code: 'age_unknown_treated_as_minor', ...age });
  else if (state.ageGroup === 'young-adult') findings.push({ code: 'young_adult_rule', ...age });
  if (!anySignal && risks.length === 0) findings.push({ code: 'nothing_observed', signalIds: [], sourceIds: [] });
  return findings;
}
