import { assess, defaultRuleset } from '@anders-kijken/core';
import { describe, expect, it } from 'vitest';
import {
  checkForm,
  emptyContact,
  fieldOf,
  formFromPatch,
  patchFileName,
  patchFromForm,
  slug,
  type BuilderForm,
} from '../.vitepress/theme/local-contacts.js';

// The builder's logic: what a web editor fills in, the patch it makes, and core's checks on the fields.
const TODAY = defaultRuleset.reviewedOn;

const zwolle = (): BuilderForm => ({
  municipalityName: 'Zwolle',
  municipalityId: 'zwolle',
  contacts: [
    {
      ...emptyContact(TODAY),
      nameNl: 'Wijkteam Zwolle',
      nameEn: 'Zwolle neighbourhood team',
      phone: '038 000 0000',
      url: 'https://www.example.nl/wijkteam',
      hoursNl: 'Werkdagen',
      hoursEn: 'Weekdays',
      purposeNl: 'Advies',
      purposeEn: 'Advice',
      ageMax: '23',
      audiences: ['professional', 'parent'],
      levels: ['concern', 'suspicion', 'acute'],
    },
  ],
});

describe('the local contacts builder', () => {
  it('makes a patch that core accepts and that shows the contact for the municipality', () => {
    const { errors, warnings, ruleset, patch } = checkForm(zwolle(), TODAY);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(patch.contacts?.add?.[0]).toMatchObject({
      id: 'zwolle-wijkteam-zwolle',
      scope: 'local',
      municipality: 'zwolle',
      ages: { max: 23 },
      audiences: ['professional', 'parent'],
      levels: ['concern', 'suspicion', 'acute'],
    });
    const result = assess(
      { age: 15, observations: { 'activity-courier': 'clear' }, municipality: 'zwolle', audience: 'parent' },
      ruleset,
    );
    expect(result.contactIds).toContain('zwolle-wijkteam-zwolle');
  });

  it('leaves out what means everyone: all audiences, all levels, no ages', () => {
    const form = zwolle();
    form.contacts[0] = {
      ...form.contacts[0]!,
      ageMax: '',
      audiences: ['professional', 'parent', 'young-person'],
      levels: [],
    };
    const contact = patchFromForm(form).contacts?.add?.[0];
    expect(contact).not.toHaveProperty('ages');
    expect(contact).not.toHaveProperty('audiences');
    expect(contact).not.toHaveProperty('levels');
  });

  it('puts core’s messages, in Dutch and English, on the fields they are about', () => {
    const form = zwolle();
    form.municipalityName = '';
    form.contacts[0] = {
      ...form.contacts[0]!,
      phone: '0900-ABC',
      url: 'javascript:alert(1)',
      nameEn: ' ',
      ageMin: 'x',
    };
    const { errors } = checkForm(form, TODAY);
    const fields = errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['municipalityName', 'contacts.0.phone', 'contacts.0.url', 'contacts.0.ageMin']),
    );
    for (const error of errors) {
      expect(error.message.nl).toMatch(/^[A-Z]/);
      expect(error.message.en).toMatch(/^[A-Z]/);
      // The field is named by the form; core's path is for developers.
      expect(error.message.nl).not.toContain('contacts.add');
    }
  });

  it('asks for every required field at once, and for a way to reach the contact', () => {
    const form = zwolle();
    form.contacts[0] = { ...form.contacts[0]!, nameEn: '', hoursNl: '', purposeEn: ' ', phone: '', url: '' };
    const fields = checkForm(form, TODAY).errors.map((e) => `${e.field}:${e.code}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'contacts.0.nameEn:missing_text',
        'contacts.0.hoursNl:missing_text',
        'contacts.0.purposeEn:missing_text',
        'contacts.0.phone:unreachable_contact',
      ]),
    );
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('refuses a contact that claims 112 or the name of Veilig Thuis', () => {
    const form = zwolle();
    form.contacts[0] = { ...form.contacts[0]!, nameNl: 'Veilig Thuis', phone: '112' };
    const codes = checkForm(form, TODAY).errors.map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['claims_protected_name', 'claims_emergency_number']));
  });

  it('warns about a contact not checked for six months, or not confirmed, on its fields', () => {
    const form = zwolle();
    form.contacts[0] = { ...form.contacts[0]!, checkedOn: '2026-01-02', confirmed: false };
    const { errors, warnings } = checkForm(form, TODAY);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => [w.field, w.code])).toEqual(
      expect.arrayContaining([
        ['contacts.0.checkedOn', 'stale_contact'],
        ['contacts.0.confirmed', 'unconfirmed_contact'],
      ]),
    );
  });

  it('loads a saved patch back into the same form', () => {
    const form = zwolle();
    form.contacts[0]!.id = 'zwolle-wijkteam-zwolle';
    const loaded = formFromPatch(JSON.parse(JSON.stringify(patchFromForm(form))), TODAY);
    expect(loaded).toEqual({ form });
    expect(formFromPatch({ signals: { add: [] } }, TODAY)).toHaveProperty('error');
    expect(formFromPatch(null, TODAY)).toHaveProperty('error');
  });

  it('makes ids and file names from names', () => {
    expect(slug("'s-Hertogenbosch")).toBe('s-hertogenbosch');
    expect(slug('Súdwest-Fryslân')).toBe('sudwest-fryslan');
    expect(patchFileName(zwolle())).toBe('anders-kijken-zwolle.json');
    expect(fieldOf(['contacts', 'add', 2, 'hours', 'en'])).toBe('contacts.2.hoursEn');
    expect(fieldOf(['municipalities', 0, 'name'])).toBe('municipalityName');
  });
});
