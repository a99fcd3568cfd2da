import { describe, expect, it } from 'vitest';
import { isLocalizedText, mapTexts } from './map-texts.js';

describe('mapTexts', () => {
  it('replaces every text, with its path, and copies the rest as it is', () => {
    const value = { id: 'x', name: { nl: 'Naam', en: 'Name' }, list: [{ n: 1, t: { nl: 'a', en: 'b' } }] };
    const seen: unknown[] = [];
    const copy = mapTexts(value, (text, path) => (seen.push(path), text.en.toUpperCase()));
    expect(copy).toEqual({ id: 'x', name: 'NAME', list: [{ n: 1, t: 'B' }] });
    expect(seen).toEqual([['name'], ['list', 0, 't']]);
    expect(value.name).toEqual({ nl: 'Naam', en: 'Name' });
  });

  it('takes only an object with exactly a Dutch and an English string for a text', () => {
    expect(isLocalizedText({ nl: 'a', en: 'b' })).toBe(true);
    for (const other of [{ nl: 'a' }, { nl: 'a', en: 'b', de: 'c' }, { nl: 'a', en: 1 }, ['a', 'b'], null, 'a'])
      expect(isLocalizedText(other), JSON.stringify(other)).toBe(false);
  });
});
