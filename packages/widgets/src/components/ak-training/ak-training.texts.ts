import type { PracticeSetting } from '@anders-kijken/core/training';

/**
 * The texts of `<ak-training>`, apart from the shared widget texts so that no check's bundle carries
 * them. The words of the model (levels, audiences) come from core.
 */
export interface TrainingTexts {
  title: string;
  intro: string;
  nothingKept: string;
  settings: Record<PracticeSetting, string>;
  ageYears: (age: number) => string;
  readAsParent: string;
  done: (levelRight: boolean) => string;
  toSummary: string;
  storyLabel: string;
  noticeLegend: string;
  noticeHint: string;
  search: string;
  shown: (shown: number, ticked: number) => string;
  noneFound: string;
  levelLegend: string;
  stepLegend: string;
  chooseLevel: string;
  chooseStep: string;
  showFeedback: string;
  backToCases: string;
  feedbackTitle: (title: string) => string;
  levelTitle: string;
  yourLevel: (level: string) => string;
  rulesLevel: (level: string) => string;
  levelRight: string;
  levelWrong: string;
  noLevel: string;
  why: string;
  sawTitle: (saw: number, total: number) => string;
  missedTitle: string;
  extraTitle: string;
  extraHint: string;
  nothingInStory: string;
  examples: string;
  stepTitle: string;
  yourStep: (step: string) => string;
  stepFits: string;
  stepDoesNotFit: string;
  keyStep: (step: string) => string;
  rulesSteps: (count: number) => string;
  reflectionTitle: string;
  changeAnswers: string;
  nextCase: string;
  summaryTitle: string;
  summaryIntro: string;
  summaryCase: string;
  summaryYourLevel: string;
  summaryRulesLevel: string;
  summarySaw: string;
  summaryExtra: string;
  summaryEmpty: string;
  restart: string;
  unknownCase: (id: string) => string;
}

export const nl: TrainingTexts = {
  title: 'Oefenen met casussen',
  intro:
    'Lees een kort verhaal. Vink aan wat je opvalt en kies hoe ernstig het is en wat je als eerste doet. Daarna zie je wat de regels van de check ervan maken, en waarom.',
  nothingKept: 'Er wordt niets bewaard of verstuurd. Als je de pagina sluit, is je voortgang weg.',
  settings: {
    school: 'School',
    'youth-work': 'Jongerenwerk',
    'sports-club': 'Sportclub',
    'residential-care': 'Jeugdzorg met verblijf',
    police: 'Politie',
    home: 'Thuis',
  },
  ageYears: (age) => `${age} jaar`,
  readAsParent: 'Je leest dit als ouder',
  done: (levelRight) => (levelRight ? 'Gedaan, niveau zoals de regels' : 'Gedaan, ander niveau dan de regels'),
  toSummary: 'Bekijk je overzicht',
  storyLabel: 'Het verhaal',
  noticeLegend: '1. Wat valt je op?',
  noticeHint: 'Zoek in de signalen en vink aan wat het verhaal laat zien. Gewone tienerdingen horen hier niet bij.',
  search: 'Zoek een signaal',
  shown: (shown, ticked) => `${shown === 1 ? '1 signaal' : `${shown} signalen`} getoond, ${ticked} aangevinkt`,
  noneFound: 'Geen signalen gevonden. Probeer een ander woord.',
  levelLegend: '2. Hoe ernstig is het?',
  stepLegend: '3. Wat doe je als eerste?',
  chooseLevel: 'Kies hoe ernstig je het vindt.',
  chooseStep: 'Kies wat je als eerste doet.',
  showFeedback: 'Bekijk de terugkoppeling',
  backToCases: 'Terug naar de casussen',
  feedbackTitle: (title) => `Terugkoppeling: ${title}`,
  levelTitle: 'Hoe ernstig',
  yourLevel: (level) => `Jij koos: ${level}.`,
  rulesLevel: (level) => `De regels van de check geven: ${level}.`,
  levelRight: 'Dat is hetzelfde.',
  levelWrong: 'Dat verschilt. Lees hieronder waarom de regels hierop uitkomen.',
  noLevel: 'geen keuze',
  why: 'Waarom de regels hierop uitkomen',
  sawTitle: (saw, total) => `Wat je zag (${saw} van ${total})`,
  missedTitle: 'Wat je miste',
  extraTitle: 'Wat je aanvinkte, maar dit verhaal niet laat zien',
  extraHint: 'In een ander verhaal kan het wel passen. Hier staat het niet in het verhaal, dus telt het niet mee.',
  nothingInStory: 'In dit verhaal staat niets wat op uitbuiting wijst.',
  examples: 'Hoe kan dit eruitzien?',
  stepTitle: 'Je eerste stap',
  yourStep: (step) => `Jij koos: ${step}.`,
  stepFits: 'Die stap geven de regels hier ook.',
  stepDoesNotFit: 'Die stap geven de regels hier niet.',
  keyStep: (step) => `In deze casus begin je met: ${step}.`,
  rulesSteps: (count) => (count === 1 ? 'De stap die de regels geven' : `Alle ${count} stappen die de regels geven`),
  reflectionTitle: 'Wat maakte dit lastig?',
  changeAnswers: 'Antwoorden aanpassen',
  nextCase: 'Volgende casus',
  summaryTitle: 'Je overzicht',
  summaryIntro: 'Dit staat alleen op deze pagina. Als je de pagina sluit, is het weg.',
  summaryCase: 'Casus',
  summaryYourLevel: 'Jouw niveau',
  summaryRulesLevel: 'Niveau van de regels',
  summarySaw: 'Gezien',
  summaryExtra: 'Extra aangevinkt',
  summaryEmpty: 'Je hebt nog geen casus afgerond.',
  restart: 'Opnieuw beginnen',
  unknownCase: (id) => `case="${id}" is geen casus; de lijst met casussen wordt getoond.`,
};

