import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
}
const manifest = read('custom-elements.json') as { modules: { declarations?: Declaration[] }[] };
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const pkg = read('package.json');

describe('framework types and editor data, generated from custom-elements.json', () => {
  it('are exports of the package, and JetBrains finds web-types through package.json', () => {
    expect(pkg.exports['./jsx'].types).toBe('./dist/frameworks/react.d.ts');
    expect(pkg.exports['./vue'].types).toBe('./dist/frameworks/vue.d.ts');
    expect(pkg.exports['./html-custom-data.json']).toBe('./dist/frameworks/html-custom-data.json');
    expect(pkg['web-types']).toBe('./dist/frameworks/web-types.json');
  });

  it('give VS Code every tag and attribute, with the values the model allows', () => {
    const data = read('dist/frameworks/html-custom-data.json');
    expect(data.tags.map((t: { name: string }) => t.name).sort()).toEqual(elements.map((e) => e.tagName).sort());
    for (const element of elements) {
      const tag = data.tags.find((t: { name: string }) => t.name === element.tagName);
      expect(tag.attributes.map((a: { name: string }) => a.name)).toEqual(element.attributes?.map((a) => a.name));
      expect(tag.description.length, element.tagName).toBeGreaterThan(20);
    }
    const guide = data.tags.find((t: { name: string }) => t.name === 'ak-referral-guide');
    const values = (name: string) =>
      guide.attributes.find((a: { name: string }) => a.name === name).values.map((v: { name: string }) => v.name);
    expect(values('level')).toEqual(['none', 'attention', 'concern', 'suspicion', 'acute']);
    expect(values('audience')).toEqual(['professional', 'parent', 'young-person']);
    expect(values('municipality')).toContain('maastricht');
  });

  it('give JetBrains IDEs every tag, attribute and event', () => {
    const types = read('dist/frameworks/web-types.json');
    expect(types.name).toBe('@anders-kijken/widgets');
    expect(types.version).toBe(pkg.version);
    for (const element of elements) {
      const found = types.contributions.html.elements.find((e: { name: string }) => e.name === element.tagName);
      expect(found.attributes.map((a: { name: string }) => a.name)).toEqual(element.attributes?.map((a) => a.name));
      expect(found.events.map((e: { name: string }) => e.name)).toEqual(element.events?.map((e) => e.name));
    }
  });

  it('type every tag for React and Vue', () => {
    const react = readFileSync(new URL('../../dist/frameworks/react.d.ts', import.meta.url), 'utf8');
    const vue = readFileSync(new URL('../../dist/frameworks/vue.d.ts', import.meta.url), 'utf8');
    for (const { tagName } of elements) {
      expect(react).toMatch(new RegExp(`'${tagName}': Ak\\w+JsxProps;`));
      expect(vue).toMatch(new RegExp(`'${tagName}': DefineComponent<Ak\\w+VueProps>;`));
    }
  });
});
