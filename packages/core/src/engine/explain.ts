import type { Assessment, Finding } from '../schema/assessment.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { Locale } from '../schema/vocabulary.js';
import { messagesFor } from '../messages/index.js';
import { layFor } from '../messages/lay.js';
import type { LayReader, Messages, Named } from '../messages/types.js';
import { ruleHeading } from './result-heading.js';
import { plainRuleset } from './plain-ruleset.js';
import { questionsWorthAsking } from './worth-asking.js';

/** The label of a signal or risk factor in a language, or its id when the ruleset has no such entry. */
function labelOf(ruleset: Ruleset, id: string, locale: Locale): string {
  const entry = ruleset.signals.find((s) => s.id === id) ?? ruleset.riskFactors.find((r) => r.id === id);
  return `‘${entry ? entry.texts.label[locale] : id}’`;
}

/**
 * Labels for a professional: each marked direct or indirect evidence, and "misschien" first when
 * it was answered possible, so a possible answer never reads as observed.
 */
function markedLabels(ruleset: Ruleset, ids: readonly string[], m: Messages, assessment?: Assessment): Named {
  const possible = new Set(assessment?.possible ?? []);
  const maybe = m.words.answers.possible.toLowerCase();
  return {
    labels: ids.map((id) => {
      const kind = assessment?.evidence[id];
      const marks = [possible.has(id) ? maybe : '', kind ? m.words.evidence[kind] : ''].filter(Boolean);
      return `${labelOf(ruleset, id, m.$code)}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`;
    }),
  };
}

