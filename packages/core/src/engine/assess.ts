import type { Assessment, DimensionResult, InformationGap, Issue } from '../schema/assessment.js';
import type { AssessmentInput } from '../schema/input.js';
import type { Ruleset } from '../schema/ruleset.js';
import { LEVELS, type AgeGroup, type AgeRule, type Evidence, type Level } from '../schema/vocabulary.js';
import { AssessmentInputError, IssuesError, RulesetError } from '../internal/errors.js';
import { compile } from './compile.js';
import { plainRuleset, unreadableRuleset } from './plain-ruleset.js';
import { ANSWER_POSSIBLE, ANSWER_UNKNOWN, type CompiledRuleset } from './compiled.js';
import { decide, evidenceState, indicatedDirectly, rankIfClear, type EvidenceState } from './evaluate.js';
import { buildFindings, matchedEvidence } from './findings.js';
import { asOfTooEarly, readInput, type PlainInput } from './read-input.js';
import { unknownMunicipality } from './unknown-municipality.js';
import { route } from './route.js';
import { safetyFloorIssues } from './safety-floor.js';
import type { SafetyFloor } from '../schema/safety-floor.js';

/** The outcome of {@link safeAssessWith}: an assessment, or every issue that kept the input from one. */
export type SafeAssessResult = { ok: true; assessment: Assessment } | { ok: false; issues: Issue[] };

/** Reads the input and resolves the ruleset compiled for its date. Returns every issue instead when there are any. */
function prepare(
  input: unknown,
  ruleset: Ruleset,
  floor: SafetyFloor | undefined,
): { compiled: CompiledRuleset; plain: PlainInput } | Issue[] {
  const newest = compile(ruleset);
  // A ruleset without the floor is refused before the input is read: no result without 112.
  if (floor) {
    const missing = safetyFloorIssues(newest, floor);
    if (missing.length > 0) throw new RulesetError(missing);
  }
  const plain = readInput(input, newest);
  if (Array.isArray(plain)) return plain;
  if (plain.asOf === undefined) return { compiled: newest, plain };
  if (plain.asOf < newest.validFrom) return [asOfTooEarly(plain.asOf, newest.validFrom)];
  return { compiled: compile(ruleset, plain.asOf), plain };
}

function ageRuleOf(input: PlainInput, adultAge: number): AgeRule {
  if (input.age === 'unknown') return 'unknown-treated-as-minor';
  if (input.age < adultAge) return 'minor';
  return input.startedAsMinor ? 'started-as-minor' : 'young-adult';
}

/**
 * Unknown entries that would raise the level if they turned out clear, grouped by the level they
 * would give (highest first), the strongest first within a group.
 */
function informationGaps(compiled: CompiledRuleset, state: EvidenceState, currentRank: number): InformationGap[] {
  const byRank: number[][] = [];
  const rankOfClass = new Int8Array(compiled.gapClassCount).fill(-1);
  const { answers } = state;
  // In the order gaps are listed, so each level's list needs no sorting.
  for (const i of compiled.gapOrder) {
    if (answers[i] !== ANSWER_UNKNOWN) continue;
    const cls = compiled.gapClassOf[i] as number;
    if ((compiled.gapClassCeiling[cls] as number) <= currentRank) continue;
    let rank = rankOfClass[cls] as number;
    if (rank < 0) {
      rank = rankIfClear(compiled, state, i, currentRank);
      rankOfClass[cls] = rank;
    }
    if (rank > currentRank) (byRank[rank] ??= []).push(i);
  }
  const gaps: InformationGap[] = [];
  for (let rank = byRank.length - 1; rank > currentRank; rank--) {
    const indexes = byRank[rank];
    if (!indexes) continue;
    gaps.push({ level: LEVELS[rank] as Level, signalIds: indexes.map((i) => compiled.entries[i]?.id as string) });
  }
  return gaps;
}

