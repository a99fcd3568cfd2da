import type { YouthTrick } from '@anders-kijken/core/training';

/**
 * The texts of `<ak-youth-training>`, in short B1 sentences, apart from the shared widget texts so
 * that no check's bundle carries them. "Snel weg" and 112 come from the shared texts.
 */
export interface YouthTrainingTexts {
  title: string;
  intro: string;
  nothingKept: string;
  done: string;
  tricks: Record<YouthTrick, string>;
  stepOf: (step: number, total: number) => string;
  chatLabel: (title: string) => string;
  me: string;
  good: string;
  notQuite: string;
  tryOthers: string;
  next: string;
  showTrick: string;
  trickTitle: (trick: string) => string;
  notYourFault: string;
  whereToTalk: string;
  whereToTalkIntro: string;
  anotherChat: string;
  again: string;
  backToChats: string;
  unknownScenario: (id: string) => string;
}

export const nl: YouthTrainingTexts = {
  title: 'Herken de truc',
  intro: 'Lees een chat. Kies wat jij zou doen. Je ziet meteen wat er achter de berichten zit.',
  nothingKept: 'Er wordt niets bewaard of verstuurd.',
  done: 'Gedaan',
  tricks: {
    'gift-becomes-debt': 'Een cadeau wordt een schuld',
    'job-is-a-trap': 'Een bijbaantje dat een val is',
    'images-as-pressure': 'Een foto als drukmiddel',
    'lend-your-bank-card': 'Je bankpas uitlenen',
    'older-partner': 'Een oudere vriend die je afhankelijk maakt',
    'group-as-family': 'De groep als familie',
  },
  stepOf: (step, total) => `Stap ${step} van ${total}`,
  chatLabel: (title) => `Chat: ${title}`,
  me: 'Jij',
  good: 'Goed gezien',
  notQuite: 'Kijk nog eens',
  tryOthers: 'Je mag ook de andere keuzes proberen.',
  next: 'Verder',
  showTrick: 'Wat is de truc?',
  trickTitle: (trick) => `De truc: ${trick}`,
  notYourFault: 'Trapte je erin, of zit je er al in? Dat is niet jouw schuld. Je kunt erover praten.',
  whereToTalk: 'Hier kun je praten',
  whereToTalkIntro: 'Ook als je twijfelt. Je mag vragen of het kan zonder je naam.',
  anotherChat: 'Nog een chat',
  again: 'Deze chat opnieuw',
  backToChats: 'Alle chats',
  unknownScenario: (id) => `scenario="${id}" is geen chat; de lijst met chats wordt getoond.`,
};

export const en: YouthTrainingTexts = {
  title: 'Spot the trick',
  intro: 'Read a chat. Choose what you would do. You see right away what is behind the messages.',
  nothingKept: 'Nothing is stored or sent.',
  done: 'Done',
  tricks: {
    'gift-becomes-debt': 'A gift becomes a debt',
    'job-is-a-trap': 'A side job that is a trap',
    'images-as-pressure': 'A photo used as pressure',
    'lend-your-bank-card': 'Lending your bank card',
    'older-partner': 'An older partner who makes you dependent',
    'group-as-family': 'The group as family',
  },
  stepOf: (step, total) => `Step ${step} of ${total}`,
  chatLabel: (title) => `Chat: ${title}`,
  me: 'You',
  good: 'Well spotted',
  notQuite: 'Look again',
  tryOthers: 'You can try the other choices too.',
  next: 'Continue',
  showTrick: 'What is the trick?',
  trickTitle: (trick) => `The trick: ${trick}`,
  notYourFault: 'Did you fall for it, or are you in it already? That is not your fault. You can talk about it.',
  whereToTalk: 'Where you can talk',
  whereToTalkIntro: 'Even if you are not sure. You may ask whether it can be without your name.',
  anotherChat: 'Another chat',
  again: 'This chat again',
  backToChats: 'All chats',
  unknownScenario: (id) => `scenario="${id}" is not a chat; the list of chats is shown.`,
};
