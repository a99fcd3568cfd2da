import type { Issue } from '../schema/assessment.js';
import type { Ruleset } from '../schema/ruleset.js';
import { readPlainData } from '../internal/plain-data.js';
import { localizedIssue } from './read-input.js';

type Read = { ruleset: Ruleset } | { issue: Issue };

/** What each ruleset object was first read as. Compilations are cached per plain copy, so one read means one compile. */
const firstReads = new WeakMap<object, Read>();

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

/**
 * Records that `given` was read as `plain` (by `validateRuleset` or `checkRuleset`), unless it was
 * read before: assessing `given` or the returned copy afterwards reuses that read and its
 * compilation instead of reading and compiling again.
 */
export function rememberRead(given: unknown, plain: Ruleset): void {
  if (typeof given !== 'object' || given === null) return;
  if (!firstReads.has(given)) firstReads.set(given, { ruleset: plain });
  if (!firstReads.has(plain)) firstReads.set(plain, { ruleset: plain });
}
