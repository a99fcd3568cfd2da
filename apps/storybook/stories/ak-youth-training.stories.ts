import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@anders-kijken/widgets/ak-youth-training';
import { ARG_TYPES } from './arg-types.js';
import { narrowScreen } from './shared-plays.js';

interface Args {
  scenario: string;
  municipality: string;
  lang: 'nl' | 'en';
}

const meta: Meta<Args> = {
  title: 'Widgets/ak-youth-training',
  component: 'ak-youth-training',
  tags: ['autodocs'],
  args: { scenario: '', municipality: '', lang: 'nl' },
  argTypes: { municipality: ARG_TYPES.municipality, lang: ARG_TYPES.lang },
  // exit-url stays on this Storybook, so trying "Snel weg" here does not leave for another site.
  render: ({ scenario, municipality, lang }) =>
    html`<ak-youth-training
      lang=${lang}
      scenario=${scenario || ''}
      municipality=${municipality || ''}
      exit-url="./"
    ></ak-youth-training>`,
};
export default meta;
type Story = StoryObj<Args>;

const rootOf = (canvas: HTMLElement) => canvas.querySelector('ak-youth-training')!.shadowRoot!;
const choices = (canvas: HTMLElement) => [...rootOf(canvas).querySelectorAll<HTMLButtonElement>('button.choice')];

/** Every chat, with "Snel weg" and 112 always in view. */
export const Chats: Story = {
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await waitFor(() => expect(root.querySelectorAll('[part="chats"] button').length).toBeGreaterThanOrEqual(6));
    await expect(root.textContent).toContain('Snel weg');
  },
};

/** The first step of a chat. */
export const Chat: Story = {
  args: { scenario: 'free-sneakers' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(choices(canvasElement).length).toBeGreaterThanOrEqual(2));
  },
};

/** A choice that falls for the trick: explained, without blame. */
export const ChoiceExplained: Story = {
  args: { scenario: 'easy-side-job' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(choices(canvasElement).length).toBeGreaterThanOrEqual(2));
    await userEvent.click(choices(canvasElement)[0]!);
    await waitFor(() => expect(rootOf(canvasElement).querySelector('[part="feedback"] p')).not.toBeNull());
  },
};

/** The end: the trick explained, and where to talk. */
export const TheTrick: Story = {
  args: { scenario: 'the-photo' },
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    for (let step = 0; step < 10 && !root.querySelector('[part="trick"]'); step++) {
      await waitFor(() => expect(choices(canvasElement).length).toBeGreaterThanOrEqual(2));
      await userEvent.click(choices(canvasElement)[1]!);
      await userEvent.click(root.querySelector<HTMLButtonElement>('.nav .primary')!);
    }
    await waitFor(() => expect(root.textContent).toContain('Hier kun je praten'));
  },
};

export const English: Story = {
  args: { lang: 'en', scenario: 'the-group' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).textContent).toContain('Leave quickly'));
  },
};

/** On a phone of 320 px, after a choice. */
export const NarrowChoice: Story = { ...ChoiceExplained, ...narrowScreen };

export const WithLocalContacts: Story = {
  ...TheTrick,
  args: { scenario: 'lend-your-card', municipality: 'maastricht' },
};
