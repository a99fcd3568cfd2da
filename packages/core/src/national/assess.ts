import { assessWith, safeAssessWith, type SafeAssessResult } from '../engine/assess.js';
import { floorOf } from '../engine/safety-floor.js';
import type { SafetyFloor } from '../schema/safety-floor.js';
import type { Assessment } from '../schema/assessment.js';
import type { AssessmentInput } from '../schema/input.js';
import type { Ruleset } from '../schema/ruleset.js';
import { defaultRuleset } from './ruleset.js';

let floor: SafetyFloor | undefined;
/** The national floor, read once from the national ruleset when first needed (not from the catalogue's modules). */
const nationalFloor = (): SafetyFloor => (floor ??= floorOf(defaultRuleset));

/**
 * Turns what someone observed about a young person into an explained level and next steps.
 * Pure, synchronous and deterministic. Ids left out of `observations` count as `unknown`.
 *
 * A ruleset of one's own must keep the national safety floor: 112 in every result and the acute
 * signals giving `acute`. One that does not is refused, whatever the input, rather than giving a
 * result without 112.
 *
 * @example
 * ```ts
 * const result = assess({ age: 15, observations: { 'activity-courier': 'clear', 'recruit-gifts': 'possible' } });
 * result.level;     // 'concern'
 * result.decidedBy; // { ruleId: 'clear-direct-activity', reason: 'clear_direct_activity' }
 * ```
 * @throws {AssessmentInputError} listing every issue, each with a path and a message in Dutch and English.
 * @throws {RulesetError} for a ruleset that cannot be read or evaluated, or that lacks the safety floor.
 */
export function assess(input: AssessmentInput, ruleset: Ruleset = defaultRuleset): Assessment {
  return assessWith(input, ruleset, nationalFloor());
}

/**
 * Like {@link assess}, but never throws: `{ ok: true, assessment }` or `{ ok: false, issues }`.
 * Use it on input straight from a form or a request. A ruleset that lacks the safety floor gives
 * `{ ok: false, issues }` with paths under `ruleset`, such as `missing_emergency_number`.
 */
export function safeAssess(input: unknown, ruleset: Ruleset = defaultRuleset): SafeAssessResult {
  return safeAssessWith(input, ruleset, nationalFloor());
}