export const en: TrainingTexts = {
  title: 'Practise with cases',
  intro:
    'Read a short story. Tick what you notice, choose how serious it is and what you do first. Then see what the rules of the check make of it, and why.',
  nothingKept: 'Nothing is stored or sent. When you close the page, your progress is gone.',
  settings: {
    school: 'School',
    'youth-work': 'Youth work',
    'sports-club': 'Sports club',
    'residential-care': 'Residential care',
    police: 'Police',
    home: 'Home',
  },
  ageYears: (age) => `${age} years old`,
  readAsParent: 'You read this as a parent',
  done: (levelRight) => (levelRight ? 'Done, same level as the rules' : 'Done, another level than the rules'),
  toSummary: 'See your overview',
  storyLabel: 'The story',
  noticeLegend: '1. What do you notice?',
  noticeHint: 'Search the signals and tick what the story shows. Ordinary teenage things do not belong here.',
  search: 'Search a signal',
  shown: (shown, ticked) => `${shown === 1 ? '1 signal' : `${shown} signals`} shown, ${ticked} ticked`,
  noneFound: 'No signals found. Try another word.',
  levelLegend: '2. How serious is it?',
  stepLegend: '3. What do you do first?',
  chooseLevel: 'Choose how serious you think it is.',
  chooseStep: 'Choose what you do first.',
  showFeedback: 'See the feedback',
  backToCases: 'Back to the cases',
  feedbackTitle: (title) => `Feedback: ${title}`,
  levelTitle: 'How serious',
  yourLevel: (level) => `You chose: ${level}.`,
  rulesLevel: (level) => `The rules of the check give: ${level}.`,
  levelRight: 'That is the same.',
  levelWrong: 'That differs. Read below why the rules come to this.',
  noLevel: 'no choice',
  why: 'Why the rules come to this',
  sawTitle: (saw, total) => `What you saw (${saw} of ${total})`,
  missedTitle: 'What you missed',
  extraTitle: 'What you ticked that this story does not show',
  extraHint: 'In another story it may fit. Here the story does not show it, so it does not count.',
  nothingInStory: 'Nothing in this story points to exploitation.',
  examples: 'What can this look like?',
  stepTitle: 'Your first step',
  yourStep: (step) => `You chose: ${step}.`,
  stepFits: 'The rules give that step here too.',
  stepDoesNotFit: 'The rules do not give that step here.',
  keyStep: (step) => `In this case you start with: ${step}.`,
  rulesSteps: (count) => (count === 1 ? 'The step the rules give' : `All ${count} steps the rules give`),
  reflectionTitle: 'What made this hard?',
  changeAnswers: 'Change answers',
  nextCase: 'Next case',
  summaryTitle: 'Your overview',
  summaryIntro: 'This is only on this page. When you close the page, it is gone.',
  summaryCase: 'Case',
  summaryYourLevel: 'Your level',
  summaryRulesLevel: 'Level of the rules',
  summarySaw: 'Seen',
  summaryExtra: 'Ticked extra',
  summaryEmpty: 'You have not finished a case yet.',
  restart: 'Start again',
  unknownCase: (id) => `case="${id}" is not a case; the list of cases is shown.`,
};
