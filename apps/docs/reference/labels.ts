import type { Locale } from '@anders-kijken/core';

/** The words of the generated reference pages that do not come from the catalogue. */
export interface ReferenceLabels {
  signals: string;
  signalsIntro: string;
  acuteSignals: string;
  acuteIntro: string;
  riskFactors: string;
  riskFactorsIntro: string;
  question: string;
  parentQuestion: string;
  youthQuestion: string;
  youthQuestionNote: string;
  youthQuestionAboutNow: string;
  evidence: string;
  examples: string;
  dimension: string;
  facts: string;
  strength: string;
  strengthSince: (since: string) => string;
  sources: string;
  sourceAbout: string;
  riskFactorNote: string;
  acuteNote: string;
  legalElement: string;
  id: string;
  ruleNumber: (n: number) => string;
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
  levelForParents: string;
  ageGroups: Record<'child' | 'minor' | 'young-adult', string>;
  contactsShown: string;
  triggered: string;
  triggeredIntro: string;
  triggerWhen: string;
  triggerSuspect: string;
  replaces: (steps: string) => string;
  onRoute: (route: string) => string;
  forAudience: (audience: string) => string;
  ruleHeading: (audience: string) => string;
  ruleRoute: (route: string) => string;
  rateFree: string;
  rateLocal: string;
  regionOf: (contact: string) => string;
  contactTriggered: string;
  triggerAges: (ages: string) => string;
  triggerLevels: (levels: string) => string;
  leads: string;
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
  ages: string;
  shownAtLevels: string;
  agesRange: (min: number | undefined, max: number | undefined) => string;
  alwaysShown: string;
  checkedOn: string;
  confirmed: string;
  unconfirmed: string;
  unreachable: string;
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
      'Wat je kunt zien of horen aan een jongere dat wijst op criminele uitbuiting. Elk signaal hoort bij één dimensie, heeft een sterkte en is direct of indirect bewijs.',
    acuteSignals: 'Acute signalen',
    acuteIntro:
      'Direct gevaar. Elk acuut signaal dat als "misschien" of "ja, duidelijk" is beantwoord, geeft het niveau "acuut gevaar": bel 112.',
    riskFactors: 'Risicofactoren',
    riskFactorsIntro:
      'Omstandigheden die een jongere kwetsbaar maken voor werving. Ze zijn geen bewijs van uitbuiting en veranderen de uitkomst nooit; ze kunnen wel advies toevoegen.',
    question: 'Vraag voor een professional',
    parentQuestion: 'Vraag voor een ouder (eenvoudige taal)',
    youthQuestion: 'Vraag aan een jongere (eenvoudige taal)',
    youthQuestionNote: 'Gesteld zodat "ja" (of "soms") betekent dat het signaal er is.',
    youthQuestionAboutNow: 'Deze vraag gaat over nu: de jongerencheck biedt geen "soms".',
    evidence: 'Soort bewijs',
    examples: 'Hoe dit eruit kan zien',
    dimension: 'Dimensie',
    facts: 'Kenmerken',
    strength: 'Sterkte',
    strengthSince: (since) => `sinds ${since}`,
    sources: 'Bronnen',
    sourceAbout: 'Wat deze bron onderbouwt',
    riskFactorNote:
      'Dit is een risicofactor: een omstandigheid, geen gedrag. Het verklaart waarom daders deze jongere kunnen benaderen, maar is nooit op zichzelf een aanwijzing voor uitbuiting.',
    acuteNote:
      'Dit is een acuut signaal: bij "misschien" of "ja, duidelijk" is het niveau altijd acuut gevaar. Bel 112.',
    legalElement: 'Juridisch element',
    id: 'Id',
    ruleNumber: (n) => `Regel ${n}`,
    rules: 'Regels en parameters',
    rulesIntro:
      'Hoe de waarnemingen tot een niveau leiden. Elke regel en elk getal komt uit de landelijke regelset, met de bron erbij. De gewichten, drempels en regelkeuzes zijn de eigen afstemming van Anders Kijken (`AK-CALIBRATION`): getoetst aan casusbeschrijvingen van deskundigen, nog niet gevalideerd in de praktijk. Deze pagina wordt bij elke build uit `@anders-kijken/core` gemaakt.',
    rule: 'Regel',
    condition: 'Voorwaarde',
    scoring: 'Hoe de score wordt berekend',
    scoringIntro:
      'Elk waargenomen signaal telt mee in zijn dimensie: het gewicht van zijn sterkte maal het aandeel van het antwoord. "Nee" en "weet ik niet" tellen niet mee. De getallen staan in de parameters hieronder.',
    scoringWeights: 'Gewicht per sterkte',
    scoringFactors: 'Aandeel van "ja, duidelijk" en "misschien"',
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
      'De vijf uitkomsten van een check, van laag naar hoog, met de stappen die elke doelgroep krijgt per leeftijdsgroep. Voor professionals volgen de stappen de meldcode en de regels van het beroepsgeheim. Een jongere ziet nooit de naam van een niveau, alleen waar hij of zij kan praten.',
    levelForParents: 'Voor ouders heet dit niveau',
    ageGroups: { child: 'Jonger dan 12', minor: '12 tot 18 (of leeftijd onbekend)', 'young-adult': '18 of ouder' },
    contactsShown: 'Contacten',
    triggered: 'Stappen die een waarneming toevoegt',
    triggeredIntro:
      'Deze stappen komen erbij zodra een bepaald signaal mogelijk of duidelijk is waargenomen, op elk niveau tenzij anders vermeld.',
    triggerWhen: 'Als waargenomen',
    triggerSuspect: 'als de jongere is aangehouden of verdachte is',
    replaces: (steps) => `Vervangt ${steps}: die stap staat er dan niet naast.`,
    onRoute: (route) => `Ook op de eigen route ${route}.`,
    forAudience: (audience) => `Voor ${audience}`,
    ruleHeading: (audience) => `Kop voor ${audience}`,
    ruleRoute: (route) => `Eigen route ${route}: alleen de stappen van die route worden getoond.`,
    rateFree: 'gratis',
    rateLocal: 'lokaal tarief',
    regionOf: (contact) => `Getoond als regio op het landelijke contact ${contact}, niet als eigen kaart.`,
    contactTriggered: 'Ook buiten die leeftijden getoond als waargenomen',
    triggerAges: (ages) => `leeftijd ${ages}`,
    triggerLevels: (levels) => `bij ${levels}`,
    leads: 'Staat bovenaan als deze waarneming het niveau alleen bepaalde.',
    meldcodeStep: (step) => `meldcode stap ${step}`,
    contacts: 'Contactgids',
    contactsIntro:
      'Waar je terecht kunt. 112 staat in elke uitkomst; andere landelijke contacten komen mee met de stappen die ze noemen, en alleen voor de leeftijden en doelgroepen die ze helpen. Lokale contacten alleen bij hun gemeente. Een contact wordt pas getoond als het bevestigd is en een telefoonnummer of website heeft. Telefoonnummers veranderen: elk contact zegt wanneer het is gecontroleerd.',
    national: 'Landelijk',
    local: (municipality) => `Lokaal: ${municipality}`,
    phone: 'Telefoon',
    website: 'Website',
    hours: 'Bereikbaar',
    purpose: 'Waarvoor',
    shownTo: 'Getoond aan',
    ages: 'Leeftijden',
    shownAtLevels: 'Getoond bij',
    agesRange: (min, max) =>
      min !== undefined && max !== undefined
        ? `${min} tot en met ${max} jaar`
        : min !== undefined
          ? `${min} jaar en ouder`
          : `tot en met ${max} jaar`,
    alwaysShown: 'Staat in elke uitkomst',
    checkedOn: 'Gecontroleerd op',
    confirmed: 'bevestigd',
    unconfirmed: 'nog niet bevestigd: wordt niet aan gebruikers getoond',
    unreachable: 'geen telefoonnummer of website bekend: wordt niet getoond tot de gemeente die invult',
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
      'What you can see or hear about a young person that points to criminal exploitation. Each signal belongs to one dimension, has a strength and is direct or indirect evidence.',
    acuteSignals: 'Acute signals',
    acuteIntro:
      'Immediate danger. Any acute signal observed as possible or clear gives the level "acute danger": call 112.',
    riskFactors: 'Risk factors',
    riskFactorsIntro:
      'Circumstances that make a young person vulnerable to recruitment. They are not evidence of exploitation and never change the outcome; they may add advice.',
    question: 'Question for a professional',
    parentQuestion: 'Question for a parent (plain language)',
    youthQuestion: 'Question for a young person (plain language)',
    youthQuestionNote: 'Asked so that "yes" (or "sometimes") means the signal is there.',
    youthQuestionAboutNow: 'This question is about now: the youth check offers no "sometimes".',
    evidence: 'Kind of evidence',
    examples: 'What this can look like',
    dimension: 'Dimension',
    facts: 'Facts',
    strength: 'Strength',
    strengthSince: (since) => `since ${since}`,
    sources: 'Sources',
    sourceAbout: 'What this source supports',
    riskFactorNote:
      'This is a risk factor: a circumstance, not behaviour. It explains why exploiters may approach this young person, but it is never on its own a sign of exploitation.',
    acuteNote: 'This is an acute signal: "possible" or "clear" always gives the level acute danger. Call 112.',
    legalElement: 'Legal element',
    id: 'Id',
    ruleNumber: (n) => `Rule ${n}`,
    rules: 'Rules and parameters',
    rulesIntro:
      'How observations lead to a level. Every rule and every number comes from the national ruleset, with its source. The weights, thresholds and rule choices are Anders Kijken’s own calibration (`AK-CALIBRATION`): checked against expert vignettes, not yet validated in practice. This page is generated from `@anders-kijken/core` at every build.',
    rule: 'Rule',
    condition: 'Condition',
    scoring: 'How the score is computed',
    scoringIntro:
      'Every observed signal counts in its dimension: the weight of its strength times the share of the answer. "No" and "don\'t know" count nothing. The numbers are in the parameters below.',
    scoringWeights: 'Weight per strength',
    scoringFactors: 'Share of "yes, clearly" and "possibly"',
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
      'The five outcomes of a check, from low to high, with the steps each audience gets per age group. For professionals the steps follow the meldcode and the rules of confidentiality. A young person never sees the name of a level, only where to talk.',
    levelForParents: 'For parents this level is called',
    ageGroups: { child: 'Under 12', minor: '12 to 17 (or age unknown)', 'young-adult': '18 or older' },
    contactsShown: 'Contacts',
    triggered: 'Steps an observation adds',
    triggeredIntro:
      'These steps are added as soon as a particular signal is observed as possible or clear, at any level unless stated otherwise.',
    triggerWhen: 'When observed',
    triggerSuspect: 'when the young person has been arrested or is a suspect',
    replaces: (steps) => `Replaces ${steps}: that step is then not shown beside it.`,
    onRoute: (route) => `Also on the route of its own ${route}.`,
    forAudience: (audience) => `For ${audience}`,
    ruleHeading: (audience) => `Heading for ${audience}`,
    ruleRoute: (route) => `Route of its own ${route}: only the steps of that route are shown.`,
    rateFree: 'free',
    rateLocal: 'local rate',
    regionOf: (contact) => `Shown as the region on the national contact ${contact}, not as a card of its own.`,
    contactTriggered: 'Also shown outside those ages when observed',
    triggerAges: (ages) => `age ${ages}`,
    triggerLevels: (levels) => `at ${levels}`,
    leads: 'Comes first when this observation alone decided the level.',
    meldcodeStep: (step) => `meldcode step ${step}`,
    contacts: 'Contact directory',
    contactsIntro:
      'Where to go. 112 is in every outcome; other national contacts come with the steps that name them, and only for the ages and audiences they serve. Local contacts only with their municipality. A contact is shown only when it is confirmed and has a phone number or a website. Phone numbers change: every contact says when it was checked.',
    national: 'National',
    local: (municipality) => `Local: ${municipality}`,
    phone: 'Phone',
    website: 'Website',
    hours: 'Available',
    purpose: 'What for',
    shownTo: 'Shown to',
    ages: 'Ages',
    shownAtLevels: 'Shown at',
    agesRange: (min, max) =>
      min !== undefined && max !== undefined
        ? `${min} to ${max} years`
        : min !== undefined
          ? `${min} years and older`
          : `up to ${max} years`,
    alwaysShown: 'In every outcome',
    checkedOn: 'Checked on',
    confirmed: 'confirmed',
    unconfirmed: 'not confirmed yet: never shown to users',
    unreachable: 'no phone number or website known: not shown until the municipality fills one in',
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
