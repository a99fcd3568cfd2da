import {
  AUDIENCES,
  LEVELS,
  checkPatch,
  defaultRuleset,
  type Audience,
  type Contact,
  type Issue,
  type Level,
  type Locale,
  type Ruleset,
  type RulesetPatch,
} from '@anders-kijken/core';

/**
 * The "Lokale contacten" builder without its page: a form a web editor fills in, the ruleset patch
 * it makes, and core's own checks of that patch mapped back onto the fields. The Vue component only
 * shows this; the tests run it as it is.
 */

/** One contact as the form holds it: every field a string or a list, empty meaning "not given". */
export interface ContactForm {
  id: string;
  nameNl: string;
  nameEn: string;
  phone: string;
  url: string;
  reachNl: string;
  reachEn: string;
  hoursNl: string;
  hoursEn: string;
  purposeNl: string;
  purposeEn: string;
  ageMin: string;
  ageMax: string;
  audiences: Audience[];
  levels: Level[];
  confirmed: boolean;
  checkedOn: string;
  sourceUrl: string;
}

/** The whole form: the municipality and its contacts. */
export interface BuilderForm {
  municipalityName: string;
  municipalityId: string;
  contacts: ContactForm[];
}

/** A problem at a field of the form (`contacts.0.phone`), or of the whole patch (`''`). */
export interface FieldIssue {
  field: string;
  message: Issue['message'];
  code: string;
}

/** A kebab-case id from a name: "'s-Hertogenbosch" → `s-hertogenbosch`, "Súdwest-Fryslân" → `sudwest-fryslan`. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A new, empty contact, checked today. */
export function emptyContact(today: string): ContactForm {
  return {
    id: '',
    nameNl: '',
    nameEn: '',
    phone: '',
    url: '',
    reachNl: '',
    reachEn: '',
    hoursNl: '',
    hoursEn: '',
    purposeNl: '',
    purposeEn: '',
    ageMin: '',
    ageMax: '',
    audiences: [],
    levels: [],
    confirmed: true,
    checkedOn: today,
    sourceUrl: '',
  };
}

const text = (nl: string, en: string) => ({ nl: nl.trim(), en: en.trim() });
const whole = (value: string): number | string => (/^\d+$/.test(value.trim()) ? Number(value) : value.trim());

/** The contact's id: given, or made from the municipality and the Dutch name. */
export function contactId(form: BuilderForm, contact: ContactForm): string {
  return contact.id.trim() || slug(`${form.municipalityId} ${contact.nameNl}`);
}

/**
 * The ruleset patch the form describes. Empty optional fields are left out; all or none of the
 * audiences or levels means "everyone" and is left out too, as the patch format reads it.
 */
export function patchFromForm(form: BuilderForm): RulesetPatch {
  const municipality = form.municipalityId.trim();
  const contacts = form.contacts.map((c): Contact => {
    const contact: Record<string, unknown> = {
      id: contactId(form, c),
      scope: 'local',
      municipality,
      name: text(c.nameNl, c.nameEn),
      hours: text(c.hoursNl, c.hoursEn),
      purpose: text(c.purposeNl, c.purposeEn),
      confirmed: c.confirmed,
      checkedOn: c.checkedOn.trim(),
    };
    if (c.phone.trim()) contact['phone'] = c.phone.trim();
    if (c.url.trim()) contact['url'] = c.url.trim();
    if (c.reachNl.trim() || c.reachEn.trim()) contact['reach'] = text(c.reachNl, c.reachEn);
    if (c.ageMin.trim() || c.ageMax.trim()) {
      const ages: Record<string, unknown> = {};
      if (c.ageMin.trim()) ages['min'] = whole(c.ageMin);
      if (c.ageMax.trim()) ages['max'] = whole(c.ageMax);
      contact['ages'] = ages;
    }
    if (c.audiences.length > 0 && c.audiences.length < AUDIENCES.length) contact['audiences'] = [...c.audiences];
    if (c.levels.length > 0 && c.levels.length < LEVELS.length) contact['levels'] = [...c.levels];
    if (c.sourceUrl.trim()) contact['sourceUrl'] = c.sourceUrl.trim();
    return contact as unknown as Contact;
  });
  return {
    id: municipality,
    municipalities: [{ id: municipality, name: form.municipalityName.trim(), sourceIds: [] }],
    contacts: { add: contacts },
  };
}

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');
const localized = (value: unknown, locale: Locale): string =>
  asString((value as Record<string, unknown> | undefined)?.[locale]);

/**
 * The form for a patch loaded from a JSON file, so an editor can go on where they left off. Reads
 * what the builder writes; anything else in the patch is not the builder's and is refused.
 */
