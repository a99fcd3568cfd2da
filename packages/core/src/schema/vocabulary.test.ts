import { describe, expect, it } from 'vitest';
import { LevelSchema } from './level.js';
import { LEVELS, isLevel, levelRank, maxLevel } from './vocabulary.js';

describe('levels', () => {
  it('are ordered from none to acute', () => {
    expect(LEVELS).toEqual(['none', 'attention', 'concern', 'suspicion', 'acute']);
    expect(LEVELS.map(levelRank)).toEqual([0, 1, 2, 3, 4]);
  });

  it.each([
    ['none', true],
    ['acute', true],
    ['Acute', false],
    ['high', false],
    [3, false],
    [undefined, false],
  ])('isLevel(%j) is %s', (value, expected) => {
    expect(isLevel(value)).toBe(expected);
  });

  it('maxLevel picks the more serious level in either order', () => {
    expect(maxLevel('attention', 'suspicion')).toBe('suspicion');
    expect(maxLevel('suspicion', 'attention')).toBe('suspicion');
    expect(maxLevel('none', 'none')).toBe('none');
  });

  it('the schema accepts levels and rejects anything else', () => {
    expect(LevelSchema.safeParse('concern').success).toBe(true);
    expect(LevelSchema.safeParse('worry').success).toBe(false);
  });
});
