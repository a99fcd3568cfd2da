import axe from 'axe-core';
import { expect } from 'vitest';

/** The WCAG 2.1 A and AA rules: what Dutch government sites must meet. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Fails with the violations, readably, when axe-core finds any in `element` (shadow roots included). */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await axe.run(element, { runOnly: { type: 'tag', values: WCAG_21_AA }, resultTypes: ['violations'] });
  const violations = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(violations).toEqual([]);
}
