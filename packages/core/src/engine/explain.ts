import type { Assessment, Finding } from '../schema/assessment.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { Audience, Locale } from '../schema/vocabulary.js';
import { messagesFor } from '../messages/index.js';
import type { LevelReader, Messages } from '../messages/types.js';
import { plainRuleset } from './plain-ruleset.js';
import { questionsWorthAsking } from './worth-asking.js';

/** The audience whose words a result uses for level names: a young person never sees one. */
const readerOf = (audience: Audience): LevelReader => (audience === 'parent' ? 'parent' : 'professional');

/**
 * The ruleset as explain reads it: its lists, or empty ones for what is not a list, so a ruleset that
 * cannot be read gives sentences with ids instead of a throw.
 */
interface Lists {
  entries: readonly unknown[];
  rules: readonly unknown[];
  dimensions: readonly unknown[];
}

function listsOf(given: Ruleset): Lists {
  const read = plainRuleset(given);
  if ('issue' in read) return { entries: [], rules: [], dimensions: [] };
  const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
  const { signals, riskFactors, rules, dimensions } = read.ruleset as Partial<Record<keyof Ruleset, unknown>>;
  return { entries: [...list(signals), ...list(riskFactors)], rules: list(rules), dimensions: list(dimensions) };
}

/** The item of a list with an id, if it is an object. */
const byId = (items: readonly unknown[], id: string | null | undefined): Record<string, unknown> | undefined =>
  items.find((item): item is Record<string, unknown> => {
    return typeof item === 'object' && item !== null && (item as { id?: unknown }).id === id;
  });

/** A text of an item at a path, in a locale, when it is a string. */
function textAt(
  item: Record<string, unknown> | undefined,
  path: readonly string[],
  locale: Locale,
): string | undefined {
  let at: unknown = item;
  for (const key of [...path, locale])
    at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === 'string' ? at : undefined;
}

function labelsOf(
  lists: Lists,
  ids: readonly string[],
  locale: Locale,
  m: Messages,
  evidence: Assessment['evidence'] = {},
): string[] {
  return ids.map((id) => {
    const label = textAt(byId(lists.entries, id), ['texts', 'label'], locale);
    const kind = evidence[id];
    return `‘${label ?? id}’${kind ? ` (${m.words.evidence[kind]})` : ''}`;
  });
}

function sentence(finding: Finding, assessment: Assessment, lists: Lists, m: Messages): string | undefined {
  const locale = m.$code;
  const named = { labels: labelsOf(lists, finding.signalIds, locale, m, assessment.evidence) };
  switch (finding.code) {
    case 'rule_matched': {
      const explanation = textAt(byId(lists.rules, finding.ruleId), ['explanation'], locale);
      const level = m.words.levels[readerOf(assessment.audience)][finding.level ?? 'none'];
      const why = explanation ?? `${finding.ruleId}: ${level}.`;
      return named.labels.length > 0 ? `${why} ${m.findings.ruleObserved(named)}` : why;
    }
    case 'dimension_indicated': {
      const label = textAt(byId(lists.dimensions, finding.dimension), ['label'], locale);
      return m.findings.dimensionIndicated(
        label ?? finding.dimension ?? '',
        m.words.number(finding.values?.['score'] ?? 0),
        m.words.number(finding.values?.['threshold'] ?? 0),
        named,
      );
    }
    case 'indirect_only':
      return m.findings.indirectOnly();
    case 'risk_factors_present':
      return m.findings.riskFactorsPresent(named);
    case 'risk_factors_only':
      return m.findings.riskFactorsOnly();
    case 'age_unknown_treated_as_minor':
      return m.findings.ageUnknownTreatedAsMinor();
    case 'started_as_minor':
      return m.findings.startedAsMinor(finding.values?.['adultAge'] ?? 0);
    case 'young_adult_rule':
      return m.findings.youngAdultRule(finding.values?.['adultAge'] ?? 0);
    case 'nothing_observed':
      return m.findings.nothingObserved();
  }
}

/**
 * Renders an assessment as plain sentences: why this level (the deciding rule and the observations
 * behind it, each marked direct or indirect), the indicated dimensions, how age and risk factors
 * were read, the (at most five) questions most worth asking, and that the result supports and never
 * replaces judgement.
 *
 * Pass the ruleset the assessment was made with, for the labels of its signals. A ruleset that
 * cannot be read gives the same sentences with ids for labels: never a throw.
 */
export function explainWith(assessment: Assessment, locale: string | undefined, ruleset: Ruleset): string[] {
  const m = messagesFor(locale);
  const lists = listsOf(ruleset);
  const reader = readerOf(assessment.audience);
  const sentences: string[] = [];
  // The rule that decided comes first; other matching rules are in the findings, but add nothing to "why".
  const decisive = assessment.findings.filter(
    (f) => f.code === 'rule_matched' && f.ruleId === assessment.decidedBy.ruleId,
  );
  for (const finding of [...decisive, ...assessment.findings.filter((f) => f.code !== 'rule_matched')]) {
    const text = sentence(finding, assessment, lists, m);
    if (text) sentences.push(text);
  }
  // At most five questions worth asking, the ones that would raise the level most first.
  const { questions, more } = questionsWorthAsking(assessment);
  for (const level of new Set(questions.map((q) => q.level))) {
    const ids = questions.filter((q) => q.level === level).map((q) => q.signalId);
    sentences.push(m.findings.gaps(m.words.levels[reader][level], { labels: labelsOf(lists, ids, m.$code, m) }));
  }
  if (more > 0) sentences.push(m.findings.moreGaps(more));
  sentences.push(m.findings.supportsJudgement[reader]);
  return sentences;
}
