import type { Locale, Ruleset } from '@anders-kijken/core';

/** A file of texts: per locale, the texts of one group's slots, in order. */
export type TextsModule = { default: Partial<Record<Locale, readonly string[]>> };
export type TextsLoader = () => Promise<TextsModule>;

/**
 * The groups a ruleset's texts come in, by their mark in the structure: `$t` the texts every
 * element may show (steps, contacts, youth questions); `$s` the texts of signals, risk factors,
 * dimensions and rules that only the elements showing them load; `$u` the texts no element shows
 * (source notes, rationales, legal elements).
 */
export type TextGroup = '$t' | '$s' | '$u';

/** One group of texts: those that come with the structure, and how to load the rest. */
export interface GroupParts {
  /** Texts that come with the structure, per locale. */
  given?: Partial<Record<Locale, readonly string[]>>;
  /** Per file, the locales it holds and how to load it. */
  files?: { locales: Locale[]; load: TextsLoader }[];
}

/** A text of the ruleset: the object the widgets read, filled in per locale. */
type Slot = Record<Locale, string>;

/** What a text holds until its own has loaded: the given locale's text, or this, which no element shows. */
const STAND_IN = '…';

/** Texts not there yet, in a group and some locales: how to load them into place, or fill them from texts an element provides. */
interface Missing {
  group: TextGroup;
  locales: Locale[];
  load: () => Promise<void>;
  provide?: (texts: TextsModule['default']) => void;
}

const missing = new Set<Missing>();
const loading = new Map<Missing, Promise<void>>();
/** The texts elements gave with their modules, per group: an element on this page shows those groups. */
const provided = new Map<TextGroup, TextsModule['default']>();
/** Whether an element on this page shows a group: only those texts are loaded for showing a language. */
const isShown = (group: TextGroup) => group === '$t' || provided.has(group);

/** Puts the texts of `locales` into their slots, keeping a stand-in where a text is missing. */
function fillSlots(slots: Slot[], locales: Locale[], texts: TextsModule['default']): void {
  for (const locale of locales) slots.forEach((slot, index) => (slot[locale] = texts[locale]?.[index] ?? slot[locale]));
}

/**
 * Builds a ruleset from its structure (JSON in which every text is `{"$t": n}`, `{"$s": n}` or
 * `{"$u": n}`) and the texts that come with it. Every other text gets a stand-in, so the ruleset is
 * complete from the start: a given locale's text in another locale, `…` where the group has none yet.
 * {@link provideTexts}, {@link textsReady} and {@link allTextsReady} fill in the real ones, in place.
 * Only the browser files use this (scripts/texts-by-locale.mjs); in the npm build nothing is missing.
 */
export function assembleRuleset(structure: string, groups: Partial<Record<TextGroup, GroupParts>>): Ruleset {
  const slotsOf = new Map<TextGroup, Slot[]>();
  const ruleset = JSON.parse(structure, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null) return value;
    const group = (['$t', '$s', '$u'] as const).find((mark) => mark in value);
    if (!group) return value;
    const index = (value as Record<TextGroup, number>)[group];
    const given = groups[group]?.given ?? {};
    const first = Object.values(given)[0]?.[index] ?? STAND_IN;
    const slot: Slot = { nl: given.nl?.[index] ?? first, en: given.en?.[index] ?? first };
    let slots = slotsOf.get(group);
    if (!slots) slotsOf.set(group, (slots = []));
    slots[index] = slot;
    return slot;
  }) as Ruleset;
  for (const [group, parts] of Object.entries(groups) as [TextGroup, GroupParts][])
    for (const { locales, load } of parts.files ?? []) {
      const slots = slotsOf.get(group) ?? [];
      const provide = (texts: TextsModule['default']) => fillSlots(slots, locales, texts);
      missing.add({ group, locales, load: () => load().then(({ default: texts }) => provide(texts)), provide });
    }
  fillProvided();
  return ruleset;
}

/**
 * Gives a group its texts in a locale, from a module an element imports: the element shows that
 * group from then on, so showing another language loads the group's texts in it too.
 */
export function provideTexts(group: TextGroup, texts: TextsModule['default']): void {
  provided.set(group, { ...provided.get(group), ...texts });
  fillProvided();
}

/** Fills the texts that were provided: also for a ruleset assembled after the module that gave them ran. */
function fillProvided(): void {
  for (const file of missing) {
    const texts = provided.get(file.group);
    if (file.provide && texts && file.locales.every((locale) => texts[locale])) {
      file.provide(texts);
      missing.delete(file);
    }
  }
}

/** Loads missing texts into place; never rejects: when they cannot load, the stand-ins stay and a warning says so. */
function fill(texts: Missing): Promise<void> {
  let load = loading.get(texts);
  if (!load) {
    load = texts.load().then(
      () => void missing.delete(texts),
      (error: unknown) => {
        // Nothing waits for it again: the stand-ins stay.
        missing.delete(texts);
        console.warn(
          `[anders-kijken] Texts in ${texts.locales.map((l) => `"${l}"`).join(' and ')} could not be loaded; ` +
            "the other language's stand in where they are shown.",
          error,
        );
      },
    );
    loading.set(texts, load);
  }
  return load;
}

/**
 * Something else an element needs before it shows `locale` (the widgets' own strings), loaded
 * with the texts of that locale and filled in by `load` itself.
 */
export function addTextsLoad(locale: Locale, load: () => Promise<void>): void {
  missing.add({ group: '$t', locales: [locale], load });
}

/**
 * Nothing when every text the page's elements show in `locale` is there (always, outside the
 * browser files); otherwise the load that fills them in, which never rejects.
 */
export function textsReady(locale: Locale): Promise<void> | undefined {
  const needed = [...missing].filter((texts) => isShown(texts.group) && texts.locales.includes(locale));
  return needed.length === 0 ? undefined : Promise.all(needed.map(fill)).then(() => undefined);
}

/** Every text in every locale, before a ruleset is made from an assembled one: what it copies must be complete. */
export function allTextsReady(): Promise<void> {
  return Promise.all([...missing].map(fill)).then(() => undefined);
}
