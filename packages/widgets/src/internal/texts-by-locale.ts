import type { Locale, Ruleset } from '@anders-kijken/core';

/** A file of texts: per locale, the texts of its slots in order. */
export type TextsModule = { default: Partial<Record<Locale, readonly string[]>> };
export type TextsLoader = () => Promise<TextsModule>;

/** How the browser files give a ruleset its texts: one locale at once, the rest when needed. */
export interface TextParts {
  /** The locale whose texts come with the structure. */
  locale: Locale;
  /** Its texts, in the order of the structure's `{"$t": n}`. */
  texts: readonly string[];
  /** The other locales' texts for the same slots, loaded when an element first shows one. */
  others: Partial<Record<Locale, TextsLoader>>;
  /**
   * The texts no element shows (`{"$u": n}`: source notes, rationales, legal elements), every locale
   * in one file, loaded only when the ruleset is copied (a patch, a ruleset given in code).
   */
  unshown?: TextsLoader;
}

/** A text of the ruleset: the object the widgets read, filled in per locale. */
type Slot = Record<Locale, string>;

/** What a text stands in with until its own text has loaded: it is never shown. */
const UNSHOWN = '…';

/** Texts not there yet: which slots and locales a file fills, and whether an element may show them. */
interface Missing {
  slots: Slot[];
  locales: Locale[];
  shown: boolean;
  load: TextsLoader;
}

const missing = new Set<Missing>();
const loading = new Map<Missing, Promise<void>>();

/**
 * Builds a ruleset from its structure (JSON in which every text is `{"$t": n}` or `{"$u": n}`) and
 * the texts of one locale. Every other text gets a stand-in, so the ruleset is complete from the
 * start: the given locale's text for another locale, `…` for a text no element shows. {@link textsReady}
 * and {@link allTextsReady} load the real ones, in place. Only the browser files use this (see
 * scripts/texts-by-locale.mjs); in the npm build nothing is missing.
 */
export function assembleRuleset(structure: string, parts: TextParts): Ruleset {
  const shown: Slot[] = [];
  const unshown: Slot[] = [];
  const others = Object.keys(parts.others) as Locale[];
  const ruleset = JSON.parse(structure, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null) return value;
    if ('$t' in value) {
      const index = (value as { $t: number }).$t;
      const text = parts.texts[index] as string;
      const slot = { [parts.locale]: text } as Slot;
      for (const other of others) slot[other] = text;
      return (shown[index] = slot);
    }
    if ('$u' in value) return (unshown[(value as { $u: number }).$u] = { nl: UNSHOWN, en: UNSHOWN });
    return value;
  }) as Ruleset;
  for (const [locale, load] of Object.entries(parts.others) as [Locale, TextsLoader][])
    missing.add({ slots: shown, locales: [locale], shown: true, load });
  if (parts.unshown) missing.add({ slots: unshown, locales: ['nl', 'en'], shown: false, load: parts.unshown });
  return ruleset;
}

/** Loads one file of texts into its slots; never rejects: when it fails, the stand-ins stay and a warning says so once. */
function fill(texts: Missing): Promise<void> {
  let load = loading.get(texts);
  if (!load) {
    load = texts.load().then(
      ({ default: loaded }) => {
        for (const locale of texts.locales)
          texts.slots.forEach((slot, index) => (slot[locale] = loaded[locale]?.[index] ?? slot[locale]));
        missing.delete(texts);
      },
      (error: unknown) => {
        // Not missing any more in the sense that nothing will wait for it again: the stand-ins stay.
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
 * Nothing when every text an element shows in `locale` is there (always, outside the browser
 * files); otherwise the load that fills them in, which never rejects.
 */
export function textsReady(locale: Locale): Promise<void> | undefined {
  const needed = [...missing].filter((texts) => texts.shown && texts.locales.includes(locale));
  return needed.length === 0 ? undefined : Promise.all(needed.map(fill)).then(() => undefined);
}

/** Every text in every locale, before a ruleset is made from an assembled one: what it copies must be complete. */
export function allTextsReady(): Promise<void> {
  return Promise.all([...missing].map(fill)).then(() => undefined);
}
