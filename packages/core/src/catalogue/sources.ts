import type { Source } from '../schema/source.js';

/** The publications the catalogue cites. Ids are stable: never change what an id points to. */
export const sources: Source[] = [
  {
    id: 'CKM-2022',
    title:
      'Kijken met andere ogen. Een landelijke verkenning naar criminele uitbuiting in dertien (middel)grote gemeenten in Nederland',
    publisher: 'T.L.M. Leito, S.R. van Bemmel, F. Noteboom; Centrum tegen Kinderhandel en Mensenhandel',
    year: 2022,
    about: {
      nl: 'Omvang (ongeveer 2.500 vermoedelijke slachtoffers in twee jaar in 13 gemeenten), leeftijden (vooral 13–17), plekken van werving, vormen, en de overlap met seksuele uitbuiting.',
      en: 'Scale (about 2,500 presumed victims in two years in 13 municipalities), ages (mostly 13–17), recruitment places, forms, and the overlap with sexual exploitation.',
    },
  },
  {
    id: 'JENV-2022',
    title: 'Antwoorden op Kamervragen over het rapport van CKM over criminele uitbuiting (2022Z13753)',
    publisher: 'Minister van Justitie en Veiligheid',
    year: 2022,
    about: {
      nl: 'Haaldelict, overlap tussen slachtoffer en dader, LVB en schulden, voorbeelden (op de uitkijk staan, pakketjes, vals geld, dwang met naaktbeelden), de BUIT-toolkit en de Britse aanpak.',
      en: 'Hidden crime that must be sought out, victim/offender overlap, mild intellectual disability and debts, examples (lookout, packages, counterfeit notes, coercion with nude images), the BUIT toolkit and the UK approach.',
    },
  },
  {
    id: 'DH-2022',
    title: 'Beantwoording raadsvragen over criminele uitbuiting',
    publisher: 'College van B&W Den Haag',
    year: 2022,
    about: {
      nl: 'Plekken van werving, gecombineerde criminele en seksuele uitbuiting, hennep-, vermogens- en drugsdelicten, SHOP Jeugd als meldpunt, wensen (handelingskader, beter signaleren).',
      en: 'Recruitment places, combined criminal and sexual exploitation, cannabis, property and drug crimes, SHOP Jeugd as contact point, wishes (a framework for action, better signalling).',
    },
  },
  {
    id: 'MST-2022',
    title: 'Beantwoording schriftelijke vragen over criminele uitbuiting van kinderen (kenmerk 2022.13254)',
    publisher: 'College van B&W Maastricht',
    year: 2022,
    about: {
      nl: 'Integrale aanpak, risicofactoren en informatiepositie, partners (Zorg- en Veiligheidshuis, RIEC Limburg).',
      en: 'Integrated approach, risk factors and information position, partners (Safety House, RIEC Limburg).',
    },
  },
  {
    id: 'MST-ORIG',
    title: 'Schriftelijke vragen aan het college van Maastricht over criminele uitbuiting van kinderen',
    publisher: 'Fractie M:OED, gemeenteraad Maastricht',
    year: 2022,
    about: {
      nl: 'Plekken waar daders zich op kwetsbare kinderen richten: scholen in kwetsbare wijken, praktijkonderwijs, zorg en begeleid wonen.',
      en: 'Places where perpetrators target vulnerable children: schools in vulnerable neighbourhoods, practical education, care and supported living.',
    },
  },
  {
    id: 'WODC-2016',
    title:
      'Brief aan de Tweede Kamer over het WODC-onderzoek "Uitbuiting van minderjarigen in de criminaliteit in Nederland" (Universiteit Utrecht)',
    publisher: 'Minister van Veiligheid en Justitie',
    year: 2016,
    about: {
      nl: 'Beperkte kennis en signalering, onderrapportage, weglopen uit opvang, en de noodzaak van integrale samenwerking tussen zorg en veiligheid.',
      en: 'Limited knowledge and signalling, under-reporting, running away from shelters, and the need for integrated care–safety cooperation.',
    },
  },
  {
    id: 'SR-273F',
    title: 'Wetboek van Strafrecht, artikel 273f (mensenhandel)',
    publisher: 'Staten-Generaal',
    year: 2013,
    url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0001854&artikel=273f',
    about: {
      nl: 'Handeling, middel (waaronder misbruik van een kwetsbare positie) en oogmerk van uitbuiting; voor minderjarigen is geen middel nodig; uitbuiting omvat sinds 2013 ook criminele activiteiten. Het artikel geldt sinds 2005. Het wetsvoorstel dat het artikel moderniseert (Kamerstukken 36 547) is hier niet gecontroleerd: controleer de stand voordat je het aanhaalt.',
      en: 'Act, means (including abuse of a vulnerable position) and purpose of exploitation; no means is required for minors; since 2013 exploitation includes criminal activities. The article has been in force since 2005. The bill modernising it (Kamerstukken 36 547) was not checked here: check its status before citing it.',
    },
  },
  {
    id: 'PALERMO',
    title: 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, article 3',
    publisher: 'United Nations',
    year: 2000,
    about: {
      nl: 'Dezelfde drie elementen als art. 273f; bij kinderen is geen middel nodig.',
      en: 'The same three elements as art. 273f; children need no means.',
    },
  },
  {
    id: 'ILO-2009',
    title: 'Operational indicators of trafficking in human beings',
    publisher: 'International Labour Organization and European Commission',
    year: 2009,
    about: {
      nl: 'Indicatoren per dimensie, ingedeeld als sterk, middel of zwak (Delphi-onderzoek), en een andere combinatieregel voor kinderen dan voor volwassenen. De ILO geeft geen gewichten of drempels: die zijn van Anders Kijken zelf (AK-CALIBRATION).',
      en: "Indicators per dimension graded strong, medium or weak (Delphi survey), and a different combination rule for children than for adults. The ILO gives no weights or thresholds: those are Anders Kijken's own (AK-CALIBRATION).",
    },
  },
  {
    id: 'HO-CL',
    title: 'Criminal exploitation of children and vulnerable adults: county lines',
    publisher: 'UK Home Office',
    year: 2018,
    url: 'https://www.gov.uk/government/publications/criminal-exploitation-of-children-and-vulnerable-adults-county-lines',
    about: {
      nl: 'Waarschuwingssignalen per domein: vermissing, buiten de eigen regio, onverklaarbaar geld en telefoons, oudere contacten.',
      en: 'Warning signs by domain: missing episodes, out-of-area, unexplained money and phones, older contacts.',
    },
  },
  {
    id: 'CSE-IT',
    title: 'Commercial Sexual Exploitation – Identification Tool (CSE-IT)',
    publisher: "WestCoast Children's Clinic",
    year: 2018,
    about: {
      nl: 'Scoring per indicator op drie punten (geen, mogelijke, duidelijke zorg), gecombineerd tot een zorgniveau, gevalideerd op grote groepen.',
      en: 'Three-point scoring per indicator (no, possible, clear concern), combined into a concern level, validated on large samples.',
    },
  },
  {
    id: 'MELDCODE',
    title: 'Meldcode huiselijk geweld en kindermishandeling, met afwegingskader',
    publisher: 'Rijksoverheid',
    year: 2019,
    url: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/meldcode',
    about: {
      nl: 'De vijf stappen en de twee beslissingen van stap 5; Veilig Thuis als meldpunt.',
      en: 'The five steps and the two decisions of step 5; Veilig Thuis as the reporting point.',
    },
  },
  {
    id: 'WMO-2015',
    title: 'Wet maatschappelijke ondersteuning 2015, artikel 5.2.6 (meldrecht)',
    publisher: 'Staten-Generaal',
    year: 2015,
    url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0035362&artikel=5.2.6',
    about: {
      nl: 'Het meldrecht bij Veilig Thuis: een professional met een beroepsgeheim mag zonder toestemming melden bij Veilig Thuis.',
      en: 'The right to report to Veilig Thuis: a professional with a duty of confidentiality may report to Veilig Thuis without consent.',
    },
  },
  {
    id: '113-SUICIDE',
    title:
      '113 Zelfmoordpreventie (113.nl) en de Multidisciplinaire richtlijn diagnostiek en behandeling van suïcidaal gedrag',
    publisher: '113 Zelfmoordpreventie; Nederlandse Vereniging voor Psychiatrie e.a.',
    year: 2012,
    url: 'https://www.113.nl/',
    about: {
      nl: 'Wat je doet als iemand over zelfmoord praat: ernaar vragen, erbij blijven, 113 (112 bij direct gevaar), de huisarts of crisisdienst erbij halen. De richtlijn van 2012 is sindsdien herzien als module van de GGZ Standaarden.',
      en: 'What to do when someone talks about suicide: ask about it, stay, 113 (112 in immediate danger), involve the GP or crisis service. The 2012 guideline has since been revised as a module of the GGZ Standaarden.',
    },
  },
  {
    id: 'HELPWANTED',
    title: 'Helpwanted: hulp bij online seksueel misbruik en sextortion',
    publisher: 'Offlimits',
    year: 2024,
    url: 'https://www.helpwanted.nl/',
    about: {
      nl: 'Hulp bij online seksueel misbruik en sextortion: beelden laten verwijderen, niet betalen, bewijs bewaren zonder de beelden te delen.',
      en: 'Help with online sexual abuse and sextortion: getting images removed, not paying, keeping evidence without sharing the images.',
    },
  },
  {
    id: 'EU-2024-1712',
    title: 'Richtlijn (EU) 2024/1712 tot wijziging van Richtlijn 2011/36/EU inzake mensenhandel',
    publisher: 'Europees Parlement en Raad van de Europese Unie',
    year: 2024,
    url: 'https://eur-lex.europa.eu/eli/dir/2024/1712/oj',
    about: {
      nl: 'De Europese definitie van mensenhandel en de rechten van slachtoffers; uiterlijk juli 2026 in nationaal recht.',
      en: "The EU definition of trafficking in human beings and victims' rights; to be in national law by July 2026.",
    },
  },
  {
    id: 'AK-CALIBRATION',
    title: 'Methodology, model v2.1 (docs/methodology.md)',
    publisher: 'Anders Kijken',
    year: 2026,
    about: {
      nl: 'De eigen gewichten, drempels en regelkeuzes van Anders Kijken, en signalen waarvoor hier geen andere bron is. Afgestemd op casusbeschrijvingen van deskundigen; nog niet gevalideerd in de praktijk.',
      en: "Anders Kijken's own weights, thresholds and rule choices, and signals without another source here. Calibrated on expert vignettes; not yet validated in practice.",
    },
  },
];
