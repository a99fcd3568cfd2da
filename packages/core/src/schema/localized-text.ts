import { z } from './zod.js';

/** The languages every citizen-facing text exists in; Dutch first, as the default. */
export const LOCALES = ['nl', 'en'] as const;

/** A language of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/** Whether `value` is one of {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** One text in Dutch and English. Completeness (no empty text) is checked by `validateRuleset`. */
export const LocalizedTextSchema = z.object({ nl: z.string(), en: z.string() });

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
