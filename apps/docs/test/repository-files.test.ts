import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '@anders-kijken/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// The repository's own metadata: what registers and security researchers read first.
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const read = (file: string) => readFileSync(join(repo, file), 'utf8');

interface PublicCode {
  publiccodeYmlVersion: string;
  name: string;
  url: string;
  platforms: string[];
  categories: string[];
  developmentStatus: string;
  softwareType: string;
  description: Record<string, { shortDescription: string; longDescription: string; features: string[] }>;
  legal: { license: string };
  maintenance: { type: string; contacts?: { name: string }[] };
  localisation: { localisationReady: boolean; availableLanguages: string[] };
  dependsOn: { open: { name: string; versionMin: string }[] };
}

describe('publiccode.yml', () => {
  const code = parse(read('publiccode.yml')) as PublicCode;

  it('has every field the 0.4 standard requires, with allowed values', () => {
    expect(code.publiccodeYmlVersion).toBe('0.4');
    expect(code.name).toBe('Anders Kijken');
    expect(code.url).toMatch(/^https:\/\//);
    expect(code.platforms).toEqual(['web']);
    expect(code.categories.length).toBeGreaterThan(0);
    expect(['concept', 'development', 'beta', 'stable', 'obsolete']).toContain(code.developmentStatus);
    expect(['standalone/web', 'library', 'addon', 'configurationFiles']).toContain(code.softwareType);
    expect(['internal', 'contract', 'community', 'none']).toContain(code.maintenance.type);
    expect(code.maintenance.contacts?.length).toBeGreaterThan(0);
  });

  it('says honestly what the project is: its licence, its languages, its dependencies', () => {
    expect(read('LICENSE')).toContain('EUPL');
    expect(code.legal.license).toBe('EUPL-1.2');
    expect([...code.localisation.availableLanguages].sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) {
      const description = code.description[locale]!;
      expect(description.shortDescription.length).toBeLessThanOrEqual(150);
      expect(description.longDescription.length).toBeGreaterThanOrEqual(150);
      expect(description.features.length).toBeGreaterThan(0);
    }
    const major = (range: string) => range.replace(/^[^\d]*/, '').split('.')[0];
    const dependencies = {
      zod: (JSON.parse(read('packages/core/package.json')) as { dependencies: Record<string, string> }).dependencies[
        'zod'
      ],
      Lit: (JSON.parse(read('packages/widgets/package.json')) as { dependencies: Record<string, string> }).dependencies[
        'lit'
      ],
    };
    for (const { name, versionMin } of code.dependsOn.open)
      expect(major(versionMin), name).toBe(major(dependencies[name as keyof typeof dependencies] ?? ''));
    // Still in development until a first version is released.
    const { version } = JSON.parse(read('packages/core/package.json')) as { version: string };
    if (version.startsWith('0.0.')) expect(code.developmentStatus).toBe('development');
  });
});

describe('SECURITY.md', () => {
  it('says how to report a vulnerability privately, and points at the security page', () => {
    const security = read('SECURITY.md');
    expect(security).toContain('Report a vulnerability');
    expect(security).toContain('do **not** open a public issue');
    expect(security).toContain('apps/docs/src/en/guide/security.md');
  });

  it('gives a response time and what to expect after a report', () => {
    const security = read('SECURITY.md');
    expect(security).toContain('## What to expect');
    expect(security).toMatch(/Within 5 working days\*\* we acknowledge your report/);
  });
});

describe("the docs' security page claims things a probe disproved", () => {
  const guides = ['apps/docs/src/guide/security.md', 'apps/docs/src/en/guide/security.md'];

  it.each(guides)('%s names, after each claim, test files that exist', (guide) => {
    const text = read(guide);
    const named = [...text.matchAll(/<!-- (?:getest|tested): ([^>]*?) -->/g)].flatMap((m) =>
      m[1]!.split(', ').map((entry) => entry.replace(/ \(.*\)$/, '')),
    );
    expect(named.length).toBeGreaterThanOrEqual(14);
    for (const file of named) expect(existsSync(join(repo, file)), file).toBe(true);
    // Each bullet of a section with claims is followed by the tests that show it.
    const bullets = text
      .split('\n## ')
      .filter((section) => !/^(Een kwetsbaarheid melden|Reporting a vulnerability)/.test(section));
    for (const section of bullets)
      for (const bullet of section.split(/\n(?=- )/).filter((part) => part.startsWith('- ')))
        expect(bullet, bullet.slice(0, 60)).toMatch(/<!-- (getest|tested): /);
  });

  it.each(guides)('%s no longer claims what nothing tests', (guide) => {
    const text = read(guide);
    expect(text).not.toContain('IndexedDB');
    expect(text).not.toMatch(/Meer is\s+niet nodig|Nothing more\s+is needed/);
    expect(text).not.toMatch(/vijf keer `JSON.parse`|five times `JSON.parse`/);
  });
});
