import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture, workFolder } from './run-cli.js';

// The bin reads only regular files of a bounded size, as UTF-8, and says what is wrong with one
// without repeating what it holds. A run that would hang on the old code is bounded by `timeout`.
const work = workFolder();
const BOUND = 10_000;

describe('which files the bin reads', () => {
  it('a symlink to /dev/zero is refused before reading', () => {
    const link = join(work, 'zero.json');
    symlinkSync('/dev/zero', link);
    const nl = cli(['validate', link], { timeout: BOUND });
    expect(nl).toMatchObject({ timedOut: false, code: 2, out: '' });
    expect(nl.err).toBe(`${link} kan niet worden gelezen: het is een apparaat; verwacht een gewoon bestand.\n`);
    const en = cli(['assess', link, '--jsonl', '--lang', 'en'], { timeout: BOUND });
    expect(en.err).toBe(`${link} cannot be read: it is a device; expected a regular file.\n`);
  });

  it('a FIFO is refused without hanging', () => {
    const fifo = join(work, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const run = cli(['validate', fifo], { timeout: BOUND });
    expect(run).toMatchObject({ timedOut: false, code: 2 });
    expect(run.err).toBe(
      `${fifo} kan niet worden gelezen: het is een benoemde pijp (FIFO); verwacht een gewoon bestand.\n`,
    );
    const patch = cli(['assess', fixture('cases.jsonl'), '--jsonl', '--patch', fifo, '--lang', 'en'], {
      timeout: BOUND,
    });
    expect(patch).toMatchObject({ timedOut: false, code: 2 });
    expect(patch.err).toContain(`${fifo} cannot be read: it is a named pipe (FIFO); expected a regular file.`);
  });

  it('a directory is refused with what was expected', () => {
    const folder = join(work, 'folder.json');
    mkdirSync(folder);
    expect(cli(['validate', folder, '--lang', 'en']).err).toBe(
      `${folder} cannot be read: it is a directory; expected a regular file.\n`,
    );
  });

  it('a file over the limit is refused, naming the limit', () => {
    const big = join(work, 'big.json');
    writeFileSync(big, Buffer.alloc(4 * 1024 * 1024 + 1, ' '));
    expect(cli(['validate', big])).toMatchObject({
      code: 2,
      err: `${big} is groter dan 4 MiB; een uitbreiding of casus is veel kleiner.\n`,
    });
    expect(cli(['validate', '-'], { input: Buffer.alloc(4 * 1024 * 1024 + 1, ' '), lang: 'en' }).err).toBe(
      'standard input (-) is larger than 4 MiB; an extension or case is much smaller.\n',
    );
  });
});

describe('how the bin decodes a file', () => {
  it('a UTF-8 BOM is accepted', () => {
    const file = join(work, 'bom.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(fixture('zwolle.json'))]));
    expect(cli(['validate', file])).toMatchObject({ code: 0, out: expect.stringContaining('in orde') });
    const cases = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(fixture('cases.jsonl'))]);
    const first = cli(['assess', '-', '--jsonl'], { input: cases }).out.split('\n')[0];
    expect(JSON.parse(first ?? '')).toMatchObject({ line: 1, ok: true });
  });

  it('Latin-1 is refused with a clear message', () => {
    const file = join(work, 'latin1.json');
    const text = readFileSync(fixture('zwolle.json'), 'utf8').replace('"nl": "', '"nl": "Zwölle ');
    expect(text).toContain('Zwölle');
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const line = text.split('\n').findIndex((l) => l.includes('Zwölle')) + 1;
    expect(cli(['validate', file])).toMatchObject({
      code: 2,
      out: '',
      err: `${file} is geen UTF-8 (regel ${line}); sla het op als UTF-8 (Latin-1 en Windows-1252 worden niet gelezen).\n`,
    });
    const jsonl = cli(['assess', '-', '--jsonl', '--lang', 'en'], {
      input: Buffer.from('{"age": 15, "observations": {}}\n{"age": 15, "note": "Zwölle"}\n', 'latin1'),
    });
    expect(jsonl.code).toBe(2);
    expect(jsonl.err).toBe(
      'standard input (-) is not UTF-8 (line 2); save it as UTF-8 (Latin-1 and Windows-1252 are not read).\n',
    );
  });

  it('a parse error does not echo the file', () => {
    const file = join(work, 'secret.json');
    writeFileSync(file, '{\n  "note": "geheim-4711 van de casus",\n  oops: 1\n}\n');
    const nl = cli(['validate', file]);
    expect(nl.code).toBe(2);
    expect(nl.err).toBe(
      `${file} is geen geldige JSON: regel 3, kolom 3: verwacht een naam tussen "aanhalingstekens", gevonden 'o'.\n`,
    );
    expect(nl.err).not.toContain('geheim');
    const en = cli(['assess', '-', '--lang', 'en'], { input: '{"note": "geheim-4711", "age": 15,' });
    expect(en.err).toBe(
      'standard input (-) is not valid JSON: line 1, column 35: expected a name in "quotes", found the end of the file.\n',
    );
    const jsonl = cli(['assess', '-', '--jsonl'], { input: '{"note": "geheim-4711"}x\n' });
    expect(jsonl.out).not.toContain('geheim');
    expect(JSON.parse(jsonl.out)).toEqual({
      line: 1,
      ok: false,
      issues: [
        {
          path: [],
          code: 'invalid_json',
          message: {
            nl: "kolom 24: verwacht het einde van de regel, gevonden 'x'.",
            en: "column 24: expected the end of the line, found 'x'.",
          },
        },
      ],
    });
  });
});
