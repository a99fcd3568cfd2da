import { resultHeadingWith } from '../engine/result-heading.js';
import type { Assessment } from '../schema/assessment.js';
import type { Ruleset } from '../schema/ruleset.js';
import { defaultRuleset } from './ruleset.js';

/**
 * The heading of a result for the audience it was made for: the deciding rule's heading for that
 * audience when it has one, otherwise the level's name (a parent's words for a parent), and for a
 * young person, who never sees a level's name, "Hier kun je praten". Pass the ruleset the
 * assessment was made with when it is not the default one.
 *
 * @example
 * ```ts
 * resultHeading(assess({ age: 15, observations: {}, audience: 'parent' })); // 'Geen signalen'
 * ```
 */
export function resultHeading(
  assessment: Assessment,
  locale: string = 'nl',
  ruleset: Ruleset = defaultRuleset,
): string {
  return resultHeadingWith(assessment, locale, ruleset);
}
