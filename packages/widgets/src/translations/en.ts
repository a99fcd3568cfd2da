import { enSafety } from './en-safety.js';
import type { Translation } from './translation.js';

/** English: complete, and the fallback for any language other than Dutch. */
export const en: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  // 112, the quick exit and the fallback: errorTitle, emergencyCall, unexpectedError, quickExit,
  // quickExitHint and youthResultDanger.
  ...enSafety,
  errorKeptAnswers: 'Your answers have been kept.',

  stepOf: (step, total) => `Step ${step} of ${total}`,
  progressLabel: 'Progress',
  next: 'Next',
  previous: 'Previous',
  showResult: 'See the outcome',
  restart: 'Start again',
  change: 'Change answers',

  ageTitle: 'Age',
  ageQuestion: 'How old is the young person?',
  ageHint: 'In whole years, from 6 to 27. If you do not know, choose "Don\'t know".',
  ageUnknown: "Don't know",
  ageInvalid: (min, max) => `Enter a whole number from ${min} to ${max}, or choose "Don't know".`,
  acuteTitle: 'Is there immediate danger?',
  acuteIntro: 'These questions always come first.',
  riskTitle: 'Circumstances',
  riskIntro: 'These are circumstances, not evidence. They explain why a young person can be targeted.',
  dimensionIntro: 'Answer what you know. "Don\'t know" is a good answer.',
  examples: 'What can this look like?',
  sources: 'Sources',
  answeredCount: (answered, total) => `${answered} of ${total} answered`,
  moreQuestions: (count) => (count === 1 ? '1 more question' : `${count} more questions`),
  moreQuestionsIntro: 'These questions are about things a parent sees less often. Answer what you know.',

  resultTitle: 'Outcome',
  levelIs: (level) => `Level: ${level}`,
  why: 'Why',
  dimensionsTitle: 'Evidence per dimension',
  dimensionsDescription: (parts) => `Scores per dimension: ${parts.join('; ')}.`,
  indicated: 'indicated',
  notIndicated: 'not indicated',
  score: (score, threshold) => `score ${score} (threshold ${threshold})`,
  gapsTitle: 'Questions to ask next',
  gapsIntro:
    'You do not know this yet. These questions make the most difference: if the answer is clearly yes, the outcome changes.',
  gapLevel: (level) => `then the outcome becomes: ${level}`,
  showAllGaps: (count) => `Show all ${count} questions`,
  nextStepsTitle: 'What you can do',
  contactsTitle: 'Where to go',
  phone: 'Phone',
  website: 'Website',
  hours: 'Available',
  rulesetVersion: (id, version, hash) => `Rules: ${id} version ${version} (${hash})`,
  copySummary: 'Copy summary',
  copied: 'The summary has been copied.',
  copyFailed: 'Copying did not work. Select the text and copy it yourself.',
  print: 'Print',
  summaryHeading: 'Anders Kijken summary',
  noPersonalData: 'This summary contains no personal data.',
  disclaimers: {
    professional:
      'This outcome supports your professional judgement and consultation; it does not replace them. Nothing is stored or sent.',
    parent: 'This outcome is an aid, not a judgement about your child. Nothing is stored or sent.',
    'young-person': 'This is not a judgement about you, and it is never your fault. Nothing is stored or sent.',
  },
  moreDetails: 'More details',
  noAssessment: 'There is no outcome to show yet.',

  referralTitle: 'Where can I go?',
  referralIntro: 'Choose what fits. You see the steps you can take and whom you can call.',
  referralLevel: 'How serious is it?',
  referralAudience: 'Who are you?',
  referralAge: 'How old is the young person?',
  referralAges: { child: 'Under 12', minor: '12 to 17', 'young-adult': '18 or older', unknown: "Don't know" },
  referralYouthIntro: 'Here is where you can talk, even if you are not sure it is serious enough.',

  catalogueTitle: 'Signs of criminal exploitation',
  catalogueSearch: 'Search for a signal',
  catalogueAll: 'All dimensions',
  catalogueFilter: 'Dimension',
  catalogueResults: (count) => (count === 1 ? '1 signal' : `${count} signals`),
  catalogueNoResults: 'No signals found. Try another word.',
  catalogueEvidence: 'Kind of evidence',

  youthTitle: 'Is it still OK?',
  youthIntro:
    'A few short questions. You do not have to give your name, only roughly how old you are. Nothing is saved.',
  youthAgeQuestion: 'How old are you?',
  youthAgeBands: { '12': '12 or younger', '13-15': '13, 14 or 15', '16-17': '16 or 17', '18+': '18 or older' },
  youthSkipHint: 'Would you rather not answer a question? Then skip it.',
  youthResultCalm: 'Thanks for filling this in. Still unsure? Talk about it with someone you trust.',
  youthResultWorried:
    'What you say can mean that someone is taking advantage of you. Talk about it: you do not have to solve it alone.',
  youthWhereToTalk: 'Where you can talk',
};
