import type { Answer } from '@anders-kijken/core';

/** Every UI text of the widgets, for one language. A missing key fails to compile. */
export interface Translation {
  $code: 'nl' | 'en';
  $name: string;
  $dir: 'ltr' | 'rtl';

  errorTitle: string;
  errorKeptAnswers: string;
  unexpectedError: string;

  answers: Record<Answer, string>;
  stepOf: (step: number, total: number) => string;
  progressLabel: string;
  next: string;
  previous: string;
  showResult: string;
  restart: string;
  change: string;

  ageTitle: string;
  ageQuestion: string;
  ageHint: string;
  ageUnknown: string;
  ageInvalid: (min: number, max: number) => string;
  acuteTitle: string;
  acuteIntro: string;
  riskTitle: string;
  riskIntro: string;
  dimensionIntro: string;
  examples: string;
  sources: string;
  answeredCount: (answered: number, total: number) => string;

  resultTitle: string;
  levelIs: (level: string) => string;
  why: string;
  dimensionsTitle: string;
  dimensionsDescription: (parts: string[]) => string;
  indicated: string;
  notIndicated: string;
  score: (score: number, threshold: number) => string;
  gapsTitle: string;
  gapsIntro: string;
  gapLevel: (level: string) => string;
  nextStepsTitle: string;
  contactsTitle: string;
  phone: string;
  website: string;
  hours: string;
  rulesetVersion: (id: string, version: string, hash: string) => string;
  copySummary: string;
  copied: string;
  copyFailed: string;
  print: string;
  summaryHeading: string;
  noPersonalData: string;
  disclaimer: string;
  noAssessment: string;
  levelMeanings: Record<'none' | 'attention' | 'concern' | 'suspicion' | 'acute', string>;

  referralTitle: string;
  referralIntro: string;
  referralLevel: string;
  referralAudience: string;
  audiences: Record<'professional' | 'parent' | 'young-person', string>;

  catalogueTitle: string;
  catalogueSearch: string;
  catalogueAll: string;
  catalogueFilter: string;
  catalogueResults: (count: number) => string;
  catalogueNoResults: string;
  kinds: Record<'signal' | 'acute' | 'risk-factor', string>;
  strengths: Record<'weak' | 'medium' | 'strong', string>;

  youthTitle: string;
  youthIntro: string;
  youthAgeQuestion: string;
  youthAgeBands: Record<'12' | '13-15' | '16-17' | '18+', string>;
  youthAnswers: Record<Answer, string>;
  quickExit: string;
  quickExitHint: string;
  youthResultCalm: string;
  youthResultWorried: string;
  youthResultDanger: string;
  youthNotYourFault: string;
  youthWhereToTalk: string;
}
