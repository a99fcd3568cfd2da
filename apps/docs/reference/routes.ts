import type { Locale } from '@anders-kijken/core';
import { entries } from './catalogue-data.js';
import { entryPage } from './entry-page.js';
import { cataloguePage, referencePages } from './pages/index.js';

/** A generated page: where it goes (its params) and its Markdown. */
export interface Route {
  params: Record<string, string>;
  content: string;
}

/** One page per signal, acute signal and risk factor, in a locale. */
export const entryRoutes = (locale: Locale): Route[] =>
  entries.map((entry) => ({ params: { id: entry.id }, content: entryPage(entry, locale) }));

/** The single reference pages (the catalogue, rules, levels, contacts, sources, schemas) in a locale. */
export const referenceRoutes = (locale: Locale): Route[] => [
  { params: { page: 'signals' }, content: cataloguePage(locale) },
  ...Object.entries(referencePages).map(([page, render]) => ({ params: { page }, content: render(locale) })),
];
