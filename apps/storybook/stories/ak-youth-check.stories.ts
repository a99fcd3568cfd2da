import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
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
  tags: ['visual'],
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

const youth = (canvas: HTMLElement) =>
  canvas.querySelector('ak-youth-check')! as HTMLElement & { updateComplete: Promise<unknown> };

/** "Ja" means the signal is there; the young person sees where to talk, never a level name. */
export const AnsweredYes: Story = {
  play: async ({ canvasElement }) => {
    const element = youth(canvasElement);
    const root = element.shadowRoot!;
    await waitFor(() => expect(root.querySelector('input[name="gate-jobs"]')).not.toBeNull());
    await userEvent.click(root.querySelectorAll<HTMLInputElement>('input[name="age-band"]')[1]!);
    // The follow-ups about jobs show once their gate question is answered Ja.
    await userEvent.click(root.querySelector<HTMLInputElement>('input[name="gate-jobs"][value="yes"]')!);
    await waitFor(() => expect(root.querySelector('input[name="control-cannot-stop"]')).not.toBeNull());
    await userEvent.click(root.querySelector<HTMLInputElement>('input[name="control-cannot-stop"][value="yes"]')!);
    await userEvent.click(root.querySelector<HTMLInputElement>('input[name="activity-courier"][value="sometimes"]')!);
    await userEvent.click(root.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await waitFor(() => expect(root.textContent).toContain('Het is niet jouw schuld'));
    await expect(root.textContent).toContain('De Kindertelefoon');
    await expect(root.textContent).not.toMatch(/Vermoeden van uitbuiting|Zorgen|Aandacht/);
  },
};

/** A question about danger now offers no "Soms". */
export const NoSometimesAboutNow: Story = {
  play: async ({ canvasElement }) => {
    const root = youth(canvasElement).shadowRoot!;
    await waitFor(() => expect(root.querySelector('fieldset[data-id="acute-threat-to-life"]')).not.toBeNull());
    const labels = [...root.querySelectorAll('fieldset[data-id="acute-threat-to-life"] .choice span')];
    await expect(labels.map((l) => l.textContent)).toEqual(['Ja', 'Ik weet het niet zeker', 'Nee']);
  },
};

/** At 18 or older the Kindertelefoon is never shown. */
export const YoungAdult: Story = {
  play: async ({ canvasElement }) => {
    const root = youth(canvasElement).shadowRoot!;
    await waitFor(() => expect(root.querySelector('input[name="gate-pressure"]')).not.toBeNull());
    await userEvent.click(root.querySelectorAll<HTMLInputElement>('input[name="age-band"]')[3]!);
    await userEvent.click(root.querySelector<HTMLInputElement>('input[name="gate-pressure"][value="yes"]')!);
    await waitFor(() => expect(root.querySelector('input[name="control-threats"]')).not.toBeNull());
    await userEvent.click(root.querySelector<HTMLInputElement>('input[name="control-threats"][value="yes"]')!);
    await userEvent.click(root.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await waitFor(() => expect(root.textContent).toContain('Hier kun je praten'));
    await expect(root.textContent).not.toContain('Kindertelefoon');
  },
};
/**
 * Danger now, with a municipality the ruleset does not know: the young person still gets the result
 * with 112 and the national contacts; only the console warns the page's maintainer.
 */
export const DangerWithUnknownMunicipality: Story = {
  args: { municipality: 'atlantis' },
  tags: ['visual'],
  play: async ({ canvasElement }) => {
    const root = youth(canvasElement).shadowRoot!;
    await waitFor(() => expect(root.querySelector('input[name="acute-threat-to-life"]')).not.toBeNull());
    await userEvent.click(root.querySelector<HTMLInputElement>('input[name="acute-threat-to-life"][value="yes"]')!);
    await userEvent.click(root.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await waitFor(() => expect(root.textContent).toContain('Ben je nu in gevaar? Bel 112.'));
    await expect(root.querySelector('[part="contacts"] a[href="tel:112"]')).not.toBeNull();
  },
};

/**
 * When the questions cannot be shown at all (here: forced by the story), the check shows a fixed
 * notice; "Snel weg", the Escape key and 112 keep working.
 */
export const WhenSomethingFails: Story = {
  tags: ['visual'],
  play: async ({ canvasElement }) => {
    const element = youth(canvasElement) as ReturnType<typeof youth> & {
      renderQuestions?: () => never;
      requestUpdate: () => void;
    };
    await element.updateComplete;
    element.renderQuestions = () => {
      throw new Error('De vragen konden niet worden getoond (voorbeeld).');
    };
    element.requestUpdate();
    const root = element.shadowRoot!;
    await waitFor(() => expect(root.querySelector('[part="fallback"]')).not.toBeNull());
    await expect(root.querySelector('[part="quick-exit"] button')?.textContent?.trim()).toBe('Snel weg');
    await expect(root.querySelector('a[href="tel:112"]')).not.toBeNull();
  },
};

export const InvalidRuleset = invalidRulesetStory<Args>('ak-youth-check');
export const NarrowScreen: Story = narrowScreen;
