import type { Assessment, Finding } from '../schema/assessment.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { Audience, Locale } from '../schema/vocabulary.js';
import { messagesFor } from '../messages/index.js';
import type { LevelReader, Messages } from '../messages/types.js';
import { questionsWorthAsking } from './worth-asking.js';

/** The audience whose words a result uses for level names: a young person never sees one. */
const readerOf = (audience: Audience): LevelReader => (audience === 'parent' ? 'parent' : 'professional');

function labelsOf(
  ruleset: Ruleset,
  ids: readonly string[],
  locale: Locale,
  m: Messages,
  evidence: Assessment['evidence'] = {},
): string[] {
  return ids.map((id) => {
    const entry = ruleset.signals.find((s) => s.id === id) ?? ruleset.riskFactors.find((r) => r.id === id);
    const kind = evidence[id];
    return `‘${entry ? entry.texts.label[locale] : id}’${kind ? ` (${m.words.evidence[kind]})` : ''}`;
  });
}

function sentence(finding: Finding, assessment: Assessment, ruleset: Ruleset, m: Messages): string | undefined {
  const locale = m.$code;
  const named = { labels: labelsOf(ruleset, finding.signalIds, locale, m, assessment.evidence) };
  switch (finding.code) {
    case 'rule_matched': {
      const rule = ruleset.rules.find((r) => r.id === finding.ruleId);
      const level = m.words.levels[readerOf(assessment.audience)][finding.level ?? 'none'];
      const why = rule ? rule.explanation[locale] : `${finding.ruleId}: ${level}.`;
      return named.labels.length > 0 ? `${why} ${m.findings.ruleObserved(named)}` : why;
    }
    case 'dimension_indicated': {
      const dimension = ruleset.dimensions.find((d) => d.id === finding.dimension);
      return m.findings.dimensionIndicated(
        dimension ? dimension.label[locale] : (finding.dimension ?? ''),
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
 * Pass the ruleset the assessment was made with, for the labels of its signals.
 */
export function explainWith(assessment: Assessment, locale: string | undefined, ruleset: Ruleset): string[] {
  const m = messagesFor(locale);
  const reader = readerOf(assessment.audience);
  const sentences: string[] = [];
  // The rule that decided comes first; other matching rules are in the findings, but add nothing to "why".
  const decisive = assessment.findings.filter(
    (f) => f.code === 'rule_matched' && f.ruleId === assessment.decidedBy.ruleId,
  );
  for (const finding of [...decisive, ...assessment.findings.filter((f) => f.code !== 'rule_matched')]) {
    const text = sentence(finding, assessment, ruleset, m);
    if (text) sentences.push(text);
  }
  // At most five questions worth asking, the ones that would raise the level most first.
  const { questions, more } = questionsWorthAsking(assessment);
  for (const level of new Set(questions.map((q) => q.level))) {
    const ids = questions.filter((q) => q.level === level).map((q) => q.signalId);
    sentences.push(m.findings.gaps(m.words.levels[reader][level], { labels: labelsOf(ruleset, ids, m.$code, m) }));
  }
  if (more > 0) sentences.push(m.findings.moreGaps(more));
  sentences.push(m.findings.supportsJudgement[reader]);
  return sentences;
}
