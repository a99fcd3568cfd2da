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

export const Concern: Story = { tags: ['visual'] };
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
/**
 * Acute danger for a young adult (18 or older): call 112 first; the police is then involved, Veilig
 * Thuis only when the danger comes from within the family.
 */
export const AcuteYoungAdult: Story = {
  args: { level: 'acute', age: 'young-adult' },
  tags: ['visual'],
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('ak-referral-guide')!.shadowRoot!;
    await waitFor(() => expect(root.querySelector('a[href="tel:112"]')).not.toBeNull());
  },
};
export const Maastricht: Story = { args: { municipality: 'maastricht', level: 'suspicion' } };
export const English: Story = { args: { lang: 'en' } };
export const InvalidRuleset = invalidRulesetStory<Args>('ak-referral-guide');
export const NarrowScreen: Story = narrowScreen;

/** A municipality's own contacts, as the docs' "Lokale contacten" builder writes them. */
const ZWOLLE = {
  id: 'zwolle',
  municipalities: [{ id: 'zwolle', name: 'Zwolle', sourceIds: [] }],
  contacts: {
    add: [
      {
        id: 'zwolle-wijkteam',
        scope: 'local',
        municipality: 'zwolle',
        name: { nl: 'Wijkteam Zwolle (voorbeeld)', en: 'Zwolle neighbourhood team (example)' },
        phone: '038 000 0000',
        hours: { nl: 'Werkdagen 9 tot 17 uur', en: 'Weekdays 9 am to 5 pm' },
        purpose: { nl: 'Advies voor ouders en professionals', en: 'Advice for parents and professionals' },
        confirmed: true,
        checkedOn: '2026-12-01',
      },
    ],
  },
};

/** The JSON data island a page holds: read by the widget, never run. */
function island(id: string, patch: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = id;
  script.textContent = JSON.stringify(patch);
  return script;
}

/**
 * A municipality that is not built in adds its contacts without code: a `<script type="application/json">`
 * on the page, named by the `patch` attribute. 112 and the national contacts stay.
 */
export const LocalContactsFromAPatch: Story = {
  render: ({ lang }) =>
    html`${island('sb-zwolle', ZWOLLE)}<ak-referral-guide
        lang=${lang}
        level="concern"
        municipality="zwolle"
        patch="sb-zwolle"
      ></ak-referral-guide>`,
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('ak-referral-guide')!.shadowRoot!;
    await waitFor(() => expect(root.textContent).toContain('Wijkteam Zwolle (voorbeeld)'));
    await expect(root.querySelector('a[href="tel:112"]')).not.toBeNull();
  },
};
