import { defaultRuleset, type Contact } from '../../src/index.js';

/** A confirmed local contact of a municipality, checked on the ruleset's review date; tests vary one field. */
export function localContact(municipality: string, overrides: Partial<Contact> = {}): Contact {
  return {
    id: `${municipality}-team`,
    scope: 'local',
    municipality,
    name: { nl: 'Buurtteam', en: 'Neighbourhood team' },
    phone: '030 000 0000',
    hours: { nl: 'Werkdagen', en: 'Weekdays' },
    purpose: { nl: 'Advies', en: 'Advice' },
    confirmed: true,
    checkedOn: defaultRuleset.reviewedOn,
    ...overrides,
  };
}

/** A patch that adds a municipality (and, given, its contacts), as the "Lokale contacten" builder writes it. */
export const municipalityPatch = (id: string, name: string, contacts: Contact[] = []) => ({
  id,
  municipalities: [{ id, name, sourceIds: [] }],
  ...(contacts.length > 0 ? { contacts: { add: contacts } } : {}),
});
