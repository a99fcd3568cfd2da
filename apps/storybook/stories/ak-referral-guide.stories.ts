import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { ARG_TYPES, GUIDANCE_DEFAULTS, type GuidanceArgs } from './arg-types.js';
import { invalidRulesetStory, narrowScreen } from './shared-plays.js';

type Args = GuidanceArgs & { age?: 'unknown' | 'child' | 'minor' | 'young-adult' };

const meta: Meta<Args> = {
  title: 'Widgets/ak-referral-guide',
  component: 'ak-referral-guide',
  tags: ['autodocs'],
  args: GUIDANCE_DEFAULTS,
  argTypes: ARG_TYPES,
  render: ({ level, audience, municipality, lang, age }) =>
    html`<ak-referral-guide
      lang=${lang}
      level=${level}
      audience=${audience}
      age=${age ?? 'unknown'}
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

/** A suspicion about a young adult goes to the police or CoMensha, not to Veilig Thuis. */
export const YoungAdult: Story = {
  args: { level: 'suspicion', age: 'young-adult' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('ak-referral-guide')!.shadowRoot!;
    await waitFor(() => expect(root.textContent).toContain('Meld uitbuiting van een jongvolwassene'));
  },
};
export const Maastricht: Story = { args: { municipality: 'maastricht', level: 'suspicion' } };
export const English: Story = { args: { lang: 'en' } };
export const InvalidRuleset = invalidRulesetStory<Args>('ak-referral-guide');
export const NarrowScreen: Story = narrowScreen;
