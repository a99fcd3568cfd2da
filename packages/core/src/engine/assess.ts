import type { Assessment, DimensionResult, InformationGap, Issue } from '../schema/assessment.js';
import type { AssessmentInput } from '../schema/input.js';
import type { Audience } from '../schema/vocabulary.js';
import { LEVELS, type Level } from '../schema/vocabulary.js';
import type { AgeGroup } from '../schema/vocabulary.js';
import type { Ruleset } from '../schema/ruleset.js';
import { asOfTooEarly, checkInput, isIsoDate, readInput } from './check-input.js';
import { compile } from './compile.js';
import { ANSWER_POSSIBLE, ANSWER_UNKNOWN, KIND_RISK, audienceIndex, type CompiledRuleset } from './compiled.js';
import { AssessmentInputError } from './errors.js';
import { decide, type EvidenceState } from './evaluate.js';
import { buildFindings } from './findings.js';

/** The outcome of {@link safeAssess}: an assessment, or every issue that kept the input from one. */
export type SafeAssessResult = { ok: true; assessment: Assessment } | { ok: false; issues: Issue[] };

/**
 * Resolves the compiled ruleset for an input, checks the input and reads its answers into the
 * compiled ruleset's buffers. Returns every issue instead when there are any.
 */
function prepare(input: unknown, ruleset: Ruleset): CompiledRuleset | Issue[] {
  const newest = compile(ruleset);
  const asOf = typeof input === 'object' && input !== null ? (input as { asOf?: unknown }).asOf : undefined;
  let compiled = newest;
  if (typeof asOf === 'string' && isIsoDate(asOf)) {
    if (asOf < newest.validFrom) return [...(checkInput(input, newest) ?? []), asOfTooEarly(asOf, newest.validFrom)];
    compiled = compile(ruleset, asOf);
  }
  if (readInput(input, compiled)) return compiled;
  return checkInput(input, newest) ?? [];
}

/** Evaluates answers already read into the compiled ruleset's buffers by `readInput`. */
function evaluate(input: AssessmentInput, compiled: CompiledRuleset): Assessment {
  const { answers, scores } = compiled.scratch;
  const { dimOf, kinds, ids } = compiled;

  // Catalogue order, so results do not depend on the order of the input.
  const observedIndexes: number[] = [];
  for (let i = 0; i < answers.length; i++) if ((answers[i] as number) >= ANSWER_POSSIBLE) observedIndexes.push(i);

  const age = input.age;
  const ageGroup: AgeGroup = age !== 'unknown' && age >= compiled.adultAge ? 'young-adult' : 'minor';
  const state: EvidenceState = { scores, counts: compiled.scratch.counts, ageGroup };
  const decision = decide(compiled, state);

  const dimensions: Record<string, DimensionResult> = {};
  const dimensionResults: DimensionResult[] = compiled.dims.map((dim, d) => {
    const score = scores[d] as number;
    const result = { score, indicated: score >= compiled.indicated, signalIds: [] as string[] };
    dimensions[dim] = result;
    return result;
  });
  const riskFactors: string[] = [];
  for (const i of observedIndexes) {
    if (kinds[i] === KIND_RISK) riskFactors.push(ids[i] as string);
    else dimensionResults[dimOf[i] as number]?.signalIds.push(ids[i] as string);
  }

  const level = LEVELS[decision.rank] as Level;
  const audience: Audience = input.audience ?? 'professional';
  const decider =
    decision.rule < 0 ? undefined : (decision.raised ? compiled.raises : compiled.rules)[decision.rule]?.rule;
  return {
    level,
    decidedBy: decider ? { ruleId: decider.id, reason: decider.reason } : { ruleId: null, reason: 'nothing_observed' },
    ageRule: input.age === 'unknown' ? 'unknown-treated-as-minor' : ageGroup,
    audience,
    municipality: input.municipality ?? null,
    dimensions,
    riskFactors,
    findings: buildFindings(compiled, state, answers, observedIndexes, input.age === 'unknown'),
    informationGaps: informationGaps(compiled, state, decision.rank),
    // Copies: a caller may change its result without changing the next one.
    nextStepIds: (compiled.nextSteps[decision.rank]?.[audienceIndex(audience)] ?? []).slice(),
    contactIds: (compiled.contacts.get(input.municipality ?? '')?.[audienceIndex(audience)] ?? []).slice(),
    ruleset: { id: compiled.stamp.id, version: compiled.stamp.version, hash: compiled.stamp.hash },
  };
}

/**
 * Unknown entries that would raise the level if they turned out clear, grouped by the level they
 * would give. Entries of one gap class have the same effect, so each class is evaluated once.
 */
function informationGaps(compiled: CompiledRuleset, state: EvidenceState, currentRank: number): InformationGap[] {
  const { answers, gapRanks } = compiled.scratch;
  const { gapClassOf, ids } = compiled;
  gapRanks.fill(-1);
  const byRank: string[][] = [];
  for (let i = 0; i < answers.length; i++) {
    if (answers[i] !== ANSWER_UNKNOWN) continue;
    const cls = gapClassOf[i] as number;
    if ((compiled.gapClassCeiling[cls] as number) <= currentRank) continue;
    let rank = gapRanks[cls] as number;
    if (rank < 0) {
      rank = gapRank(compiled, state, i);
      gapRanks[cls] = rank;
    }
    if (rank > currentRank) (byRank[rank] ??= []).push(ids[i] as string);
  }
  const gaps: InformationGap[] = [];
  for (let rank = byRank.length - 1; rank > currentRank; rank--) {
    const signalIds = byRank[rank];
    if (signalIds) gaps.push({ level: LEVELS[rank] as Level, signalIds });
  }
  return gaps;
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
