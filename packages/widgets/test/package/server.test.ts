import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const node = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });

/** Server-rendered HTML without styles and Lit's comment markers, to read as text. */
function serverRender(markup: string): string {
  return node('test/server/render.mjs', markup)
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

describe('on a server', () => {
  it('imports every export of the package in plain Node without throwing', () => {
    const results = JSON.parse(node('test/server/import-every-export.mjs')) as Record<string, unknown>;
    expect(Object.keys(results)).toContain('@anders-kijken/widgets/embed.js');
    for (const [specifier, result] of Object.entries(results)) expect(result, specifier).toBeInstanceOf(Array);
    // On Node, embed.js is the registering entry with the app's own lit, not the browser bundle.
    expect(results['@anders-kijken/widgets/embed.js']).toEqual(results['@anders-kijken/widgets/define']);
  });

  it("renders in the element's own lang with @lit-labs/ssr", () => {
    const english = serverRender('<ak-youth-check lang="en"></ak-youth-check>');
    expect(english).toContain('Leave quickly');
    expect(english).toContain('href="tel:112"');
    expect(english).not.toContain('Snel weg');
    const dutch = serverRender('<ak-signal-check lang="nl" audience="parent"></ak-signal-check>');
    expect(dutch).toContain('Is je kind nu in direct gevaar');
    expect(serverRender('<ak-signal-check></ak-signal-check>')).toContain('Hoe oud is de jongere?');
  });

  it('leaves every answer unchecked in the server HTML', () => {
    const html = serverRender('<ak-youth-check></ak-youth-check><ak-signal-check></ak-signal-check>');
    expect(html).toMatch(/type="radio"/);
    expect(html).not.toMatch(/\schecked/);
  });

  it('renders 112 for an acute level, and honours level, audience and age attributes', () => {
    const html = serverRender(
      '<ak-referral-guide lang="en" level="acute" audience="parent" age="minor"></ak-referral-guide>',
    );
    expect(html).toContain('href="tel:112"');
    expect(html).toMatch(/Emergency number|emergency/i);
  });
});
