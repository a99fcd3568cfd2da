import { isEmergencyContact } from '../engine/safety-floor.js';
import { comparableText, hasBidiControl, numbersIn } from '../internal/unicode.js';
import { problem, type ValidationProblem } from './problem.js';
import type { ValidationRule } from './rules.js';

type Path = (string | number)[];

/**
 * What no ruleset may lack or weaken: 112 in every result, the acute signals, the protected national
 * contacts, and no other contact passing itself off as one of them, however its name is written.
 */
export const safetyFloor: ValidationRule = {
  name: 'safety-floor',
  description:
    'The emergency number is in every result, the acute signals give acute, the protected national contacts stay, and no other contact claims the emergency number, a protected name or a protected number, however it is written.',
  check(ruleset, { floor }) {
    if (!floor) return [];
    const found: ValidationProblem[] = [];
    const fail = (path: Path, code: string, nl: string, en: string) =>
      found.push(problem('safety-floor', 'error', path, code, nl, en));
    const emergency = comparableText(floor.emergencyNumber);
    const emergencyIndex = ruleset.contacts.findIndex((c) => isEmergencyContact(c, floor.emergencyNumber));
    if (emergencyIndex < 0)
      fail(
        ['contacts'],
        'missing_emergency_number',
        `Er is geen landelijk, beschermd en bevestigd contact met ${floor.emergencyNumber} dat in elke uitkomst staat, voor iedereen.`,
        `There is no national, protected, confirmed contact with ${floor.emergencyNumber} shown in every result, to everyone.`,
      );
    for (const id of floor.acuteSignalIds) {
      const i = ruleset.signals.findIndex((s) => s.id === id);
      if (i < 0 || ruleset.signals[i]?.kind !== 'acute')
        fail(
          i < 0 ? ['signals'] : ['signals', i, 'kind'],
          'missing_acute_signal',
          `Acuut signaal '${id}' moet in de regels staan, als acuut signaal.`,
          `Acute signal '${id}' must be in the ruleset, as an acute signal.`,
        );
    }
    // Names and numbers as a reader sees them: "Veilig\u00ADThuis", "VeiligThuis" and "١١٢" are not new names.
    const protectedNames = new Map<string, string>();
    const protectedNumbers = new Map<string, string>([[emergency, floor.emergencyNumber]]);
    for (const { id, names } of floor.protectedContacts) {
      for (const name of names) protectedNames.set(comparableText(name), id);
      const i = ruleset.contacts.findIndex((c) => c.id === id);
      const contact = ruleset.contacts[i];
      if (typeof contact?.phone === 'string') protectedNumbers.set(comparableText(contact.phone), contact.phone);
      if (!contact || contact.scope !== 'national' || contact.protected !== true || !contact.confirmed)
        fail(
          i < 0 ? ['contacts'] : ['contacts', i],
          'missing_protected_contact',
          `Landelijk contact '${id}' moet in de regels staan: landelijk, beschermd en bevestigd.`,
          `National contact '${id}' must be in the ruleset: national, protected and confirmed.`,
        );
    }
    ruleset.contacts.forEach((contact, i) => {
      if (i === emergencyIndex) return;
      const dials = typeof contact.phone === 'string' ? comparableText(contact.phone) : undefined;
      if (dials === emergency)
        fail(
          ['contacts', i, 'phone'],
          'claims_emergency_number',
          `Contact '${contact.id}' gebruikt het alarmnummer ${floor.emergencyNumber}; alleen het alarmnummer zelf mag dat.`,
          `Contact '${contact.id}' uses the emergency number ${floor.emergencyNumber}; only the emergency contact may.`,
        );
      for (const locale of ['nl', 'en'] as const) {
        // A missing name is reported by texts-complete.
        const given: unknown = contact.name?.[locale];
        if (typeof given !== 'string') continue;
        if (hasBidiControl(given)) {
          fail(
            ['contacts', i, 'name', locale],
            'bidi_control_in_name',
            `De naam van contact '${contact.id}' bevat een teken dat de leesrichting omkeert: zo kan een naam iets anders tonen dan er staat.`,
            `The name of contact '${contact.id}' holds a character that reverses the reading order: a name could show something other than it says.`,
          );
          continue;
        }
        const owner = protectedNames.get(comparableText(given));
        const shown = numbersIn(given).find((number) => protectedNumbers.has(number) && number !== dials);
        if ((owner !== undefined && owner !== contact.id) || numbersIn(given).includes(emergency))
          fail(
            ['contacts', i, 'name', locale],
            'claims_protected_name',
            `Contact '${contact.id}' gebruikt de naam van een beschermd landelijk contact of het alarmnummer.`,
            `Contact '${contact.id}' takes the name of a protected national contact or the emergency number.`,
          );
        else if (shown !== undefined)
          fail(
            ['contacts', i, 'name', locale],
            'claims_protected_number',
            `Contact '${contact.id}' toont het nummer ${protectedNumbers.get(shown)} van een beschermd contact in zijn naam, maar belt een ander nummer.`,
            `Contact '${contact.id}' shows the number ${protectedNumbers.get(shown)} of a protected contact in its name, but dials another.`,
          );
      }
    });
    return found;
  },
};

/** `alwaysShown` puts a contact beside 112 in every result: only a national contact may be there. */
export const alwaysShownNational: ValidationRule = {
  name: 'always-shown-national',
  description:
    'Only a national contact is shown in every result (112); a local contact is shown with its municipality only.',
  check(ruleset) {
    return ruleset.contacts.flatMap((contact, i) =>
      contact.alwaysShown === true && contact.scope !== 'national'
        ? [
            problem(
              'always-shown-national',
              'error',
              ['contacts', i, 'alwaysShown'],
              'local_always_shown',
              `Contact '${contact.id}' is lokaal en kan niet in elke uitkomst staan: laat 'alwaysShown' weg.`,
              `Contact '${contact.id}' is local and cannot be shown in every result: leave out 'alwaysShown'.`,
            ),
          ]
        : [],
    );
  },
};
