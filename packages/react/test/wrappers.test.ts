import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as checks from '@anders-kijken/react';
import * as practice from '@anders-kijken/react/training';
import { eventProps } from '../src/events.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; events?: { name: string }[] }[] }[];
}
const manifest = createRequire(import.meta.url)('@anders-kijken/widgets/custom-elements.json') as Manifest;
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);

const wrappers = { ...checks, ...practice };

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());

describe('the React components follow custom-elements.json', () => {
  it('has a component for every tag', () => {
    expect(elements.length).toBeGreaterThanOrEqual(5);
    for (const { tagName } of elements) {
      const name = pascal(tagName!.replace(/^ak-/, ''));
      expect(wrappers, tagName).toHaveProperty(name);
      expect((wrappers as Record<string, { displayName?: string }>)[name]?.displayName).toBe(name);
    }
  });

  it('maps every event a tag fires to an on… prop, and no other', () => {
    for (const { tagName, events = [] } of elements) {
      const expected = Object.fromEntries(events.map(({ name }) => [`on${pascal(name)}`, name]));
      expect(eventProps[tagName as keyof typeof eventProps], tagName).toEqual(expected);
    }
  });
});
