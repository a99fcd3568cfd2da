import { describe, expect, it } from 'vitest';
import {
  AUDIENCES,
  RulesetError,
  assess,
  checkPatch,
  checkRuleset,
  defaultRuleset,
  extendRuleset,
  guidance,
  nationalSafetyFloor,
  safeAssess,
  validateRuleset,
  type NextStep,
  type Ruleset,
  type RulesetPatch,
} from '../src/index.js';
import * as assessEntry from '../src/assess/index.js';
import { safeAssessWith } from '../src/engine/assess.js';
import { floorOf } from '../src/engine/safety-floor.js';
import { localContact, municipalityPatch } from './helpers/local-contact.js';

// The findings of issue "Safe on every page" (items 5 and 8), each as a regression test.
const TODAY = defaultRuleset.reviewedOn;
const clone = (): Ruleset => structuredClone(defaultRuleset);
const utrecht = municipalityPatch('utrecht', 'Utrecht');
const extend = (patch: object) => extendRuleset(defaultRuleset, patch as RulesetPatch, { today: TODAY });
const refusalOf = (patch: object) => {
  const { errors } = checkPatch(defaultRuleset, patch, { today: TODAY });
  return errors;
};
const national = new Set(defaultRuleset.nextSteps.map((s) => s.id));

/** A step a patch adds that tells people not to call 112, asking to be read first. */
const doNotCall112 = (overrides: Partial<NextStep> = {}): NextStep => ({
  id: 'utrecht-wait',
  levels: ['acute'],
  audiences: ['professional', 'parent', 'young-person'],
  order: -1000,
  title: { nl: 'Bel niet 112: wacht op de wijkagent', en: 'Do not call 112: wait for the community officer' },
  body: { nl: 'De wijkagent komt langs.', en: 'The community officer will come by.' },
  contactIds: [],
  sourceIds: ['MELDCODE'],
  ...overrides,
});

describe('an accepted patch can put "Bel niet 112: wacht op de wijkagent" first in an acute result', () => {
  const variants: [string, Partial<NextStep>][] = [
    ['a lower order', {}],
    [
      'leads on the acute signal it triggers on',
      { leads: true, levels: [], triggers: [{ observed: { ids: ['acute-held'] } }] },
    ],
    ['a lower order and the 112 contact', { contactIds: ['emergency'] }],
  ];

  it.each(variants)('keeps the national acute steps first against %s, for every audience', (_what, overrides) => {
    const ruleset = extend({ ...utrecht, nextSteps: { add: [doNotCall112(overrides)] } });
    for (const audience of AUDIENCES) {
      const result = assess({ age: 15, observations: { 'acute-held': 'clear' }, audience }, ruleset);
      expect(result.level).toBe('acute');
      const steps = result.nextStepIds;
      expect(steps[0]).toBe(audience === 'young-person' ? 'youth-call-112' : 'call-112');
      expect(steps).toContain('utrecht-wait');
      // Every national step comes before the patch's.
      expect(steps.slice(0, steps.indexOf('utrecht-wait')).every((id) => national.has(id))).toBe(true);
      expect(steps.slice(steps.indexOf('utrecht-wait') + 1)).toEqual([]);
      expect(result.contactIds[0]).toBe('emergency');
    }
    const referral = guidance(
      { level: 'acute', audience: 'professional', observations: { 'acute-held': 'clear' } },
      ruleset,
    );
    expect(referral.nextStepIds[0]).toBe('call-112');
  });

  it('marks the steps a patch adds as its own, whatever the patch says', () => {
    const ruleset = extend({ ...utrecht, nextSteps: { add: [{ ...doNotCall112(), addedBy: undefined }] } });
    expect(ruleset.nextSteps.find((s) => s.id === 'utrecht-wait')?.addedBy).toBe('utrecht');
    expect(ruleset.nextSteps.filter((s) => s.addedBy !== undefined).map((s) => s.id)).toEqual(['utrecht-wait']);
  });

  it('keeps the order a patch gives below acute, where it is the municipality’s to give', () => {
    const step = doNotCall112({ id: 'utrecht-first', levels: ['attention'], title: { nl: 'Eerst', en: 'First' } });
    const ruleset = extend({ ...utrecht, nextSteps: { add: [step] } });
    expect(guidance({ level: 'attention', audience: 'professional' }, ruleset).nextStepIds[0]).toBe('utrecht-first');
  });
});

const fakeName = (nl: string, en = 'Neighbourhood desk') =>
  localContact('utrecht', { id: 'utrecht-fake', name: { nl, en }, phone: '0900-1234567' });

