import type { Audience, Level } from '@anders-kijken/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { invalidRulesetStory, narrowScreen } from './shared-plays.js';

interface Args {
  level: Level;
  audience: Audience;
  municipality: string;
  lang: 'nl' | 'en';
}

const meta: Meta<Args> = {
  title: 'Widgets/ak-referral-guide',
  component: 'ak-referral-guide',
  tags: ['autodocs'],
  args: { level: 'concern', audience: 'professional', municipality: '', lang: 'nl' },
  argTypes: {
    level: { control: 'select', options: ['none', 'attention', 'concern', 'suspicion', 'acute'] },
    audience: { control: 'select', options: ['professional', 'parent', 'young-person'] },
    municipality: { control: 'select', options: ['', 'den-haag', 'maastricht'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: ({ level, audience, municipality, lang }) =>
    html`<ak-referral-guide
      lang=${lang}
      level=${level}
      audience=${audience}
      municipality=${municipality || ''}
    ></ak-referral-guide>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Concern: Story = {};
export const Acute: Story = {
  args: { level: 'acute' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('ak-referral-guide')!.shadowRoot!;
    await waitFor(() => expect(root.textContent).toContain('112'));
  },
};
export const ForAParent: Story = { args: { audience: 'parent' } };
export const ForAYoungPerson: Story = { args: { audience: 'young-person' } };
export const Maastricht: Story = { args: { municipality: 'maastricht', level: 'suspicion' } };
export const English: Story = { args: { lang: 'en' } };
export const InvalidRuleset = invalidRulesetStory<Args>('ak-referral-guide');
export const NarrowScreen: Story = narrowScreen;
