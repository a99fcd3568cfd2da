import { describe, expect, it } from 'vitest';
import { contentHash, stableStringify, valueHash } from './hash.js';

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

describe('valueHash', () => {
  it('equals the hash of the stable text, whatever the key order', () => {
    const value = { b: [1, 'x', { d: null, c: true }], a: { e: undefined, f: 2.5 } };
    expect(valueHash(value)).toBe(contentHash(stableStringify(value)));
    expect(valueHash({ a: { f: 2.5 }, b: [1, 'x', { c: true, d: null }] })).toBe(valueHash(value));
    expect(valueHash({ a: 1 })).not.toBe(valueHash({ a: 2 }));
  });

  it('equals it for strings JSON escapes: quotes, backslashes, control characters, lone and paired surrogates', () => {
    for (const text of ['"', '\\', 'a\nb', '\u0000\u001f', '\ud800', 'x\udfffy', '😀', 'é ü ✓', '']) {
      const value = { [text]: [text, { k: text }] };
      expect(valueHash(value), JSON.stringify(text)).toBe(contentHash(stableStringify(value)));
    }
  });

  it('refuses a value that holds itself at once, and hashes a value seen twice without a cycle', () => {
    const list: unknown[] = Array.from({ length: 20 }, (_, i) => ({ id: i, text: 'x'.repeat(100) }));
    list.push(list);
    const start = performance.now();
    expect(() => valueHash({ contacts: list })).toThrow(RangeError);
    expect(performance.now() - start).toBeLessThan(500);
    const shared = { a: 1 };
    expect(valueHash({ x: shared, y: [shared, shared] })).toBe(valueHash({ x: { a: 1 }, y: [{ a: 1 }, { a: 1 }] }));
  });
});
