import { defaultRuleset } from '@anders-kijken/core';
import type { StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';

/** A ruleset that cites a source it does not define: every widget must refuse it inline. */
export const INVALID_RULESET = {
  ...defaultRuleset,
  signals: [{ ...defaultRuleset.signals[0]!, sourceIds: ['NO-SUCH-SOURCE'] }, ...defaultRuleset.signals.slice(1)],
};

/** The story of a widget given an invalid ruleset: an inline message, no error thrown into the page. */
export function invalidRulesetStory<Args>(tag: string): StoryObj<Args> {
  return {
    play: async ({ canvasElement }) => {
      const element = canvasElement.querySelector(tag) as HTMLElement & { ruleset: unknown };
      const errors: Event[] = [];
      element.addEventListener('ak-error', (event) => errors.push(event));
      element.ruleset = INVALID_RULESET;
      await waitFor(() => expect(errors).toHaveLength(1));
      await waitFor(() => expect(element.shadowRoot!.textContent).toContain('NO-SUCH-SOURCE'));
    },
  };
}

/** The story at the width of a small phone (320 px). */
export const narrowScreen = { globals: { viewport: { value: 'mobile1', isRotated: false } } };
