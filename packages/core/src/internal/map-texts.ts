import type { LocalizedText } from '../schema/localized-text.js';

/** Where a value sits in a ruleset: the keys and indexes from its root. */
export type TextPath = readonly (string | number)[];

/** A text of a ruleset: a plain object with exactly a Dutch and an English string. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { nl, en } = value as { nl?: unknown; en?: unknown };
  return Object.keys(value).length === 2 && typeof nl === 'string' && typeof en === 'string';
}

/**
 * A plain copy of a ruleset (or any plain data) with every text replaced by what `replace` gives
 * for it and its path: the one walk over the texts for the builds that take a ruleset apart (the
 * `assess` entry without texts, the widgets' browser files in one language).
 */
export function mapTexts(
  value: unknown,
  replace: (text: LocalizedText, path: TextPath) => unknown,
  path: TextPath = [],
): unknown {
  if (isLocalizedText(value)) return replace(value, path);
  if (Array.isArray(value)) return value.map((item, index) => mapTexts(item, replace, [...path, index]));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapTexts(item, replace, [...path, key])]));
}
