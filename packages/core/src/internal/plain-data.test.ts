import { describe, expect, it } from 'vitest';
import { PLAIN_DATA_LIMITS, readPlainData } from './plain-data.js';

const issueOf = (value: unknown, prefix?: (string | number)[]) => {
  const read = readPlainData(value, prefix);
  if (!('issue' in read)) throw new Error('expected an issue');
  return read.issue;
};

describe('readPlainData', () => {
  it('copies own enumerable data, leaving out functions, symbols and undefined as JSON does', () => {
    const source = Object.assign(Object.create({ inherited: 1 }) as object, {
      a: [1, undefined, 'x'],
      b: { c: null, d: () => 1, e: undefined },
      [Symbol('s')]: 1,
    });
    expect(readPlainData(source)).toEqual({ value: { a: [1, null, 'x'], b: { c: null } } });
  });

  it('keeps a "__proto__" key as an ordinary key, never as a prototype', () => {
    const read = readPlainData(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}'));
    if (!('value' in read)) throw new Error('expected a value');
    const copy = read.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('names where a read failed, under the given prefix', () => {
    const value = {
      list: [
        { ok: 1 },
        Object.defineProperty({}, 'bad', {
          enumerable: true,
          get: () => {
            throw new Error('x');
          },
        }),
      ],
    };
    expect(issueOf(value, ['ruleset'])).toMatchObject({
      code: 'unreadable_value',
      path: ['ruleset', 'list', 1, 'bad'],
      message: { en: "The value at 'ruleset.list[1].bad' could not be read (a getter or proxy threw an error)." },
    });
  });

  it('reports a cycle, too deep a nesting and too large a value', () => {
    const cycle: Record<string, unknown> = { a: {} };
    (cycle['a'] as Record<string, unknown>)['back'] = cycle;
    expect(issueOf(cycle)).toMatchObject({ code: 'cyclic_value', path: ['a', 'back'] });
    let deep: unknown = 1;
    for (let i = 0; i <= PLAIN_DATA_LIMITS.depth + 1; i++) deep = [deep];
    expect(issueOf(deep).code).toBe('too_deep');
    expect(issueOf('x'.repeat(PLAIN_DATA_LIMITS.characters + 1)).code).toBe('too_large');
    expect(issueOf(new Array(PLAIN_DATA_LIMITS.nodes + 1)).code).toBe('too_large');
  });

  it('reads a shared object twice when it is not a cycle', () => {
    const shared = { x: 1 };
    expect(readPlainData({ a: shared, b: shared })).toEqual({ value: { a: { x: 1 }, b: { x: 1 } } });
  });
});
