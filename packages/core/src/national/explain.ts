import { explainWith } from '../engine/explain.js';
import type { Assessment } from '../schema/assessment.js';
import type { Ruleset } from '../schema/ruleset.js';
import { defaultRuleset } from './ruleset.js';

/**
 * The findings of an assessment as plain sentences, in Dutch (default) or English.
 * Pass the ruleset the assessment was made with when it is not the default one.
 *
 * @example
 * ```ts
 * explain(assess({ age: 'unknown', observations: {} }), 'en');
 * // ['The age is unknown. …', 'Nothing was observed. …', …]
 * ```
 */
export function explain(assessment: Assessment, locale: string = 'nl', ruleset: Ruleset = defaultRuleset): string[] {
  return explainWith(assessment, locale, ruleset);
}
