import type { Signal } from '../../schema/signal.js';
import { strength } from '../edition.js';

/** Someone drawing the young person in: the act element of exploitation. */
export const recruitmentSignals: Signal[] = [
  {
    id: 'recruit-older-contacts',
    kind: 'signal',
    dimension: 'recruitment',
    strength: strength('medium', ['HO-CL', 'ILO-2009']),
    texts: {
      label: { nl: 'Nieuwe contacten met ouderen', en: 'New contacts with older people' },
      question: {
        nl: 'Heeft de jongere nieuwe contacten met oudere jongeren of volwassenen, zonder duidelijke reden waarom die in zijn of haar leven zijn?',
        en: 'Does the young person have new contacts with older youths or adults, with no clear reason for them to be in their life?',
      },
      examples: [
        { nl: 'Wordt opgehaald door oudere jongens in een auto.', en: 'Is picked up by older boys in a car.' },
        {
          nl: 'Noemt namen of bijnamen van mensen die ouders en school niet kennen.',
          en: 'Mentions names or nicknames of people parents and school do not know.',
        },
      ],
      youthQuestion: {
        nl: 'Ga je om met mensen die een stuk ouder zijn en die je nog niet zo lang kent?',
        en: 'Do you hang out with people who are quite a bit older, whom you have not known long?',
      },
    },
    sourceIds: ['HO-CL', 'CKM-2022'],
  },
  {
    id: 'recruit-gifts',
    kind: 'signal',
    dimension: 'recruitment',
    strength: strength('medium', ['HO-CL', 'ILO-2009']),
    texts: {
      label: { nl: 'Krijgt cadeaus zonder duidelijke reden', en: 'Gets gifts with no clear reason' },
      question: {
        nl: 'Krijgt de jongere cadeaus, geld, eten, drugs, lifts of beltegoed zonder duidelijke reden?',
        en: 'Does the young person receive gifts, money, food, drugs, rides or phone credit with no clear reason?',
      },
      examples: [
        {
          nl: 'Krijgt nieuwe schoenen of een telefoon "van een vriend".',
          en: 'Gets new shoes or a phone "from a friend".',
        },
        {
          nl: 'Wordt steeds getrakteerd op eten of uitgaan door dezelfde mensen.',
          en: 'Is always treated to food or nights out by the same people.',
        },
      ],
      youthQuestion: {
        nl: 'Krijg je cadeaus, geld of eten van iemand, zonder dat je weet waarom?',
        en: 'Do you get presents, money or food from someone without knowing why?',
      },
    },
    sourceIds: ['HO-CL', 'ILO-2009'],
  },
  {
    id: 'recruit-online-offers',
    kind: 'signal',
    dimension: 'recruitment',
    strength: strength('medium', ['CKM-2022', 'ILO-2009']),
    texts: {
      label: { nl: 'Online benaderd met klussen of snel geld', en: 'Approached online with jobs or quick money' },
      question: {
        nl: 'Wordt de jongere online of via sociale media benaderd met "klussen", snel geld of aanbiedingen?',
        en: 'Is the young person approached online or on social media with "jobs", quick money or offers?',
      },
      examples: [
        {
          nl: 'Ziet advertenties in Snapchat- of Telegramgroepen: "snel geld verdienen, DM".',
          en: 'Sees adverts in Snapchat or Telegram groups: "quick money, DM me".',
        },
        { nl: 'Krijgt berichten van onbekenden met een aanbod.', en: 'Gets messages from strangers with an offer.' },
      ],
      youthQuestion: {
        nl: 'Heeft iemand je online een klus of snel geld aangeboden?',
        en: 'Has anyone offered you a job or quick money online?',
      },
    },
    sourceIds: ['CKM-2022', 'DH-2022'],
  },
  {
    id: 'recruit-approached-locally',
    kind: 'signal',
    dimension: 'recruitment',
    strength: strength('medium', ['CKM-2022', 'ILO-2009']),
    texts: {
      label: {
        nl: 'Benaderd op straat, bij school of bij een zorglocatie',
        en: 'Approached on the street, near school or a care location',
      },
      question: {
        nl: 'Is de jongere benaderd op een hangplek, op straat, of bij school of een zorglocatie?',
        en: 'Has the young person been approached at a hangout, on the street, or near school or a care location?',
      },
      examples: [
        {
          nl: 'Bij het schoolplein staan regelmatig oudere jongens die leerlingen aanspreken.',
          en: 'Older boys regularly wait near the school gate and talk to pupils.',
        },
        {
          nl: 'Bij de groep in de jeugdzorg wordt een bewoner buiten opgewacht.',
          en: 'A resident of a youth care home is waited for outside.',
        },
      ],
    },
    sourceIds: ['CKM-2022', 'MST-2022'],
  },
  {
    id: 'recruit-older-partner',
    kind: 'signal',
    dimension: 'recruitment',
    strength: strength('medium', ['CSE-IT', 'ILO-2009']),
    texts: {
      label: { nl: 'Relatie met een duidelijk oudere partner', en: 'Relationship with a clearly older partner' },
      question: {
        nl: 'Heeft de jongere een relatie met een duidelijk oudere partner die cadeaus en aandacht geeft?',
        en: 'Is the young person in a relationship with a clearly older partner who gives gifts and attention?',
      },
      examples: [
        {
          nl: 'Heeft een "vriend" van 24 die haar overal naartoe brengt en dure dingen geeft.',
          en: 'Has a 24-year-old "boyfriend" who drives her everywhere and buys her expensive things.',
        },
        {
          nl: 'Vertelt weinig over de partner en wil niet dat ouders hem of haar ontmoeten.',
          en: 'Says little about the partner and does not want parents to meet them.',
        },
      ],
    },
    sourceIds: ['CSE-IT', 'JENV-2022'],
  },
  {
    id: 'recruit-new-group',
    kind: 'signal',
    dimension: 'recruitment',
    strength: strength('weak', ['HO-CL', 'ILO-2009']),
    texts: {
      label: { nl: 'Nieuwe vriendengroep die status geeft', en: 'New group that gives status' },
      question: {
        nl: 'Laat de jongere oude vrienden los voor een nieuwe groep die status of erbij horen geeft?',
        en: 'Has the young person dropped old friends for a new group that gives status or belonging?',
      },
      examples: [
        {
          nl: 'Ziet oude vrienden niet meer en is alleen nog met een nieuwe groep.',
          en: 'No longer sees old friends and is only with a new group.',
        },
        { nl: 'Praat over de nieuwe groep als "broers".', en: 'Talks about the new group as "brothers".' },
      ],
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'recruit-promises',
    kind: 'signal',
    dimension: 'recruitment',
    strength: strength('weak', ['CKM-2022', 'ILO-2009']),
    texts: {
      label: { nl: 'Praat over makkelijk geld of een "familie"', en: 'Talks of easy money or a "family"' },
      question: {
        nl: 'Praat de jongere over makkelijk geld, status, of een "familie" die voor hem of haar zorgt?',
        en: 'Does the young person talk about easy money, status, or a "family" that takes care of them?',
      },
      examples: [
        {
          nl: 'Zegt dat school geen zin heeft, want "ik kan zo veel meer verdienen".',
          en: 'Says school is pointless because "I can earn so much more".',
        },
        {
          nl: 'Vertelt dat "ze voor me zorgen" en dat hij of zij daar "iets terug voor doet".',
          en: 'Says "they look after me" and that they "do something in return".',
        },
      ],
    },
    sourceIds: ['CKM-2022'],
  },
];
