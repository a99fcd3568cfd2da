import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importByGroup } from '../../scripts/core-by-group.mjs';
import { embedFiles } from './page-server.js';

const root = new URL('../../', import.meta.url).pathname;
const codeOf = (files: readonly string[]) =>
  files.map((file) => readFileSync(join(root, 'dist', file), 'utf8')).join('\n');

describe('core in the browser files, in two groups', () => {
  it("takes a module's imports from core's index from the two groups, keeping its types and its lines", () => {
    const source = [
      'import {',
      '  safeAssess,',
      '  guidance as routes,',
      '  type Assessment,',
      "} from '@anders-kijken/core';",
      "import type { Ruleset } from '@anders-kijken/core';",
      "import { html } from 'lit';",
      'export const x = 1;',
    ].join('\n');
    const rewritten = importByGroup(source, 'example.ts');
    expect(rewritten.split('\n')).toHaveLength(source.split('\n').length);
    expect(rewritten).toContain('import { safeAssess as safeAssess } from "ak-core:evaluation";');
    expect(rewritten).toContain('import { guidance as routes } from "ak-core:base";');
    expect(rewritten).not.toContain('Assessment');
    expect(rewritten).toContain("import type { Ruleset } from '@anders-kijken/core';");
    expect(rewritten.split('\n').slice(5).join('\n')).toBe(source.split('\n').slice(5).join('\n'));
  });

  it('refuses an import it cannot map: a namespace or a default import', () => {
    expect(() => importByGroup("import * as core from '@anders-kijken/core';", 'example.ts')).toThrow(
      /other than by name/,
    );
  });

  it('keeps the evaluation out of the pages of the elements that never evaluate, and in those of the checks', () => {
    const { elements } = embedFiles();
    // String literals of the evaluation that minifying keeps: a finding's code and a level's reason.
    const evaluation = ['rule_matched', 'nothing_observed'];
    for (const tag of ['ak-referral-guide', 'ak-signal-catalogue'])
      for (const literal of evaluation) expect(codeOf(elements[tag] ?? []), tag).not.toContain(literal);
    for (const tag of ['ak-signal-check', 'ak-youth-check', 'ak-assessment-summary'])
      for (const literal of evaluation) expect(codeOf(elements[tag] ?? []), tag).toContain(literal);
  });
});
