import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRuleset, extendRuleset, type RulesetPatch } from '@anders-kijken/core';
import { describe, expect, it } from 'vitest';
import { bin, cli, fixture, workFolder } from './run-cli.js';

const work = workFolder();

describe('anders-kijken validate', () => {
  it('accepts a valid extension with exit 0', () => {
    const { code, out } = cli(['validate', fixture('zwolle.json')]);
    expect(code).toBe(0);
    expect(out).toContain('de uitbreiding is in orde');
  });

  it('lists the errors with their place and exits 1, in Dutch or English', () => {
    const nl = cli(['validate', fixture('broken.json')]);
    expect(nl.code).toBe(1);
    expect(nl.out).toMatch(/^fout {2}contacts\.add\[0\]\.phone {2}/m);
    const removes112 = join(work, 'removes-112.json');
    writeFileSync(removes112, JSON.stringify({ contacts: { remove: ['emergency'] } }));
    expect(cli(['validate', removes112]).out).toMatch(/^fout {2}contacts\.remove\[0\] {2}/m);
    const en = cli(['validate', fixture('broken.json'), '--lang', 'en']);
    expect(en.out).toMatch(/^error {2}contacts\.add\[0\]\.phone {2}.*Dutch phone number/m);
  });

  it('gives JSON with --json', () => {
    const { code, out } = cli(['validate', fixture('broken.json'), '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { valid: boolean; kind: string; errors: { path: unknown[] }[] };
    expect(report).toMatchObject({ valid: false, kind: 'patch' });
    expect(report.errors.map((e) => e.path)).toContainEqual(['contacts', 'add', 0, 'phone']);
  });

  it('warns about a contact not checked for six months, still with exit 0', () => {
    const patch = JSON.parse(readFileSync(fixture('zwolle.json'), 'utf8')) as RulesetPatch;
    patch.contacts!.add![0]!.checkedOn = '2025-01-01';
    const file = join(work, 'stale.json');
    writeFileSync(file, JSON.stringify(patch));
    const { code, out } = cli(['validate', file, '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toMatch(/^warning {2}contacts\.add\[0\]\.checkedOn/m);
    expect(out).toContain('0 errors, 1 warning.');
  });

  it('validates a whole ruleset too', () => {
    const file = join(work, 'ruleset.json');
    writeFileSync(file, JSON.stringify(defaultRuleset));
    expect(cli(['validate', file]).code).toBe(0);
    writeFileSync(file, JSON.stringify({ ...defaultRuleset, contacts: [] }));
    const broken = cli(['validate', file, '--json']);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('missing_emergency_number');
  });

  it('exits 2 for a missing file, a file that is not JSON, or a wrong option', () => {
    expect(cli(['validate', join(work, 'nope.json')])).toMatchObject({
      code: 2,
      err: expect.stringContaining('bestaat niet'),
    });
    writeFileSync(join(work, 'text.json'), 'hello');
    expect(cli(['validate', join(work, 'text.json')])).toMatchObject({
      code: 2,
      err: expect.stringContaining('geen geldige JSON'),
    });
    expect(cli(['validate'])).toMatchObject({ code: 2 });
    expect(cli(['validate', fixture('zwolle.json'), '--frobnicate'])).toMatchObject({ code: 2 });
    expect(cli(['launch'])).toMatchObject({ code: 2, err: expect.stringContaining('Onbekende opdracht') });
  });
});

describe('anders-kijken assess', () => {
  it('assesses one case with its explanation', () => {
    const file = join(work, 'case.json');
    writeFileSync(file, JSON.stringify({ age: 16, observations: { 'acute-missing-in-danger': 'clear' } }));
    const { code, out } = cli(['assess', file, '--lang', 'en']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { level: string; contactIds: string[]; explanation: string[] };
    expect(result.level).toBe('acute');
    expect(result.contactIds).toContain('emergency');
    expect(result.explanation.join(' ')).toMatch(/\S/);
  });

  it('gives one result per line with --jsonl, from a file or standard input, and exit 1 for a bad case', () => {
    const text = readFileSync(fixture('cases.jsonl'), 'utf8');
    for (const run of [
      cli(['assess', fixture('cases.jsonl'), '--jsonl']),
      cli(['assess', '-', '--jsonl'], { input: text }),
    ]) {
      expect(run.code).toBe(1);
      const lines = run.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { line: number; ok: boolean; level?: string });
      expect(lines.map((l) => [l.line, l.ok, l.level])).toEqual([
        [1, true, 'suspicion'],
        [2, true, 'acute'],
        [4, false, undefined],
        [5, false, undefined],
      ]);
    }
  });

  it('assesses with a municipality’s extension, and refuses a broken one', () => {
    const file = join(work, 'zwolle-case.json');
    writeFileSync(file, JSON.stringify({ age: 15, observations: {}, municipality: 'zwolle', audience: 'parent' }));
    const { code, out } = cli(['assess', file, '--patch', fixture('zwolle.json')]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { contactIds: string[] }).contactIds).toContain('zwolle-wijkteam');
    expect(cli(['assess', file, '--patch', fixture('broken.json')]).code).toBe(1);
  });
});

describe('anders-kijken catalogue', () => {
  const entries = defaultRuleset.signals.length + defaultRuleset.riskFactors.length;

  it('gives every entry as JSON, CSV or Markdown, in the language asked', () => {
    const json = JSON.parse(cli(['catalogue', '--lang', 'nl']).out) as { id: string; label: string }[];
    expect(json).toHaveLength(entries);
    expect(json.find((e) => e.id === 'activity-courier')?.label).toBe(
      defaultRuleset.signals.find((s) => s.id === 'activity-courier')?.texts.label.nl,
    );
    const csv = cli(['catalogue', '--format', 'csv', '--lang', 'en']).out;
    // Quoted fields may hold commas; the CRLF row ends do not occur inside a field.
    expect(csv.trim().split('\r\n')).toHaveLength(entries + 1);
    expect(csv.split('\r\n')[0]).toBe('id,kind,dimension,evidence,strength,label,question,examples,sources');
    const md = cli(['catalogue', '--format', 'md', '--lang', 'en']).out;
    expect(md.match(/^### /gm)).toHaveLength(entries);
    expect(cli(['catalogue', '--format', 'pdf']).code).toBe(2);
  });
});

describe('anders-kijken snippet', () => {
  it('writes the page code with the patch as a data island that reads back as the same patch', () => {
    const { code, out } = cli([
      'snippet',
      fixture('zwolle.json'),
      '--component',
      'ak-youth-check',
      '--integrity',
      'sha384-abc',
    ]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe(
      '<script type="module" src="/pad/naar/anders-kijken/embed.js" integrity="sha384-abc"></script>',
    );
    expect(lines[1]).toBe('<link rel="stylesheet" href="/pad/naar/anders-kijken/fallback.css">');
    const element = lines.indexOf('<ak-youth-check municipality="zwolle" patch="ak-lokaal">');
    // Inside the element, what the page shows when the script does not run: 112 and "Snel weg".
    expect(lines.slice(element).join('\n')).toContain('<a href="tel:112">112</a>');
    expect(lines.slice(element).join('\n')).toContain('Snel weg');
    expect(lines.at(-1)).toBe('</ak-youth-check>');
    const island = lines.slice(3, element - 1).join('\n');
    expect(JSON.parse(island)).toEqual(JSON.parse(readFileSync(fixture('zwolle.json'), 'utf8')));
    expect(() => extendRuleset(defaultRuleset, JSON.parse(island) as RulesetPatch)).not.toThrow();
  });

  it('loads embed.js for a practice widget too: the loader brings it from the download', () => {
    const { code, out } = cli(['snippet', fixture('zwolle.json'), '--component', 'ak-youth-training']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('<script type="module" src="/pad/naar/anders-kijken/embed.js"></script>');
  });

  it('gives the errors instead of code for a broken patch, and refuses an element that is not ours', () => {
    const broken = cli(['snippet', fixture('broken.json')]);
    expect(broken.code).toBe(1);
    expect(broken.out).toBe('');
    expect(cli(['snippet', fixture('zwolle.json'), '--component', 'script'])).toMatchObject({ code: 2 });
  });
});

describe('anders-kijken help', () => {
  it('helps in Dutch by default and in English when asked, for the tool and each command', () => {
    expect(cli(['--help'])).toMatchObject({ code: 0, out: expect.stringContaining('Gebruik:') });
    expect(cli(['--help'], { lang: 'en_GB.UTF-8' })).toMatchObject({ code: 0, out: expect.stringContaining('Usage:') });
    expect(cli(['validate', '--help', '--lang', 'en']).out).toContain('Exits with code 1 on an error');
    expect(cli([]).code).toBe(2);
  });

  it('is executable as installed', () => {
    expect(execFileSync(bin, ['--help'], { encoding: 'utf8', env: { ...process.env, LANG: 'nl' } })).toContain(
      'anders-kijken',
    );
  });
});
