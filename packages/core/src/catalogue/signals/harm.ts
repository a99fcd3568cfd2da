import type { Signal } from '../../schema/signal.js';
import { strength } from '../edition.js';

/** Exploitative conditions and harm: indirect evidence that something is wrong. */
export const harmSignals: Signal[] = [
  {
    id: 'harm-missing',
    kind: 'signal',
    dimension: 'harm',
    strength: strength('strong', ['HO-CL', 'WODC-2016']),
    texts: {
      label: { nl: 'Raakt herhaaldelijk vermist of loopt weg', en: 'Repeatedly goes missing or runs away' },
      question: {
        nl: 'Raakt de jongere herhaaldelijk vermist, of loopt hij of zij weg van huis of uit de zorg?',
        en: 'Does the young person repeatedly go missing, or run away from home or care?',
      },
      examples: [
        {
          nl: 'Is meerdere keren in korte tijd weggelopen uit de groep.',
          en: 'Has run away from the care home several times in a short period.',
        },
        {
          nl: 'Blijft een nacht of langer weg en wil niet zeggen waar hij of zij was.',
          en: 'Stays away for a night or longer and will not say where.',
        },
      ],
    },
    sourceIds: ['HO-CL', 'WODC-2016'],
  },
  {
    id: 'harm-out-of-area',
    kind: 'signal',
    dimension: 'harm',
    strength: strength('strong', ['HO-CL']),
    texts: {
      label: { nl: 'Aangetroffen in een andere plaats', en: 'Found in another town' },
      question: {
        nl: 'Is de jongere zonder verklaring aangetroffen in een andere stad of regio, of heeft hij of zij reistickets die niet te verklaren zijn?',
        en: 'Has the young person been found in another town or region with no explanation, or have unexplained travel tickets?',
      },
      examples: [
        {
          nl: 'Wordt door de politie gevonden in een stad 150 km verderop.',
          en: 'Is found by police in a town 150 km away.',
        },
        {
          nl: 'Heeft treinkaartjes of OV-reizen naar plaatsen waar hij of zij niemand kent.',
          en: 'Has train tickets or public transport trips to places where they know nobody.',
        },
      ],
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'harm-nights-away',
    kind: 'signal',
    dimension: 'harm',
    strength: strength('medium', ['HO-CL']),
    texts: {
      label: { nl: 'Laat op straat of slaapt niet thuis', en: 'Out late or not sleeping at home' },
      question: {
        nl: 'Is de jongere laat in de nacht op straat, of slaapt hij of zij niet thuis?',
        en: 'Is the young person out late at night, or not sleeping at home?',
      },
      examples: [
        { nl: 'Komt regelmatig pas na middernacht thuis.', en: 'Often comes home only after midnight.' },
        {
          nl: 'Slaapt "bij vrienden" die ouders niet kennen.',
          en: 'Sleeps "at friends\'" whom the parents do not know.',
        },
      ],
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'harm-injuries',
    kind: 'signal',
    dimension: 'harm',
    strength: strength('medium', ['HO-CL']),
    texts: {
      label: { nl: 'Onverklaarde verwondingen', en: 'Unexplained injuries' },
      question: {
        nl: 'Heeft de jongere verwondingen die niet of niet goed worden uitgelegd?',
        en: 'Does the young person have injuries that are not, or not convincingly, explained?',
      },
      examples: [
        {
          nl: 'Blauwe plekken of snijwonden, met een verhaal dat niet klopt.',
          en: 'Bruises or cuts, with a story that does not add up.',
        },
        {
          nl: 'Draagt lange mouwen of capuchon om iets te verbergen.',
          en: 'Wears long sleeves or a hood to hide something.',
        },
      ],
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'harm-sexual-exploitation',
    kind: 'signal',
    dimension: 'harm',
    strength: strength('strong', ['CSE-IT', 'ILO-2009']),
    texts: {
      label: { nl: 'Ook tekenen van seksuele uitbuiting', en: 'Signs of sexual exploitation as well' },
      question: {
        nl: 'Zijn er ook tekenen van seksuele uitbuiting: seks tegen betaling, onderdak of spullen, of seks onder druk?',
        en: 'Are there also signs of sexual exploitation: sex in exchange for money, shelter or goods, or sex under pressure?',
      },
      examples: [
        { nl: 'Gaat met volwassenen mee naar hotels of feesten.', en: 'Goes with adults to hotels or parties.' },
        { nl: 'Moet "vrienden van de groep" ontmoeten.', en: 'Has to "meet friends of the group".' },
      ],
    },
    sourceIds: ['DH-2022', 'JENV-2022', 'CSE-IT'],
  },
  {
    id: 'harm-little-reward',
    kind: 'signal',
    dimension: 'harm',
    strength: strength('medium', ['ILO-2009']),
    texts: {
      label: { nl: 'Werkt voor weinig of niets', en: 'Works for little or nothing' },
      question: {
        nl: 'Werkt de jongere voor weinig of niets, terwijl de opbrengst naar anderen gaat?',
        en: 'Does the young person work for little or nothing, while the proceeds go to others?',
      },
      examples: [
        {
          nl: 'Vervoert grote hoeveelheden maar krijgt alleen een maaltijd of beltegoed.',
          en: 'Moves large amounts but only gets a meal or phone credit.',
        },
        {
          nl: 'Zegt dat hij "nog niets verdiend" heeft na weken werk.',
          en: 'Says he has "not earned anything yet" after weeks of work.',
        },
      ],
      youthQuestion: {
        nl: 'Doe je werk of klussen waarvoor je weinig of niets krijgt, terwijl anderen het geld houden?',
        en: 'Do you do work or jobs for little or nothing, while others keep the money?',
      },
    },
    sourceIds: ['ILO-2009'],
  },
  {
    id: 'harm-fear',
    kind: 'signal',
    dimension: 'harm',
    strength: strength('weak', ['HO-CL']),
    texts: {
      label: { nl: 'Angstig, schrikachtig of teruggetrokken', en: 'Anxious, jumpy or withdrawn' },
      question: {
        nl: 'Is de jongere angstig, schrikachtig, gespannen of teruggetrokken?',
        en: 'Is the young person anxious, fearful, jumpy or withdrawn?',
      },
      examples: [
        { nl: 'Schrikt van de telefoon of de deurbel.', en: 'Jumps at the phone or the doorbell.' },
        { nl: 'Wil niet meer alleen naar buiten.', en: 'No longer wants to go out alone.' },
      ],
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'harm-substance-use',
    kind: 'signal',
    dimension: 'harm',
    strength: strength('weak', ['HO-CL']),
    texts: {
      label: { nl: 'Gebruikt meer alcohol of drugs', en: 'Uses more alcohol or drugs' },
      question: {
        nl: 'Gebruikt de jongere meer alcohol of drugs dan eerst?',
        en: 'Is the young person using more alcohol or drugs than before?',
      },
      examples: [
        { nl: 'Komt onder invloed op school.', en: 'Comes to school under the influence.' },
        {
          nl: 'Rookt dagelijks blowen terwijl dat eerst niet zo was.',
          en: 'Now smokes cannabis daily, which they did not before.',
        },
      ],
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'harm-exhaustion',
    kind: 'signal',
    dimension: 'harm',
    strength: strength('weak', ['HO-CL']),
    texts: {
      label: { nl: 'Erg moe, verwaarloost zichzelf', en: 'Very tired, neglects themselves' },
      question: {
        nl: 'Is de jongere erg moe, of verwaarloost hij of zij zichzelf?',
        en: 'Is the young person very tired, or neglecting themselves?',
      },
      examples: [
        { nl: 'Slaapt in de les en ziet er uitgeput uit.', en: 'Sleeps in class and looks exhausted.' },
        { nl: 'Eet slecht en let niet meer op hygiëne.', en: 'Eats badly and no longer looks after their hygiene.' },
      ],
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'harm-school-absence',
    kind: 'signal',
    dimension: 'harm',
    strength: strength('weak', ['HO-CL']),
    texts: {
      label: { nl: 'Plots afwezig op school of lagere cijfers', en: 'Sudden school absence or falling grades' },
      question: {
        nl: 'Is de jongere plotseling vaak afwezig, spijbelt hij of zij, of gaan de cijfers ineens omlaag?',
        en: 'Is the young person suddenly often absent, truanting, or are their grades suddenly dropping?',
      },
      examples: [
        { nl: 'Mist steeds de eerste uren.', en: 'Keeps missing the first lessons.' },
        { nl: 'Haalt onvoldoendes terwijl dat eerst goed ging.', en: 'Is failing subjects they used to do well in.' },
      ],
    },
    sourceIds: ['HO-CL', 'DH-2022'],
  },
  {
    id: 'harm-behaviour-change',
    kind: 'signal',
    dimension: 'harm',
    strength: strength('weak', ['HO-CL']),
    texts: {
      label: { nl: 'Plotselinge verandering in gedrag of uiterlijk', en: 'Sudden change in behaviour or appearance' },
      question: {
        nl: 'Merken familie of school een plotselinge verandering in gedrag, stemming of uiterlijk?',
        en: 'Do family or school notice a sudden change in behaviour, mood or appearance?',
      },
      examples: [
        { nl: 'Is ineens agressief of juist stil.', en: 'Is suddenly aggressive, or unusually quiet.' },
        {
          nl: 'Kleedt zich anders en gebruikt nieuwe woorden of bijnamen.',
          en: 'Dresses differently and uses new words or nicknames.',
        },
      ],
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'harm-secrecy',
    kind: 'signal',
    dimension: 'harm',
    strength: strength('weak', ['HO-CL']),
    texts: {
      label: {
        nl: 'Geheimzinnig over waar, met wie of de telefoon',
        en: 'Secretive about where, who with, or their phone',
      },
      question: {
        nl: 'Is de jongere geheimzinnig over waar hij of zij heen gaat, met wie, of over de telefoon?',
        en: 'Is the young person secretive about where they go, who they are with, or about their phone?',
      },
      examples: [
        { nl: 'Legt de telefoon altijd met het scherm naar beneden.', en: 'Always puts the phone face down.' },
        { nl: 'Geeft vage antwoorden over waar hij of zij was.', en: 'Gives vague answers about where they were.' },
      ],
    },
    sourceIds: ['HO-CL'],
  },
];
