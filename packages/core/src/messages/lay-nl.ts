import { nl } from './nl.js';
import type { LaySentences, LayReader } from './types.js';

const { words } = nl;

/**
 * What `explain` tells a parent or a young person in Dutch. A module of its own, so only the
 * elements that explain load it (see docs/architecture.md).
 */
export const layNl: Record<LayReader, LaySentences> = {
  parent: {
    seen: ({ labels }) => `Wat je bij je kind ziet: ${words.list(labels)}.`,
    maybe: ({ labels }) => `Misschien, maar je weet het niet zeker: ${words.list(labels)}.`,
    meaning: {
      none: 'Je ziet niets wat erop wijst dat iemand je kind gebruikt. Kinderen vertellen zoiets vaak niet uit zichzelf: blijf met je kind praten.',
      attention: 'Dit kan een gewone reden hebben. Blijf opletten en blijf met je kind praten.',
      concern:
        'Dit kan erop wijzen dat iemand je kind gebruikt of onder druk zet. Vraag advies; je hoeft niet zeker te weten dat er iets aan de hand is.',
      suspicion:
        'Samen kan dit betekenen dat iemand je kind gebruikt voor criminele klussen. Vraag vandaag nog advies.',
      acute: 'Je kind kan nu in gevaar zijn. Is het leven of de veiligheid nu in gevaar? Bel 112.',
    },
    ordinaryExplanations: 'Elk van deze dingen kan ook een gewone verklaring hebben.',
    circumstances: ({ labels }) =>
      `Je noemde ook omstandigheden: ${words.list(labels)}. Die kunnen een kind kwetsbaarder maken, maar ze zeggen niet dat iemand je kind gebruikt.`,
    ageUnknown: 'Je weet niet hoe oud je kind is. Daarom gaan we uit van een kind jonger dan 18.',
    startedAsMinor: (adultAge) =>
      `Je kind is ${adultAge} of ouder, maar het begon toen je kind jonger was. De contacten hieronder passen bij de leeftijd van nu.`,
    youngAdult: (adultAge) =>
      `Je kind is ${adultAge} of ouder. Daarom gaan de stappen en contacten hieronder over volwassenen.`,
    gaps: (level, { labels }) =>
      `Weet je dit nog niet? Als een van deze dingen zo is, wordt de uitkomst ‘${level}’: ${words.list(labels)}.`,
    moreGaps: (count) =>
      `${words.count(count, 'andere vraag kan', 'andere vragen kunnen')} de uitkomst ook veranderen.`,
    closing:
      'Deze uitkomst is een hulpmiddel, geen oordeel over je kind. Bespreek wat je ziet met iemand die er verstand van heeft, bijvoorbeeld een van de contacten hieronder.',
  },
  'young-person': {
    seen: ({ labels }) => `Wat je vertelt: ${words.list(labels)}.`,
    maybe: ({ labels }) => `Misschien, je weet het niet zeker: ${words.list(labels)}.`,
    meaning: {
      none: 'Uit je antwoorden blijkt niet dat iemand je gebruikt. Twijfel je toch? Praat erover met iemand die je vertrouwt.',
      attention: 'Dit kan een gewone reden hebben. Twijfel je? Praat erover met iemand die je vertrouwt.',
      concern:
        'Dit kan betekenen dat iemand je gebruikt of onder druk zet. Praat erover: je hoeft het niet alleen op te lossen.',
      suspicion:
        'Dit kan betekenen dat iemand je gebruikt om dingen te doen die niet mogen. Dat is niet jouw schuld. Praat erover: je hoeft het niet alleen op te lossen.',
      acute: 'Ben je nu in gevaar? Bel 112.',
    },
    ordinaryExplanations: 'Elk van deze dingen kan ook een gewone reden hebben.',
    circumstances: ({ labels }) =>
      `Je noemde ook: ${words.list(labels)}. Dat zegt iets over je situatie, niet dat iemand je gebruikt.`,
    ageUnknown: 'Je hebt je leeftijd niet gegeven. Daarom gaan we ervan uit dat je jonger bent dan 18.',
    startedAsMinor: (adultAge) =>
      `Je bent ${adultAge} of ouder, maar het begon toen je jonger was. De contacten hieronder passen bij je leeftijd van nu.`,
    youngAdult: (adultAge) => `Je bent ${adultAge} of ouder. De contacten hieronder zijn er voor jouw leeftijd.`,
    // A young person is not asked to find more out: the questions they skipped stay skipped.
    gaps: undefined,
    moreGaps: undefined,
    closing:
      'Dit is geen oordeel over jou, en het is nooit jouw schuld. Praat erover met iemand die je vertrouwt of met een van de contacten hieronder.',
  },
};
