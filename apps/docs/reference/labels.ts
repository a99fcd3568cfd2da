import type { Locale } from '@anders-kijken/core';

/** The words of the generated reference pages that do not come from the catalogue. */
export interface ReferenceLabels {
  signals: string;
  signalsIntro: string;
  acuteSignals: string;
  acuteIntro: string;
  riskFactors: string;
  riskFactorsIntro: string;
  kind: Record<'signal' | 'acute' | 'risk-factor', string>;
  question: string;
  youthQuestion: string;
  examples: string;
  dimension: string;
  contextDimension: string;
  facts: string;
  strength: string;
  strengthNames: Record<'weak' | 'medium' | 'strong', string>;
  strengthSince: (since: string) => string;
  sources: string;
  sourceAbout: string;
  riskFactorNote: string;
  acuteNote: string;
  legalElement: string;
  id: string;
  rules: string;
  rulesIntro: string;
  rule: string;
  condition: string;
  scoring: string;
  scoringIntro: string;
  scoringWeights: string;
  scoringFactors: string;
  scoringIndicated: string;
  scoringAdultAge: string;
  level: string;
  parameters: string;
  parametersIntro: string;
  value: string;
  since: string;
  rationale: string;
  levels: string;
  levelsIntro: string;
  audiences: Record<'professional' | 'parent' | 'young-person', string>;
  meldcodeStep: (step: number) => string;
  contacts: string;
  contactsIntro: string;
  national: string;
  local: (municipality: string) => string;
  phone: string;
  website: string;
  hours: string;
  purpose: string;
  shownTo: string;
  checkedOn: string;
  confirmed: string;
  unconfirmed: string;
  schemas: string;
  schemasIntro: string;
  download: string;
  showSchema: string;
  version: string;
  versionIntro: string;
  rulesetId: string;
  rulesetVersion: string;
  reviewedOn: string;
  contentHash: string;
  allSources: string;
  backToCatalogue: string;
  catalogue: string;
  catalogueIntro: string;
}

