import type { Signal } from '../../schema/signal.js';
import { strength } from '../edition.js';

/** Criminal work for or with others: the purpose element of exploitation. */
export const activitySignals: Signal[] = [
  {
    id: 'activity-courier',
    kind: 'signal',
    dimension: 'activity',
    strength: strength('strong', ['HO-CL', 'ILO-2009']),
    texts: {
      label: { nl: 'Brengt pakketjes of spullen weg voor anderen', en: 'Carries packages or goods for others' },
      question: {
        nl: 'Brengt de jongere pakketjes, tassen, drugs of geld weg of haalt die op, voor anderen?',
        en: 'Does the young person carry or deliver packages, bags, drugs or money for others?',
      },
      examples: [
        {
          nl: 'Zegt dat hij "soms een tasje wegbrengt" voor jongens uit een andere wijk.',
          en: 'Says he "sometimes drops off a bag" for boys from another neighbourhood.',
        },
        {
          nl: 'Gaat op vaste tijden op de fiets of scooter weg en komt kort daarna terug.',
          en: 'Leaves on a bike or scooter at set times and is back shortly after.',
        },
        {
          nl: 'Heeft pakketjes of geld bij zich die niet van hem of haar zijn.',
          en: 'Carries packages or cash that are not theirs.',
        },
      ],
      youthQuestion: {
        nl: 'Breng je weleens pakketjes, tassen of geld weg voor iemand anders?',
        en: 'Do you ever take packages, bags or money somewhere for someone else?',
      },
    },
    sourceIds: ['CKM-2022', 'JENV-2022', 'HO-CL'],
  },
  {
    id: 'activity-lookout',
    kind: 'signal',
    dimension: 'activity',
    strength: strength('medium', ['JENV-2022', 'ILO-2009']),
    texts: {
      label: { nl: 'Staat op de uitkijk of doet klusjes', en: 'Keeps lookout or does small jobs' },
      question: {
        nl: 'Staat de jongere op de uitkijk, of doet hij of zij "klusjes" voor oudere jongeren of volwassenen?',
        en: 'Does the young person keep lookout, or do "small jobs" for older youths or adults?',
      },
      examples: [
        {
          nl: 'Hangt lang op dezelfde hoek rond en belt als er politie aankomt.',
          en: 'Hangs around the same corner for hours and phones when police turn up.',
        },
        {
          nl: 'Krijgt geld of eten voor kleine opdrachtjes van oudere jongens.',
          en: 'Gets money or food for small errands from older boys.',
        },
      ],
    },
    sourceIds: ['JENV-2022', 'CKM-2022'],
  },
  {
    id: 'activity-drug-dealing',
    kind: 'signal',
    dimension: 'activity',
    strength: strength('medium', ['HO-CL', 'ILO-2009']),
    texts: {
      label: { nl: 'Verkoopt, bewaart of vervoert drugs', en: 'Sells, holds or transports drugs' },
      question: {
        nl: 'Verkoopt de jongere drugs, of heeft hij of zij drugs bij zich om te verkopen of te vervoeren?',
        en: 'Does the young person sell drugs, or carry drugs to sell or transport?',
      },
      examples: [
        { nl: 'Wordt aangehouden met verpakte porties drugs.', en: 'Is stopped with packaged portions of drugs.' },
        {
          nl: 'Klasgenoten vertellen dat je bij hem of haar "iets kunt halen".',
          en: 'Classmates say you can "get something" from them.',
        },
      ],
    },
    sourceIds: ['CKM-2022', 'HO-CL'],
  },
  {
    id: 'activity-stash',
    kind: 'signal',
    dimension: 'activity',
    strength: strength('strong', ['HO-CL', 'ILO-2009']),
    texts: {
      label: { nl: 'Bewaart spullen voor anderen', en: 'Keeps goods for others' },
      question: {
        nl: 'Bewaart de jongere drugs, geld, wapens of andere spullen voor anderen, thuis of ergens anders?',
        en: 'Does the young person keep drugs, money, weapons or other goods for others, at home or elsewhere?',
      },
      examples: [
        {
          nl: 'Er staan tassen in de schuur of onder het bed waarvan niemand weet van wie ze zijn.',
          en: 'Bags in the shed or under the bed that nobody can account for.',
        },
        {
          nl: 'Wordt zenuwachtig als iemand aan een bepaalde kast of tas komt.',
          en: 'Gets nervous when someone goes near a certain cupboard or bag.',
        },
      ],
    },
    sourceIds: ['HO-CL', 'CKM-2022'],
  },
  {
    id: 'activity-money-mule',
    kind: 'signal',
    dimension: 'activity',
    strength: strength('strong', ['JENV-2022', 'ILO-2009']),
    texts: {
      label: { nl: 'Leent of verkoopt bankpas of rekening', en: 'Lends or sells a bank card or account' },
      question: {
        nl: 'Leent of verkoopt de jongere een bankpas, rekening, pincode of ID aan anderen, of opent hij of zij rekeningen voor anderen?',
        en: 'Does the young person lend or sell a bank card, account, PIN or ID to others, or open accounts for others?',
      },
      examples: [
        { nl: 'Kreeg geld "om even zijn pas uit te lenen".', en: 'Was paid "just to lend out their card for a bit".' },
        {
          nl: 'Er komen grote bedragen op de rekening binnen die meteen weer worden opgenomen.',
          en: 'Large amounts arrive in the account and are withdrawn straight away.',
        },
      ],
      youthQuestion: {
        nl: 'Heeft iemand je gevraagd om je bankpas, pincode of ID te lenen of te verkopen?',
        en: 'Has someone asked you to lend or sell your bank card, PIN or ID?',
      },
    },
    sourceIds: ['CKM-2022', 'JENV-2022'],
  },
  {
    id: 'activity-contracts-in-name',
    kind: 'signal',
    dimension: 'activity',
    strength: strength('medium', ['CKM-2022']),
    texts: {
      label: { nl: 'Contracten op eigen naam voor anderen', en: 'Contracts in their name for others' },
      question: {
        nl: 'Zijn er telefoonabonnementen, leningen of rekeningen op naam van de jongere afgesloten die anderen gebruiken?',
        en: "Have phone contracts, loans or accounts been taken out in the young person's name that others use?",
      },
      examples: [
        {
          nl: 'Er komen rekeningen of aanmaningen binnen voor abonnementen die de jongere niet gebruikt.',
          en: 'Bills or reminders arrive for subscriptions the young person does not use.',
        },
        {
          nl: 'Werd meegenomen naar een winkel om "even te tekenen" voor een telefoon.',
          en: 'Was taken to a shop to "just sign" for a phone.',
        },
      ],
    },
    sourceIds: ['CKM-2022'],
  },
  {
    id: 'activity-counterfeit',
    kind: 'signal',
    dimension: 'activity',
    strength: strength('medium', ['JENV-2022']),
    texts: {
      label: {
        nl: 'Zet vals geld om of koopt met geld van anderen',
        en: "Cashes counterfeit notes or buys with others' money",
      },
      question: {
        nl: 'Wisselt de jongere vals geld om, of doet hij of zij aankopen met geld van anderen?',
        en: 'Does the young person exchange counterfeit notes, or make purchases with money from others?',
      },
      examples: [
        {
          nl: 'Betaalt kleine boodschappen met grote biljetten en geeft het wisselgeld af.',
          en: 'Pays for small items with large notes and hands over the change.',
        },
        {
          nl: 'Werkt achter een kassa waar vaak vals geld binnenkomt.',
          en: 'Works a till where counterfeit notes often come in.',
        },
      ],
    },
    sourceIds: ['JENV-2022'],
  },
  {
    id: 'activity-organised-theft',
    kind: 'signal',
    dimension: 'activity',
    strength: strength('medium', ['WODC-2016']),
    texts: {
      label: { nl: 'Georganiseerde diefstal', en: 'Organised theft' },
      question: {
        nl: 'Steelt de jongere georganiseerd (winkeldiefstal, zakkenrollen, inbraak) en geeft hij of zij de opbrengst af?',
        en: 'Does the young person steal in an organised way (shoplifting, pickpocketing, burglary) and hand over the proceeds?',
      },
      examples: [
        {
          nl: 'Wordt steeds met dezelfde groep betrapt op winkeldiefstal, op afspraak.',
          en: 'Is repeatedly caught shoplifting with the same group, to order.',
        },
        {
          nl: 'Heeft na een diefstal zelf niets: de spullen gaan naar iemand anders.',
          en: 'Keeps nothing after a theft: the goods go to someone else.',
        },
      ],
    },
    sourceIds: ['WODC-2016'],
  },
  {
    id: 'activity-cannabis-farm',
    kind: 'signal',
    dimension: 'activity',
    strength: strength('strong', ['DH-2022', 'ILO-2009']),
    texts: {
      label: { nl: 'Werkt in een hennepkwekerij of drugslab', en: 'Works at a cannabis farm or drug lab' },
      question: {
        nl: 'Werkt, slaapt of past de jongere op in een hennepkwekerij of drugslab?',
        en: 'Does the young person work, sleep or keep watch at a cannabis farm or drug lab?',
      },
      examples: [
        {
          nl: 'Ruikt naar hennep en is dagen weg voor "werk" waar hij of zij niets over zegt.',
          en: 'Smells of cannabis and is away for days for "work" they won\'t talk about.',
        },
        { nl: 'Wordt aangetroffen in een pand met een kwekerij.', en: 'Is found in a building with a cannabis farm.' },
      ],
    },
    sourceIds: ['DH-2022', 'JENV-2022'],
  },
  {
    id: 'activity-violent-jobs',
    kind: 'signal',
    dimension: 'activity',
    strength: strength('strong', ['JENV-2022', 'ILO-2009']),
    texts: {
      label: { nl: 'Doet mee aan gewelddadige klussen', en: 'Takes part in violent jobs' },
      question: {
        nl: 'Doet de jongere mee aan gewelddadige "klussen": explosies, brandstichting, bedreiging, overvallen of schietpartijen?',
        en: 'Does the young person take part in violent "jobs": explosions, arson, threats, robbery or shootings?',
      },
      examples: [
        {
          nl: 'Heeft berichten op zijn telefoon met een opdracht en een bedrag ("voordeur, 2000").',
          en: 'Has messages on their phone with a job and a price ("front door, 2000").',
        },
        {
          nl: 'Wordt aangehouden bij een explosie of brand bij een woning.',
          en: 'Is arrested at an explosion or fire at a home.',
        },
      ],
    },
    sourceIds: ['CKM-2022', 'JENV-2022'],
  },
  {
    id: 'activity-weapon',
    kind: 'signal',
    dimension: 'activity',
    strength: strength('medium', ['HO-CL']),
    texts: {
      label: { nl: 'Draagt een wapen', en: 'Carries a weapon' },
      question: {
        nl: 'Draagt de jongere een mes, vuurwapen of ander wapen?',
        en: 'Does the young person carry a knife, firearm or other weapon?',
      },
      examples: [
        { nl: 'Er wordt een mes gevonden in de schooltas.', en: 'A knife is found in their school bag.' },
        { nl: 'Zegt dat hij een wapen nodig heeft "voor de veiligheid".', en: 'Says they need a weapon "to be safe".' },
      ],
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'activity-recruits-others',
    kind: 'signal',
    dimension: 'activity',
    strength: strength('medium', ['CKM-2022']),
    texts: {
      label: { nl: 'Haalt andere jongeren erbij', en: 'Draws other young people in' },
      question: {
        nl: 'Probeert de jongere andere jongeren over te halen om ook "klusjes" te doen of mee te gaan?',
        en: 'Does the young person try to talk other young people into doing "jobs" or coming along?',
      },
      examples: [
        {
          nl: 'Biedt klasgenoten geld aan om iets weg te brengen.',
          en: 'Offers classmates money to drop something off.',
        },
        {
          nl: 'Neemt jongere kinderen mee naar een groep oudere jongens.',
          en: 'Takes younger children along to a group of older boys.',
        },
      ],
    },
    sourceIds: ['CKM-2022'],
  },
  {
    id: 'activity-unexplained-money',
    kind: 'signal',
    dimension: 'activity',
    strength: strength('medium', ['HO-CL']),
    texts: {
      label: {
        nl: 'Geld of spullen die niet passen bij wat hij of zij heeft',
        en: 'Money or goods that do not fit their means',
      },
      question: {
        nl: 'Heeft de jongere geld, kleding, telefoons of andere spullen die niet passen bij wat hij of zij kan betalen?',
        en: 'Does the young person have money, clothes, phones or other goods that do not fit what they can afford?',
      },
      examples: [
        {
          nl: 'Draagt ineens dure merkkleding of nieuwe sneakers.',
          en: 'Suddenly wears expensive designer clothes or new trainers.',
        },
        { nl: 'Heeft veel contant geld bij zich zonder uitleg.', en: 'Carries a lot of cash without explanation.' },
      ],
    },
    sourceIds: ['HO-CL', 'CKM-2022'],
  },
  {
    id: 'activity-arrested-with-others',
    kind: 'signal',
    dimension: 'activity',
    strength: strength('medium', ['HO-CL']),
    texts: {
      label: {
        nl: 'Aangehouden met ouderen of mensen van elders',
        en: 'Arrested with older people or people from elsewhere',
      },
      question: {
        nl: 'Is de jongere aangehouden of staande gehouden samen met oudere personen of mensen uit een andere plaats?',
        en: 'Has the young person been arrested or stopped together with older people or people from another town?',
      },
      examples: [
        {
          nl: 'Wordt in een auto aangehouden met volwassenen die hij of zij "nauwelijks kent".',
          en: 'Is stopped in a car with adults they "hardly know".',
        },
        {
          nl: 'Zit bij een aanhouding als enige minderjarige in een groep.',
          en: 'Is the only minor in a group at an arrest.',
        },
      ],
    },
    sourceIds: ['HO-CL'],
  },
];
