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
    expect(elementHtml(choice).split('\n')[0]).toBe('<ak-signal-check lang="nl">');
    expect(scriptSnippet(choice).split('\n').slice(0, 3)).toEqual([
      '<script type="module" src="/pad/naar/anders-kijken/embed.js"></script>',
      '<link rel="stylesheet" href="/pad/naar/anders-kijken/fallback.css">',
      '<ak-signal-check lang="nl">',
    ]);
  });

  it('point the script at the placeholder folder with the release’s integrity, never at a host', () => {
    const choice = { tag: 'ak-youth-check', lang: 'nl', attributes: {}, theme: 'utrecht' } as const;
    const release = {
      placeholder: '/pad/naar/anders-kijken',
      files: [
        { name: 'embed.js', integrity: 'sha384-abc' },
        { name: 'fallback.css', integrity: 'sha384-css' },
        { name: 'LICENSE' },
      ],
      elements: { 'ak-youth-check': ['ak-youth-check.js', 'chunk-A1.js'], 'ak-training': ['ak-training.js'] },
    };
    expect(scriptSnippet(choice, release)).toBe(
      [
        '<script type="module" src="/pad/naar/anders-kijken/embed.js" integrity="sha384-abc"></script>',
        // The element's files, fetched while embed.js is on its way.
        '<link rel="modulepreload" href="/pad/naar/anders-kijken/ak-youth-check.js">',
        '<link rel="modulepreload" href="/pad/naar/anders-kijken/chunk-A1.js">',
        '<link rel="stylesheet" href="/pad/naar/anders-kijken/fallback.css" integrity="sha384-css">',
        // The theme's class around the element and the fallback inside it.
        '<div class="utrecht-theme">',
        '  <ak-youth-check lang="nl">',
        '    <div class="ak-fallback" lang="nl">',
        '      <p><a href="https://www.google.nl/" rel="noreferrer">Snel weg</a></p>',
        '      <p>Bij direct gevaar: bel <a href="tel:112">112</a>.</p>',
        '      <p>Hier hoort de jongerencheck van Anders Kijken te staan. Zie je alleen deze tekst, dan kon die niet laden.</p>',
        '    </div>',
        '  </ak-youth-check>',
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
      '<link rel="stylesheet" href="/pad/naar/anders-kijken/fallback.css">',
      '<ak-referral-guide lang="en">',
      '  <div class="ak-fallback" lang="en">',
      '    <p>In danger right now? Call <a href="tel:112">112</a>.</p>',
      '    <p>The guide "Where can I go?" of Anders Kijken belongs here. If you only see this text, it could not load.</p>',
      '  </div>',
      '</ak-referral-guide>',
    ]);
    expect(
      elementHtml({ tag: 'ak-training', lang: 'nl', attributes: { audience: 'parent' }, theme: 'default' }).split(
        '\n',
      )[0],
    ).toBe('<ak-training lang="nl" audience="parent">');
  });

  it('import only the chosen component from npm, and the theme tokens when a theme is chosen', () => {
    expect(npmSnippet({ tag: 'ak-referral-guide', lang: 'en', attributes: {}, theme: 'utrecht' })).toBe(
      "// npm install @anders-kijken/widgets\nimport '@utrecht/design-tokens/dist/index.css';\nimport '@anders-kijken/widgets/ak-referral-guide';",
    );
  });
});

describe('a page whose files do not load is blank: the configurator writes the fallback', () => {
  it('puts 112, "Snel weg" to the chosen exit-url and what belongs here inside the element', () => {
    const snippet = scriptSnippet({
      tag: 'ak-youth-check',
      lang: 'nl',
      attributes: { 'exit-url': '/weer' },
      theme: 'default',
    });
    expect(snippet).toContain('<ak-youth-check lang="nl" exit-url="/weer">\n  <div class="ak-fallback" lang="nl">');
    expect(snippet).toContain('<p><a href="/weer" rel="noreferrer">Snel weg</a></p>');
    expect(snippet).toContain('<a href="tel:112">112</a>');
    expect(snippet).toMatch(/<\/div>\n<\/ak-youth-check>$/);
    for (const { tag } of CONFIGURATOR_COMPONENTS) {
      const html = elementHtml({ tag, lang: 'en', attributes: {}, theme: 'default' });
      expect(html, tag).toContain('In danger right now? Call <a href="tel:112">112</a>.');
      expect(html, tag).not.toMatch(/\son[a-z]+=|\sstyle=|<script/);
    }
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
