import { describe, expect, it } from 'vitest';
import { contentHash, stableStringify } from './hash.js';

describe('stableStringify', () => {
  it('sorts keys at every depth and drops undefined values', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { f: 2, e: undefined }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"f":2}]},"b":1}',
    );
  });
});

describe('contentHash', () => {
  it('is 16 hex digits, stable, and changes with the content', () => {
    const hash = contentHash('anders kijken');
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash('anders kijken')).toBe(hash);
    expect(contentHash('anders kijkem')).not.toBe(hash);
    expect(contentHash('')).not.toBe(contentHash(' '));
  });
});
