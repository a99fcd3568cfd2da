import { assess, levelLabel, type Level } from '@anders-kijken/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { ARG_TYPES, GUIDANCE_DEFAULTS, type GuidanceArgs } from './arg-types.js';
import { invalidRulesetStory, narrowScreen } from './shared-plays.js';
import { INPUT_FOR_LEVEL } from './inputs.js';

type Args = GuidanceArgs;

const meta: Meta<Args> = {
  title: 'Widgets/ak-assessment-summary',
  component: 'ak-assessment-summary',
  tags: ['autodocs'],
  args: GUIDANCE_DEFAULTS,
  argTypes: ARG_TYPES,
  render: ({ level, audience, municipality, lang }) => {
    const input = { ...INPUT_FOR_LEVEL[level], audience, ...(municipality ? { municipality } : {}) };
    return html`<ak-assessment-summary lang=${lang} .assessment=${assess(input)}></ak-assessment-summary>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The summary at one level, showing that level's name as core gives it. */
const levelStory = (level: Level): Story => ({
  args: { level },
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector('ak-assessment-summary')!;
    await waitFor(() => expect(summary.shadowRoot?.textContent ?? '').toContain(levelLabel(level, 'nl')));
  },
});

export const None: Story = { ...levelStory('none'), tags: ['visual'] };
export const Attention = levelStory('attention');
export const Concern = levelStory('concern');
export const Suspicion: Story = { ...levelStory('suspicion'), tags: ['visual'] };
export const Acute: Story = { ...levelStory('acute'), tags: ['visual'] };
/** A parent reads the level in a parent's words, and what to do before why. */
export const ForAParent: Story = {
  args: { level: 'suspicion', audience: 'parent' },
  tags: ['visual'],
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector('ak-assessment-summary')!;
    await waitFor(() =>
      expect(summary.shadowRoot?.textContent ?? '').toContain(levelLabel('suspicion', 'nl', 'parent')),
    );
    const headings = [...summary.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => h.textContent?.trim());
    await expect(headings.indexOf('Wat kun je doen')).toBeLessThan(headings.indexOf('Waarom'));
  },
};
export const ForAYoungPerson: Story = { args: { level: 'concern', audience: 'young-person' } };
export const WithLocalContacts: Story = { args: { level: 'suspicion', municipality: 'den-haag' } };
export const English: Story = { args: { level: 'suspicion', lang: 'en' } };

/** Each observation is marked direct or indirect evidence in the reasons. */
export const DirectAndIndirectEvidence: Story = {
  args: { level: 'suspicion' },
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector('ak-assessment-summary')!;
    await waitFor(() => expect(summary.shadowRoot?.textContent ?? '').toContain('(direct bewijs)'));
    await expect(summary.shadowRoot?.textContent ?? '').toContain('(indirect bewijs)');
  },
};
export const InvalidRuleset = invalidRulesetStory<Args>('ak-assessment-summary');
export const NarrowScreen: Story = narrowScreen;
