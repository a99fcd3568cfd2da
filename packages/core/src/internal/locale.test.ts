import { describe, expect, it } from 'vitest';
import { resolveLocale } from './locale.js';

describe('resolveLocale', () => {
  it.each([
    [undefined, 'nl'],
    [null, 'nl'],
    ['', 'nl'],
    ['  ', 'nl'],
    ['nl', 'nl'],
    ['NL', 'nl'],
    ['nl-NL', 'nl'],
    ['NL-BE', 'nl'],
    ['nl_BE', 'nl'],
    ['fy', 'nl'],
    ['pap-CW', 'nl'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['de', 'en'],
    ['nlx', 'en'],
    ['ar', 'en'],
  ])('reads %j as %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });
});