function evaluate(compiled: CompiledRuleset, input: PlainInput): Assessment {
  const ageRule = ageRuleOf(input, compiled.adultAge);
  const ageGroup: AgeGroup = ageRule === 'young-adult' ? 'young-adult' : 'minor';
  const state = evidenceState(compiled, input.answers, ageGroup);
  const decision = decide(compiled, state);
  const decider = compiled.rules[decision.rule];

  // One pass in catalogue order, so results do not depend on the order of the input.
  const observed: number[] = [];
  const signalIds: string[][] = compiled.dims.map(() => []);
  // Keyed by signal id, like the caller's observations: an object literal would share its hidden
  // classes with theirs and keep reshaping them (about a sixth of the time of an assessment in the bench).
  // One without a prototype has its own; it gets the ordinary one before it is returned.
  const evidence: Record<string, Evidence> = Object.create(null);
  const riskFactors: string[] = [];
  const possible: string[] = [];
  for (let i = 0; i < input.answers.length; i++) {
    if ((input.answers[i] as number) < ANSWER_POSSIBLE) continue;
    observed.push(i);
    const entry = compiled.entries[i] as CompiledRuleset['entries'][number];
    if (input.answers[i] === ANSWER_POSSIBLE) possible.push(entry.id);
    if (entry.kind === 'risk-factor') riskFactors.push(entry.id);
    else if (entry.kind === 'signal') {
      // Acute signals belong to no dimension's evidence: they decide by themselves.
      signalIds[entry.dim]?.push(entry.id);
      evidence[entry.id] = entry.direct ? 'direct' : 'indirect';
    }
  }

  const ruleEvidence = matchedEvidence(compiled, state, observed);

  const dimensions: Record<string, DimensionResult> = {};
  compiled.dims.forEach((dim, d) => {
    const score = state.scores[d] as number;
    dimensions[dim] = {
      score,
      indicated: score >= compiled.indicated,
      direct: indicatedDirectly(compiled, state, d),
      signalIds: signalIds[d] as string[],
    };
  });

  const warnings: Issue[] = [];
  let municipality: string | null = null;
  if (input.municipality !== undefined) {
    if (compiled.municipalities.has(input.municipality)) municipality = input.municipality;
    else warnings.push(unknownMunicipality(input.municipality, compiled));
  }
  const { nextStepIds, contactIds, regions } = route(compiled, {
    rank: decision.rank,
    audience: input.audience,
    age: input.age,
    answers: input.answers,
    suspect: input.suspect,
    decisive: ruleEvidence[decision.rule] ?? [],
    route: decider?.rule.route,
    municipality: municipality ?? undefined,
  });

  return {
    level: LEVELS[decision.rank] as Level,
    decidedBy: decider
      ? { ruleId: decider.rule.id, reason: decider.rule.reason }
      : { ruleId: null, reason: 'nothing_observed' },
    ageRule,
    audience: input.audience,
    municipality,
    dimensions,
    evidence: Object.setPrototypeOf(evidence, Object.prototype) as Record<string, Evidence>,
    riskFactors,
    possible,
    findings: buildFindings(compiled, state, observed, ageRule, ruleEvidence),
    informationGaps: informationGaps(compiled, state, decision.rank),
    nextStepIds,
    contactIds,
    ...(Object.keys(regions).length > 0 ? { contactRegions: regions } : {}),
    warnings,
    ruleset: { ...compiled.stamp },
  };
}

/**
 * Turns what someone observed about a young person into an explained level and next steps.
 * Pure, synchronous and deterministic: the same input and ruleset always give the same result.
 *
 * With a `floor`, a ruleset that lacks it (no emergency contact in every result, an acute signal of
 * the floor missing or not giving acute) is refused, whatever the input.
 *
 * @throws {AssessmentInputError} with every issue in the input, each naming its field.
 * @throws {RulesetError} when the ruleset cannot be read or evaluated, or lacks the floor.
 */
export function assessWith(input: AssessmentInput, given: Ruleset, floor?: SafetyFloor): Assessment {
  const read = plainRuleset(given);
  if ('issue' in read) throw new RulesetError([read.issue]);
  let prepared: ReturnType<typeof prepare>;
  let assessment: Assessment | undefined;
  try {
    prepared = prepare(input, read.ruleset, floor);
    if (!Array.isArray(prepared)) assessment = evaluate(prepared.compiled, prepared.plain);
  } catch (error) {
    // A ruleset of the right top-level shape with junk inside fails somewhere in compiling: as documented, a RulesetError.
    if (error instanceof IssuesError) throw error;
    throw new RulesetError([unreadableRuleset()]);
  }
  if (Array.isArray(prepared)) throw new AssessmentInputError(prepared);
  return assessment as Assessment;
}

/**
 * Like {@link assessWith}, but never throws: invalid input gives `{ ok: false, issues }`, and so
 * does a ruleset that cannot be evaluated or lacks the floor (issues with paths under `ruleset`).
 */
export function safeAssessWith(input: unknown, given: Ruleset, floor?: SafetyFloor): SafeAssessResult {
  try {
    const read = plainRuleset(given);
    if ('issue' in read) return { ok: false, issues: [read.issue] };
    const prepared = prepare(input, read.ruleset, floor);
    if (Array.isArray(prepared)) return { ok: false, issues: prepared };
    return { ok: true, assessment: evaluate(prepared.compiled, prepared.plain) };
  } catch (error) {
    if (error instanceof IssuesError && !(error instanceof AssessmentInputError)) {
      return { ok: false, issues: error.issues.map((issue) => ({ ...issue, path: ['ruleset', ...issue.path] })) };
    }
    return { ok: false, issues: [unreadableRuleset()] };
  }
}