describe('fake 112 and protected names pass', () => {
  it.each([
    ['a zero-width space', 'Alarmnummer 1\u200B12', 'claims_protected_name'],
    ['a soft hyphen', 'Alarmnummer 1\u00AD12', 'claims_protected_name'],
    ['a word joiner', 'Alarmnummer 1\u206012', 'claims_protected_name'],
    ['a right-to-left override', 'Alarmnummer 1\u202E21', 'bidi_control_in_name'],
    ['spaced digits', 'Alarmnummer 1 1 2', 'claims_protected_name'],
    ['Arabic-Indic digits', 'Alarmnummer \u0661\u0661\u0662', 'claims_protected_name'],
    ['no space', 'VeiligThuis', 'claims_protected_name'],
    ['a soft hyphen in a protected name', 'Veilig\u00ADThuis', 'claims_protected_name'],
    [
      'fullwidth letters',
      '\uFF2B\uFF49\uFF4E\uFF44\uFF45\uFF52\uFF54\uFF45\uFF4C\uFF45\uFF46\uFF4F\uFF4F\uFF4E',
      'none',
    ],
  ])('refuses a local contact named with %s beside a 0900 number', (_what, name, code) => {
    const patch = { ...utrecht, contacts: { add: [fakeName(name)] } };
    const errors = refusalOf(patch);
    if (code === 'none') {
      // "Kindertelefoon" in fullwidth letters is not the protected "De Kindertelefoon": only equal names are refused.
      expect(errors).toEqual([]);
      return;
    }
    expect(errors).toContainEqual(expect.objectContaining({ code, path: ['contacts', 'add', 0, 'name', 'nl'] }));
    // The same names in a ruleset checked without a patch, as a widget checks one.
    const ruleset = clone();
    ruleset.contacts.push({ ...fakeName(name), municipality: 'den-haag' });
    for (const check of [validateRuleset, checkRuleset])
      expect(check(ruleset, { today: TODAY }).errors.map((e) => e.code)).toContain(code);
  });

  it('refuses a name that shows a protected number the contact does not dial', () => {
    const errors = refusalOf({ ...utrecht, contacts: { add: [fakeName('Advieslijn 0800-2000')] } });
    expect(errors).toContainEqual(expect.objectContaining({ code: 'claims_protected_number' }));
  });

  it('refuses a phone number that dials 112 however it is written', () => {
    const ruleset = clone();
    ruleset.contacts.push(localContact('den-haag', { id: 'den-haag-fake', phone: '11-2' }));
    expect(checkRuleset(ruleset, { today: TODAY }).errors.map((e) => e.code)).toContain('claims_emergency_number');
  });

  it('accepts the national ruleset, whose regional Veilig Thuis dials the national number under its own name', () => {
    expect(validateRuleset(defaultRuleset, { today: TODAY }).errors).toEqual([]);
  });
});

describe('invisible acute texts pass', () => {
  const acute = defaultRuleset.signals.flatMap((s, i) => (s.kind === 'acute' ? [i] : []));

  it.each([
    ['U+3164', '\u3164'],
    ['U+115F', '\u115F'],
    ['U+FFA0', '\uFFA0'],
    ['U+1160', '\u1160'],
    ['U+2800 and a zero-width space', '\u2800\u200B'],
  ])('refuses acute questions made of %s in validateRuleset and checkRuleset, naming each field', (_what, blank) => {
    const ruleset = clone();
    for (const i of acute) ruleset.signals[i]!.texts.question = { nl: blank, en: blank.repeat(3) };
    for (const check of [validateRuleset, checkRuleset]) {
      const errors = check(ruleset, { today: TODAY }).errors.filter((e) => e.code === 'missing_text');
      expect(errors.map((e) => e.path)).toEqual(
        acute.flatMap((i) => [
          ['signals', i, 'texts', 'question', 'nl'],
          ['signals', i, 'texts', 'question', 'en'],
        ]),
      );
    }
  });

  it('refuses a patch whose contact name, step title or reworded question is a filler', () => {
    const patch = {
      ...utrecht,
      contacts: { add: [localContact('utrecht', { name: { nl: '\u3164', en: 'Desk' } })] },
      nextSteps: { add: [doNotCall112({ title: { nl: 'Bel', en: '\uFFA0' } })] },
      texts: { 'activity-courier': { question: { nl: '\u115F\u115F', en: 'Did they carry?' } } },
    };
    expect(refusalOf(patch).map((e) => [e.code, e.path])).toEqual(
      expect.arrayContaining([
        ['missing_text', ['contacts', 'add', 0, 'name', 'nl']],
        ['missing_text', ['nextSteps', 'add', 0, 'title', 'en']],
        [
          'missing_text',
          ['signals', defaultRuleset.signals.findIndex((s) => s.id === 'activity-courier'), 'texts', 'question', 'nl'],
        ],
      ]),
    );
  });
});

