import type { Messages } from './types.js';

/** Dutch: the default for every text a citizen sees. */
export const nl: Messages = {
  $code: 'nl',
  levels: {
    none: 'Geen signalen',
    attention: 'Aandacht',
    concern: 'Zorgen',
    suspicion: 'Vermoeden van uitbuiting',
    acute: 'Acuut gevaar',
  },
  list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`),
  either: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} of ${items.at(-1)}`),
  issues: {
    invalidInput: (received) =>
      `De invoer moet een object zijn met ten minste 'age' en 'observations'; ontvangen: ${received}.`,
    invalidAge: (received, min, max) =>
      `'age' moet een heel getal van ${min} tot en met ${max} zijn, of 'unknown'; ontvangen: ${received}.`,
    invalidObservations: (received) =>
      `'observations' moet een object zijn met per signaal-id een antwoord; ontvangen: ${received}.`,
    unknownSignal: (id, suggestion) =>
      `'${id}' is geen bekend signaal of bekende risicofactor.${suggestion ? ` Bedoel je '${suggestion}'?` : ''}`,
    invalidAnswer: (id, received, allowed) => `Het antwoord bij '${id}' moet ${allowed} zijn; ontvangen: ${received}.`,
    invalidAudience: (received, allowed) => `'audience' moet ${allowed} zijn; ontvangen: ${received}.`,
    unknownMunicipality: (received, suggestion) =>
      `'municipality' ${received} is geen bekende gemeente.${suggestion ? ` Bedoel je '${suggestion}'?` : ''}`,
    invalidDate: (field, received) => `'${field}' moet een datum zijn als JJJJ-MM-DD; ontvangen: ${received}.`,
    asOfTooEarly: (received, earliest) =>
      `'asOf' ${received} ligt voor de eerste datum van deze regels (${earliest}); kies ${earliest} of later.`,
    unknownField: (field) =>
      `'${field}' is geen veld van de invoer; toegestaan zijn 'age', 'observations', 'audience', 'municipality' en 'asOf'.`,
  },
  findings: {
    dimensionIndicated: (dimension, score, threshold, { labels }) =>
      `De dimensie ‘${dimension}’ is aannemelijk (score ${score}, drempel ${threshold}) door ${nl.list(labels)}.`,
    riskFactorsPresent: ({ labels }) => `Risicofactoren (context, geen bewijs): ${nl.list(labels)}.`,
    riskFactorsOnly: () =>
      'Er zijn alleen risicofactoren genoemd en geen signalen. Risicofactoren zeggen iets over kwetsbaarheid, niet over uitbuiting.',
    ageUnknownTreatedAsMinor: () =>
      'De leeftijd is onbekend. De regels voor minderjarigen zijn toegepast, omdat die de jongere het best beschermen.',
    youngAdultRule: (adultAge) =>
      `De jongere is ${adultAge} of ouder. Voor een vermoeden van uitbuiting zijn dan ook aanwijzingen voor dwang of controle nodig.`,
    nothingObserved: () => 'Er is niets waargenomen. Blijf alert: slachtoffers melden zich zelden zelf.',
    ruleObserved: ({ labels }) => `Waargenomen: ${nl.list(labels)}.`,
    gaps: (level, { labels }) =>
      `Als een van deze duidelijk zo blijkt, wordt het niveau ‘${level}’: ${nl.list(labels)}.`,
    supportsJudgement: () =>
      'Deze uitkomst ondersteunt je professionele oordeel en overleg; ze vervangt die niet. Ze zegt niets over wie de jongere is.',
  },
};
