import { describe, expect, it } from 'vitest';
import * as main from '../index.js';
import { mapTexts } from '../internal/map-texts.js';
import { assess, safeAssess } from './index.js';
import { nationalStructure } from './national-structure.js';

/** Every text of a value, anywhere in it. */
function texts(value: unknown): string[] {
  const found: string[] = [];
  mapTexts(value, (text) => found.push(text.nl, text.en));
  return found;
}

describe('the assess entry', () => {
  it('carries the national ruleset without a single text', () => {
    const all = texts(nationalStructure);
    expect(all.length).toBe(texts(main.defaultRuleset).length);
    expect(all.filter((text) => text !== '')).toEqual([]);
  });

  it('gives the same assessment as the main entry, stamp and all, for every signal and age', () => {
    const ids = [...main.defaultRuleset.signals, ...main.defaultRuleset.riskFactors].map((entry) => entry.id);
    let compared = 0;
    for (const age of [10, 15, 19, 'unknown'] as const)
      for (const answer of ['clear', 'possible'] as const)
        for (const [i, id] of ids.entries()) {
          // One entry, and that entry with the next one: single signals and pairs.
          const observations: Record<string, 'clear' | 'possible'> = {
            [id]: answer,
            ...(ids[i + 1] ? { [ids[i + 1] as string]: 'clear' as const } : {}),
          };
          for (const audience of ['professional', 'parent'] as const) {
            const input = { age, audience, observations };
            expect(assess(input), JSON.stringify(input)).toEqual(main.assess(input));
            compared++;
          }
        }
    expect(compared).toBeGreaterThan(400);
    expect(assess({ age: 15, observations: {} }).ruleset).toEqual(main.assess({ age: 15, observations: {} }).ruleset);
  });

  it('refuses bad input as the main entry does, with the same issues', () => {
    const input = { age: 40, observations: { 'activity-courirer': 'clear' } };
    expect(safeAssess(input)).toEqual(main.safeAssess(input));
    expect(() => assess(input as never)).toThrow(main.AssessmentInputError);
  });

  it('gives assessments that explain and guidance from the main entry take as they are', () => {
    const assessment = assess({ age: 15, observations: { 'activity-courier': 'clear' } });
    expect(main.explain(assessment, 'nl')).toEqual(
      main.explain(main.assess({ age: 15, observations: { 'activity-courier': 'clear' } }), 'nl'),
    );
  });
});
