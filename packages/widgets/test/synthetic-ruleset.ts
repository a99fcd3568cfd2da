import type {
  AssessmentInput,
  Contact,
  Level,
  LocalizedText,
  Ruleset,
  Signal,
  YouthQuestion,
} from '@anders-kijken/core';
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

/** Youth texts for an entry of the synthetic ruleset: filler questions named after it. */
type YouthTexts = Pick<Signal['texts'], 'youthQuestion' | 'youthIntro' | 'youthQuestionAboutNow'>;

const youth = (id: string, count = 1): YouthQuestion =>
  count === 1 ? text(`${id} youth?`) : Array.from({ length: count }, (_, i) => text(`${id} youth ${i + 1}?`));

/** The youth texts the youth check asks on the synthetic ruleset, by entry id. */
const YOUTH_TEXTS: Record<string, YouthTexts> = {
  // Danger now: two questions about this moment (no "Soms"), asked first and never behind a gate.
  danger: { youthQuestion: youth('danger', 2), youthQuestionAboutNow: true },
  'acute-suicide-risk': { youthQuestion: youth('acute-suicide-risk') },
  'a-strong': { youthQuestion: youth('a-strong') },
  'a-medium': { youthQuestion: youth('a-medium') },
  // Two questions with a line before them, as the national check says some questions are about sex.
  'a-hint': { youthQuestion: youth('a-hint', 2), youthIntro: text('a-hint intro') },
  'b-direct': { youthQuestion: youth('b-direct') },
  'b-medium': { youthQuestion: youth('b-medium') },
  // Behind no gate: always asked, after the gates.
  'a-weak': { youthQuestion: youth('a-weak') },
};

/**
 * The synthetic ruleset with what the youth check asks: youth questions on `danger` (two, about
 * now), `acute-suicide-risk` and most signals; two gates, `gate-a` (opens `a-strong`, `a-medium`,
 * `b-medium`) and `gate-b` (opens `b-medium`, behind both gates, then `a-hint` and `b-direct`);
 * `a-weak` behind no gate. A suicide answer leads with the step `suicide-help` and the contact
 * `113`; the acute rule has a heading for young people only when `acuteHeading` is given.
 */
export function syntheticYouthRuleset(acuteHeading?: LocalizedText): Ruleset {
  const base = syntheticRuleset();
  return {
    ...base,
    signals: base.signals.map((entry) =>
      YOUTH_TEXTS[entry.id] ? { ...entry, texts: { ...entry.texts, ...YOUTH_TEXTS[entry.id] } } : entry,
    ),
    youthGates: [
      { id: 'gate-a', question: text('gate-a?'), opens: ['a-strong', 'a-medium', 'b-medium'] },
      { id: 'gate-b', question: text('gate-b?'), opens: ['b-medium', 'a-hint', 'b-direct'] },
    ],
    rules: base.rules.map((rule) =>
      rule.level === 'acute' && acuteHeading ? { ...rule, heading: { 'young-person': acuteHeading } } : rule,
    ),
    nextSteps: [
      ...base.nextSteps,
      {
        id: 'suicide-help',
        levels: [],
        triggers: [{ observed: { ids: ['acute-suicide-risk'] } }],
        leads: true,
        audiences: ['young-person'],
        order: 1,
        title: text('suicide-help'),
        body: text('suicide-help'),
        contactIds: ['113', 'emergency'],
        sourceIds: ['SRC'],
      },
    ],
  };
}
