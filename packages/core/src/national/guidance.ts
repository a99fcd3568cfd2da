import { guidanceWith, type Guidance, type GuidanceQuery } from '../engine/guidance.js';
import type { Ruleset } from '../schema/ruleset.js';
import { defaultRuleset } from './ruleset.js';

/**
 * The next steps and contacts for a level, audience and age, with a municipality's local contacts,
 * as `assess` would give them. An unknown municipality gives a warning and national contacts.
 *
 * @example
 * ```ts
 * guidance({ level: 'concern', audience: 'parent', age: 19 }).nextStepIds.includes('parent-adult-child'); // true
 * ```
 */
export function guidance(query: GuidanceQuery, ruleset: Ruleset = defaultRuleset): Guidance {
  return guidanceWith(query, ruleset);
}
