import type { Audience } from '@anders-kijken/core';

/**
 * Every UI text of the widgets, for one language. A missing key fails to compile. The words of the
 * model itself (levels, answers, audiences, kinds, strengths, evidence) come from core's `wordsFor`.
 */
export interface Translation {
  $code: 'nl' | 'en';
  $name: string;
  $dir: 'ltr' | 'rtl';

  errorTitle: string;
  /** Before a link to 112, in every fallback and beside the quick exit: "Bij direct gevaar: bel". */
  emergencyCall: string;
  errorKeptAnswers: string;
  unexpectedError: string;

  stepOf: (step: number, total: number) => string;
  progressLabel: string;
  next: string;
  previous: string;
  showResult: string;
  restart: string;
  change: string;

  ageTitle: string;
  ageQuestion: string;
  /** The age question in a parent's check: "Hoe oud is je kind?". */
  ageQuestionParent: string;
  ageHint: string;
  ageUnknown: string;
  /** The box to tick when the young person is arrested or a suspect, as a professional or a parent says it. */
  suspect: { professional: string; parent: string };
  ageInvalid: (min: number, max: number) => string;
  acuteTitle: string;
  /** After the link to 112 on the first step of the check. */
  acuteIntro: string;
  riskTitle: string;
  riskIntro: string;
  /** The risk factors' intro in a parent's check, about "een kind". */
  riskIntroParent: string;
  dimensionIntro: string;
  examples: string;
  sources: string;
  answeredCount: (answered: number, total: number) => string;
  moreQuestions: (count: number) => string;
  moreQuestionsIntro: string;

  resultTitle: string;
  levelIs: (level: string) => string;
  why: string;
  dimensionsTitle: string;
  dimensionsDescription: (parts: string[]) => string;
  indicated: string;
  notIndicated: string;
  score: (score: string, threshold: string) => string;
  gapsTitle: string;
  gapsIntro: string;
  gapLevel: (level: string) => string;
  showAllGaps: (count: number) => string;
  nextStepsTitle: string;
  contactsTitle: string;
  phone: string;
  website: string;
  hours: string;
  /** The regional office that labels a national contact, such as a regional Veilig Thuis. */
  region: (name: string) => string;
  /** What a call costs, beside the number. */
  rate: { free: string; local: string };
  rulesetVersion: (id: string, version: string, hash: string) => string;
  copySummary: string;
  copied: string;
  copyFailed: string;
  print: string;
  summaryHeading: string;
  noPersonalData: string;
  /** The closing line of a result, per reader: a young person's never speaks of judgement by professionals. */
  disclaimers: Record<Audience, string>;
  /** The disclosure with the ruleset's stamp, for a parent or young person: "Meer details". */
  moreDetails: string;
  noAssessment: string;

  referralTitle: string;
  referralIntro: string;
  referralLevel: string;
  referralAudience: string;
  referralAge: string;
  referralAges: Record<'child' | 'minor' | 'young-adult' | 'unknown', string>;
  referralYouthIntro: string;

  catalogueTitle: string;
  catalogueSearch: string;
  catalogueAll: string;
  catalogueFilter: string;
  catalogueResults: (count: number) => string;
  catalogueNoResults: string;
  catalogueEvidence: string;

  youthTitle: string;
  youthIntro: string;
  youthAgeQuestion: string;
  youthAgeBands: Record<'12' | '13-15' | '16-17' | '18+', string>;
  youthSkipHint: string;
  quickExit: string;
  quickExitHint: string;
  youthResultDanger: string;
  youthWhereToTalk: string;
}
