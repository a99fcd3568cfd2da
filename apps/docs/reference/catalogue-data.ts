import {
  assess,
  defaultRuleset,
  type CatalogueEntry,
  type Locale,
  type Ruleset,
  type RulesetStamp,
  type Source,
} from '@anders-kijken/core';

/** The ruleset every reference page describes: the national one, as `assess` uses it by default. */
export const ruleset: Ruleset = defaultRuleset;

/** Id, version and content hash, exactly as every assessment reports them. */
export const stamp: RulesetStamp = assess({ age: 'unknown', observations: {} }).ruleset;

/** Every entry that gets a page: acute signals, signals and risk factors. */
export const entries: readonly CatalogueEntry[] = [...ruleset.signals, ...ruleset.riskFactors];

const sourcesById = new Map(ruleset.sources.map((source) => [source.id, source]));

/** A source by id; the ruleset validates that every cited id exists, so a miss is a build error. */
export function sourceById(id: string): Source {
  const source = sourcesById.get(id);
  if (!source) throw new Error(`The ruleset cites source "${id}", which it does not define.`);
  return source;
}

/** An entry's label in a locale; an id the ruleset does not name stays as it is. */
export function entryLabel(id: string, locale: Locale): string {
  return entries.find((e) => e.id === id)?.texts.label[locale] ?? id;
}

/** A dimension's label in a locale; an id the ruleset does not name stays as it is. */
export function dimensionLabel(id: string, locale: Locale): string {
  return ruleset.dimensions.find((d) => d.id === id)?.label[locale] ?? id;
}
