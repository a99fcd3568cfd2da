import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXIT_URL, FIRST_HEIGHTS, QUICK_EXIT_TAGS, fallbackExitUrl, fallbackStylesheet } from './fallback.js';
import { embedSnippet } from './snippet.js';

/** The element of a snippet, from its opening tag to its closing tag. */
const elementOf = (snippet: string, tag: string) => snippet.slice(snippet.indexOf(`<${tag}`));

const TAGS = Object.keys(FIRST_HEIGHTS);

describe('a page whose files do not load is blank: every snippet carries its own fallback', () => {
  it('puts 112 and what belongs here inside every element, in Dutch by default', () => {
    for (const tag of TAGS) {
      const element = elementOf(embedSnippet({ tag }), tag);
      expect(element, tag).toMatch(new RegExp(`^<${tag}>\\n  <div class="ak-fallback" lang="nl">\\n`));
      expect(element, tag).toContain('<p>Bij direct gevaar: bel <a href="tel:112">112</a>.</p>');
      expect(element, tag).toMatch(/Hier hoort .+ van Anders Kijken te staan\. Zie je alleen deze tekst/);
      expect(element, tag).toMatch(new RegExp(`</div>\\n</${tag}>$`));
    }
  });

  it('writes it in English for an element in English, and in Dutch for Frisian, as the widgets do', () => {
    const english = embedSnippet({ tag: 'ak-youth-check', attributes: { lang: 'en' } });
    expect(english).toContain('<div class="ak-fallback" lang="en">');
    expect(english).toContain('<a href="https://www.google.nl/" rel="noreferrer">Leave quickly</a>');
    expect(english).toContain('In danger right now? Call <a href="tel:112">112</a>.');
    expect(english).toContain('The youth check of Anders Kijken belongs here.');
    expect(embedSnippet({ tag: 'ak-youth-check', attributes: { lang: 'fy' } })).toContain('Snel weg');
  });

  it('gives the youth check and the youth practice a plain "Snel weg" link, the others none', () => {
    for (const tag of TAGS) {
      const snippet = embedSnippet({ tag, withoutScript: true });
      if (QUICK_EXIT_TAGS.includes(tag))
        expect(snippet, tag).toContain(`<p><a href="${DEFAULT_EXIT_URL}" rel="noreferrer">Snel weg</a></p>`);
      else expect(snippet, tag).not.toContain('Snel weg');
    }
    expect(QUICK_EXIT_TAGS).toEqual(['ak-youth-check', 'ak-youth-training']);
  });

  it("sends 'Snel weg' to the element's exit-url only when a widget would follow it too", () => {
    const exit = (url: string) =>
      /<a href="([^"]*)" rel="noreferrer">Snel weg/.exec(
        embedSnippet({ tag: 'ak-youth-check', attributes: { 'exit-url': url }, withoutScript: true }),
      )?.[1];
    expect(exit('https://www.weer.nl/')).toBe('https://www.weer.nl/');
    expect(exit('/weer')).toBe('/weer');
    expect(exit('https://x.nl/?a=1&b="2"')).toBe('https://x.nl/?a=1&amp;b=&quot;2&quot;');
    for (const unsafe of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'http://elders.nl/',
      '//elders.nl',
      '/\\elders.nl',
      '',
      ' ',
    ])
      expect(exit(unsafe), unsafe).toBe(DEFAULT_EXIT_URL);
    expect(fallbackExitUrl(undefined)).toBe(DEFAULT_EXIT_URL);
  });

  it("has the widgets' own default exit url", () => {
    const widgets = readFileSync(new URL('../../../widgets/src/internal/exit-url.ts', import.meta.url), 'utf8');
    expect(widgets).toContain(`export const DEFAULT_EXIT_URL = '${DEFAULT_EXIT_URL}';`);
  });

  it('holds no script, event handler or style attribute, so a strict CSP shows it', () => {
    for (const tag of TAGS)
      for (const lang of ['nl', 'en']) {
        const element = elementOf(embedSnippet({ tag, attributes: { lang, 'exit-url': '/weer' } }), tag);
        expect(element).not.toMatch(/<script|\son[a-z]+=|\sstyle=|javascript:/i);
      }
  });

  it('links the stylesheet that reserves the first height beside the script, with its integrity', () => {
    const snippet = embedSnippet({ tag: 'ak-youth-check', folder: '/ak', stylesheetIntegrity: 'sha384-s' });
    const lines = snippet.split('\n');
    expect(lines[1]).toBe('<link rel="stylesheet" href="/ak/fallback.css" integrity="sha384-s">');
    expect(embedSnippet({ tag: 'ak-youth-check', withoutScript: true })).not.toContain('stylesheet');
    expect(embedSnippet({ tag: 'ak-youth-check', withoutFallback: true })).not.toContain('stylesheet');
    const css = fallbackStylesheet();
    for (const [tag, [narrow, wide]] of Object.entries(FIRST_HEIGHTS)) {
      expect(css).toContain(`${tag} > .ak-fallback { min-height: min(${narrow}rem, 100vh); }`);
      expect(css).toContain(`  ${tag} > .ak-fallback { min-height: min(${wide}rem, 100vh); }`);
    }
  });
});

describe('embedSnippet writes onclick as an attribute name', () => {
  it('refuses event handlers and names that would hide the element, as it refuses other names', () => {
    for (const name of ['onclick', 'onload', 'onmouseover', 'on', 'style', 'hidden', 'inert', 'slot', 'is', 'popover'])
      expect(() => embedSnippet({ tag: 'ak-youth-check', attributes: { [name]: 'alert(1)' } }), name).toThrow(
        new TypeError(`Not an attribute an element may get here: '${name}' (script or hiding it).`),
      );
    // Names that only start like one are settings.
    expect(embedSnippet({ tag: 'ak-youth-check', attributes: { 'exit-url': '/x', lang: 'nl' } })).toContain(
      '<ak-youth-check exit-url="/x" lang="nl">',
    );
  });
});
