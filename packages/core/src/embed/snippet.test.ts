import { describe, expect, it } from 'vitest';
import { EMBED_FOLDER_PLACEHOLDER, embedSnippet, islandJson } from './snippet.js';

describe('embedSnippet', () => {
  it('writes the script of the placeholder folder with its integrity, and the element', () => {
    expect(
      embedSnippet({
        tag: 'ak-referral-guide',
        attributes: { lang: 'nl', level: 'acute' },
        integrity: 'sha384-x',
        withoutFallback: true,
      }),
    ).toBe(
      `<script type="module" src="${EMBED_FOLDER_PLACEHOLDER}/embed.js" integrity="sha384-x"></script>\n` +
        '<ak-referral-guide lang="nl" level="acute"></ak-referral-guide>',
    );
  });

  it('writes another script of the download when asked, and refuses one that is not a file name', () => {
    expect(embedSnippet({ tag: 'ak-training', script: 'training.js' })).toContain('/training.js"');
    // embed.js loads every element, the practice widgets too: that is the default for all.
    expect(embedSnippet({ tag: 'ak-training', integrity: 'sha384-e', withoutFallback: true })).toBe(
      `<script type="module" src="${EMBED_FOLDER_PLACEHOLDER}/embed.js" integrity="sha384-e"></script>\n` +
        '<ak-training></ak-training>',
    );
    for (const script of ['../x.js', 'https://elders.nl/x.js', 'x.js" onload="alert(1)', 'embed'])
      expect(() => embedSnippet({ tag: 'ak-training', script }), script).toThrow(TypeError);
  });

  it('writes preload hints for the files the element needs after the script, and refuses paths', () => {
    const files = {
      elements: { 'ak-signal-check': ['ak-signal-check.js', 'chunk-PN3T3DOL.js'], 'ak-training': ['ak-training.js'] },
      english: { 'ak-signal-check': ['texts-en.js', 'texts-en-signals.js'] },
    };
    const preload = (file: string) => `<link rel="modulepreload" href="${EMBED_FOLDER_PLACEHOLDER}/${file}">`;
    expect(embedSnippet({ tag: 'ak-signal-check', integrity: 'sha384-x', files, withoutFallback: true })).toBe(
      [
        `<script type="module" src="${EMBED_FOLDER_PLACEHOLDER}/embed.js" integrity="sha384-x"></script>`,
        preload('ak-signal-check.js'),
        preload('chunk-PN3T3DOL.js'),
        '<ak-signal-check></ak-signal-check>',
      ].join('\n'),
    );
    // In English (any language other than Dutch), its English texts too; in Frisian, which reads Dutch, not.
    expect(
      embedSnippet({ tag: 'ak-signal-check', attributes: { lang: 'en' }, files, withoutFallback: true })
        .split('\n')
        .slice(1, -1),
    ).toEqual(['ak-signal-check.js', 'chunk-PN3T3DOL.js', 'texts-en.js', 'texts-en-signals.js'].map(preload));
    expect(embedSnippet({ tag: 'ak-signal-check', attributes: { lang: 'fy' }, files })).not.toContain('texts-en');
    // Without the script tag there is nothing to preload for.
    expect(embedSnippet({ tag: 'ak-signal-check', files, withoutScript: true, withoutFallback: true })).toBe(
      '<ak-signal-check></ak-signal-check>',
    );
    for (const file of ['../x.js', 'https://elders.nl/x.js', 'x.js" onload="alert(1)', 'chunk-x'])
      expect(
        () => embedSnippet({ tag: 'ak-signal-check', files: { elements: { 'ak-signal-check': [file] } } }),
        file,
      ).toThrow(TypeError);
  });

  it('writes a patch as a data island that nothing in it can break out of', () => {
    const patch = { id: 'x', municipalities: [{ id: 'x', name: '</script><script>alert(1)</script>', sourceIds: [] }] };
    const snippet = embedSnippet({
      tag: 'ak-youth-check',
      attributes: { municipality: 'x' },
      patch: { value: patch },
      withoutFallback: true,
    });
    expect(snippet).toContain('<script type="application/json" id="ak-lokaal">');
    expect(snippet).toContain('<ak-youth-check municipality="x" patch="ak-lokaal"></ak-youth-check>');
    expect(snippet.match(/<\/script>/g)).toHaveLength(2);
    const island = snippet.split('\n').slice(2, -2).join('\n');
    expect(JSON.parse(island)).toEqual(patch);
  });

  it('escapes attribute values and refuses names that are not HTML here', () => {
    expect(
      embedSnippet({
        tag: 'ak-referral-guide',
        attributes: { municipality: '"><b>' },
        withoutScript: true,
        withoutFallback: true,
      }),
    ).toBe('<ak-referral-guide municipality="&quot;&gt;&lt;b&gt;"></ak-referral-guide>');
    expect(() => embedSnippet({ tag: 'script' })).toThrow(TypeError);
    expect(() => embedSnippet({ tag: 'ak-referral-guide', attributes: { 'on click': 'x' } })).toThrow(TypeError);
    expect(() => embedSnippet({ tag: 'ak-referral-guide', patch: { value: {}, id: '"x' } })).toThrow(TypeError);
  });

  it('islandJson reads back unchanged, line separators included', () => {
    const value = { text: 'a < b && c > d \u2028 <!-- -->' };
    expect(islandJson(value)).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(islandJson(value))).toEqual(value);
  });
});