export const referenceLabels: Record<Locale, ReferenceLabels> = {
  nl: {
    signals: 'Signalen',
    signalsIntro:
      'Wat je kunt zien of horen aan een jongere dat wijst op criminele uitbuiting. Elk signaal hoort bij één dimensie en heeft een sterkte.',
    acuteSignals: 'Acute signalen',
    acuteIntro:
      'Direct gevaar. Elk acuut signaal dat mogelijk of duidelijk is waargenomen, geeft het niveau "acuut gevaar": bel 112.',
    riskFactors: 'Risicofactoren',
    riskFactorsIntro:
      'Omstandigheden die een jongere kwetsbaar maken voor werving. Ze zijn geen bewijs van uitbuiting: alleen kunnen ze nooit meer geven dan "aandacht".',
    kind: { signal: 'Signaal', acute: 'Acuut signaal', 'risk-factor': 'Risicofactor' },
    question: 'Vraag voor een professional',
    youthQuestion: 'Vraag aan een jongere (eenvoudige taal)',
    examples: 'Hoe dit eruit kan zien',
    dimension: 'Dimensie',
    contextDimension: 'Kwetsbaarheid: context, geen bewijs',
    facts: 'Kenmerken',
    strength: 'Sterkte',
    strengthNames: { weak: 'zwak', medium: 'middel', strong: 'sterk' },
    strengthSince: (since) => `sinds ${since}`,
    sources: 'Bronnen',
    sourceAbout: 'Wat deze bron onderbouwt',
    riskFactorNote:
      'Dit is een risicofactor: een omstandigheid, geen gedrag. Het verklaart waarom daders deze jongere kunnen benaderen, maar is nooit op zichzelf een aanwijzing voor uitbuiting.',
    acuteNote: 'Dit is een acuut signaal: bij "mogelijk" of "duidelijk" is het niveau altijd acuut gevaar. Bel 112.',
    legalElement: 'Juridisch element',
    id: 'Id',
    rules: 'Regels en parameters',
    rulesIntro:
      'Hoe de waarnemingen tot een niveau leiden. Elke regel en elk getal komt uit de landelijke regelset, met de bron erbij. Deze pagina wordt bij elke build uit `@anders-kijken/core` gemaakt.',
    rule: 'Regel',
    condition: 'Voorwaarde',
    scoring: 'Hoe de score wordt berekend',
    scoringIntro:
      'Elk waargenomen signaal telt mee in zijn dimensie: het gewicht van zijn sterkte maal het aandeel van het antwoord. "Nee" en "weet ik niet" tellen niet mee. De getallen staan in de parameters hieronder.',
    scoringWeights: 'Gewicht per sterkte',
    scoringFactors: 'Aandeel van "duidelijk" en "mogelijk"',
    scoringIndicated: 'Een dimensie is aannemelijk vanaf',
    scoringAdultAge: 'De regels voor jongvolwassenen gelden vanaf de leeftijd',
    level: 'Niveau',
    parameters: 'Parameters',
    parametersIntro: 'Elk gewicht, elke drempel en elke leeftijd is een gedateerde waarde met bronnen.',
    value: 'Waarde',
    since: 'Sinds',
    rationale: 'Waarom',
    levels: 'Niveaus en eerste stappen',
    levelsIntro:
      'De vijf uitkomsten van een check, van laag naar hoog, met de stappen die elke doelgroep krijgt. Voor professionals volgen de stappen de meldcode.',
    audiences: { professional: 'Professional', parent: 'Ouder of betrokken volwassene', 'young-person': 'Jongere' },
    meldcodeStep: (step) => `meldcode stap ${step}`,
    contacts: 'Contactgids',
    contactsIntro:
      'Waar je terecht kunt. Landelijke contacten worden altijd getoond; lokale contacten alleen bij hun gemeente. Telefoonnummers veranderen: elke regel zegt wanneer hij is gecontroleerd.',
    national: 'Landelijk',
    local: (municipality) => `Lokaal: ${municipality}`,
    phone: 'Telefoon',
    website: 'Website',
    hours: 'Bereikbaar',
    purpose: 'Waarvoor',
    shownTo: 'Getoond aan',
    checkedOn: 'Gecontroleerd op',
    confirmed: 'bevestigd',
    unconfirmed: 'nog niet bevestigd: wordt niet aan gebruikers getoond',
    schemas: 'JSON Schema’s',
    schemasIntro:
      'De vorm van een regelset, van de invoer van een beoordeling en van een beoordeling, als JSON Schema. Ze worden gegenereerd uit de zod-schema’s van core en zitten in het npm-pakket onder `@anders-kijken/core/schema/`.',
    download: 'Download',
    showSchema: 'Toon het schema',
    version: 'Versie van de regelset',
    versionIntro: 'Elke beoordeling noemt de regelset waarmee ze is gemaakt. Deze site is gebouwd met:',
    rulesetId: 'Id',
    rulesetVersion: 'Versie',
    reviewedOn: 'Laatst beoordeeld',
    contentHash: 'Inhoudshash',
    allSources: 'Alle bronnen',
    backToCatalogue: 'Alle signalen',
    catalogue: 'Alle signalen',
    catalogueIntro:
      'Elk signaal, acuut signaal en elke risicofactor van de landelijke regelset, per dimensie. Klik op een signaal voor de vraag, voorbeelden en bronnen.',
  },
  en: {
    signals: 'Signals',
    signalsIntro:
      'What you can see or hear about a young person that points to criminal exploitation. Each signal belongs to one dimension and has a strength.',
    acuteSignals: 'Acute signals',
    acuteIntro:
      'Immediate danger. Any acute signal observed as possible or clear gives the level "acute danger": call 112.',
    riskFactors: 'Risk factors',
    riskFactorsIntro:
      'Circumstances that make a young person vulnerable to recruitment. They are not evidence of exploitation: on their own they never give more than "attention".',
    kind: { signal: 'Signal', acute: 'Acute signal', 'risk-factor': 'Risk factor' },
    question: 'Question for a professional',
    youthQuestion: 'Question for a young person (plain language)',
    examples: 'What this can look like',
    dimension: 'Dimension',
    contextDimension: 'Vulnerability: context, not evidence',
    facts: 'Facts',
    strength: 'Strength',
    strengthNames: { weak: 'weak', medium: 'medium', strong: 'strong' },
    strengthSince: (since) => `since ${since}`,
    sources: 'Sources',
    sourceAbout: 'What this source supports',
    riskFactorNote:
      'This is a risk factor: a circumstance, not behaviour. It explains why exploiters may approach this young person, but it is never on its own a sign of exploitation.',
    acuteNote: 'This is an acute signal: "possible" or "clear" always gives the level acute danger. Call 112.',
    legalElement: 'Legal element',
    id: 'Id',
    rules: 'Rules and parameters',
    rulesIntro:
      'How observations lead to a level. Every rule and every number comes from the national ruleset, with its source. This page is generated from `@anders-kijken/core` at every build.',
    rule: 'Rule',
    condition: 'Condition',
    scoring: 'How the score is computed',
    scoringIntro:
      'Every observed signal counts in its dimension: the weight of its strength times the share of the answer. "No" and "don\'t know" count nothing. The numbers are in the parameters below.',
    scoringWeights: 'Weight per strength',
    scoringFactors: 'Share of "clear" and "possible"',
    scoringIndicated: 'A dimension is indicated from',
    scoringAdultAge: 'The young-adult rules apply from the age',
    level: 'Level',
    parameters: 'Parameters',
    parametersIntro: 'Every weight, threshold and age is a dated value with sources.',
    value: 'Value',
    since: 'Since',
    rationale: 'Why',
    levels: 'Levels and first steps',
    levelsIntro:
      'The five outcomes of a check, from low to high, with the steps each audience gets. For professionals the steps follow the meldcode.',
    audiences: { professional: 'Professional', parent: 'Parent or concerned adult', 'young-person': 'Young person' },
    meldcodeStep: (step) => `meldcode step ${step}`,
    contacts: 'Contact directory',
    contactsIntro:
      'Where to go. National contacts are always shown; local contacts only with their municipality. Phone numbers change: every entry says when it was checked.',
    national: 'National',
    local: (municipality) => `Local: ${municipality}`,
    phone: 'Phone',
    website: 'Website',
    hours: 'Available',
    purpose: 'What for',
    shownTo: 'Shown to',
    checkedOn: 'Checked on',
    confirmed: 'confirmed',
    unconfirmed: 'not confirmed yet: never shown to users',
    schemas: 'JSON Schemas',
    schemasIntro:
      'The shape of a ruleset, of an assessment input and of an assessment, as JSON Schema. They are generated from core’s zod schemas and ship in the npm package under `@anders-kijken/core/schema/`.',
    download: 'Download',
    showSchema: 'Show the schema',
    version: 'Ruleset version',
    versionIntro: 'Every assessment names the ruleset it was made with. This site was built with:',
    rulesetId: 'Id',
    rulesetVersion: 'Version',
    reviewedOn: 'Last reviewed',
    contentHash: 'Content hash',
    allSources: 'All sources',
    backToCatalogue: 'All signals',
    catalogue: 'All signals',
    catalogueIntro:
      'Every signal, acute signal and risk factor of the national ruleset, by dimension. Open a signal for its question, examples and sources.',
  },
};
