import type { RiskFactor } from '../schema/signal.js';

/**
 * Circumstances that make a young person a target. They explain why someone may be approached and
 * shape the advice, but they are never evidence of exploitation and never change the level.
 */
export const riskFactors: RiskFactor[] = [
  {
    id: 'risk-intellectual-disability',
    kind: 'risk-factor',
    dimension: 'vulnerability',
    texts: {
      label: {
        nl: 'Jongere met een licht verstandelijke beperking (LVB)',
        en: 'Young person with a mild intellectual disability',
      },
      question: {
        nl: 'Heeft de jongere een licht verstandelijke beperking (LVB)?',
        en: 'Does the young person have a mild intellectual disability?',
      },
      examples: [
        {
          nl: 'Heeft een vastgestelde licht verstandelijke beperking en kan een truc of een valse belofte daardoor moeilijker doorzien.',
          en: 'Has a diagnosed mild intellectual disability and may therefore find it harder to see through a trick or a false promise.',
        },
        {
          nl: 'Krijgt begeleiding of zorg voor mensen met een licht verstandelijke beperking.',
          en: 'Receives support or care for people with a mild intellectual disability.',
        },
      ],
      parentQuestion: {
        nl: 'Heeft je kind een licht verstandelijke beperking (LVB)?',
        en: 'Does your child have a mild intellectual disability?',
      },
    },
    sourceIds: ['JENV-2022'],
  },
  {
    id: 'risk-debts',
    kind: 'risk-factor',
    dimension: 'vulnerability',
    texts: {
      label: { nl: 'Schulden van de jongere of het gezin', en: 'Debts of the young person or the family' },
      question: {
        nl: 'Heeft de jongere of het gezin schulden?',
        en: 'Does the young person or the family have debts?',
      },
      examples: [
        { nl: 'Het gezin zit in de schuldhulpverlening.', en: 'The family is in debt counselling.' },
        {
          nl: 'De jongere heeft openstaande boetes of een telefoonschuld.',
          en: 'The young person has unpaid fines or a phone debt.',
        },
      ],
    },
    sourceIds: ['JENV-2022'],
  },
  {
    id: 'risk-residential-care',
    kind: 'risk-factor',
    dimension: 'vulnerability',
    texts: {
      label: {
        nl: 'Woont in jeugdzorg, begeleid wonen of pleegzorg',
        en: 'Lives in residential care, supported living or foster care',
      },
      question: {
        nl: 'Woont de jongere in een residentiële jeugdzorginstelling, begeleid wonen of een pleeggezin?',
        en: 'Does the young person live in residential youth care, supported living or foster care?',
      },
      examples: [
        { nl: 'Woont op een open of gesloten groep.', en: 'Lives in an open or secure care group.' },
        { nl: 'Woont sinds kort in een pleeggezin.', en: 'Recently moved into a foster family.' },
      ],
      parentQuestion: {
        nl: 'Woont je kind in een jeugdzorginstelling, begeleid wonen of een pleeggezin?',
        en: 'Does your child live in residential youth care, supported living or a foster family?',
      },
    },
    sourceIds: ['MST-ORIG', 'WODC-2016'],
  },
  {
    id: 'risk-out-of-school',
    kind: 'risk-factor',
    dimension: 'vulnerability',
    texts: {
      label: { nl: 'Niet op school of aan het werk', en: 'Not in school or work' },
      question: {
        nl: 'Zit de jongere niet op school of aan het werk, is hij of zij geschorst, verwijderd of uitgevallen?',
        en: 'Is the young person out of school or work, suspended, excluded or dropped out?',
      },
      examples: [
        { nl: 'Is al maanden thuiszitter.', en: 'Has been out of school for months.' },
        { nl: 'Is van school gestuurd en heeft nog geen nieuwe plek.', en: 'Was expelled and has no new school yet.' },
      ],
      parentQuestion: {
        nl: 'Zit je kind thuis zonder school of werk, of is het geschorst of van school gestuurd?',
        en: 'Is your child at home without school or work, or suspended or expelled?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'risk-targeted-setting',
    kind: 'risk-factor',
    dimension: 'vulnerability',
    texts: {
      label: { nl: 'Komt op plekken waar ronselaars actief zijn', en: 'Spends time where recruiters are active' },
      question: {
        nl: 'Komt de jongere op plekken waar bekend is dat ronselaars actief zijn: hangplekken, bepaalde scholen of zorglocaties, open drugshandel?',
        en: 'Does the young person spend time where recruiters are known to be active: hangouts, certain schools or care locations, open drug trade?',
      },
      examples: [
        { nl: 'Hangt rond bij een plek waar openlijk wordt gedeald.', en: 'Hangs out where drugs are dealt openly.' },
        {
          nl: 'Verblijft op een zorglocatie waar eerder jongeren zijn benaderd voor klussen.',
          en: 'Stays at a care location where young people were approached for jobs before.',
        },
      ],
      parentQuestion: {
        nl: 'Komt je kind op plekken waar bekend is dat jongeren worden benaderd voor klussen of waar drugs worden verkocht?',
        en: 'Does your child spend time where young people are known to be approached for jobs, or where drugs are sold?',
      },
    },
    sourceIds: ['MST-ORIG'],
  },
  {
    id: 'risk-family-problems',
    kind: 'risk-factor',
    dimension: 'vulnerability',
    texts: {
      label: { nl: 'Ernstige problemen in het gezin', en: 'Serious family problems' },
      question: {
        nl: 'Zijn er ernstige problemen in het gezin: huiselijk geweld, verwaarlozing, verslaving, veel problemen tegelijk?',
        en: 'Are there serious family problems: domestic violence, neglect, addiction, many problems at once?',
      },
      examples: [
        { nl: 'Er is huiselijk geweld bekend bij Veilig Thuis.', en: 'Domestic violence is known to Veilig Thuis.' },
        {
          nl: 'Een ouder is verslaafd en er is weinig toezicht.',
          en: 'A parent is addicted and there is little supervision.',
        },
      ],
    },
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'risk-mental-health',
    kind: 'risk-factor',
    dimension: 'vulnerability',
    texts: {
      label: { nl: 'Psychische problemen of trauma', en: 'Mental health problems or trauma' },
      question: {
        nl: 'Heeft de jongere psychische problemen, of heeft hij of zij iets ingrijpends meegemaakt?',
        en: 'Does the young person have mental health problems, or have they been through something traumatic?',
      },
      examples: [
        { nl: 'Is in behandeling bij de GGZ.', en: 'Is in mental health treatment.' },
        { nl: 'Heeft na een ingrijpende gebeurtenis veel klachten.', en: 'Has many symptoms after a traumatic event.' },
      ],
      parentQuestion: {
        nl: 'Heeft je kind psychische problemen, of heeft het iets ingrijpends meegemaakt?',
        en: 'Does your child have mental health problems, or have they been through something traumatic?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'risk-earlier-victimisation',
    kind: 'risk-factor',
    dimension: 'vulnerability',
    texts: {
      label: { nl: 'Eerder slachtoffer van misbruik of geweld', en: 'Earlier victim of abuse or violence' },
      question: {
        nl: 'Is de jongere eerder slachtoffer geweest van misbruik, geweld of uitbuiting?',
        en: 'Has the young person been a victim of abuse, violence or exploitation before?',
      },
      examples: [
        { nl: 'Er is eerder seksueel misbruik gemeld.', en: 'Sexual abuse was reported before.' },
        { nl: 'Was eerder betrokken bij een zaak van uitbuiting.', en: 'Was involved in an exploitation case before.' },
      ],
      parentQuestion: {
        nl: 'Is je kind eerder slachtoffer geweest van geweld, misbruik of uitbuiting?',
        en: 'Has your child been a victim of violence, abuse or exploitation before?',
      },
    },
    sourceIds: ['CSE-IT'],
  },
  {
    id: 'risk-peers-involved',
    kind: 'risk-factor',
    dimension: 'vulnerability',
    texts: {
      label: { nl: 'Broers, zussen of vrienden in de criminaliteit', en: 'Siblings or friends involved in crime' },
      question: {
        nl: 'Zijn broers, zussen of vrienden van de jongere betrokken bij criminaliteit?',
        en: 'Are siblings or friends of the young person involved in crime?',
      },
      examples: [
        { nl: 'Een oudere broer zit vast voor drugshandel.', en: 'An older brother is in prison for drug dealing.' },
        { nl: 'Vrienden zijn eerder opgepakt voor overvallen.', en: 'Friends were arrested for robberies before.' },
      ],
      parentQuestion: {
        nl: 'Zijn broers, zussen of vrienden van je kind betrokken bij criminaliteit?',
        en: 'Are siblings or friends of your child involved in crime?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'risk-poverty',
    kind: 'risk-factor',
    dimension: 'vulnerability',
    texts: {
      label: { nl: 'Armoede of weinig perspectief', en: 'Poverty or lack of prospects' },
      question: {
        nl: 'Leeft de jongere in armoede, of ziet hij of zij weinig perspectief?',
        en: 'Does the young person live in poverty, or see few prospects?',
      },
      examples: [
        {
          nl: 'Het gezin kan geen sport, kleding of schoolreis betalen.',
          en: 'The family cannot pay for sports, clothes or school trips.',
        },
        {
          nl: 'Zegt dat "er voor mij toch niets te halen is".',
          en: 'Says "there\'s nothing out there for me anyway".',
        },
      ],
    },
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'risk-isolation',
    kind: 'risk-factor',
    dimension: 'vulnerability',
    texts: {
      label: { nl: 'Weinig vertrouwde volwassenen, eenzaam', en: 'Few trusted adults, lonely' },
      question: {
        nl: 'Heeft de jongere weinig volwassenen die hij of zij vertrouwt?',
        en: 'Does the young person have few adults they trust?',
      },
      examples: [
        { nl: 'Heeft niemand om mee te praten als het misgaat.', en: 'Has nobody to talk to when things go wrong.' },
        {
          nl: 'Zoekt erkenning bij wie hem of haar aandacht geeft.',
          en: 'Looks for recognition from whoever pays attention.',
        },
      ],
      parentQuestion: {
        nl: 'Heeft je kind weinig volwassenen die het vertrouwt?',
        en: 'Does your child have few adults they trust?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'risk-unaccompanied-minor',
    kind: 'risk-factor',
    dimension: 'vulnerability',
    texts: {
      label: {
        nl: 'Alleenstaande minderjarige vreemdeling of onzeker verblijf',
        en: 'Unaccompanied migrant minor or insecure residence',
      },
      question: {
        nl: 'Is de jongere een alleenstaande minderjarige vreemdeling, of is zijn of haar verblijfsstatus onzeker?',
        en: 'Is the young person an unaccompanied migrant minor, or is their residence status insecure?',
      },
      examples: [
        {
          nl: 'Woont in een opvang voor alleenstaande minderjarigen.',
          en: 'Lives in a shelter for unaccompanied minors.',
        },
        {
          nl: 'Heeft geen geldige papieren en durft geen hulp te vragen.',
          en: 'Has no valid papers and is afraid to ask for help.',
        },
      ],
    },
    sourceIds: ['WODC-2016'],
  },
];
