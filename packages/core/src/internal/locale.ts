import type { Locale } from '../schema/vocabulary.js';

/**
 * Languages of the Kingdom of the Netherlands whose readers read Dutch better than English:
 * Frisian, Limburgish, Low Saxon and Papiamento get the Dutch texts.
 */
const READ_AS_DUTCH = new Set(['nl', 'fy', 'li', 'nds', 'pap']);

/**
 * The locale of every text for a language tag (`lang` attribute, `Accept-Language` entry, option):
 * Dutch when no language is given, for Dutch in any region (`nl-BE`, `NL`) and for the Kingdom's
 * regional languages; English for any other language. The one resolver for core, widgets and docs.
 *
 * @example
 * ```ts
 * resolveLocale('NL-be'); // 'nl'
 * resolveLocale(''); // 'nl'
 * resolveLocale('de'); // 'en'
 * ```
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  if (typeof tag !== 'string') return 'nl';
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return language === '' || READ_AS_DUTCH.has(language) ? 'nl' : 'en';
}
