import type { Locale } from '@anders-kijken/core';
import { entries } from './catalogue-data.js';
import { entryPage } from './entry-page.js';
import { referencePages } from './pages/index.js';

/** A generated reference page: its file under `reference/` and its Markdown. */
export interface ReferenceFile {
  file: string;
  content: string;
}

/** Every reference page of a locale: the single pages, then one per signal, acute signal and risk factor. */
export const referenceFiles = (locale: Locale): ReferenceFile[] => [
  ...Object.entries(referencePages).map(([page, render]) => ({ file: `${page}.md`, content: render(locale) })),
  ...entries.map((entry) => ({ file: `signals/${entry.id}.md`, content: entryPage(entry, locale) })),
];
