// A TypeScript consumer of the built package: its declarations must compile with strict settings.
import { assess, explain, extendRuleset, defaultRuleset, type Assessment, type Finding } from '@anders-kijken/core';

const result: Assessment = assess({ age: 15, observations: { 'activity-courier': 'clear' } });
const findings: Finding[] = result.findings;
const sentences: string[] = explain(result, 'en');
const extended = extendRuleset(defaultRuleset, { id: 'consumer' });

export { findings, sentences, extended };
