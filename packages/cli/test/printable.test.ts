import { describe, expect, it } from 'vitest';
import { printable } from '../src/printable.js';

describe('printable', () => {
  it('escapes every control, format and separator character, and keeps every other one', () => {
    const acted = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]$/u;
    for (let code = 0; code <= 0x10ffff; code += code < 0x3000 ? 1 : 97) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCodePoint(code);
      const units = Array.from({ length: c.length }, (_, k) => c.charCodeAt(k).toString(16).padStart(4, '0'));
      expect(printable(c, 'line'), code.toString(16)).toBe(acted.test(c) ? units.map((u) => `\\u${u}`).join('') : c);
    }
    expect(printable('\u{e0041}', 'line')).toBe('\\udb40\\udc41');
    expect(printable('x\u202egnp.exe\u2066\u200b\ufeff\u0085\u009b', 'line')).toBe(
      'x\\u202egnp.exe\\u2066\\u200b\\ufeff\\u0085\\u009b',
    );
  });

  it('keeps the line breaks of a document, CSV’s CRLF too, but not a lone CR', () => {
    expect(printable('a\nb\r\nc\rd\u001b', 'document')).toBe('a\nb\r\nc\\u000dd\\u001b');
    expect(printable('a\nb\r\n', 'line')).toBe('a\\u000ab\\u000d\\u000a');
  });

  it('escapes as JSON does, so a JSON string keeps its value', () => {
    const value = 'x\u001b\u0007\u007f\u009b\u202e\u2066\ufeff\u{e0041}';
    expect(JSON.parse(printable(JSON.stringify({ value }), 'document'))).toEqual({ value });
  });
});
