import type { Contact, Municipality } from '../schema/contact.js';

/** When the contact details below were last checked against the domain brief's sources. */
const CHECKED_ON = '2026-12-01';
/** Contacts added or changed with model v2.1, checked against the brief of that date. */
const CHECKED_V21 = '2026-12-07';

const always24h = { nl: 'Dag en nacht, 7 dagen per week', en: 'Day and night, 7 days a week' };
const officeHours = { nl: 'Kantooruren', en: 'Office hours' };
const seeWebsite = { nl: 'Zie de website', en: 'See the website' };

/**
 * National contact points. They come with the next steps that name them, and only for the ages and
 * audiences they serve; 112 is in every result. The protected ones stay in every extended ruleset.
 */
export const contacts: Contact[] = [
  {
    id: 'emergency',
    scope: 'national',
    name: { nl: 'Alarmnummer 112', en: 'Emergency number 112' },
    phone: '112',
    hours: always24h,
    purpose: { nl: 'Bij direct gevaar', en: 'For immediate danger' },
    alwaysShown: true,
    confirmed: true,
    checkedOn: CHECKED_ON,
    protected: true,
  },
  {
    id: 'veilig-thuis',
    scope: 'national',
    name: { nl: 'Veilig Thuis', en: 'Veilig Thuis (Safe at Home)' },
    phone: '0800-2000',
    url: 'https://www.veiligthuis.nl',
    hours: always24h,
    purpose: {
      nl: 'Advies en hulp als je je zorgen maakt over de veiligheid van een kind, of over geweld in huis. Ook de plek waar professionals melden. Gratis, ook anoniem voor advies.',
      en: "Advice and help when you worry about a child's safety, or about violence at home. Also where professionals report. Free, and anonymous for advice.",
    },
    // For a young adult only when the exploiter is in the huiselijke kring: the same rule as the steps.
    ages: { max: 17 },
    triggers: [{ observed: { ids: ['recruit-close-circle'] } }],
    rate: 'free',
    confirmed: true,
    checkedOn: CHECKED_ON,
    sourceUrl: 'https://www.veiligthuis.nl',
    protected: true,
  },
  {
    id: 'police',
    scope: 'national',
    name: { nl: 'Politie (geen spoed)', en: 'Police (non-emergency)' },
    phone: '0900-8844',
    url: 'https://www.politie.nl',
    rate: 'local',
    hours: always24h,
    purpose: {
      nl: 'Aangifte en advies. Zeg dat je uitbuiting vermoedt en vraag naar het team mensenhandel.',
      en: 'Reports and advice. Say you suspect exploitation and ask for the human-trafficking team.',
    },
    confirmed: true,
    checkedOn: CHECKED_ON,
    sourceUrl: 'https://www.politie.nl',
    protected: true,
  },
  {
    id: 'meld-misdaad-anoniem',
    scope: 'national',
    name: { nl: 'Meld Misdaad Anoniem', en: 'Meld Misdaad Anoniem (report crime anonymously)' },
    phone: '0800-7000',
    url: 'https://www.meldmisdaadanoniem.nl',
    rate: 'free',
    // The phone hours are still to be checked (a second read gives weekdays 08–22, weekends 09–17);
    // the online form is always open.
    hours: {
      nl: 'Online dag en nacht; telefonisch: zie de website',
      en: 'Online day and night; by phone: see the website',
    },
    purpose: {
      nl: 'Anoniem tips geven over misdaad, ook over ronselaars. Je krijgt er geen hulp.',
      en: 'Anonymous tips about crime, including recruiters. It gives no help.',
    },
    confirmed: true,
    checkedOn: CHECKED_ON,
    sourceUrl: 'https://www.meldmisdaadanoniem.nl',
  },
  {
    id: 'kindertelefoon',
    scope: 'national',
    name: { nl: 'De Kindertelefoon', en: "De Kindertelefoon (children's helpline)" },
    phone: '0800-0432',
    url: 'https://www.kindertelefoon.nl',
    rate: 'free',
    reach: { nl: 'Bellen (gratis) of chatten op kindertelefoon.nl', en: 'Call (free) or chat on kindertelefoon.nl' },
    hours: { nl: 'Elke dag van 11.00 tot 21.00 uur', en: 'Every day from 11:00 to 21:00' },
    purpose: {
      nl: 'Voor kinderen en jongeren van 8 tot 18 jaar die anoniem met iemand willen praten',
      en: 'For children and young people aged 8 to 18 who want to talk to someone anonymously',
    },
    audiences: ['young-person'],
    ages: { min: 8, max: 17 },
    confirmed: true,
    checkedOn: CHECKED_ON,
    sourceUrl: 'https://www.kindertelefoon.nl',
    protected: true,
  },
  {
    id: '113',
    scope: 'national',
    name: { nl: '113 Zelfmoordpreventie', en: '113 Suicide Prevention' },
    phone: '113',
    url: 'https://www.113.nl',
    rate: 'free',
    reach: {
      nl: 'Bel 113 of 0800-0113 (gratis), of chat op 113.nl',
      en: 'Call 113 or 0800-0113 (free), or chat on 113.nl',
    },
    hours: always24h,
    purpose: {
      nl: 'Bij gedachten aan zelfmoord, en als je je zorgen maakt om iemand',
      en: 'For thoughts of suicide, and if you are worried about someone',
    },
    confirmed: true,
    checkedOn: CHECKED_ON,
    sourceUrl: 'https://www.113.nl',
    protected: true,
  },
  {
    id: 'comensha',
    scope: 'national',
    name: { nl: 'CoMensha', en: 'CoMensha' },
    phone: '033 448 11 86',
    url: 'https://www.comensha.nl',
    hours: { nl: 'Maandag tot en met vrijdag, 9.00 tot 17.00 uur', en: 'Monday to Friday, 09:00 to 17:00' },
    purpose: {
      nl: 'Landelijk coördinatiecentrum tegen mensenhandel: registratie en ondersteuning van slachtoffers; vindt de zorgcoördinator in de regio',
      en: 'National coordination centre against human trafficking: registration and support of victims; finds the regional care coordinator',
    },
    audiences: ['professional', 'parent'],
    // About young adults: for a minor, Veilig Thuis is the advice and reporting point.
    ages: { min: 18 },
    confirmed: true,
    checkedOn: CHECKED_ON,
    sourceUrl: 'https://www.comensha.nl',
  },
  {
    id: 'ckm',
    scope: 'national',
    name: {
      nl: 'Centrum tegen Kinderhandel en Mensenhandel (CKM)',
      en: 'Centre against Child Trafficking and Human Trafficking (CKM)',
    },
    hours: officeHours,
    purpose: {
      nl: 'Kennis en advies voor professionals over kinderhandel en criminele uitbuiting; onderdeel van Fier',
      en: 'Expertise and advice for professionals on child trafficking and criminal exploitation; part of Fier',
    },
    audiences: ['professional'],
    // The brief names CKM but asks to check its current website (kinderhandel.nl or hetckm.nl) first.
    confirmed: false,
    checkedOn: CHECKED_ON,
  },
  {
    id: 'keerpunt',
    scope: 'national',
    name: { nl: 'Keerpunt (Fier / CKM)', en: 'Keerpunt (Fier / CKM)' },
    reach: { nl: 'Anonieme chat over criminele uitbuiting', en: 'Anonymous chat about criminal exploitation' },
    hours: seeWebsite,
    purpose: {
      nl: 'Voor jongeren, jongvolwassenen, ouders en naasten die vragen hebben over criminele uitbuiting',
      en: 'For young people, young adults, parents and relatives with questions about criminal exploitation',
    },
    // The chat address (keerpunt.chat) is still to be checked against official material.
    confirmed: false,
    checkedOn: CHECKED_ON,
  },
  {
    id: 'fier',
    scope: 'national',
    name: { nl: 'Fier', en: 'Fier' },
    url: 'https://www.fier.nl',
    reach: { nl: 'Chat op fier.nl', en: 'Chat on fier.nl' },
    hours: seeWebsite,
    purpose: {
      nl: 'Hulp voor jongeren en jongvolwassenen die te maken hebben met geweld of uitbuiting, ook door iemand van wie ze afhankelijk zijn',
      en: 'Help for young people and young adults facing violence or exploitation, also by someone they depend on',
    },
    confirmed: true,
    checkedOn: CHECKED_ON,
    sourceUrl: 'https://www.fier.nl',
  },
  {
    id: 'helpwanted',
    scope: 'national',
    name: { nl: 'Helpwanted', en: 'Helpwanted' },
    url: 'https://www.helpwanted.nl',
    reach: { nl: 'Chat of formulier op helpwanted.nl', en: 'Chat or form on helpwanted.nl' },
    hours: seeWebsite,
    purpose: {
      nl: 'Hulp bij online seksueel misbruik en sextortion: beelden offline laten halen en advies',
      en: 'Help with online sexual abuse and sextortion: getting images taken down, and advice',
    },
    confirmed: true,
    checkedOn: CHECKED_ON,
    sourceUrl: 'https://www.helpwanted.nl',
  },
  {
    id: 'slachtofferhulp',
    scope: 'national',
    name: { nl: 'Slachtofferhulp Nederland', en: 'Slachtofferhulp Nederland (Victim Support Netherlands)' },
    phone: '0900-0101',
    url: 'https://www.slachtofferhulp.nl',
    rate: 'local',
    hours: seeWebsite,
    purpose: {
      nl: 'Praktische, juridische en emotionele steun voor slachtoffers van misdrijven',
      en: 'Practical, legal and emotional support for victims of crime',
    },
    // Model v2.1: the number slachtofferhulp.nl and politie.nl give.
    confirmed: true,
    checkedOn: CHECKED_V21,
    sourceUrl: 'https://www.slachtofferhulp.nl',
  },
  {
    id: 'fraudehelpdesk',
    scope: 'national',
    name: { nl: 'Fraudehelpdesk', en: 'Fraudehelpdesk (fraud helpdesk)' },
    url: 'https://www.fraudehelpdesk.nl',
    // The phone number (a second read gives 088-786 73 72, workdays 09–17) is still to be checked:
    // the website alone is shown until then.
    hours: seeWebsite,
    purpose: {
      nl: 'Advies na fraude, ook als anderen je bankrekening of bankpas hebben gebruikt',
      en: 'Advice after fraud, also when others have used your bank account or card',
    },
    confirmed: true,
    checkedOn: CHECKED_V21,
    sourceUrl: 'https://www.fraudehelpdesk.nl',
  },
  {
    id: 'centrum-seksueel-geweld',
    scope: 'national',
    name: { nl: 'Centrum Seksueel Geweld', en: 'Centrum Seksueel Geweld (Sexual Assault Centre)' },
    phone: '0800-0188',
    url: 'https://www.centrumseksueelgeweld.nl',
    rate: 'free',
    reach: { nl: 'Bellen (gratis) of chatten', en: 'Call (free) or chat' },
    hours: always24h,
    purpose: {
      nl: 'Hulp na seksueel geweld, ook bij seksuele uitbuiting',
      en: 'Help after sexual violence, including sexual exploitation',
    },
    // The brief asks to check the number and site against the official site before marking it
    // confirmed; until then it is not shown.
    confirmed: false,
    checkedOn: CHECKED_V21,
  },
  // Local contacts named in the seed documents. A municipality fills in how to reach them.
  {
    id: 'den-haag-shop-jeugd',
    scope: 'local',
    municipality: 'den-haag',
    name: { nl: 'SHOP Jeugd', en: 'SHOP Jeugd (youth team of SHOP)' },
    reach: {
      nl: 'Inloopspreekuur voor jongeren, ouders en professionals',
      en: 'Walk-in hours for young people, parents and professionals',
    },
    hours: { nl: 'Inloopspreekuur; tijden bij de gemeente', en: 'Walk-in hours; times from the municipality' },
    purpose: {
      nl: 'Expertise- en aanspreekpunt voor (vermoedelijke) jonge slachtoffers van mensenhandel; geen wettelijk meldpunt',
      en: 'Expertise and contact point for (presumed) young victims of trafficking; not a statutory reporting point',
    },
    // Named by DH-2022, but no phone or website is known. Model v2.1: a contact without a way to
    // reach it is never confirmed; Den Haag confirms it when it fills them in.
    confirmed: false,
    checkedOn: CHECKED_ON,
  },
  {
    id: 'den-haag-veilig-thuis-haaglanden',
    scope: 'local',
    municipality: 'den-haag',
    name: { nl: 'Veilig Thuis Haaglanden', en: 'Veilig Thuis Haaglanden' },
    phone: '0800-2000',
    reach: {
      nl: 'Het landelijke nummer 0800-2000 verbindt door naar de regio',
      en: 'The national number 0800-2000 routes to the region',
    },
    hours: always24h,
    purpose: { nl: 'Regionaal Veilig Thuis voor Den Haag', en: 'Regional Veilig Thuis for The Hague' },
    // One entry per number: shown as the region on the national Veilig Thuis entry.
    regionOf: 'veilig-thuis',
    confirmed: true,
    checkedOn: CHECKED_ON,
  },
  {
    id: 'maastricht-zorg-en-veiligheidshuis',
    scope: 'local',
    municipality: 'maastricht',
    name: { nl: 'Zorg- en Veiligheidshuis', en: 'Zorg- en Veiligheidshuis (Safety House)' },
    hours: officeHours,
    purpose: {
      nl: 'Partner in de integrale aanpak van de gemeente',
      en: "Partner in the municipality's integrated approach",
    },
    audiences: ['professional'],
    // MST-2022 names the partner only, not the region or how to reach it: not shown until filled in.
    confirmed: false,
    checkedOn: CHECKED_ON,
  },
  {
    id: 'maastricht-veilig-thuis-zuid-limburg',
    scope: 'local',
    municipality: 'maastricht',
    name: { nl: 'Veilig Thuis Zuid-Limburg', en: 'Veilig Thuis South Limburg' },
    phone: '0800-2000',
    reach: {
      nl: 'Het landelijke nummer 0800-2000 verbindt door naar de regio',
      en: 'The national number 0800-2000 routes to the region',
    },
    hours: always24h,
    purpose: { nl: 'Regionaal Veilig Thuis voor Maastricht', en: 'Regional Veilig Thuis for Maastricht' },
    regionOf: 'veilig-thuis',
    confirmed: true,
    checkedOn: CHECKED_ON,
  },
];

/** Municipalities with a local referral directory in the national ruleset. */
export const municipalities: Municipality[] = [
  { id: 'den-haag', name: 'Den Haag', sourceIds: ['DH-2022'] },
  { id: 'maastricht', name: 'Maastricht', sourceIds: ['MST-2022'] },
];
