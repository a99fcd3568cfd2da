/**
 * `@anders-kijken/core/assess`: `assess` and `safeAssess` with the national ruleset's structure and
 * none of its texts, for code that needs the level, the ids and the stamp but shows no words (a
 * form's back end, a report, a test). An assessment from here is the same as from the main entry,
 * stamp and all, so `explain` and `guidance` from the main entry can take it.
 * @packageDocumentation
 */
import { assessWith, safeAssessWith, type SafeAssessResult } from '../engine/assess.js';
import type { Assessment } from '../schema/assessment.js';
import type { AssessmentInput } from '../schema/input.js';
import type { Ruleset } from '../schema/ruleset.js';
import { floorOf } from '../engine/safety-floor.js';
import type { SafetyFloor } from '../schema/safety-floor.js';
import { nationalStructure } from './national-structure.js';

/** The floor a ruleset of one's own must keep here, read from the national structure. */
const floor: SafetyFloor = floorOf(nationalStructure);

/**
 * The same as `assess` from `@anders-kijken/core`, by default with the national ruleset without
 * texts. Pure, synchronous and deterministic.
 *
 * @example
 * ```ts
 * import { assess } from '@anders-kijken/core/assess';
 * assess({ age: 15, observations: { 'activity-courier': 'clear' } }).level; // 'concern'
 * ```
 * A ruleset of one's own must keep the safety floor (112 in every result, the acute signals giving
 * `acute`), as with the main entry.
 *
 * @throws {AssessmentInputError} listing every issue, each with a path and a message in Dutch and English.
 * @throws {RulesetError} for a ruleset that cannot be read or evaluated, or that lacks the safety floor.
 */
export function assess(input: AssessmentInput, ruleset: Ruleset = nationalStructure): Assessment {
  return assessWith(input, ruleset, floor);
}

/** Like {@link assess}, but never throws: `{ ok: true, assessment }` or `{ ok: false, issues }`. */
export function safeAssess(input: unknown, ruleset: Ruleset = nationalStructure): SafeAssessResult {
  return safeAssessWith(input, ruleset, floor);
}

export { AssessmentInputError, IssuesError, RulesetError } from '../internal/errors.js';
export type { SafeAssessResult } from '../engine/assess.js';
export type { Assessment, Issue } from '../schema/assessment.js';
export type { AssessmentInput } from '../schema/input.js';
export type { Ruleset } from '../schema/ruleset.js';
