import { addons } from 'storybook/manager-api';

// Without roots the sidebar has no "Collapse" button whose name differs from its visible text (WCAG 2.5.3).
addons.setConfig({ sidebar: { showRoots: false } });
