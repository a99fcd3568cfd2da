import type { DatedValue } from '../schema/dated.js';

/**
 * The entry in force on `asOf` (the one with the latest `since` on or before it), or the newest
 * entry when `asOf` is absent. `undefined` when every entry starts after `asOf`.
 */
export function entryAt<T>(values: readonly DatedValue<T>[], asOf?: string): DatedValue<T> | undefined {
  let best: DatedValue<T> | undefined;
  for (const entry of values) {
    // ISO dates compare correctly as strings.
    if (asOf !== undefined && entry.since > asOf) continue;
    if (best === undefined || entry.since >= best.since) best = entry;
  }
  return best;
}

/** The value of {@link entryAt}. */
export function valueAt<T>(values: readonly DatedValue<T>[], asOf?: string): T | undefined {
  return entryAt(values, asOf)?.value;
}

/** The earliest `since` of a list of dated values. */
export function earliestSince(values: readonly DatedValue<unknown>[]): string | undefined {
  let earliest: string | undefined;
  for (const entry of values) if (earliest === undefined || entry.since < earliest) earliest = entry.since;
  return earliest;
}
