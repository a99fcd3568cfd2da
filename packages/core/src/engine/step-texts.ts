import type { LocalizedText } from '../schema/localized-text.js';
import type { NextStep } from '../schema/next-step.js';
import type { Audience } from '../schema/vocabulary.js';

/** A next step's title and body as one audience reads them. */
export interface StepTexts {
  title: LocalizedText;
  body: LocalizedText;
}

/**
 * The title and body of a next step for an audience: its `forAudience` texts where it has them
 * (one voice per audience), otherwise its own. Every place that shows a step reads it through this,
 * so a parent never sees the professional's sentence.
 */
export function stepTexts(step: NextStep, audience: Audience): StepTexts {
  const own = audience === 'professional' ? undefined : step.forAudience?.[audience];
  return { title: own?.title ?? step.title, body: own?.body ?? step.body };
}