/** A ruleset of one's own without 112 and with every acute signal demoted to direct evidence. */
function withoutTheFloor(): Ruleset {
  const ruleset = clone();
  ruleset.contacts = ruleset.contacts.filter((c) => c.id !== 'emergency');
  for (const step of ruleset.nextSteps) step.contactIds = step.contactIds.filter((id) => id !== 'emergency');
  ruleset.signals = ruleset.signals.map((s) => (s.kind === 'acute' ? { ...s, kind: 'signal', evidence: 'direct' } : s));
  return ruleset;
}

describe('assess and safeAssess with a ruleset of one’s own skip the floor', () => {
  const input = { age: 15, observations: { 'acute-held': 'clear' } } as const;

  it('refuses a ruleset without 112 and with the acute signals demoted, instead of giving concern without 112', () => {
    const ruleset = withoutTheFloor();
    // What the engine alone would give: the finding.
    const unguarded = safeAssessWith(input, ruleset);
    expect(unguarded.ok && unguarded.assessment.level).toBe('concern');
    expect(unguarded.ok && unguarded.assessment.contactIds).not.toContain('emergency');
    for (const safe of [safeAssess, assessEntry.safeAssess]) {
      const result = safe(input, ruleset);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues.map((i) => i.code)).toContain('missing_emergency_number');
      expect(result.issues.map((i) => i.code)).toContain('missing_acute_signal');
      expect(result.issues.find((i) => i.code === 'missing_emergency_number')?.path).toEqual(['ruleset', 'contacts']);
      for (const issue of result.issues) expect(issue.message.nl.length).toBeGreaterThan(20);
    }
    for (const strict of [assess, assessEntry.assess]) expect(() => strict(input, ruleset)).toThrow(RulesetError);
  });

  it('refuses a ruleset whose acute signals no longer give acute', () => {
    const ruleset = clone();
    ruleset.rules = ruleset.rules.filter((r) => r.level !== 'acute');
    const result = safeAssess(input, ruleset);
    expect(result).toMatchObject({
      ok: false,
      issues: expect.arrayContaining([expect.objectContaining({ code: 'acute_not_acute' })]),
    });
  });

  it('reads the floor it enforces from the national ruleset: the same number and acute signals as the national floor', () => {
    expect(floorOf(defaultRuleset)).toMatchObject({
      emergencyNumber: nationalSafetyFloor.emergencyNumber,
      acuteSignalIds: nationalSafetyFloor.acuteSignalIds,
    });
  });

  it('assesses with a ruleset of one’s own that keeps the floor, and with an extended one', () => {
    const own = clone();
    own.contacts = own.contacts.filter((c) => c.id !== 'fier');
    own.nextSteps = own.nextSteps.map((s) => ({ ...s, contactIds: s.contactIds.filter((id) => id !== 'fier') }));
    for (const ruleset of [own, extend(utrecht)]) {
      const result = safeAssess(input, ruleset);
      expect(result).toMatchObject({ ok: true, assessment: { level: 'acute' } });
      if (result.ok) expect(result.assessment.contactIds[0]).toBe('emergency');
    }
  });
});

describe('a local contact with alwaysShown: true', () => {
  const everywhere = localContact('utrecht', { id: 'utrecht-everywhere', alwaysShown: true });

  it('is refused by extendRuleset, validateRuleset and checkRuleset, naming the field', () => {
    expect(refusalOf({ ...utrecht, contacts: { add: [everywhere] } })).toContainEqual(
      expect.objectContaining({ code: 'local_always_shown', path: ['contacts', 'add', 0, 'alwaysShown'] }),
    );
    const ruleset = clone();
    ruleset.contacts.push({ ...everywhere, municipality: 'den-haag' });
    for (const check of [validateRuleset, checkRuleset])
      expect(check(ruleset, { today: TODAY }).errors).toContainEqual(
        expect.objectContaining({
          code: 'local_always_shown',
          path: ['contacts', ruleset.contacts.length - 1, 'alwaysShown'],
        }),
      );
  });

  it('is shown only with its own municipality by the engine, never after 112 everywhere', () => {
    const ruleset = clone();
    ruleset.contacts.push({ ...everywhere, municipality: 'den-haag' });
    for (const level of ['none', 'concern', 'acute'] as const) {
      const elsewhere = guidance({ level, audience: 'parent', municipality: 'maastricht' }, ruleset).contactIds;
      const nowhere = guidance({ level, audience: 'parent' }, ruleset).contactIds;
      expect(elsewhere).not.toContain('utrecht-everywhere');
      expect(nowhere).not.toContain('utrecht-everywhere');
      expect(nowhere[0]).toBe('emergency');
      expect(guidance({ level, audience: 'parent', municipality: 'den-haag' }, ruleset).contactIds).toContain(
        'utrecht-everywhere',
      );
    }
  });
});
