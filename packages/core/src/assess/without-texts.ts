import type { Ruleset } from '../schema/ruleset.js';

/** A text of a ruleset: an object with exactly a Dutch and an English string. */
function isText(value: object): boolean {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as { nl?: unknown }).nl === 'string' &&
    typeof (value as { en?: unknown }).en === 'string'
  );
}

/**
 * A plain copy of a ruleset with every text empty: what `assess` reads (ids, weights, rules,
 * routes), without the words people read. Its shape is still a `Ruleset`.
 */
export function withoutTexts(ruleset: Ruleset): Ruleset {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value !== 'object' || value === null) return value;
    if (isText(value)) return { nl: '', en: '' };
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, strip(item)]));
  };
  return strip(ruleset) as Ruleset;
}
