import type { AssessmentInput, Level } from '@anders-kijken/core';

/** One input per level, as a professional might fill it in: the stories show every outcome. */
export const INPUT_FOR_LEVEL: Record<Level, AssessmentInput> = {
  none: { age: 15, observations: { 'activity-courier': 'no', 'recruit-gifts': 'no' } },
  attention: { age: 15, observations: { 'activity-lookout': 'possible' } },
  concern: { age: 15, observations: { 'activity-courier': 'clear', 'harm-missing': 'unknown' } },
  suspicion: { age: 14, observations: { 'activity-courier': 'clear', 'recruit-gifts': 'clear' } },
  acute: { age: 16, observations: { 'acute-threat-to-life': 'clear' } },
};
