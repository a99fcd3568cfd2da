import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { ARG_TYPES } from './arg-types.js';
import { invalidRulesetStory, narrowScreen } from './shared-plays.js';

interface Args {
  municipality: string;
  lang: 'nl' | 'en';
}

const meta: Meta<Args> = {
  title: 'Widgets/ak-youth-check',
  component: 'ak-youth-check',
  tags: ['autodocs'],
  args: { municipality: '', lang: 'nl' },
  argTypes: {
    municipality: ARG_TYPES.municipality,
    lang: ARG_TYPES.lang,
  },
  // exit-url stays on this Storybook, so trying "Snel weg" here does not leave for another site.
  render: ({ municipality, lang }) =>
    html`<ak-youth-check lang=${lang} municipality=${municipality || ''} exit-url="./"></ak-youth-check>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Start: Story = {
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('ak-youth-check')!.shadowRoot!;
    await waitFor(() => expect(root.textContent).toContain('Snel weg'));
  },
};
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('ak-youth-check')!.shadowRoot!;
    await waitFor(() => expect(root.textContent).toContain('Leave quickly'));
  },
};
export const WithLocalContacts: Story = { args: { municipality: 'maastricht' } };
export const InvalidRuleset = invalidRulesetStory<Args>('ak-youth-check');
export const NarrowScreen: Story = narrowScreen;
