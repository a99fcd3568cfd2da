import { levelLabel, type Level } from '@anders-kijken/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { AkSignalCheck } from '@anders-kijken/widgets';
import { INPUT_FOR_LEVEL } from './inputs.js';
import { ARG_TYPES } from './arg-types.js';
import { invalidRulesetStory, narrowScreen } from './shared-plays.js';

interface Args {
  audience: 'professional' | 'parent';
  municipality: string;
  lang: 'nl' | 'en';
  onAssess: (event: Event) => void;
}

const meta: Meta<Args> = {
  title: 'Widgets/ak-signal-check',
  component: 'ak-signal-check',
  tags: ['autodocs'],
  args: { audience: 'professional', municipality: '', lang: 'nl', onAssess: fn() },
  argTypes: {
    audience: { control: 'inline-radio', options: ['professional', 'parent'] },
    municipality: ARG_TYPES.municipality,
    lang: ARG_TYPES.lang,
  },
  render: ({ audience, municipality, lang, onAssess }) =>
    html`<ak-signal-check
      lang=${lang}
      audience=${audience}
      municipality=${municipality || ''}
      @ak-assess=${onAssess}
    ></ak-signal-check>`,
};
export default meta;
type Story = StoryObj<Args>;

const check = (canvas: HTMLElement) => canvas.querySelector<AkSignalCheck>('ak-signal-check')!;
const shadow = (canvas: HTMLElement) => check(canvas).shadowRoot!;

/** The first step, as a professional finds it. */
export const Empty: Story = {
  tags: ['visual'],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).textContent).toMatch(/Stap 1 van \d/));
  },
};

export const PartFilled: Story = {
  play: async ({ canvasElement }) => {
    check(canvasElement).setInput({ age: 15, observations: { 'activity-courier': 'possible' } });
    await waitFor(() => expect(check(canvasElement).getInput().observations['activity-courier']).toBe('possible'));
  },
};

/** Goes from the current step to the outcome with the keyboard alone: Enter on "Volgende" each time. */
async function walkToResult(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const root = shadow(canvasElement);
  for (let step = 0; step < 10 && !root.querySelector('ak-assessment-summary'); step++) {
    const next = [...root.querySelectorAll('button')].find((b) =>
      /Volgende|Bekijk de uitkomst/.test(b.textContent ?? ''),
    );
    if (!next) break;
    next.focus();
    await userEvent.keyboard('{Enter}');
    await check(canvasElement).updateComplete;
  }
  return root;
}

/** The main flow with the keyboard alone: filled in, then "Volgende" until the outcome. */
export const CompletedWithTheKeyboard: Story = {
  play: async ({ canvasElement, args }) => {
    check(canvasElement).setInput(INPUT_FOR_LEVEL.suspicion);
    const root = await walkToResult(canvasElement);
    await waitFor(() => expect(args.onAssess).toHaveBeenCalled());
    await waitFor(() => expect(root.querySelector('ak-assessment-summary')).not.toBeNull());
  },
};

/** The outcome of the check at one level, reached as a user would. */
const resultStory = (level: Level): Story => ({
  play: async ({ canvasElement }) => {
    check(canvasElement).setInput(INPUT_FOR_LEVEL[level]);
    const root = await walkToResult(canvasElement);
    const summary = root.querySelector('ak-assessment-summary');
    await waitFor(() => expect(summary?.shadowRoot?.textContent).toContain(levelLabel(level, 'nl')));
  },
});

export const ResultNone = resultStory('none');
export const ResultAttention = resultStory('attention');
export const ResultConcern = resultStory('concern');
export const ResultSuspicion = resultStory('suspicion');
export const ResultAcute = resultStory('acute');

/** A parent gets the questions written for parents first, in words about "je kind". */
export const ForAParent: Story = {
  args: { audience: 'parent' },
  tags: ['visual'],
  play: async ({ canvasElement }) => {
    check(canvasElement).setInput({ age: 15, observations: {} });
    const root = shadow(canvasElement);
    await waitFor(() => expect(root.querySelector('fieldset.question legend')?.textContent).toMatch(/je kind/));
  },
};

/** On the control step a parent finds the professional-only questions behind "Nog 2 vragen". */
export const ForAParentMoreQuestions: Story = {
  args: { audience: 'parent' },
  play: async ({ canvasElement }) => {
    const element = check(canvasElement);
    element.setInput({ age: 15, observations: {} });
    const root = shadow(canvasElement);
    for (let step = 0; step < 3; step++) {
      (root.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await element.updateComplete;
    }
    await waitFor(() => expect(root.querySelector('details[part="more"] summary')?.textContent).toBe('Nog 2 vragen'));
  },
};
export const WithLocalContacts: Story = { args: { municipality: 'den-haag' } };
export const English: Story = { args: { lang: 'en' } };

/** An invalid ruleset is refused inline; the check keeps working with what it had. */
export const InvalidRuleset = invalidRulesetStory<Args>('ak-signal-check');

/** Input that names a signal that does not exist is refused with ak-error; the answers stay. */
export const InvalidInput: Story = {
  play: async ({ canvasElement }) => {
    const element = check(canvasElement);
    element.setInput({ age: 15, observations: { 'activity-courier': 'clear' } });
    const errors: Event[] = [];
    element.addEventListener('ak-error', (event) => errors.push(event));
    element.setInput({ age: 15, observations: { 'activity-courir': 'clear' } });
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(element.getInput().observations['activity-courier']).toBe('clear');
    await waitFor(() => expect(element.shadowRoot!.textContent).toContain("Bedoel je 'activity-courier'?"));
  },
};

export const UtrechtTheme: Story = {
  globals: { theme: 'utrecht' },
  play: async ({ canvasElement }) => {
    // The theme class sits on an ancestor, as on a municipal page; the widget picks up its tokens.
    const themed = canvasElement.querySelector('.utrecht-theme ak-signal-check');
    await expect(themed).not.toBeNull();
    await expect(getComputedStyle(themed!).getPropertyValue('--utrecht-document-color')).not.toBe('');
  },
};
export const DenHaagTheme: Story = {
  globals: { theme: 'denhaag' },
  play: async ({ canvasElement }) => {
    // Den Haag's published tokens reach the widget through the --utrecht-* fallbacks of its --ak-* properties.
    const themed = canvasElement.querySelector('.denhaag-theme ak-signal-check')!;
    await expect(themed).not.toBeNull();
    const root = themed.shadowRoot!;
    await waitFor(() => expect(root.querySelector('button.primary')).not.toBeNull());
    const green = getComputedStyle(themed).getPropertyValue('--denhaag-color-green-3').trim();
    await expect(green).not.toBe('');
    const probe = document.createElement('span');
    probe.style.color = green;
    canvasElement.append(probe);
    const expected = getComputedStyle(probe).color;
    probe.remove();
    await expect(getComputedStyle(root.querySelector('button.primary')!).backgroundColor).toBe(expected);
  },
};
export const SystemColours: Story = { globals: { theme: 'system-colors' } };

export const NarrowScreen: Story = narrowScreen;