export function formFromPatch(patch: unknown, today: string): { form: BuilderForm } | { error: Issue['message'] } {
  const record = patch as Record<string, unknown> | null;
  const municipalities = record?.['municipalities'];
  const contacts = (record?.['contacts'] as { add?: unknown } | undefined)?.add;
  const known = new Set(['id', 'municipalities', 'contacts']);
  if (
    typeof record !== 'object' ||
    record === null ||
    !Array.isArray(municipalities) ||
    municipalities.length !== 1 ||
    !Object.keys(record).every((key) => known.has(key))
  ) {
    return {
      error: {
        nl: 'Dit bestand is geen uitbreiding met één gemeente en haar contacten, zoals deze pagina die maakt.',
        en: 'This file is not an extension with one municipality and its contacts, as this page makes them.',
      },
    };
  }
  const municipality = municipalities[0] as Record<string, unknown>;
  return {
    form: {
      municipalityName: asString(municipality['name']),
      municipalityId: asString(municipality['id']),
      contacts: (Array.isArray(contacts) ? contacts : []).map((value) => {
        const c = value as Record<string, unknown>;
        const ages = (c['ages'] ?? {}) as Record<string, unknown>;
        return {
          ...emptyContact(today),
          id: asString(c['id']),
          nameNl: localized(c['name'], 'nl'),
          nameEn: localized(c['name'], 'en'),
          phone: asString(c['phone']),
          url: asString(c['url']),
          reachNl: localized(c['reach'], 'nl'),
          reachEn: localized(c['reach'], 'en'),
          hoursNl: localized(c['hours'], 'nl'),
          hoursEn: localized(c['hours'], 'en'),
          purposeNl: localized(c['purpose'], 'nl'),
          purposeEn: localized(c['purpose'], 'en'),
          ageMin: ages['min'] === undefined ? '' : String(ages['min']),
          ageMax: ages['max'] === undefined ? '' : String(ages['max']),
          audiences: Array.isArray(c['audiences']) ? (c['audiences'] as Audience[]) : [],
          levels: Array.isArray(c['levels']) ? (c['levels'] as Level[]) : [],
          confirmed: c['confirmed'] !== false,
          checkedOn: asString(c['checkedOn']) || today,
          sourceUrl: asString(c['sourceUrl']),
        };
      }),
    },
  };
}

/** The form field of a path in the patch: `['contacts', 'add', 0, 'name', 'en']` → `contacts.0.nameEn`. */
export function fieldOf(path: readonly (string | number)[]): string {
  if (path[0] === 'municipalities') return path[2] === 'name' ? 'municipalityName' : 'municipalityId';
  if (path[0] === 'id') return 'municipalityId';
  if (path[0] !== 'contacts' || path[1] !== 'add' || typeof path[2] !== 'number') return '';
  const [, , index, field, sub] = path;
  if (field === undefined) return `contacts.${index}`;
  if (field === 'ages') return `contacts.${index}.${sub === 'max' ? 'ageMax' : 'ageMin'}`;
  if (sub === 'nl' || sub === 'en') return `contacts.${index}.${String(field)}${sub === 'nl' ? 'Nl' : 'En'}`;
  return `contacts.${index}.${String(field)}`;
}

/**
 * A message of core for a field that the form already names: without core's "Invalid value at
 * 'contacts.add[0].phone': " in front, which means something to a developer, not to an editor.
 */
export function forField(message: Issue['message']): Issue['message'] {
  const strip = (text: string) => {
    const rest = text.replace(/^(Ongeldige waarde bij|Invalid value at) '[^']*': /, '');
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  };
  return { nl: strip(message.nl), en: strip(message.en) };
}

const REQUIRED = ['nameNl', 'nameEn', 'hoursNl', 'hoursEn', 'purposeNl', 'purposeEn'] as const;

/** What the form itself asks before core is asked: every required field at once, in plain words. */
function missingFields(form: BuilderForm): FieldIssue[] {
  const missing: FieldIssue[] = [];
  if (!form.municipalityName.trim())
    missing.push({
      field: 'municipalityName',
      code: 'missing_name',
      message: { nl: 'Vul de naam van de gemeente in.', en: 'Fill in the name of the municipality.' },
    });
  if (form.contacts.length === 0)
    missing.push({
      field: '',
      code: 'no_contacts',
      message: { nl: 'Voeg minstens één contact toe.', en: 'Add at least one contact.' },
    });
  form.contacts.forEach((contact, i) => {
    for (const field of REQUIRED)
      if (!contact[field].trim())
        missing.push({
          field: `contacts.${i}.${field}`,
          code: 'missing_text',
          message: { nl: 'Vul dit in.', en: 'Fill this in.' },
        });
    if (!contact.phone.trim() && !contact.url.trim())
      missing.push({
        field: `contacts.${i}.phone`,
        code: 'unreachable_contact',
        message: {
          nl: 'Vul een telefoonnummer of een website in: zonder kan niemand het contact bereiken en wordt het niet getoond.',
          en: 'Fill in a phone number or a website: without one nobody can reach the contact and it is not shown.',
        },
      });
  });
  return missing;
}

/** What core says of the form: errors that stop the patch, and warnings for the editor. */
export interface FormCheck {
  patch: RulesetPatch;
  errors: FieldIssue[];
  warnings: FieldIssue[];
  /** The national ruleset with the patch, when there are no errors. */
  ruleset?: Ruleset;
}

/**
 * Checks the form with core, exactly as a widget will check the patch: `extendRuleset` with every
 * guard, then `validateRuleset`'s warnings about the contacts the form adds (unconfirmed, not
 * reachable, not checked for six months).
 */
export function checkForm(form: BuilderForm, today: string): FormCheck {
  const patch = patchFromForm(form);
  const errors = missingFields(form);
  const asked = new Set(errors.map((e) => e.field));
  const checked = checkPatch(defaultRuleset, patch, { today });
  for (const issue of checked.errors) {
    const field = fieldOf(issue.path);
    // A field the form already asked for is not said twice.
    if (!asked.has(field)) errors.push({ field, code: issue.code, message: forField(issue.message) });
  }
  if (!checked.ruleset || errors.length > 0) return { patch, errors, warnings: [] };
  const warnings = checked.warnings.map((w) => ({
    field: fieldOf(w.path),
    code: w.code,
    message: forField(w.message),
  }));
  return { patch, errors, warnings, ruleset: checked.ruleset };
}

/** The name of the JSON file an editor downloads and can load again. */
export const patchFileName = (form: BuilderForm): string =>
  `anders-kijken-${slug(form.municipalityId) || 'lokaal'}.json`;
