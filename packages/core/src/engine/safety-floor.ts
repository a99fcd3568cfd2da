import type { Issue } from '../schema/assessment.js';
import type { Contact } from '../schema/contact.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { SafetyFloor } from '../schema/safety-floor.js';
import { levelRank, type AgeGroup } from '../schema/vocabulary.js';
import { ANSWER_POSSIBLE, type CompiledRuleset } from './compiled.js';
import { decide, evidenceState } from './evaluate.js';

const AGE_GROUPS: readonly AgeGroup[] = ['minor', 'young-adult'];
const digits = (phone: string) => phone.replace(/\D/g, '');

/**
 * Whether a contact is the emergency number as the floor requires it: national, protected,
 * confirmed, shown in every result, and for everyone at every age and level.
 */
export function isEmergencyContact(contact: Contact, emergencyNumber: string): boolean {
  return (
    typeof contact.phone === 'string' &&
    // The emergency contact itself is written in ASCII digits: a phone number of any other digits is refused by links-safe.
    digits(contact.phone) === digits(emergencyNumber) &&
    contact.scope === 'national' &&
    contact.protected === true &&
    contact.confirmed === true &&
    contact.alwaysShown === true &&
    contact.audiences === undefined &&
    contact.ages === undefined &&
    contact.levels === undefined
  );
}

/** The level rank for some answers (entry index → answer code), the rest unknown. */
export function rankFor(compiled: CompiledRuleset, given: ReadonlyMap<number, number>, ageGroup: AgeGroup): number {
  const answers = compiled.noAnswers.slice();
  for (const [i, answer] of given) answers[i] = answer;
  return decide(compiled, evidenceState(compiled, answers, ageGroup)).rank;
}

/** Whether an entry, answered possible and nothing else known, gives acute at every age. */
export function givesAcute(compiled: CompiledRuleset, entry: number): boolean {
  return AGE_GROUPS.every(
    (group) => rankFor(compiled, new Map([[entry, ANSWER_POSSIBLE]]), group) === levelRank('acute'),
  );
}

/**
 * What an assessment needs of the floor, read from the national ruleset itself: its emergency
 * contact's number and its acute signals. Read from the ruleset the entry already carries, so an
 * entry imports no catalogue module of its own (the browser build splits the catalogue's texts by
 * language; the protected names are texts, and `validateRuleset` checks them).
 */
export function floorOf(national: Ruleset): SafetyFloor {
  const emergency = national.contacts.find((c) => c.scope === 'national' && c.protected && c.alwaysShown);
  return {
    emergencyNumber: emergency?.phone ?? '112',
    acuteSignalIds: national.signals.filter((s) => s.kind === 'acute').map((s) => s.id),
    protectedContacts: [],
  };
}

const issue = (path: (string | number)[], code: string, nl: string, en: string): Issue => ({
  path,
  code,
  message: { nl, en },
});

/**
 * What keeps a compiled ruleset from the floor when it is evaluated: no emergency contact shown in
 * every result, or an acute signal of the floor that is missing or does not give acute on its own.
 * Paths are in the ruleset. `validateRuleset` checks more (names, protected contacts); this is what
 * an assessment itself cannot do without.
 */
function floorIssues(compiled: CompiledRuleset, floor: SafetyFloor): Issue[] {
  const found: Issue[] = [];
  let emergency = false;
  for (const { contact } of compiled.contacts.values())
    if (isEmergencyContact(contact, floor.emergencyNumber)) emergency = true;
  if (!emergency)
    found.push(
      issue(
        ['contacts'],
        'missing_emergency_number',
        `Geen landelijk, beschermd contact met ${floor.emergencyNumber} in elke uitkomst: deze regels geven geen uitkomst.`,
        `No national, protected contact with ${floor.emergencyNumber} in every result: this ruleset gives no result.`,
      ),
    );
  for (const id of floor.acuteSignalIds) {
    const i = compiled.index.get(id);
    const entry = i === undefined ? undefined : compiled.entries[i];
    if (i !== undefined && entry?.kind === 'acute' && givesAcute(compiled, i)) continue;
    found.push(
      issue(
        i === undefined || entry?.kind === 'risk-factor' ? ['signals'] : ['signals', i, 'kind'],
        entry?.kind === 'acute' ? 'acute_not_acute' : 'missing_acute_signal',
        `Acuut signaal '${id}' moet er zijn en altijd 'acute' geven.`,
        `Acute signal '${id}' must be there and always give 'acute'.`,
      ),
    );
  }
  return found;
}

const checked = new WeakMap<CompiledRuleset, { floor: SafetyFloor; issues: Issue[] }>();
// The last answer, compared by identity before the map: assess is measured in microseconds, and a
// page or a bench assesses with one ruleset again and again.
let last: { compiled: CompiledRuleset; floor: SafetyFloor; issues: Issue[] } | undefined;

/** {@link floorIssues}, computed once per compiled ruleset and floor: an assessment pays for it once. */
export function safetyFloorIssues(compiled: CompiledRuleset, floor: SafetyFloor): Issue[] {
  if (last !== undefined && last.compiled === compiled && last.floor === floor) return last.issues;
  let known = checked.get(compiled);
  if (!known || known.floor !== floor) {
    known = { floor, issues: floorIssues(compiled, floor) };
    checked.set(compiled, known);
  }
  last = { compiled, floor, issues: known.issues };
  return known.issues;
}
