import { assess, type AssessmentInput, type Level } from '@anders-kijken/core';

/** One input per level, from the public vignettes and the edge cases of the core. */
export const INPUT_FOR: Record<Level, AssessmentInput> = {
  none: { age: 14, observations: {} },
  attention: { age: 15, observations: { 'activity-unexplained-money': 'possible' } },
  concern: { age: 16, observations: { 'control-debt': 'clear', 'risk-debts': 'clear' } },
  suspicion: {
    age: 14,
    observations: { 'activity-courier': 'clear', 'recruit-gifts': 'clear', 'recruit-older-contacts': 'clear' },
  },
  acute: { age: 15, observations: { 'acute-missing-in-danger': 'clear', 'control-debt': 'possible' } },
};

export const assessmentFor = (level: Level, extra: Partial<AssessmentInput> = {}) =>
  assess({ ...INPUT_FOR[level], ...extra });

/** Waits for Lit to render an element and anything it updates in turn. */
export async function settled(element: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
