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

/** The files the build generates from the sources and that are committed, so a change shows in git. */
const GENERATED = ['custom-elements.json', 'generated/frameworks'];

describe('custom-elements.json', () => {
  // The committed manifest: the build (a dependency of this test) has just regenerated it in place.
  const manifest: { modules: Module[] } = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

  it('and the framework types are committed as the build regenerated them from the sources', () => {
    // A source change (a property's JSDoc, a new event) that was built but not committed: the build
    // rewrote these files, so they differ from what git holds. `git status` also sees a new file.
    const changed = execFileSync('git', ['status', '--porcelain', '--', ...GENERATED], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    const advice = 'regenerate with `npm run build -w packages/widgets` and commit the files it changed';
    expect(changed, advice).toBe('');
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
