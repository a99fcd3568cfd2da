import type { Issue } from '../schema/assessment.js';
import type { Ruleset } from '../schema/ruleset.js';
import { readPlainData } from '../internal/plain-data.js';
import { localizedIssue } from '../internal/localized-issue.js';
import { firstReads, type Read } from './first-reads.js';

/** The issue for a ruleset that cannot be read or evaluated at all. */
export const unreadableRuleset = (): Issue =>
  localizedIssue(['ruleset'], 'unreadable_ruleset', (m) => m.issues.unreadableRuleset());

/**
 * The ruleset as plain data, read once per ruleset object and kept with it: a getter, proxy or
 * cycle in it becomes an issue, and what is evaluated can never change after it was first read.
 */
export function plainRuleset(given: unknown): Read {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) return { issue: unreadableRuleset() };
  let read = firstReads.get(given);
  if (!read) {
    const plain = readPlainData(given, ['ruleset']);
    read = 'issue' in plain ? { issue: plain.issue } : { ruleset: plain.value as Ruleset };
    firstReads.set(given, read);
    if ('ruleset' in read) firstReads.set(read.ruleset, read);
  }
  return read;
}
