import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 A and AA rules: what Dutch government sites must meet. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A violation, small enough to read in a failed test. */
export interface Violation {
  rule: string;
  impact: string | null | undefined;
  nodes: string[];
}

/** Runs axe-core on the whole page, shadow roots included, and returns the WCAG 2.1 AA violations. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof AxeCore & { _running?: boolean } }).axe;
    // A Storybook page runs its own axe (addon-a11y) after a story renders: one run at a time per page.
    while (axe._running) await new Promise((resolve) => requestAnimationFrame(resolve));
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, WCAG_21_AA);
}
