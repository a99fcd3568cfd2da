import type { AssessmentInput, Contact, Level, Ruleset } from '@anders-kijken/core';
import { assess, nationalSafetyFloor } from '@anders-kijken/core';
// Core has no test-helpers entry in its exports: its helper is read from its test folder.
import { signal, syntheticRuleset as coreSyntheticRuleset } from '../../core/test/helpers/synthetic-ruleset.js';

const text = (word: string) => ({ nl: `${word} (nl)`, en: `${word} (en)` });

/** A protected national contact of the safety floor, with filler texts and a number of its own. */
function protectedContact(id: string, phone: string, extra: Partial<Contact> = {}): Contact {
  return {
    id,
    scope: 'national',
    name: text(id),
    phone,
    hours: text('always'),
    purpose: text(id),
    confirmed: true,
    checkedOn: '2026-01-01',
    protected: true,
    ...extra,
  };
}

/**
 * Core's synthetic ruleset (dimensions `a` and `b`, signals such as `a-strong` and `b-direct`, the
 * municipality `town`), with only what a ruleset given to a widget must also have to pass its check:
 * the national safety floor, that is the acute signals and the protected national contacts by their
 * national ids. Their texts are filler too ("acute-held (nl)"), so an edit of the national catalogue
 * never changes what a widget test on this ruleset sees. 112 is the contact `emergency`; core's
 * `hotline` (which dials 112) becomes it.
 */
export function syntheticRuleset(overrides: Partial<Ruleset> = {}): Ruleset {
  const base = coreSyntheticRuleset();
  const acute = nationalSafetyFloor.acuteSignalIds.map((id) => signal(id, 'b', 'strong', 'acute'));
  const floorContacts = nationalSafetyFloor.protectedContacts
    .filter(({ id }) => id !== 'emergency')
    .map(({ id }, i) => protectedContact(id, `0800-90${i}0`));
  const emergency = protectedContact('emergency', '112', { alwaysShown: true, name: text('emergency') });
  const renamed = (ids: string[]) => ids.map((id) => (id === 'hotline' ? 'emergency' : id));
  return {
    ...base,
    signals: [...base.signals, ...acute],
    nextSteps: base.nextSteps.map((step) => ({ ...step, contactIds: renamed(step.contactIds) })),
    contacts: [emergency, ...floorContacts, ...base.contacts.filter((contact) => contact.id !== 'hotline')],
    ...overrides,
  };
}

/** One input per level on the synthetic ruleset, at 15 (a minor). */
export const SYNTHETIC_INPUT_FOR: Record<Level, AssessmentInput> = {
  none: { age: 15, observations: {} },
  attention: { age: 15, observations: { 'a-weak': 'possible' } },
  concern: { age: 15, observations: { 'a-strong': 'clear', 'a-medium': 'clear' } },
  suspicion: { age: 15, observations: { 'a-strong': 'clear', 'b-medium': 'clear' } },
  acute: { age: 15, observations: { danger: 'clear' } },
};

/** An assessment at `level` by core on the synthetic ruleset, as the summary receives it. */
export const syntheticAssessmentFor = (
  level: Level,
  extra: Partial<AssessmentInput> = {},
  ruleset = syntheticRuleset(),
) => assess({ ...SYNTHETIC_INPUT_FOR[level], ...extra }, ruleset);