/** One finding as a professional reads it: the rule, the dimensions with their weights, the sources' terms. */
function professionalSentence(
  finding: Finding,
  assessment: Assessment,
  ruleset: Ruleset,
  m: Messages,
): string | undefined {
  const locale = m.$code;
  const named = markedLabels(ruleset, finding.signalIds, m, assessment);
  switch (finding.code) {
    case 'rule_matched': {
      const rule = ruleset.rules.find((r) => r.id === finding.ruleId);
      const why = rule
        ? rule.explanation[locale]
        : `${finding.ruleId}: ${m.words.levels.professional[finding.level ?? 'none']}.`;
      const possible = new Set(assessment.possible);
      const observed = finding.signalIds.filter((id) => !possible.has(id));
      const maybe = finding.signalIds.filter((id) => possible.has(id));
      const which = m.findings.ruleObserved(
        markedLabels(ruleset, observed, m, { ...assessment, possible: [] }),
        markedLabels(ruleset, maybe, m, { ...assessment, possible: [] }),
      );
      return which ? `${why} ${which}` : why;
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

/** The reasoning, for a professional: the deciding rule first, then the dimensions, age, risk factors and gaps. */
function forProfessional(assessment: Assessment, ruleset: Ruleset, m: Messages): string[] {
  const sentences: string[] = [];
  // The rule that decided comes first; other matching rules are in the findings, but add nothing to "why".
  const decisive = assessment.findings.filter(
    (f) => f.code === 'rule_matched' && f.ruleId === assessment.decidedBy.ruleId,
  );
  for (const finding of [...decisive, ...assessment.findings.filter((f) => f.code !== 'rule_matched')]) {
    const text = professionalSentence(finding, assessment, ruleset, m);
    if (text) sentences.push(text);
  }
  const { questions, more } = questionsWorthAsking(assessment);
  for (const level of new Set(questions.map((q) => q.level))) {
    const ids = questions.filter((q) => q.level === level).map((q) => q.signalId);
    sentences.push(m.findings.gaps(m.words.levels.professional[level], markedLabels(ruleset, ids, m)));
  }
  if (more > 0) sentences.push(m.findings.moreGaps(more));
  sentences.push(m.findings.supportsJudgement);
  return sentences;
}

/** A sentence ends with a full stop, a question or an exclamation mark: a heading used as one gets a full stop. */
const asSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * Plain sentences for a parent or a young person: what was seen (and what only maybe), what it may
 * mean and what to do. No rule, dimension, weight, source or level name for a young person: the
 * reasoning stays in the findings, for whoever helps them.
 */
function forLayReader(assessment: Assessment, ruleset: Ruleset, m: Messages, reader: LayReader): string[] {
  const lay = layFor(m.$code)[reader];
  const labels = (ids: readonly string[]): Named => ({ labels: ids.map((id) => labelOf(ruleset, id, m.$code)) });
  const possible = new Set(assessment.possible);
  // Every observed signal, acute ones first. Acute signals carry no kind of evidence: the rules that
  // matched name them (any observed acute signal matches the acute rule).
  const named = new Set(assessment.findings.flatMap((f) => (f.code === 'rule_matched' ? f.signalIds : [])));
  const observed = (s: Ruleset['signals'][number]) =>
    s.kind === 'acute' ? named.has(s.id) : s.id in assessment.evidence;
  const signals = [
    ...ruleset.signals.filter((s) => s.kind === 'acute' && observed(s)),
    ...ruleset.signals.filter((s) => s.kind !== 'acute' && observed(s)),
  ].map((s) => s.id);
  const seen = signals.filter((id) => !possible.has(id));
  const maybe = signals.filter((id) => possible.has(id));

  const sentences: string[] = [];
  if (seen.length > 0) sentences.push(lay.seen(labels(seen)));
  if (maybe.length > 0) sentences.push(lay.maybe(labels(maybe)));
  const heading = ruleHeading(assessment, ruleset, m.$code);
  sentences.push(heading ? asSentence(heading) : lay.meaning[assessment.level]);
  if (assessment.findings.some((f) => f.code === 'indirect_only')) sentences.push(lay.ordinaryExplanations);
  if (assessment.riskFactors.length > 0) {
    // Circumstances get a sentence of their own, so one answered possible is marked in it.
    const maybeWord = m.words.answers.possible.toLowerCase();
    const circumstances = labels(assessment.riskFactors).labels.map((label, i) =>
      possible.has(assessment.riskFactors[i] as string) ? `${label} (${maybeWord})` : label,
    );
    sentences.push(lay.circumstances({ labels: circumstances }));
  }
  const adultAge = assessment.findings.find((f) => f.values?.['adultAge'] !== undefined)?.values?.['adultAge'] ?? 18;
  if (assessment.ageRule === 'unknown-treated-as-minor') sentences.push(lay.ageUnknown);
  else if (assessment.ageRule === 'started-as-minor') sentences.push(lay.startedAsMinor(adultAge));
  else if (assessment.ageRule === 'young-adult') sentences.push(lay.youngAdult(adultAge));

  if (lay.gaps && reader === 'parent') {
    const { questions, more } = questionsWorthAsking(assessment);
    for (const level of new Set(questions.map((q) => q.level))) {
      const ids = questions.filter((q) => q.level === level).map((q) => q.signalId);
      sentences.push(lay.gaps(m.words.levels.parent[level], labels(ids)));
    }
    if (more > 0 && lay.moreGaps) sentences.push(lay.moreGaps(more));
  }
  sentences.push(lay.closing);
  return sentences;
}

/**
 * Renders an assessment as plain sentences for the audience it was made for (`assessment.audience`).
 *
 * - A professional reads the reasoning: the deciding rule and the observations behind it (each
 *   marked direct or indirect, and "misschien" when answered possible), the indicated dimensions
 *   with score and threshold, how age and risk factors were read, the (at most five) questions most
 *   worth asking, and that the result supports and never replaces professional judgement.
 * - A parent or a young person reads B1 sentences: what was seen, what only maybe, what that may
 *   mean and what to do; never the model's terms (see `PROFESSIONAL_WORDS`), and a young person
 *   never a level's name. The reasoning stays in `assessment.findings`.
 *
 * Pass the ruleset the assessment was made with, for the labels of its signals.
 */
export function explainWith(assessment: Assessment, locale: string | undefined, ruleset: Ruleset): string[] {
  const m = messagesFor(locale);
  const audience = assessment.audience;
  const readable = readableRuleset(ruleset);
  try {
    return audience === 'professional'
      ? forProfessional(assessment, readable, m)
      : forLayReader(assessment, readable, m, audience);
  } catch {
    // A ruleset with junk inside: the labels and rules cannot be read, so the sentences name what they can.
    return [m.words.levels[audience === 'parent' ? 'parent' : 'professional'][assessment.level]];
  }
}

/**
 * The ruleset as explain reads it: read once as plain data (a cycle or a throwing getter ends the
 * reading at once), with its lists as lists of objects, so junk inside gives ids instead of a throw.
 */
function readableRuleset(given: Ruleset): Ruleset {
  const read = plainRuleset(given);
  const plain = ('issue' in read ? {} : read.ruleset) as Partial<Record<keyof Ruleset, unknown>>;
  const objects = <T>(value: unknown): T[] =>
    Array.isArray(value) ? (value.filter((item) => typeof item === 'object' && item !== null) as T[]) : [];
  return {
    ...(plain as Ruleset),
    signals: objects(plain.signals),
    riskFactors: objects(plain.riskFactors),
    rules: objects(plain.rules),
    dimensions: objects(plain.dimensions),
  };
}
