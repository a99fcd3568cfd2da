import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assess, explain, levelRank, type AssessmentInput, type Level } from '../src/index.js';

interface Scenario {
  name: string;
  id: string;
  age: AssessmentInput['age'];
  startedAsMinor?: boolean;
  audience?: AssessmentInput['audience'];
  observations: AssessmentInput['observations'];
  suspect?: boolean;
  expect: {
    min: Level;
    max: Level;
    decidedBy?: string | null;
    /** Next steps the result must show, and must not show, where a vignette names them. */
    stepsInclude?: string[];
    stepsExclude?: string[];
  };
}

const folder = new URL('./scenarios/', import.meta.url);
const files = readdirSync(folder).filter((file) => file.endsWith('.yaml'));

describe.each(files)('%s', (file) => {
  const { cases } = parse(readFileSync(new URL(file, folder), 'utf8')) as { cases: Scenario[] };

  it('holds cases with unique ids', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, scenario) => {
    const input: AssessmentInput = { age: scenario.age, observations: scenario.observations };
    if (scenario.startedAsMinor !== undefined) input.startedAsMinor = scenario.startedAsMinor;
    if (scenario.audience) input.audience = scenario.audience;
    if (scenario.suspect !== undefined) input.suspect = scenario.suspect;
    const result = assess(input);
    const level = levelRank(result.level);
    expect(level, `${scenario.id} gave ${result.level}`).toBeGreaterThanOrEqual(levelRank(scenario.expect.min));
    expect(level, `${scenario.id} gave ${result.level}`).toBeLessThanOrEqual(levelRank(scenario.expect.max));
    if (scenario.expect.decidedBy !== undefined) expect(result.decidedBy.ruleId).toBe(scenario.expect.decidedBy);
    for (const id of scenario.expect.stepsInclude ?? []) expect(result.nextStepIds, scenario.id).toContain(id);
    for (const id of scenario.expect.stepsExclude ?? []) expect(result.nextStepIds, scenario.id).not.toContain(id);
    // Every case explains itself in both languages.
    expect(explain(result, 'nl').length).toBeGreaterThan(1);
    expect(explain(result, 'en').length).toBeGreaterThan(1);
  });
});
