import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workFolder } from './run-cli.js';

// What a file holds must never steer the terminal: every control character the bin prints is shown
// as a visible escape, whichever command or stream prints it.
const work = workFolder();

/** Every character that can move the cursor, clear the screen, ring, or reorder what is shown. */
const CONTROL = /(?!\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

describe('what the bin prints from a file', () => {
  it('a key with ESC and BEL is printed escaped', () => {
    const file = join(work, 'esc.json');
    // A key that would clear the screen, ring the bell and leave "geldig" on an empty screen.
    writeFileSync(file, JSON.stringify({ age: 15, observations: { '\u001b[2J\u001b[H\u0007geldig': 'clear' } }));
    const { code, out, err } = cli(['assess', file]);
    expect(code).toBe(1);
    expect(out + err).not.toMatch(CONTROL);
    expect(err).toContain('observations.\\u001b[2J\\u001b[H\\u0007geldig');
  });

  it('a right-to-left override, a C1 control and DEL in a key are printed escaped', () => {
    const file = join(work, 'bidi.json');
    writeFileSync(file, JSON.stringify({ age: 15, observations: { 'x\u202egnp.exe\u009b31m\u007f': 'clear' } }));
    const { err } = cli(['assess', file, '--lang', 'en']);
    expect(err).not.toMatch(CONTROL);
    expect(err).toContain('observations.x\\u202egnp.exe\\u009b31m\\u007f');
  });

  it('a line break in a key cannot start a line of its own', () => {
    const file = join(work, 'newline.json');
    writeFileSync(file, JSON.stringify({ age: 15, observations: { 'x\nde uitbreiding is in orde\r': 'clear' } }));
    const { err } = cli(['assess', file]);
    expect(err).not.toMatch(/^de uitbreiding/m);
    expect(err).toContain('observations.x\\u000ade uitbreiding is in orde\\u000d');
  });

  it('a file name with ESC is printed escaped in an error', () => {
    const { code, err } = cli(['validate', join(work, '\u001b[31mnope.json')]);
    expect(code).toBe(2);
    expect(err).not.toMatch(CONTROL);
    expect(err).toContain('\\u001b[31mnope.json');
  });

  it('JSON output stays JSON with the same values when a value holds a control character', () => {
    const file = join(work, 'esc-json.json');
    const key = 'x\u202e\u009b\u001b';
    writeFileSync(file, JSON.stringify({ age: 15, observations: { [key]: 'clear' } }));
    const { out } = cli(['assess', file, '--jsonl'], {});
    expect(out).not.toMatch(CONTROL);
    const result = JSON.parse(out) as { issues: { path: string[] }[] };
    expect(result.issues[0]?.path).toEqual(['observations', key]);
  });
});
