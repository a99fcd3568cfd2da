import type { SafetyFloor } from '../schema/safety-floor.js';
import { contacts } from './contacts.js';
import { acuteSignals } from './signals/acute.js';

const protectedContacts = contacts.filter((c) => c.scope === 'national' && c.protected);

/** The safety floor of the national ruleset: 112, its acute signals and its protected national contacts. */
export const nationalSafetyFloor: SafetyFloor = {
  emergencyNumber: '112',
  acuteSignalIds: acuteSignals.map((s) => s.id),
  protectedContacts: protectedContacts.map((c) => ({ id: c.id, names: [c.name.nl, c.name.en] })),
};
