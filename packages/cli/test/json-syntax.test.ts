import { readFileSync } from 'node:fs';
import { defaultRuleset } from '@anders-kijken/core';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../src/json-syntax.js';
import { fixture } from './run-cli.js';

/** Whether `JSON.parse` takes a text: the judge the locator must agree with. */
const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** A fixed sequence of pseudo-random numbers, so a failure can be replayed. */
function random(seed: number) {
  return (below: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % below;
  };
}

describe('jsonSyntaxError', () => {
  it('finds an error exactly where JSON.parse refuses, on 5,000 broken texts', () => {
    const texts = [
      readFileSync(fixture('zwolle.json'), 'utf8'),
      readFileSync(fixture('broken.json'), 'utf8'),
      JSON.stringify(defaultRuleset.contacts),
      '{"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"], "b": {}}',
    ];
    const pieces = [
      '{',
      '}',
      '[',
      ']',
      '"',
      ',',
      ':',
      '\\',
      '-',
      '.',
      'e',
      '0',
      '7',
      't',
      'n',
      ' ',
      '\n',
      '\t',
      '\u0001',
      'x',
    ];
    const next = random(42);
    for (let k = 0; k < 5000; k++) {
      const text = texts[k % texts.length] as string;
      const at = next(text.length + 1);
      const cut = next(3);
      const mutated = text.slice(0, at) + (next(2) ? pieces[next(pieces.length)] : '') + text.slice(at + cut);
      expect(jsonSyntaxError(mutated) === undefined, JSON.stringify(mutated)).toBe(parses(mutated));
    }
  });

  it('says the line, the column and the one character found', () => {
    expect(jsonSyntaxError('{\n  "a": 1,\n  b')).toEqual({ line: 3, column: 3, expected: 'name', found: 'b' });
    expect(jsonSyntaxError('["é", 😀]')).toEqual({ line: 1, column: 7, expected: 'value', found: '😀' });
    expect(jsonSyntaxError('{"a": tru}')).toMatchObject({ column: 10, expected: 'true', found: '}' });
    expect(jsonSyntaxError('[1')).toMatchObject({ column: 3, expected: 'comma-or-bracket', found: undefined });
  });

  it('takes nesting deeper than a recursive parser could', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(jsonSyntaxError(deep)).toBeUndefined();
    expect(jsonSyntaxError(deep.slice(0, -1))).toMatchObject({ expected: 'comma-or-bracket', found: undefined });
  });
});
