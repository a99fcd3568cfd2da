import { mapTexts } from '../internal/map-texts.js';
import type { Ruleset } from '../schema/ruleset.js';

/**
 * A plain copy of a ruleset with every text empty: what `assess` reads (ids, weights, rules,
 * routes), without the words people read. Its shape is still a `Ruleset`.
 */
export const withoutTexts = (ruleset: Ruleset): Ruleset => mapTexts(ruleset, () => ({ nl: '', en: '' })) as Ruleset;
