import type { CatalogueEntry, Locale } from '@anders-kijken/core';

/** The search words of a query: lower case, split on spaces. */
export const searchWords = (query: string): string[] => query.toLowerCase().split(/\s+/).filter(Boolean);

/** Whether a catalogue entry holds every search word, in its id, label, question or examples. */
export function matchesEntry(entry: CatalogueEntry, words: readonly string[], locale: Locale): boolean {
  if (words.length === 0) return true;
  const { label, question, examples } = entry.texts;
  const haystack = [entry.id, label[locale], question[locale], ...examples.map((e) => e[locale])]
    .join(' ')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}
