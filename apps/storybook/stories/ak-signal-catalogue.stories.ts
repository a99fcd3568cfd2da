import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { ARG_TYPES } from './arg-types.js';
import { invalidRulesetStory, narrowScreen } from './shared-plays.js';

interface Args {
  dimension: string;
  query: string;
  lang: 'nl' | 'en';
}

const meta: Meta<Args> = {
  title: 'Widgets/ak-signal-catalogue',
  component: 'ak-signal-catalogue',
  tags: ['autodocs'],
  args: { dimension: '', query: '', lang: 'nl' },
  argTypes: {
    dimension: { control: 'select', options: ['', 'activity', 'recruitment', 'control', 'harm'] },
    lang: ARG_TYPES.lang,
  },
  render: ({ dimension, query, lang }) =>
    html`<ak-signal-catalogue lang=${lang} dimension=${dimension || ''} query=${query}></ak-signal-catalogue>`,
};
export default meta;
type Story = StoryObj<Args>;

export const All: Story = {};
export const Recruitment: Story = { args: { dimension: 'recruitment' } };

/** Every signal says whether it is direct or indirect evidence. */
export const EvidenceBadges: Story = {
  args: { dimension: 'activity' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('ak-signal-catalogue')!.shadowRoot!;
    await waitFor(() => expect(root.querySelector('.tag.evidence.direct')).not.toBeNull());
    await expect(root.querySelector('.tag.evidence.indirect')).not.toBeNull();
  },
};
export const Searched: Story = {
  args: { query: 'pakket' },
  tags: ['visual'],
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('ak-signal-catalogue')!.shadowRoot!;
    await waitFor(() => expect(root.textContent).toMatch(/pakketjes/i));
  },
};
export const English: Story = { args: { lang: 'en' } };
export const InvalidRuleset = invalidRulesetStory<Args>('ak-signal-catalogue');
export const NarrowScreen: Story = narrowScreen;
