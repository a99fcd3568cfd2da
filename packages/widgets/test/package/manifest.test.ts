import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const components = readdirSync(join(root, 'src/components'));

interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: { name: string }[];
  members?: { name: string; kind: string; privacy?: string }[];
  events?: { name: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module: string } }[];
}

function generate(): { modules: Module[] } {
  // The analyzer writes below the package; .reports/ is ignored by git.
  const outdir = '.reports/custom-elements';
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir], {
    cwd: root,
    stdio: 'pipe',
  });
  return JSON.parse(readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8'));
}

describe('custom-elements.json', () => {
  const manifest = generate();
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

  it('is the manifest the build ships', async () => {
    await expect(`${JSON.stringify(manifest, null, 2)}\n`).toMatchFileSnapshot('../../custom-elements.json');
  });

  it('describes every component', () => {
    expect(elements.map((e) => e.tagName).sort()).toEqual([...components].sort());
  });

  it('points at the built files, and maps every tag to the module that defines it', () => {
    const text = JSON.stringify(manifest);
    expect(text).not.toMatch(/"src\//);
    for (const tag of components) {
      const definition = manifest.modules
        .flatMap((m) => (m.exports ?? []).map((e) => ({ ...e, path: m.path })))
        .find((e) => e.kind === 'custom-element-definition' && e.name === tag);
      expect(definition?.path, tag).toBe(`dist/components/${tag}/define.js`);
      expect(definition?.declaration.module).toBe(`dist/components/${tag}/${tag}.js`);
    }
  });

  it('gives every event its type', () => {
    for (const element of elements)
      for (const event of element.events ?? [])
        expect(event.type?.text, `${element.tagName} ${event.name}`).toMatch(/^Ak\w+Event$/);
  });

  it.each(components)('documents %s completely: summary, lang, ruleset, events, parts and custom properties', (tag) => {
    const element = elements.find((e) => e.tagName === tag) as Declaration;
    expect(element.summary).toBeTruthy();
    expect(element.description).toBeTruthy();
    expect(element.attributes?.map((a) => a.name)).toContain('lang');
    expect(element.members?.map((m) => m.name)).toContain('ruleset');
    expect(element.events?.map((e) => e.name)).toContain('ak-error');
    expect(element.cssParts?.length).toBeGreaterThan(0);
    expect(element.cssProperties?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['--ak-color-text', '--ak-color-focus', '--ak-sticky-offset']),
    );
  });
});
