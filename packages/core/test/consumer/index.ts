// A TypeScript consumer of the built package: its declarations must compile with strict settings.
import {
  assess,
  explain,
  extendRuleset,
  defaultRuleset,
  guidance,
  questionsWorthAsking,
  resolveLocale,
  wordsFor,
  type Assessment,
  type Evidence,
  type Finding,
  type Signal,
} from '@anders-kijken/core';

const result: Assessment = assess({ age: 15, observations: { 'activity-courier': 'clear' } });
const findings: Finding[] = result.findings;
const sentences: string[] = explain(result, 'en');
const extended = extendRuleset(defaultRuleset, { id: 'consumer' });
const evidence: Evidence | undefined = result.evidence['activity-courier'];
const direct: string[] = defaultRuleset.signals.flatMap((s: Signal) => (s.kind === 'signal' ? [s.evidence] : []));
const steps: string[] = guidance({ level: 'concern', audience: 'parent', age: 19 }).nextStepIds;
const label: string = wordsFor(resolveLocale('nl-BE')).levels.parent.concern;
const first = questionsWorthAsking(result).questions[0]?.signalId;

export { findings, sentences, extended, evidence, direct, steps, label, first };

// The training entry: its cases carry keys that `assess` reads as they are.
import { practiceCases, youthScenarios, type PracticeCase } from '@anders-kijken/core/training';
const practice: PracticeCase | undefined = practiceCases[0];
if (practice) assess({ age: practice.age, observations: practice.key.observations, audience: practice.audience });
export const scenarioCount: number = youthScenarios.length;

// The entry without texts: the same functions and types for assessing.
import { assess as assessOnly, type Assessment as EntryAssessment } from '@anders-kijken/core/assess';
const fromEntry: EntryAssessment = assessOnly({ age: 15, observations: { 'activity-courier': 'clear' } });
export { fromEntry };
