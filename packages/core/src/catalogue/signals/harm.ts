import type { Signal } from '../../schema/signal.js';
import { strength } from '../edition.js';

/** Exploitative conditions and harm: mostly indirect evidence that something is wrong. */
export const harmSignals: Signal[] = [
  {
    id: 'harm-sexual-exploitation',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'harm',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Ook tekenen van seksuele uitbuiting', en: 'Signs of sexual exploitation as well' },
      question: {
        nl: 'Zijn er tekenen dat de jongere seks heeft of seksuele dingen doet omdat iemand anders dat wil, ook in ruil voor geld, drugs, spullen of een slaapplek?',
        en: 'Are there signs that the young person has sex or does sexual things because someone else wants it, including in exchange for money, drugs, goods or a place to sleep?',
      },
      examples: [
        {
          nl: 'Wordt door volwassenen meegenomen naar hotels of feesten en komt daar niet zelf weg.',
          en: 'Is taken by adults to hotels or parties and cannot leave on their own.',
        },
        {
          nl: 'Moet "vrienden" van de mensen voor wie hij of zij werkt ontmoeten.',
          en: 'Has to "meet friends" of the people they work for.',
        },
      ],
      parentQuestion: {
        nl: 'Zijn er tekenen dat je kind seks heeft omdat iemand anders dat wil, bijvoorbeeld in ruil voor geld, spullen of een slaapplek?',
        en: 'Are there signs that your child has sex because someone else wants it, for example in exchange for money, goods or a place to sleep?',
      },
      youthIntro: {
        nl: 'Sommige vragen gaan over seks; je mag ze overslaan.',
        en: 'Some questions are about sex; you may skip them.',
      },
      youthQuestion: [
        {
          nl: 'Moet je seks hebben of seksuele dingen doen met andere mensen, omdat iemand anders dat wil?',
          en: 'Do you have to have sex or do sexual things with other people because someone else wants it?',
        },
        {
          nl: 'Heb je seks gehad in ruil voor geld, drugs, spullen of een slaapplek?',
          en: 'Have you had sex in exchange for money, drugs, things or a place to sleep?',
        },
      ],
    },
    sourceIds: ['DH-2022', 'MST-ORIG'],
  },
  {
    id: 'harm-little-reward',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'harm',
    strength: strength('medium'),
    texts: {
      label: {
        nl: 'Werkt voor weinig of niets; de opbrengst gaat naar anderen',
        en: 'Works for little or nothing; the proceeds go to others',
      },
      question: {
        nl: 'Werkt de jongere voor weinig of niets, terwijl de opbrengst naar anderen gaat?',
        en: 'Does the young person work for little or nothing, while the proceeds go to others?',
      },
      examples: [
        {
          nl: 'Vervoert grote hoeveelheden, maar krijgt alleen een maaltijd of beltegoed.',
          en: 'Moves large amounts, but only gets a meal or phone credit.',
        },
        {
          nl: 'Zegt na weken werk "nog niets verdiend" te hebben.',
          en: 'Says they have "not earned anything yet" after weeks of work.',
        },
      ],
      parentQuestion: {
        nl: 'Werkt je kind voor anderen en krijgt het daar weinig of niets voor?',
        en: 'Does your child work for others and get little or nothing for it?',
      },
      youthQuestion: {
        nl: 'Doe je voor iemand dingen die niet mogen, terwijl jij er (bijna) niets voor krijgt?',
        en: 'Do you do things for someone that are not allowed, while you get (almost) nothing for it?',
      },
    },
    sourceIds: ['ILO-2009'],
  },
  {
    id: 'harm-missing',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'harm',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Raakt herhaaldelijk vermist of loopt weg', en: 'Repeatedly goes missing or runs away' },
      question: {
        nl: 'Raakt de jongere herhaaldelijk vermist, van huis of uit de zorg?',
        en: 'Does the young person go missing repeatedly, from home or from care?',
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
      parentQuestion: {
        nl: 'Is je kind meer dan één keer een nacht weggebleven zonder dat jij wist waar het was?',
        en: 'Has your child stayed away for a night more than once without you knowing where they were?',
      },
      youthQuestion: {
        nl: 'Ben je meer dan één keer een nacht weggebleven, terwijl niemand thuis of op je groep wist waar je was?',
        en: 'Have you stayed away for a night more than once, while nobody at home or at your group home knew where you were?',
      },
    },
    sourceIds: ['WODC-2016', 'HO-CL'],
  },
  {
    id: 'harm-out-of-area',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'harm',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Aangetroffen in een andere plaats', en: 'Found in another town' },
      question: {
        nl: 'Is de jongere zonder verklaring aangetroffen in een andere stad of regio?',
        en: 'Has the young person been found in another town or region with no explanation?',
      },
      examples: [
        {
          nl: 'Wordt door de politie gevonden in een stad 150 km verderop.',
          en: 'Is found by police in a town 150 km away.',
        },
        {
          nl: 'Reist met het openbaar vervoer naar plaatsen waar hij of zij niemand kent.',
          en: 'Travels by public transport to places where they know nobody.',
        },
      ],
      parentQuestion: {
        nl: 'Is je kind in een andere stad geweest of gevonden, zonder dat het kan uitleggen waarom?',
        en: 'Has your child been to, or been found in, another town without being able to explain why?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'harm-nights-away',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'harm',
    strength: strength('medium'),
    texts: {
      label: { nl: 'Laat in de nacht weg of slaapt niet thuis', en: 'Out late at night or not sleeping at home' },
      question: {
        nl: "Is de jongere 's nachts vaak niet thuis?",
        en: 'Is the young person often not at home at night?',
      },
      examples: [
        { nl: 'Komt regelmatig pas na middernacht thuis.', en: 'Often comes home only after midnight.' },
        {
          nl: 'Slaapt "bij vrienden" die de ouders niet kennen.',
          en: 'Sleeps "at friends\'" whom the parents do not know.',
        },
      ],
      parentQuestion: {
        nl: "Is je kind 's nachts vaak niet thuis, zonder dat je weet waar het is?",
        en: 'Is your child often not at home at night, without you knowing where they are?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'harm-injuries',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'harm',
    strength: strength('medium'),
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
          nl: 'Wil niet zeggen hoe een verwonding is ontstaan en wil niet naar de dokter.',
          en: 'Will not say how an injury happened and does not want to see a doctor.',
        },
      ],
      parentQuestion: {
        nl: 'Heeft je kind verwondingen waarvoor het geen goede uitleg geeft?',
        en: 'Does your child have injuries they give no good explanation for?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'harm-loyalty-denial',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'harm',
    strength: strength('weak'),
    texts: {
      label: { nl: 'Verdedigt wie hem of haar gebruikt', en: 'Defends the people who use them' },
      question: {
        nl: 'Verdedigt de jongere de mensen voor wie hij of zij werkt?',
        en: 'Does the young person defend the people they work for?',
      },
      examples: [
        {
          nl: 'Zegt dat "ze het goed met me bedoelen" en dat hij of zij het zelf wil.',
          en: 'Says "they mean well by me" and that they want it themselves.',
        },
        {
          nl: 'Wordt boos als iemand kritisch is over de oudere vrienden.',
          en: 'Gets angry when anyone is critical of the older friends.',
        },
      ],
      parentQuestion: {
        nl: 'Neemt je kind het op voor mensen over wie jij je zorgen maakt?',
        en: 'Does your child stand up for people you are worried about?',
      },
    },
    sourceIds: ['JENV-2022'],
  },
  {
    id: 'harm-fear',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'harm',
    strength: strength('weak'),
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
      parentQuestion: {
        nl: 'Is je kind angstig, schrikt het snel of trekt het zich terug?',
        en: 'Is your child anxious, easily startled or withdrawn?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'harm-substance-use',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'harm',
    strength: strength('weak'),
    texts: {
      label: { nl: 'Gebruikt meer alcohol of drugs', en: 'Uses more alcohol or drugs' },
      question: {
        nl: 'Gebruikt de jongere meer alcohol of drugs dan eerst?',
        en: 'Is the young person using more alcohol or drugs than before?',
      },
      examples: [
        { nl: 'Komt onder invloed op school of werk.', en: 'Comes to school or work under the influence.' },
        {
          nl: 'Gebruikt sinds kort elke dag, terwijl dat eerst niet zo was.',
          en: 'Has recently started using every day, which was not so before.',
        },
      ],
      parentQuestion: {
        nl: 'Gebruikt je kind meer alcohol of drugs dan eerst?',
        en: 'Does your child use more alcohol or drugs than before?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'harm-exhaustion',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'harm',
    strength: strength('weak'),
    texts: {
      label: { nl: 'Erg moe, verwaarloost zichzelf', en: 'Very tired, neglects themselves' },
      question: {
        nl: 'Is de jongere zo moe dat hij of zij slecht voor zichzelf zorgt?',
        en: 'Is the young person so tired that they take poor care of themselves?',
      },
      examples: [
        { nl: 'Slaapt in de les en ziet er uitgeput uit.', en: 'Sleeps in class and looks exhausted.' },
        { nl: 'Eet slecht en let niet meer op hygiëne.', en: 'Eats badly and no longer looks after their hygiene.' },
      ],
      parentQuestion: {
        nl: 'Is je kind zo moe dat het niet meer goed voor zichzelf zorgt?',
        en: 'Is your child so tired that they no longer take good care of themselves?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'harm-school-absence',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'harm',
    strength: strength('weak'),
    texts: {
      label: { nl: 'Plots afwezig op school of lagere cijfers', en: 'Sudden school absence or falling grades' },
      question: {
        nl: 'Gaat het ineens slechter op school, bijvoorbeeld door vaak afwezig zijn, spijbelen of lagere cijfers?',
        en: 'Is school suddenly going worse, for example through frequent absence, truancy or lower marks?',
      },
      examples: [
        { nl: 'Mist steeds de eerste uren.', en: 'Keeps missing the first lessons.' },
        { nl: 'Haalt onvoldoendes terwijl het eerst goed ging.', en: 'Is failing subjects they used to do well in.' },
      ],
      parentQuestion: {
        nl: 'Gaat het ineens slechter met je kind op school, bijvoorbeeld door spijbelen of lagere cijfers?',
        en: 'Is school suddenly going worse for your child, for example through truancy or lower marks?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'harm-behaviour-change',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'harm',
    strength: strength('weak'),
    texts: {
      label: { nl: 'Plotselinge verandering in gedrag of stemming', en: 'Sudden change in behaviour or mood' },
      question: {
        nl: 'Merken familie of school een plotselinge verandering in gedrag, stemming of uiterlijk?',
        en: 'Do family or school notice a sudden change in behaviour, mood or appearance?',
      },
      examples: [
        { nl: 'Is ineens agressief, of juist heel stil.', en: 'Is suddenly aggressive, or unusually quiet.' },
        {
          nl: 'Houdt op met sport of hobby’s waar hij of zij eerst veel plezier in had.',
          en: 'Gives up sports or hobbies they used to enjoy a lot.',
        },
      ],
      parentQuestion: {
        nl: 'Is je kind plotseling erg veranderd in gedrag of stemming?',
        en: 'Has your child suddenly changed a lot in behaviour or mood?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'harm-secrecy',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'harm',
    strength: strength('weak'),
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
        {
          nl: 'Geeft vage antwoorden over waar hij of zij was, ook als iets duidelijk niet klopt.',
          en: 'Gives vague answers about where they were, even when something clearly does not add up.',
        },
        { nl: 'Wordt erg nerveus als iemand de telefoon ziet.', en: 'Gets very nervous when anyone sees their phone.' },
      ],
      parentQuestion: {
        nl: 'Is je kind geheimzinnig over waar het heen gaat, met wie, of over de telefoon?',
        en: 'Is your child secretive about where they go, who with, or about their phone?',
      },
    },
    sourceIds: ['HO-CL'],
  },
];
