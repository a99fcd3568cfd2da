import { afterEach } from 'vitest';
import { commands, page } from 'vitest/browser';

/**
 * Visual regression from the stories: every story tagged `visual` is, once it has rendered and its
 * play function and axe have passed, compared with baseline images at 320 and 1280 px, on a light
 * and on a dark host page. The stories are the one list of widget states; this file only says how
 * each is photographed. Baselines live in `stories/__screenshots__/<file>.stories.ts/`.
 *
 * When a change is meant to alter the look: run `npx vitest run --update` in apps/storybook, open
 * every changed PNG and look at it before committing it.
 */

/** The tag a story opts in with; interactive or nondeterministic stories leave it off. */
export const VISUAL_TAG = 'visual';

/** The widths a widget is seen at: a small phone and a desktop page. */
const WIDTHS = [320, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

/** A dark host page, as `color-scheme: light dark` sites show it to a reader who prefers dark. */
function darkHost(on: boolean) {
  document.documentElement.style.colorScheme = on ? 'dark' : '';
  document.body.style.background = on ? '#121212' : '';
  document.body.style.color = on ? '#f0f0f0' : '';
}

/** Two frames: Lit has rendered what the last change asked for, and the browser has laid it out. */
async function painted(root: Element) {
  const elements = [root, ...root.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(elements.map((element) => element.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** The name a baseline gets: the story's export name in kebab case, its width and its scheme. */
export function baselineName(exportName: string, width: number, scheme: string): string {
  const kebab = exportName.replace(/(?<=[A-Za-z0-9])(?=[A-Z])/g, '-').toLowerCase();
  return `${kebab}-${width}-${scheme}`;
}

/** What `@storybook/addon-vitest` puts on the test context: the story the test has just run. */
interface StoryOfTest {
  id: string;
  storyName: string;
  tags: string[];
}

afterEach(async (context) => {
  const { task, expect } = context;
  const story = (context as unknown as { story?: StoryOfTest }).story;
  if (!story?.tags.includes(VISUAL_TAG) || task.result?.state === 'fail') return;
  // The story root: the theme wrapper the decorator puts around the widget, inside the test's canvas.
  const root = document.querySelector('.ak-story');
  expect(root, `story ${story.id} has no .ak-story root to photograph`).not.toBeNull();
  // A pointer left over a control by the play function would show a hover state.
  await (commands as unknown as { resetMousePosition?: () => Promise<void> }).resetMousePosition?.();
  // System fonts only (the widgets inherit the host's font), but a font face may still be loading.
  await document.fonts.ready;
  document.body.style.margin = '0';
  try {
    for (const width of WIDTHS)
      for (const scheme of SCHEMES) {
        await page.viewport(width, 800);
        darkHost(scheme === 'dark');
        // Nothing focused: a caret or a focus ring is not part of the picture.
        let active = document.activeElement as HTMLElement | null;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
        active?.blur();
        (document.activeElement as HTMLElement | null)?.blur();
        await painted(root!);
        // A frame as tall as the story, so all of it is painted, not only what fits in 800 px.
        await page.viewport(width, Math.ceil(root!.getBoundingClientRect().height) + 16);
        await painted(root!);
        await expect(page.elementLocator(root!)).toMatchScreenshot(baselineName(story.storyName, width, scheme));
      }
  } finally {
    darkHost(false);
    document.body.style.margin = '';
  }
});
