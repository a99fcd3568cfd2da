import type { Parameter } from '../schema/dated.js';
import type { Scoring } from '../schema/ruleset.js';
import { FIRST_EDITION } from './edition.js';

/** Every number the rules use, dated and sourced. docs/methodology.md explains each one. */
export const parameters: Parameter[] = [
  {
    id: 'weight-strong',
    label: { nl: 'Gewicht van een sterk signaal', en: 'Weight of a strong signal' },
    rationale: {
      nl: 'Een duidelijk waargenomen sterk signaal weegt anderhalf keer een middelsterk signaal, zoals de ILO-indicatoren sterk boven middel en zwak plaatsen.',
      en: 'A clearly observed strong signal weighs one and a half times a medium one, as the ILO indicators rank strong above medium and weak.',
    },
    values: [{ since: FIRST_EDITION, value: 3, sourceIds: ['ILO-2009'] }],
  },
  {
    id: 'weight-medium',
    label: { nl: 'Gewicht van een middelsterk signaal', en: 'Weight of a medium signal' },
    rationale: {
      nl: 'De eenheid van het model: één duidelijk middelsterk signaal is precies genoeg om een dimensie aannemelijk te maken.',
      en: 'The unit of the model: one clearly observed medium signal is just enough to indicate a dimension.',
    },
    values: [{ since: FIRST_EDITION, value: 2, sourceIds: ['ILO-2009'] }],
  },
  {
    id: 'weight-weak',
    label: { nl: 'Gewicht van een zwak signaal', en: 'Weight of a weak signal' },
    rationale: {
      nl: 'Een zwak signaal weegt de helft van een middelsterk signaal: één zwak signaal maakt nooit een dimensie aannemelijk.',
      en: 'A weak signal weighs half a medium one: one weak signal never indicates a dimension on its own.',
    },
    values: [{ since: FIRST_EDITION, value: 1, sourceIds: ['ILO-2009'] }],
  },
  {
    id: 'factor-clear',
    label: { nl: 'Aandeel van "duidelijk"', en: 'Share of "clear"' },
    rationale: {
      nl: 'Duidelijk waargenomen of direct verteld telt voor het volle gewicht (CSE-IT: duidelijke zorg).',
      en: 'Clearly observed or told directly counts for the full weight (CSE-IT: clear concern).',
    },
    values: [{ since: FIRST_EDITION, value: 1, sourceIds: ['CSE-IT'] }],
  },
  {
    id: 'factor-possible',
    label: { nl: 'Aandeel van "mogelijk"', en: 'Share of "possible"' },
    rationale: {
      nl: 'Een aanwijzing waarover je twijfelt telt voor de helft (CSE-IT: mogelijke zorg). "Nee" en "weet ik niet" tellen niet mee; "weet ik niet" komt wel terug als informatie die het uitzoeken waard is.',
      en: 'An indication you are unsure about counts for half (CSE-IT: possible concern). "No" and "don\'t know" count nothing; "don\'t know" is listed as information worth finding out.',
    },
    values: [{ since: FIRST_EDITION, value: 0.5, sourceIds: ['CSE-IT'] }],
  },
  {
    id: 'indicated-threshold',
    label: { nl: 'Drempel voor een aannemelijke dimensie', en: 'Threshold for an indicated dimension' },
    rationale: {
      nl: 'Een dimensie is aannemelijk als het waargenomen bewijs minstens zo zwaar weegt als één duidelijk middelsterk signaal, bijvoorbeeld een mogelijk sterk signaal samen met nog een waargenomen signaal in dezelfde dimensie.',
      en: 'A dimension is indicated when its observed evidence weighs at least one clearly observed medium signal, for example a possible strong signal together with another observed signal of the same dimension.',
    },
    values: [{ since: FIRST_EDITION, value: 2, sourceIds: ['ILO-2009'] }],
  },
  {
    id: 'strong-evidence-threshold',
    label: { nl: 'Drempel voor veel bewijs in één dimensie', en: 'Threshold for strong evidence in one dimension' },
    rationale: {
      nl: 'Twee duidelijke middelsterke signalen (of meer zwakke) in dezelfde dimensie vragen om de blik van een deskundige, ook als de andere dimensies leeg blijven.',
      en: 'Two clear medium signals (or more weak ones) in the same dimension call for an expert view, even when the other dimensions stay empty.',
    },
    values: [{ since: FIRST_EDITION, value: 4, sourceIds: ['ILO-2009', 'HO-CL'] }],
  },
  {
    id: 'dimensions-for-concern',
    label: { nl: 'Aantal aannemelijke dimensies voor zorgen', en: 'Indicated dimensions for concern' },
    rationale: {
      nl: 'Als bewijs uit twee dimensies samenkomt, is dat reden voor advies, ook als de combinatie (nog) geen vermoeden van uitbuiting maakt.',
      en: 'When evidence from two dimensions comes together, seek advice, even if the combination does not (yet) make a suspicion of exploitation.',
    },
    values: [{ since: FIRST_EDITION, value: 2, sourceIds: ['ILO-2009'] }],
  },
  {
    id: 'risk-factor-attention-count',
    label: { nl: 'Aantal risicofactoren voor aandacht', en: 'Risk factors for attention' },
    rationale: {
      nl: 'Risicofactoren zijn nooit bewijs. Pas als er meerdere samenkomen, is het verstandig extra alert te zijn; één omstandigheid (zoals armoede) zegt niets over een kind.',
      en: 'Risk factors are never evidence. Only when several come together is it wise to be more alert; a single circumstance (such as poverty) says nothing about a child.',
    },
    values: [{ since: FIRST_EDITION, value: 2, sourceIds: ['MST-2022', 'JENV-2022'] }],
  },
  {
    id: 'adult-age',
    label: { nl: 'Leeftijd van meerderjarigheid', en: 'Age of majority' },
    rationale: {
      nl: 'Onder de 18 is voor mensenhandel geen dwangmiddel nodig (art. 273f Sr, Palermo-protocol). Vanaf 18 moet er ook dwang of controle zijn.',
      en: 'Under 18, trafficking needs no means of coercion (art. 273f Sr, Palermo Protocol). From 18, there must also be coercion or control.',
    },
    values: [{ since: FIRST_EDITION, value: 18, sourceIds: ['SR-273F', 'PALERMO'] }],
  },
];

/** Which parameters the engine reads for weights, shares, the indicated threshold and the age of majority. */
export const scoring: Scoring = {
  weights: { weak: 'weight-weak', medium: 'weight-medium', strong: 'weight-strong' },
  factors: { possible: 'factor-possible', clear: 'factor-clear' },
  indicated: 'indicated-threshold',
  adultAge: 'adult-age',
};
