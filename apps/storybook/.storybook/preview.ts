import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '@anders-kijken/widgets/custom-elements.json';
import '@anders-kijken/widgets/define';
import '@utrecht/design-tokens/dist/index.css';
// Den Haag's published NL Design System tokens, scoped to the .denhaag-theme class.
import '@gemeente-denhaag/design-tokens-common/dist/theme/index.css';
import '@gemeente-denhaag/design-tokens-components/dist/theme/index.css';
import { withTheme } from './with-theme.js';
import './preview.css';

// Args, controls and the API tables come from the widgets' manifest, never from hand-written tables.
setCustomElementsManifest(manifest);

const preview: Preview = {
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Huisstijl / theme',
      toolbar: {
        title: 'Thema',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Standaard / default' },
          { value: 'utrecht', title: 'NL Design System: Utrecht' },
          { value: 'denhaag', title: 'NL Design System: Den Haag' },
          { value: 'system-colors', title: 'Systeemkleuren (forced colors)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default' },
  parameters: {
    controls: { expanded: true },
    // A violation of WCAG 2.1 AA fails the story's test, not just the panel.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    },
    options: { storySort: { order: ['Introductie', 'Introduction', 'Widgets'] } },
  },
};

export default preview;
