import { readFileSync } from 'node:fs';
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
});
