/**
 * What no ruleset a widget shows may lack or weaken, whoever extended it: the emergency number in
 * every result, the acute signals that give it, and the national contacts people are sent to.
 */
export interface SafetyFloor {
  /** The emergency number: a national, protected, confirmed contact shown in every result; no other contact may use it. */
  emergencyNumber: string;
  /** Acute signals every ruleset keeps, as acute signals. */
  acuteSignalIds: readonly string[];
  /** National contacts every ruleset keeps, protected and confirmed; no other contact may take their names. */
  protectedContacts: readonly { id: string; names: readonly string[] }[];
}
