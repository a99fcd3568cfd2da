import type { Locale } from '@anders-kijken/core';
import { cataloguePage } from './catalogue.js';
import { contactsPage } from './contacts.js';
import { levelsPage } from './levels.js';
import { rulesPage } from './rules.js';
import { schemasPage } from './schemas.js';
import { sourcesPage } from './sources.js';

/** Every single reference page, by the slug it lives at under `reference/`. */
export const referencePages: Record<string, (locale: Locale) => string> = {
  signals: cataloguePage,
  rules: rulesPage,
  levels: levelsPage,
  contacts: contactsPage,
  sources: sourcesPage,
  schemas: schemasPage,
};
