import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../src/define.js';
import type { AkAssessmentSummary } from '../src/components/ak-assessment-summary/ak-assessment-summary.js';
import { expectAccessible } from './axe.js';
import { assessmentFor, mount, settled } from './fixtures.js';

// What new users saw (issue 13): dark host pages, the chart's text, and where focus lands.

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.style.removeProperty('color-scheme');
});

describe('on a dark host page', () => {
  it('keeps its controls light on its light card, so no answer looks chosen', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const check = await mount('ak-signal-check');
    const inputs = [...(check.shadowRoot?.querySelectorAll('input') ?? [])];
    expect(inputs.length).toBeGreaterThan(3);
    for (const input of inputs) expect(getComputedStyle(input).colorScheme).toBe('light');
    const radio = check.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!;
    expect(radio.checked).toBe(false);
    await expectAccessible(check);
  });

  it('follows a host that opts into dark with --ak-color-scheme and its own colours', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const colours = Object.entries({
      '--ak-color-scheme': 'dark',
      '--ak-color-background': '#121212',
      '--ak-color-text': '#f0f0f0',
      '--ak-color-subtle': '#c8c8c8',
      '--ak-color-border': '#9a9a9a',
      '--ak-color-surface': '#1e1e1e',
      '--ak-color-action': '#8ab4f8',
      '--ak-color-action-text': '#121212',
      '--ak-color-link': '#8ab4f8',
      '--ak-color-focus': '#8ab4f8',
    });
    const style = colours.map(([name, value]) => `${name}: ${value}`).join('; ');
    const check = await mount('ak-signal-check', { attributes: { style } });
    expect(getComputedStyle(check.shadowRoot!.querySelector('input')!).colorScheme).toBe('dark');
    await expectAccessible(check);
  });
});

describe('the chart of the dimensions', () => {
  async function chart(width: number) {
    await page.viewport(width, 800);
    const summary = await mount<AkAssessmentSummary>('ak-assessment-summary', {
      properties: { assessment: assessmentFor('suspicion') },
    });
    const root = summary.shadowRoot!;
    const label = root.querySelector<HTMLElement>('.chart-label')!;
    return { summary, root, label, fontSize: Number.parseFloat(getComputedStyle(label).fontSize) };
  }

  it('writes its labels in the widget’s own size at 320 and 1280 px', async () => {
    const narrow = await chart(320);
    const body = Number.parseFloat(getComputedStyle(narrow.summary).fontSize);
    expect(narrow.fontSize).toBe(body);
    document.body.replaceChildren();
    const wide = await chart(1280);
    expect(wide.fontSize).toBe(body);
    await page.viewport(1280, 800);
  });

  it('keeps the threshold line off the labels, and says every score in words', async () => {
    const { root } = await chart(320);
    for (const row of root.querySelectorAll('.chart-row')) {
      const label = row.querySelector('.chart-label')!.getBoundingClientRect();
      const area = row.querySelector('.chart-area')!.getBoundingClientRect();
      expect(label.bottom).toBeLessThanOrEqual(area.top);
    }
    const figure = root.querySelector('[role="img"]')!;
    expect(figure.getAttribute('aria-label')).toMatch(/Criminele activiteiten: score \d/);
    await expectAccessible(root.host);
    await page.viewport(1280, 800);
  });
});

describe('a parent on a 320 px phone', () => {
  it('goes through every step and the outcome without sideways scrolling, steps before reasons', async () => {
    await page.viewport(320, 640);
    const check = await mount('ak-signal-check', { attributes: { audience: 'parent' } });
    const root = check.shadowRoot!;
    root.querySelector<HTMLInputElement>('#age')!.value = '14';
    root.querySelector<HTMLInputElement>('#age')!.dispatchEvent(new Event('input'));
    for (let step = 0; step < 6; step++) {
      expect(document.documentElement.scrollWidth, `step ${step}`).toBeLessThanOrEqual(320);
      root.querySelector<HTMLInputElement>('input[name="activity-courier"][value="clear"]')?.click();
      root.querySelector<HTMLInputElement>('input[name="recruit-gifts"][value="clear"]')?.click();
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await settled(check);
    }
    const summary = root.querySelector('ak-assessment-summary')!;
    await settled(summary as HTMLElement & { updateComplete: Promise<unknown> });
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    const headings = [...summary.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => h.textContent?.trim());
    expect(headings.indexOf('Wat kun je doen')).toBeGreaterThan(-1);
    expect(headings.indexOf('Wat kun je doen')).toBeLessThan(headings.indexOf('Waarom'));
    await expectAccessible(check);
    await page.viewport(1280, 800);
  });
});
