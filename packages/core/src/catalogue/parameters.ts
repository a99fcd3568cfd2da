import type { Parameter } from '../schema/dated.js';
import type { Scoring } from '../schema/ruleset.js';
import { EDITION } from './edition.js';

const calibrated = (value: number) => [{ since: EDITION, value, sourceIds: ['AK-CALIBRATION'] }];

/**
 * Every number the rules use, dated and sourced. The weights and thresholds are the project's own
 * calibration: checked against expert vignettes, not validated in practice. docs/methodology.md
 * explains each one.
 */
export const parameters: Parameter[] = [
  {
    id: 'weight-strong',
    label: { nl: 'Gewicht van een sterk signaal', en: 'Weight of a strong signal' },
    rationale: {
      nl: 'Een duidelijk waargenomen sterk signaal weegt anderhalf keer een middelsterk signaal. De indeling sterk, middel en zwak volgt de geest van de ILO-indicatoren; de getallen zijn de eigen afstemming van Anders Kijken.',
      en: "A clearly observed strong signal weighs one and a half times a medium one. The grading strong, medium and weak follows the spirit of the ILO indicators; the numbers are Anders Kijken's own calibration.",
    },
    values: calibrated(3),
  },
  {
    id: 'weight-medium',
    label: { nl: 'Gewicht van een middelsterk signaal', en: 'Weight of a medium signal' },
    rationale: {
      nl: 'De eenheid van het model: één duidelijk middelsterk signaal is precies genoeg om een dimensie aannemelijk te maken.',
      en: 'The unit of the model: one clearly observed medium signal is just enough to indicate a dimension.',
    },
    values: calibrated(2),
  },
  {
    id: 'weight-weak',
    label: { nl: 'Gewicht van een zwak signaal', en: 'Weight of a weak signal' },
    rationale: {
      nl: 'Een zwak signaal weegt de helft van een middelsterk signaal: één zwak signaal maakt nooit een dimensie aannemelijk en geeft nooit meer dan "aandacht".',
      en: 'A weak signal weighs half a medium one: one weak signal never indicates a dimension and never gives more than "attention".',
    },
    values: calibrated(1),
  },
  {
    id: 'factor-clear',
    label: { nl: 'Aandeel van "ja, duidelijk"', en: 'Share of "yes, clearly"' },
    rationale: {
      nl: 'Duidelijk waargenomen of direct verteld telt voor het volle gewicht. De driedeling geen, mogelijke en duidelijke zorg komt van de CSE-IT.',
      en: 'Clearly observed or told directly counts for the full weight. The three steps no, possible and clear concern come from the CSE-IT.',
    },
    values: calibrated(1),
  },
  {
    id: 'factor-possible',
    label: { nl: 'Aandeel van "misschien"', en: 'Share of "possibly"' },
    rationale: {
      nl: 'Een aanwijzing waarover je twijfelt, telt voor de helft. "Nee" en "weet ik niet" tellen niet mee; "weet ik niet" komt wel terug als vraag die het stellen waard is.',
      en: 'An indication you are unsure about counts for half. "No" and "don\'t know" count nothing; "don\'t know" comes back as a question worth asking.',
    },
    values: calibrated(0.5),
  },
  {
    id: 'indicated-threshold',
    label: { nl: 'Drempel voor een aannemelijke dimensie', en: 'Threshold for an indicated dimension' },
    rationale: {
      nl: 'Een dimensie is aannemelijk als het waargenomen bewijs minstens zo zwaar weegt als één duidelijk middelsterk signaal, bijvoorbeeld een mogelijk sterk signaal samen met nog een waargenomen signaal in dezelfde dimensie.',
      en: 'A dimension is indicated when its observed evidence weighs at least one clearly observed medium signal, for example a possible strong signal together with another observed signal of the same dimension.',
    },
    values: calibrated(2),
  },
  {
    id: 'substantial-threshold',
    label: { nl: 'Drempel voor veel bewijs samen', en: 'Threshold for substantial evidence' },
    rationale: {
      nl: 'Waargenomen signalen die samen minstens zo zwaar wegen als één duidelijk sterk en één duidelijk middelsterk signaal (5), vragen om advies, ook als ze allemaal indirect zijn. Nieuwe sneakers en een tweede telefoon (4), of nieuwe kleding en laat thuiskomen (4), halen dat niet.',
      en: 'Observed signals that together weigh at least one clear strong and one clear medium signal (5) call for advice, even when all of them are indirect. New trainers and a second phone (4), or new clothes and coming home late (4), do not.',
    },
    values: calibrated(5),
  },
  {
    id: 'adult-age',
    label: { nl: 'Leeftijd van meerderjarigheid', en: 'Age of majority' },
    rationale: {
      nl: 'Onder de 18 is voor mensenhandel geen dwangmiddel nodig (art. 273f Sr, Palermo-protocol). Vanaf 18 moet er ook een middel zijn, zoals dwang, misleiding of misbruik van een kwetsbare positie.',
      en: 'Under 18, trafficking needs no means (art. 273f Sr, Palermo Protocol). From 18, there must also be a means, such as coercion, deceit or abuse of a vulnerable position.',
    },
    values: [{ since: EDITION, value: 18, sourceIds: ['SR-273F', 'PALERMO'] }],
  },
];

/** Which parameters the engine reads for weights, shares, the indicated threshold and the age of majority. */
export const scoring: Scoring = {
  weights: { weak: 'weight-weak', medium: 'weight-medium', strong: 'weight-strong' },
  factors: { possible: 'factor-possible', clear: 'factor-clear' },
  indicated: 'indicated-threshold',
  adultAge: 'adult-age',
};
