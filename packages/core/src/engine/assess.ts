import type { Assessment, DimensionResult, Finding, InformationGap, Issue } from '../schema/assessment.js';
import type { AssessmentInput, Audience } from '../schema/input.js';
import { LEVELS, type Level } from '../schema/level.js';
import type { AgeGroup } from '../schema/rule.js';
import type { Ruleset } from '../schema/ruleset.js';
import { checkInput, asOfTooEarly } from './check-input.js';
import { compile } from './compile.js';
import {
  ANSWER_CLEAR,
  ANSWER_CODES,
  ANSWER_POSSIBLE,
  ANSWER_UNKNOWN,
  KIND_RISK,
  contactKey,
  stepKey,
  type CompiledRuleset,
} from './compiled.js';
import { AssessmentInputError } from './errors.js';
import { decide, type EvidenceState } from './evaluate.js';
import { buildFindings } from './findings.js';

/** The outcome of {@link safeAssess}: an assessment, or every issue that kept the input from one. */
export type SafeAssessResult = { ok: true; assessment: Assessment } | { ok: false; issues: Issue[] };

/**
 * Resolves the compiled ruleset for an input and checks the input against it.
 * Returns the issues instead when there are any.
 */
function prepare(input: unknown, ruleset: Ruleset): CompiledRuleset | Issue[] {
  const newest = compile(ruleset);
  const issues = checkInput(input, newest);
  if (issues) return issues;
  const asOf = (input as AssessmentInput).asOf;
  if (asOf === undefined) return newest;
  if (asOf < newest.validFrom) return [asOfTooEarly(asOf, newest.validFrom)];
  return compile(ruleset, asOf);
}

function evaluate(input: AssessmentInput, compiled: CompiledRuleset): Assessment {
  const { answers, scores, counts, gapRanks } = compiled.scratch;
  const { index, dimOf, weightClear, weightPossible, conditions, conditionsOf, gapClassOf, kinds, ids } = compiled;
  answers.fill(ANSWER_UNKNOWN);
  scores.fill(0);
  counts.fill(0);

  const observations = input.observations;
  for (const id in observations) {
    const i = index.get(id) as number;
    const answer = ANSWER_CODES[observations[id] as string] as number;
    answers[i] = answer;
    if (answer < ANSWER_POSSIBLE) continue;
    const d = dimOf[i] as number;
    if (d >= 0)
      scores[d] =
        (scores[d] as number) + (answer === ANSWER_CLEAR ? (weightClear[i] as number) : (weightPossible[i] as number));
    for (const c of conditionsOf[i] as number[])
      if (answer >= (conditions[c]?.minAnswer ?? 4)) counts[c] = (counts[c] as number) + 1;
  }

  const age = input.age;
  const ageGroup: AgeGroup = age !== 'unknown' && age >= compiled.adultAge ? 'young-adult' : 'minor';
  const state: EvidenceState = { scores, counts, ageGroup };
  const decision = decide(compiled, state);

  // Information gaps: what an unknown answer would give if it turned out clear, once per class.
  gapRanks.fill(-1);
  const gapIds: string[][] = [];
  for (let i = 0; i < answers.length; i++) {
    if (answers[i] !== ANSWER_UNKNOWN) continue;
    const cls = gapClassOf[i] as number;
    let rank = gapRanks[cls] as number;
    if (rank < 0) {
      rank = gapRank(compiled, state, i);
      gapRanks[cls] = rank;
    }
    if (rank > decision.rank) (gapIds[rank] ??= []).push(ids[i] as string);
  }
  const informationGaps: InformationGap[] = [];
  for (let rank = gapIds.length - 1; rank > decision.rank; rank--) {
    const signalIds = gapIds[rank];
    if (signalIds) informationGaps.push({ level: LEVELS[rank] as Level, signalIds });
  }

  const dimensions: Record<string, DimensionResult> = {};
  compiled.dims.forEach((dim, d) => {
    const score = scores[d] as number;
    dimensions[dim] = { score, indicated: score >= compiled.indicated, signalIds: [] };
  });
  const riskFactors: string[] = [];
  for (let i = 0; i < answers.length; i++) {
    if ((answers[i] as number) < ANSWER_POSSIBLE) continue;
    if (kinds[i] === KIND_RISK) riskFactors.push(ids[i] as string);
    else dimensions[compiled.dims[dimOf[i] as number] as string]?.signalIds.push(ids[i] as string);
  }

  const level = LEVELS[decision.rank] as Level;
  const audience: Audience = input.audience ?? 'professional';
  const decider =
    decision.rule < 0 ? undefined : (decision.raised ? compiled.raises : compiled.rules)[decision.rule]?.rule;
  const findings: Finding[] = buildFindings(compiled, state, answers, input.age === 'unknown');
  return {
    level,
    decidedBy: decider ? { ruleId: decider.id, reason: decider.reason } : { ruleId: null, reason: 'nothing_observed' },
    ageRule: input.age === 'unknown' ? 'unknown-treated-as-minor' : ageGroup,
    audience,
    municipality: input.municipality ?? null,
    dimensions,
    riskFactors,
    findings,
    informationGaps,
    nextStepIds: compiled.nextSteps.get(stepKey(level, audience)) ?? [],
    contactIds: compiled.contacts.get(contactKey(input.municipality, audience)) ?? [],
    ruleset: compiled.stamp,
  };
}

/** The level rank the evidence would reach if entry `i` were answered clear. */
function gapRank(compiled: CompiledRuleset, state: EvidenceState, i: number): number {
  const d = compiled.dimOf[i] as number;
  const weight = compiled.weightClear[i] as number;
  const members = compiled.conditionsOf[i] as number[];
  const { scores, counts } = state;
  const before = d >= 0 ? (scores[d] as number) : 0;
  if (d >= 0) scores[d] = before + weight;
  for (const c of members) counts[c] = (counts[c] as number) + 1;
  const rank = decide(compiled, state).rank;
  // Restore the exact value: subtracting the weight again could leave a rounding error.
  if (d >= 0) scores[d] = before;
  for (const c of members) counts[c] = (counts[c] as number) - 1;
  return rank;
}

/**
 * Turns what someone observed about a young person into an explained level and next steps.
 * Pure, synchronous and deterministic: the same input and ruleset always give the same result.
 *
 * @example
 * ```ts
 * const result = assess({ age: 15, observations: { 'activity-courier': 'clear', 'recruit-gifts': 'possible' } });
 * result.level; // 'concern'
 * ```
 * @throws {AssessmentInputError} with every issue in the input, each naming its field.
 */
export function assessWith(input: AssessmentInput, ruleset: Ruleset): Assessment {
  const prepared = prepare(input, ruleset);
  if (Array.isArray(prepared)) throw new AssessmentInputError(prepared);
  return evaluate(input, prepared);
}

/** Like {@link assessWith}, but never throws: invalid input gives `{ ok: false, issues }`. */
export function safeAssessWith(input: unknown, ruleset: Ruleset): SafeAssessResult {
  const prepared = prepare(input, ruleset);
  if (Array.isArray(prepared)) return { ok: false, issues: prepared };
  return { ok: true, assessment: evaluate(input as AssessmentInput, prepared) };
}
