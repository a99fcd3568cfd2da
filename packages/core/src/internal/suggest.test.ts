import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from './suggest.js';

const ids = ['activity-courier', 'activity-lookout', 'control-debt', 'harm-missing'];

describe('suggest', () => {
  it.each([
    ['activity-courir', 'activity-courier'],
    ['Activity-Courier', 'activity-courier'],
    ['courier', 'activity-courier'],
    ['control_debt', 'control-debt'],
    ['harm-misisng', 'harm-missing'],
  ])('suggests the closest id for %s', (unknown, expected) => {
    expect(suggest(unknown, ids)).toBe(expected);
  });

  it('suggests nothing for an id that is nowhere near', () => {
    expect(suggest('weather', ids)).toBeUndefined();
    expect(suggest('x', ids)).toBeUndefined();
  });

  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
