import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@anders-kijken/widgets/ak-training';
import { ARG_TYPES } from './arg-types.js';
import { invalidRulesetStory, narrowScreen } from './shared-plays.js';

interface Args {
  case: string;
  audience: '' | 'professional' | 'parent';
  lang: 'nl' | 'en';
}

const meta: Meta<Args> = {
  title: 'Widgets/ak-training',
  component: 'ak-training',
  tags: ['autodocs'],
  args: { case: '', audience: '', lang: 'nl' },
  argTypes: {
    audience: { control: 'select', options: ['', 'professional', 'parent'] },
    lang: ARG_TYPES.lang,
  },
  render: ({ case: id, audience, lang }) =>
    html`<ak-training lang=${lang} case=${id || ''} audience=${audience || ''}></ak-training>`,
};
export default meta;
type Story = StoryObj<Args>;

const rootOf = (canvas: HTMLElement) => canvas.querySelector('ak-training')!.shadowRoot!;

/** Ticks signals found by searching, picks a level and the first step offered, and asks for feedback. */
async function answerCase(canvas: HTMLElement, search: string, level: string) {
  const root = rootOf(canvas);
  await waitFor(() => expect(root.querySelector('input[type="search"]')).not.toBeNull());
  await userEvent.type(root.querySelector<HTMLInputElement>('input[type="search"]')!, search);
  await waitFor(() => expect(root.querySelector('input[name="observation"]')).not.toBeNull());
  await userEvent.click(root.querySelector<HTMLInputElement>('input[name="observation"]')!);
  await userEvent.click(root.querySelector<HTMLInputElement>(`input[name="level"][value="${level}"]`)!);
  await userEvent.click(root.querySelector<HTMLInputElement>('input[name="first-step"]')!);
  await userEvent.click(root.querySelector<HTMLButtonElement>('button[type="submit"]')!);
}

/** Every case, with its setting, age and reader; nothing is kept. */
export const Cases: Story = {
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await waitFor(() => expect(root.querySelectorAll('[part="cases"] button').length).toBeGreaterThanOrEqual(12));
    await expect(root.textContent).toContain('Er wordt niets bewaard of verstuurd');
  },
};

/** Only the cases a parent reads. */
export const ForParents: Story = { args: { audience: 'parent' } };

/** One case: the story, the search through the catalogue, the level and the first step. */
export const OneCase: Story = {
  args: { case: 'sanne-shop-theft' },
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await waitFor(() => expect(root.querySelector('[part="story"]')?.textContent).toContain('Sanne (14)'));
  },
};

/** The feedback: what was seen and missed, with examples; the rules' level and why; the first step. */
export const Feedback: Story = {
  args: { case: 'daan-parking-garage' },
  play: async ({ canvasElement }) => {
    await answerCase(canvasElement, 'uitkijk', 'concern');
    const root = rootOf(canvasElement);
    await waitFor(() => expect(root.textContent).toContain('De regels van de check geven'));
    await expect(root.textContent).toContain('Wat je miste');
    await expect(root.textContent).toContain('Hoe kan dit eruitzien?');
  },
};

/** Sent without a level or step: says which is missing, and keeps what was ticked. */
export const MissingChoices: Story = {
  args: { case: 'noa-tired-in-class' },
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await waitFor(() => expect(root.querySelector('button[type="submit"]')).not.toBeNull());
    await userEvent.click(root.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await waitFor(() => expect(root.textContent).toContain('Kies hoe ernstig je het vindt.'));
  },
};

/** The overview after a case: only on this page. */
export const Overview: Story = {
  args: { case: 'jesse-new-trainers' },
  play: async ({ canvasElement }) => {
    await answerCase(canvasElement, 'moe', 'attention');
    const root = rootOf(canvasElement);
    await waitFor(() => expect(root.textContent).toContain('Bekijk je overzicht'));
    const toSummary = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Bekijk je overzicht');
    await userEvent.click(toSummary!);
    await waitFor(() => expect(root.querySelector('table')).not.toBeNull());
  },
};

export const English: Story = {
  args: { case: 'luca-lost-package', lang: 'en' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).textContent).toContain('You read this as a parent'));
  },
};

/** The feedback on a phone of 320 px. */
export const NarrowFeedback: Story = { ...Feedback, ...narrowScreen };

export const InvalidRuleset: Story = invalidRulesetStory('ak-training');
