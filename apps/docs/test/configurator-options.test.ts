import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  CONFIGURATOR_COMPONENTS,
  elementHtml,
  npmSnippet,
  scriptSnippet,
} from '../.vitepress/theme/configurator-options.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}
const manifest = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@anders-kijken/widgets/custom-elements.json'), 'utf8'),
) as Manifest;
const attributesOf = (tag: string) =>
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === tag)
    ?.attributes?.map((a) => a.name);

describe('the configurator options', () => {
  it.each(CONFIGURATOR_COMPONENTS.map((c) => [c.tag, c] as const))(
    'offer for <%s> only attributes its manifest documents',
    (tag, component) => {
      const documented = attributesOf(tag);
      expect(documented).toContain('lang');
      for (const attribute of component.attributes) expect(documented).toContain(attribute.name);
    },
  );

  it('leave defaults out of the snippet, so it stays as short as it can be', () => {
    const choice = {
      tag: 'ak-signal-check',
      lang: 'nl',
      attributes: { audience: 'professional' },
      theme: 'default',
    } as const;
    expect(elementHtml(choice)).toBe('<ak-signal-check lang="nl"></ak-signal-check>');
    expect(scriptSnippet(choice)).toBe(
      '<script type="module" src="/pad/naar/anders-kijken/embed.js"></script>\n<ak-signal-check lang="nl"></ak-signal-check>',
    );
  });

  it('point the script at the placeholder folder with the release’s integrity, never at a host', () => {
    const choice = { tag: 'ak-youth-check', lang: 'nl', attributes: {}, theme: 'utrecht' } as const;
    const release = {
      placeholder: '/pad/naar/anders-kijken',
      files: [{ name: 'embed.js', integrity: 'sha384-abc' }, { name: 'LICENSE' }],
      elements: { 'ak-youth-check': ['ak-youth-check.js', 'chunk-A1.js'], 'ak-training': ['ak-training.js'] },
    };
    expect(scriptSnippet(choice, release)).toBe(
      [
        '<script type="module" src="/pad/naar/anders-kijken/embed.js" integrity="sha384-abc"></script>',
        // The element's files, fetched while embed.js is on its way.
        '<link rel="modulepreload" href="/pad/naar/anders-kijken/ak-youth-check.js">',
        '<link rel="modulepreload" href="/pad/naar/anders-kijken/chunk-A1.js">',
        '<div class="utrecht-theme">',
        '  <ak-youth-check lang="nl"></ak-youth-check>',
        '</div>',
      ].join('\n'),
    );
  });

  it('point every element, the practice widgets too, at embed.js with its integrity and preload hints', () => {
    const release = {
      placeholder: '/pad/naar/anders-kijken',
      files: [
        { name: 'embed.js', integrity: 'sha384-embed' },
        { name: 'training.js', integrity: 'sha384-training' },
      ],
      elements: Object.fromEntries(CONFIGURATOR_COMPONENTS.map(({ tag }) => [tag, [`${tag}.js`, 'chunk-A1.js']])),
    };
    for (const { tag } of CONFIGURATOR_COMPONENTS) {
      const snippet = scriptSnippet({ tag, lang: 'nl', attributes: {}, theme: 'default' }, release);
      expect(snippet.split('\n').slice(0, 3), tag).toEqual([
        '<script type="module" src="/pad/naar/anders-kijken/embed.js" integrity="sha384-embed"></script>',
        `<link rel="modulepreload" href="/pad/naar/anders-kijken/${tag}.js">`,
        '<link rel="modulepreload" href="/pad/naar/anders-kijken/chunk-A1.js">',
      ]);
    }
    // In English, the English texts too: the element shows once they are there.
    expect(
      scriptSnippet(
        { tag: 'ak-referral-guide', lang: 'en', attributes: {}, theme: 'default' },
        {
          ...release,
          english: { 'ak-referral-guide': ['texts-en.js'] },
        },
      ).split('\n'),
    ).toEqual([
      '<script type="module" src="/pad/naar/anders-kijken/embed.js" integrity="sha384-embed"></script>',
      '<link rel="modulepreload" href="/pad/naar/anders-kijken/ak-referral-guide.js">',
      '<link rel="modulepreload" href="/pad/naar/anders-kijken/chunk-A1.js">',
      '<link rel="modulepreload" href="/pad/naar/anders-kijken/texts-en.js">',
      '<ak-referral-guide lang="en"></ak-referral-guide>',
    ]);
    expect(elementHtml({ tag: 'ak-training', lang: 'nl', attributes: { audience: 'parent' }, theme: 'default' })).toBe(
      '<ak-training lang="nl" audience="parent"></ak-training>',
    );
  });

  it('import only the chosen component from npm, and the theme tokens when a theme is chosen', () => {
    expect(npmSnippet({ tag: 'ak-referral-guide', lang: 'en', attributes: {}, theme: 'utrecht' })).toBe(
      "// npm install @anders-kijken/widgets\nimport '@utrecht/design-tokens/dist/index.css';\nimport '@anders-kijken/widgets/ak-referral-guide';",
    );
  });
});

describe('the configurator when an editor changes their mind', () => {
  it('keeps the municipality when switching component, and drops what the new one lacks', async () => {
    const { attributesFor } = await import('../.vitepress/theme/configurator-options.js');
    expect(attributesFor('ak-youth-check', { municipality: 'maastricht', level: 'acute', audience: 'parent' })).toEqual(
      {
        municipality: 'maastricht',
      },
    );
    expect(attributesFor('ak-signal-catalogue', { municipality: 'maastricht' })).toEqual({});
  });

  it('writes an exit-url only when the widget would use it', async () => {
    const { chosenAttributes, usableExitUrl } = await import('../.vitepress/theme/configurator-options.js');
    for (const good of ['https://www.weeronline.nl/', '/weer', './neutraal.html'])
      expect(usableExitUrl(good), good).toBe(true);
    for (const bad of ['javascript:alert(1)', 'http://weer.nl', 'www.weeronline.nl', '//evil.nl', 'https://'])
      expect(usableExitUrl(bad), bad).toBe(false);
    const choice = (url: string) =>
      ({ tag: 'ak-youth-check', lang: 'nl', attributes: { 'exit-url': url }, theme: 'default' }) as const;
    expect(chosenAttributes(choice('https://www.weeronline.nl/'))).toEqual({
      lang: 'nl',
      'exit-url': 'https://www.weeronline.nl/',
    });
    expect(chosenAttributes(choice('javascript:alert(1)'))).toEqual({ lang: 'nl' });
  });

  it('opens on the component a link asks for', async () => {
    const { componentFromQuery } = await import('../.vitepress/theme/configurator-options.js');
    expect(componentFromQuery('?component=ak-youth-check')).toBe('ak-youth-check');
    expect(componentFromQuery('?component=ak-assessment-summary')).toBeUndefined();
    expect(componentFromQuery('')).toBeUndefined();
  });
});
