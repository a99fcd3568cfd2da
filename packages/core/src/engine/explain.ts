import type { Assessment, Finding } from '../schema/assessment.js';
import type { Level, Locale } from '../schema/vocabulary.js';
import type { Ruleset } from '../schema/ruleset.js';
import { en } from '../messages/en.js';
import { nl } from '../messages/nl.js';
import type { Messages } from '../messages/types.js';

/** The messages for a locale: Dutch by default, English for anything else. */
export function messagesFor(locale: string | undefined): Messages {
  return locale === undefined || locale === 'nl' || locale.startsWith('nl-') ? nl : en;
}

function labelsOf(ruleset: Ruleset, ids: readonly string[], locale: Locale): string[] {
  return ids.map((id) => {
    const entry = ruleset.signals.find((s) => s.id === id) ?? ruleset.riskFactors.find((r) => r.id === id);
    return `‘${entry ? entry.texts.label[locale] : id}’`;
  });
}

function sentence(finding: Finding, ruleset: Ruleset, locale: Locale, m: Messages): string | undefined {
  const named = { labels: labelsOf(ruleset, finding.signalIds, locale) };
  switch (finding.code) {
    case 'rule_matched': {
      const rule = ruleset.rules.find((r) => r.id === finding.ruleId);
      const why = rule ? rule.explanation[locale] : `${finding.ruleId}: ${m.levels[finding.level ?? 'none']}.`;
      return named.labels.length > 0 ? `${why} ${m.findings.ruleObserved(named)}` : why;
    }
    case 'dimension_indicated': {
      const dimension = ruleset.dimensions.find((d) => d.id === finding.dimension);
      return m.findings.dimensionIndicated(
        dimension ? dimension.label[locale] : (finding.dimension ?? ''),
        finding.values?.['score'] ?? 0,
        finding.values?.['threshold'] ?? 0,
        named,
      );
    }
    case 'risk_factors_present':
      return m.findings.riskFactorsPresent(named);
    case 'risk_factors_only':
      return m.findings.riskFactorsOnly();
    case 'age_unknown_treated_as_minor':
      return m.findings.ageUnknownTreatedAsMinor();
    case 'young_adult_rule':
      return m.findings.youngAdultRule(finding.values?.['adultAge'] ?? 0);
    case 'nothing_observed':
      return m.findings.nothingObserved();
  }
}

/**
 * Renders an assessment as plain sentences: why this level (the deciding rule and the observations
 * behind it), the indicated dimensions, how age and risk factors were read, what is worth finding
 * out, and that the result supports and never replaces professional judgement.
 *
 * Pass the ruleset the assessment was made with, for the labels of its signals.
 *
 * @example
 * ```ts
 * explainWith(assess(input), 'en', defaultRuleset);
 * // ['A strong signal has been clearly observed. … Observed: Carries packages or goods for others.', …]
 * ```
 */
export function explainWith(assessment: Assessment, locale: string | undefined, ruleset: Ruleset): string[] {
  const m = messagesFor(locale);
  const lang = m.$code as Locale;
  const sentences: string[] = [];
  // The rules that gave the final level come first; rules that gave a lower level add nothing to "why".
  const decisive = assessment.findings.filter((f) => f.code === 'rule_matched' && f.level === assessment.level);
  for (const finding of [...decisive, ...assessment.findings.filter((f) => f.code !== 'rule_matched')]) {
    const text = sentence(finding, ruleset, lang, m);
    if (text) sentences.push(text);
  }
  for (const gap of assessment.informationGaps) {
    sentences.push(m.findings.gaps(m.levels[gap.level], { labels: labelsOf(ruleset, gap.signalIds, lang) }));
  }
  sentences.push(m.findings.supportsJudgement());
  return sentences;
}

/** The name of a level as people read it: `Vermoeden van uitbuiting`, `Suspicion of exploitation`. */
export function levelLabel(level: Level, locale: string = 'nl'): string {
  return messagesFor(locale).levels[level];
}
