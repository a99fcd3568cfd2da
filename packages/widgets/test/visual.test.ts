import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../src/define.js';
import type { AkAssessmentSummary } from '../src/components/ak-assessment-summary/ak-assessment-summary.js';
import { assessmentFor, mountYouthCheck, settled } from './fixtures.js';

/**
 * Visual regression: the states the stories show, at 320 and 1280 px, on a light and on a dark host
 * page, compared with the baseline images in test/__screenshots__/visual.test.ts/. A layout break
 * (text under a header, a chart's text out of scale, controls that look chosen) fails here.
 *
 * When a change is meant to alter the look: run `npx vitest run --project components
 * test/visual.test.ts --update` in packages/widgets, open every changed PNG and look at it before
 * committing it.
 */

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

/** One state of one widget: how to make it, on a page of its own. */
const STATES: Record<string, () => Promise<Rendered>> = {
  'signal-check-start': async () => add(document.createElement('ak-signal-check') as Rendered),
  'signal-check-parent-start': async () => {
    const check = document.createElement('ak-signal-check') as Rendered;
    check.setAttribute('audience', 'parent');
    return add(check);
  },
  'summary-none': async () => summary(assessmentFor('none')),
  'summary-suspicion': async () => summary(assessmentFor('suspicion')),
  'summary-acute': async () => summary(assessmentFor('acute')),
  'summary-parent': async () => summary(assessmentFor('suspicion', { audience: 'parent' })),
  'youth-check-start': async () => (await mountYouthCheck()).element as unknown as Rendered,
  'youth-check-danger': async () => {
    const { element } = await mountYouthCheck();
    const root = element.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[name="acute-threat-to-life"][value="yes"]')!.click();
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settled(element);
    return element as unknown as Rendered;
  },
  'youth-check-fallback': async () => {
    const { element } = await mountYouthCheck();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    (element as unknown as { renderQuestions: () => never }).renderQuestions = () => {
      throw new Error('for the picture');
    };
    element.requestUpdate();
    await settled(element);
    await settled(element);
    warn.mockRestore();
    return element as unknown as Rendered;
  },
  'referral-guide-concern': async () => add(document.createElement('ak-referral-guide') as Rendered),
  'referral-guide-acute-young-adult': async () => {
    const guide = document.createElement('ak-referral-guide') as Rendered;
    guide.setAttribute('level', 'acute');
    guide.setAttribute('age', 'young-adult');
    return add(guide);
  },
  'catalogue-search': async () => {
    const catalogue = document.createElement('ak-signal-catalogue') as Rendered & { query: string };
    catalogue.query = 'schuld';
    return add(catalogue);
  },
};

async function add(element: Rendered): Promise<Rendered> {
  document.body.append(element);
  await settled(element);
  return element;
}

async function summary(assessment: ReturnType<typeof assessmentFor>): Promise<Rendered> {
  const element = document.createElement('ak-assessment-summary') as AkAssessmentSummary;
  element.assessment = assessment;
  return add(element as unknown as Rendered);
}

/** A dark host page, as `color-scheme: light dark` sites show it to a reader who prefers dark. */
function darkHost(on: boolean) {
  document.documentElement.style.colorScheme = on ? 'dark' : '';
  document.body.style.background = on ? '#121212' : '';
  document.body.style.color = on ? '#f0f0f0' : '';
}

afterEach(() => {
  document.body.replaceChildren();
  darkHost(false);
});

describe('what the widgets look like', () => {
  for (const width of [320, 1280])
    for (const scheme of ['light', 'dark'] as const)
      describe(`at ${width} px on a ${scheme} host page`, () => {
        it.each(Object.keys(STATES))('%s', async (state) => {
          await page.viewport(width, 800);
          darkHost(scheme === 'dark');
          document.body.style.margin = '0';
          const element = await STATES[state]!();
          // Nothing focused: a caret or a focus ring is not part of the picture.
          (document.activeElement as HTMLElement | null)?.blur();
          (element.shadowRoot?.activeElement as HTMLElement | null)?.blur();
          await settled(element);
          // A frame as tall as the widget, so all of it is painted, not only what fits in 800 px.
          await page.viewport(width, Math.ceil(element.getBoundingClientRect().height) + 16);
          await settled(element);
          await expect(page.elementLocator(element)).toMatchScreenshot(`${state}-${width}-${scheme}`);
        });
      });
});
