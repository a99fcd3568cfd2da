import { describe, expect, it } from 'vitest';
import { earliestSince, entryAt, valueAt } from './value-at.js';

const history = [
  { since: '2024-01-01', value: 2, sourceIds: ['A'] },
  { since: '2022-06-01', value: 1, sourceIds: ['B'] },
  { since: '2026-01-01', value: 3, sourceIds: ['C'] },
];

describe('valueAt', () => {
  it.each([
    ['2022-06-01', 1],
    ['2023-12-31', 1],
    ['2024-01-01', 2],
    ['2030-01-01', 3],
  ])('on %s gives %d, whatever the order of the list', (asOf, expected) => {
    expect(valueAt(history, asOf)).toBe(expected);
  });

  it('gives the newest value without a date', () => {
    expect(valueAt(history)).toBe(3);
  });

  it('gives nothing before the first date', () => {
    expect(valueAt(history, '2022-05-31')).toBeUndefined();
  });

  it('returns the entry in force with its sources', () => {
    expect(entryAt(history, '2025-05-05')).toEqual({ since: '2024-01-01', value: 2, sourceIds: ['A'] });
    expect(earliestSince(history)).toBe('2022-06-01');
  });
});
