import { dateWith } from './format.js';
import type { Messages, Words } from './types.js';

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

const list = (items: string[], word: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;

const words: Words = {
  levels: {
    professional: {
      none: 'Geen signalen',
      attention: 'Aandacht',
      concern: 'Zorgen',
      suspicion: 'Vermoeden van uitbuiting',
      acute: 'Acuut gevaar',
    },
    parent: {
      none: 'Geen signalen',
      attention: 'Blijf opletten',
      concern: 'Zorgen: vraag advies',
      suspicion: 'Ernstige zorgen: vraag vandaag advies',
      acute: 'Acuut gevaar',
    },
  },
  levelMeanings: {
    professional: {
      none: 'Er is niets waargenomen dat op uitbuiting wijst. Blijf alert.',
      attention: 'Iets om in de gaten te houden: schrijf op wat je ziet en kijk over een paar weken opnieuw.',
      concern: 'Signalen waarover je advies vraagt aan een deskundige.',
      suspicion: 'De elementen van uitbuiting zijn aannemelijk aanwezig.',
      acute: 'Direct gevaar: bel nu 112.',
    },
    parent: {
      none: 'Je ziet nu niets wat op uitbuiting wijst.',
      attention: 'Blijf opletten en blijf met je kind praten.',
      concern: 'Wat je ziet, is een reden om advies te vragen.',
      suspicion: 'Wat je ziet, kan betekenen dat iemand je kind gebruikt. Vraag vandaag nog advies.',
      acute: 'Er is nu direct gevaar: bel 112.',
    },
    'young-person': {
      none: 'Fijn dat je dit hebt ingevuld. Twijfel je toch? Praat erover met iemand die je vertrouwt.',
      attention: 'Fijn dat je dit hebt ingevuld. Twijfel je toch? Praat erover met iemand die je vertrouwt.',
      concern:
        'Wat je vertelt, kan betekenen dat iemand je gebruikt of onder druk zet. Praat erover: je hoeft het niet alleen op te lossen.',
      suspicion:
        'Wat je vertelt, kan betekenen dat iemand je gebruikt of onder druk zet. Praat erover: je hoeft het niet alleen op te lossen.',
      acute: 'Ben je nu in gevaar? Bel 112.',
    },
  },
  youthResultHeading: 'Hier kun je praten',
  answers: { no: 'Nee', unknown: 'Weet ik niet', possible: 'Misschien', clear: 'Ja, duidelijk' },
  youthChoices: { yes: 'Ja', sometimes: 'Soms', unsure: 'Ik weet het niet zeker', no: 'Nee' },
  audiences: { professional: 'Professional', parent: 'Ouder of betrokken volwassene', 'young-person': 'Jongere' },
  kinds: { signal: 'Signaal', acute: 'Acuut signaal', 'risk-factor': 'Risicofactor (context)' },
  strengths: { weak: 'zwak', medium: 'middel', strong: 'sterk' },
  evidence: { direct: 'direct bewijs', indirect: 'indirect bewijs' },
  evidenceMeaning: {
    direct: 'Dit beschrijft zelf een element van uitbuiting.',
    indirect:
      'Dit past bij uitbuiting, maar heeft vaak een gewone verklaring. Alleen indirecte signalen maken nooit een vermoeden van uitbuiting.',
  },
  contextDimension: 'Kwetsbaarheid: context, geen bewijs',
  number: (value) => String(value).replace('.', ','),
  date: dateWith(MONTHS),
  count: (value, one, other) => `${value} ${value === 1 ? one : other}`,
  list: (items) => list(items, 'en'),
  either: (items) => list(items, 'of'),
};

/** Dutch: the default for every text a citizen sees. */
export const nl: Messages = {
  $code: 'nl',
  words,
  issues: {
    invalidInput: (received) =>
      `De invoer moet een object zijn met ten minste 'age' en 'observations'; ontvangen: ${received}.`,
    unreadableInput: () => 'De invoer kon niet worden gelezen. Geef gewone gegevens (JSON), zonder getters of proxies.',
    unreadableRuleset: () =>
      'De regelset kon niet worden gelezen of gecompileerd. Controleer haar met validateRuleset.',
    invalidAge: (received, min, max) =>
      `'age' moet een heel getal van ${min} tot en met ${max} zijn, of 'unknown'; ontvangen: ${received}.`,
    invalidBoolean: (field, received) => `'${field}' moet true of false zijn; ontvangen: ${received}.`,
    invalidStartedAsMinor: (received) => `'startedAsMinor' moet true of false zijn; ontvangen: ${received}.`,
    invalidObservations: (received) =>
      `'observations' moet een object zijn met per signaal-id een antwoord; ontvangen: ${received}.`,
    tooManyObservations: (count, max) =>
      `'observations' heeft ${count} ids; er kunnen er hoogstens ${max} worden gelezen.`,
    unknownSignal: (id, suggestion) =>
      `'${id}' is geen bekend signaal of bekende risicofactor.${suggestion ? ` Bedoel je '${suggestion}'?` : ''}`,
    invalidAnswer: (id, received, allowed) => `Het antwoord bij '${id}' moet ${allowed} zijn; ontvangen: ${received}.`,
    invalidAudience: (received, allowed) => `'audience' moet ${allowed} zijn; ontvangen: ${received}.`,
    invalidMunicipality: (received) =>
      `'municipality' moet de id van een gemeente zijn (tekst); ontvangen: ${received}.`,
    invalidDate: (field, received) => `'${field}' moet een datum zijn als JJJJ-MM-DD; ontvangen: ${received}.`,
    asOfTooEarly: (received, earliest) =>
      `'asOf' ${received} ligt voor de eerste datum van deze regels (${earliest}); kies ${earliest} of later.`,
    unknownField: (field, allowed) => `'${field}' is geen veld van de invoer; toegestaan zijn ${allowed}.`,
  },
  warnings: {
    unknownMunicipality: (received, suggestion) =>
      `Gemeente ${received} is niet bekend in deze regels: de uitkomst toont alleen landelijke contacten.${suggestion ? ` Bedoel je '${suggestion}'?` : ''}`,
  },
  findings: {
    dimensionIndicated: (dimension, score, threshold, { labels }) =>
      `De dimensie ‘${dimension}’ is aannemelijk (score ${score}, drempel ${threshold}) door ${words.list(labels)}.`,
    indirectOnly: () =>
      'Alle genoemde signalen zijn indirect: ze passen bij uitbuiting, maar hebben vaak een gewone verklaring. Alleen indirecte signalen maken nooit een vermoeden van uitbuiting.',
    riskFactorsPresent: ({ labels }) =>
      `Risicofactoren (context, geen bewijs; ze veranderen de uitkomst niet): ${words.list(labels)}.`,
    riskFactorsOnly: () =>
      'Er zijn alleen risicofactoren genoemd en geen signalen. Risicofactoren zeggen iets over kwetsbaarheid, niet over uitbuiting.',
    ageUnknownTreatedAsMinor: () =>
      'De leeftijd is onbekend. De regels voor minderjarigen zijn toegepast, omdat die de jongere het best beschermen.',
    startedAsMinor: (adultAge) =>
      `De uitbuiting begon voor het ${adultAge}e jaar. Daarom zijn de regels voor minderjarigen toegepast; de contacten horen bij de echte leeftijd.`,
    youngAdultRule: (adultAge) =>
      `De jongere is ${adultAge} of ouder. Voor een vermoeden van uitbuiting is dan ook een direct signaal van dwang nodig, zoals een schuld, bedreiging of iemand die misbruik maakt van een kwetsbare positie.`,
    nothingObserved: () => 'Er is niets waargenomen. Blijf alert: slachtoffers melden zich zelden zelf.',
    ruleObserved: (observed, possible) =>
      [
        observed.labels.length > 0 ? `Waargenomen: ${words.list(observed.labels)}.` : '',
        possible.labels.length > 0 ? `Misschien: ${words.list(possible.labels)}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    gaps: (level, { labels }) =>
      `Als een van deze duidelijk zo blijkt, wordt de uitkomst ‘${level}’: ${words.list(labels)}.`,
    moreGaps: (count) =>
      `${words.count(count, 'ander onbekend signaal kan', 'andere onbekende signalen kunnen')} de uitkomst ook veranderen.`,
    supportsJudgement:
      'Deze uitkomst ondersteunt je professionele oordeel en overleg; ze vervangt die niet. Ze zegt niets over wie de jongere is.',
  },
};
