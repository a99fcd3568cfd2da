import type { Assessment } from '../schema/assessment.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { Locale } from '../schema/vocabulary.js';
import { messagesFor } from '../messages/index.js';

/** The heading the deciding rule gives the result for the assessment's audience, if it gives one. */
export function ruleHeading(assessment: Assessment, ruleset: Ruleset, locale: Locale): string | undefined {
  const ruleId = assessment.decidedBy.ruleId;
  if (ruleId === null) return undefined;
  return ruleset.rules.find((r) => r.id === ruleId)?.heading?.[assessment.audience]?.[locale];
}

/**
 * The heading of a result as its reader sees it: the deciding rule's heading for the audience when
 * it has one (the suicide-only route: "Praat er vandaag over met 113; …"), otherwise the level's
 * name for a professional or a parent, and for a young person, who never sees a level's name,
 * "Hier kun je praten".
 */
export function resultHeadingWith(assessment: Assessment, locale: string | undefined, ruleset: Ruleset): string {
  const m = messagesFor(locale);
  const heading = ruleHeading(assessment, ruleset, m.$code);
  if (heading) return heading;
  const { audience, level } = assessment;
  return audience === 'young-person' ? m.words.youthResultHeading : m.words.levels[audience][level];
}
