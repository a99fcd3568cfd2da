import type { Signal } from '../../schema/signal.js';
import { strength } from '../edition.js';

/** Someone drawing the young person in, moving them or housing them: the act element of exploitation. */
export const recruitmentSignals: Signal[] = [
  {
    id: 'recruit-online-offers',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'recruitment',
    strength: strength('medium'),
    texts: {
      label: { nl: 'Online benaderd met klussen of snel geld', en: 'Approached online with jobs or quick money' },
      question: {
        nl: 'Wordt de jongere online of via sociale media benaderd met "klussen", snel geld of aanbiedingen?',
        en: 'Is the young person approached online or on social media with "jobs", quick money or offers?',
      },
      examples: [
        {
          nl: 'Krijgt in een groepschat een bericht: "snel geld verdienen, stuur een DM".',
          en: 'Gets a message in a group chat: "earn quick money, send a DM".',
        },
        {
          nl: 'Krijgt berichten van onbekenden die een klus met een bedrag aanbieden.',
          en: 'Gets messages from strangers offering a job with a price.',
        },
      ],
      parentQuestion: {
        nl: 'Krijgt je kind online berichten van onbekenden die een "klus" of snel geld aanbieden?',
        en: 'Does your child get messages online from strangers offering a "job" or quick money?',
      },
      youthQuestion: {
        nl: 'Heeft iemand die je niet goed kent je online geld beloofd voor een klus?',
        en: "Has someone you don't know well promised you money online for a job?",
      },
    },
    sourceIds: ['MST-ORIG', 'DH-2022'],
  },
  {
    id: 'recruit-approached-locally',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'recruitment',
    strength: strength('medium'),
    texts: {
      label: {
        nl: 'Benaderd op straat, bij school of bij een zorglocatie',
        en: 'Approached on the street, near school or a care location',
      },
      question: {
        nl: 'Is de jongere benaderd voor klussen op een hangplek, op straat, of bij school of een zorglocatie?',
        en: 'Has the young person been approached for jobs at a hangout, on the street, or near school or a care location?',
      },
      examples: [
        {
          nl: 'Volwassenen die niet bij de school horen, spreken leerlingen aan en bieden geld voor een klus.',
          en: 'Adults who have nothing to do with the school talk to pupils and offer money for a job.',
        },
        {
          nl: 'Een bewoner van een jeugdzorggroep wordt buiten opgewacht door mensen die hem of haar iets aanbieden.',
          en: 'A resident of a youth care home is waited for outside by people who offer them something.',
        },
      ],
      parentQuestion: {
        nl: 'Is je kind op straat, bij school of ergens anders aangesproken voor een klus of snel geld?',
        en: 'Has someone approached your child on the street, near school or elsewhere for a job or quick money?',
      },
    },
    sourceIds: ['MST-ORIG', 'DH-2022'],
  },
  {
    id: 'recruit-housed-transported',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'recruitment',
    strength: strength('strong'),
    texts: {
      label: {
        nl: 'Wordt door anderen gebracht of ondergebracht om voor hen crimineel werk te doen',
        en: 'Taken or housed by others to do criminal work for them',
      },
      question: {
        nl: 'Wordt de jongere door anderen naar een andere plaats gebracht of ergens ondergebracht om daar voor hen te dealen, iets weg te brengen of te bewaren, te stelen of seks te hebben, bijvoorbeeld in een drugspand of bij een hennepkwekerij?',
        en: 'Is the young person taken to another place or housed somewhere by others to deal, carry or store things, steal or have sex for them there, for example in a drug house or at a cannabis farm?',
      },
      examples: [
        {
          nl: 'Wordt opgehaald en een paar dagen naar een andere stad gebracht om daar te "werken".',
          en: 'Is picked up and taken to another town for a few days to "work" there.',
        },
        {
          nl: 'Slaapt in het pand van een hennepkwekerij of in een woning waar gedeald wordt.',
          en: 'Sleeps in the building of a cannabis farm or in a house where drugs are dealt.',
        },
      ],
      parentQuestion: {
        nl: 'Brengen anderen je kind naar een andere plaats of een ander huis om daar voor hen iets te doen wat niet mag, zoals drugs verkopen of bewaren?',
        en: 'Do others take your child to another place or another house to do something there for them that is not allowed, such as selling or keeping drugs?',
      },
      youthQuestion: {
        nl: 'Heeft iemand je naar een andere stad gebracht om daar voor die persoon dingen te doen die niet mogen?',
        en: 'Has someone taken you to another city to do things for them there that are not allowed?',
      },
    },
    sourceIds: ['SR-273F', 'HO-CL'],
  },
  {
    id: 'recruit-home-taken-over',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'recruitment',
    strength: strength('strong'),
    texts: {
      label: {
        nl: 'Eigen woning gebruikt door anderen voor drugs of criminaliteit',
        en: 'Own home used by others for drugs or crime',
      },
      question: {
        nl: 'Gebruiken anderen de woning van de jongere voor drugs of andere criminaliteit (cuckooing)?',
        en: "Do others use the young person's home for drugs or other crime (cuckooing)?",
      },
      examples: [
        {
          nl: 'In de woning van een jongvolwassene met begeleid wonen komen steeds mensen die er niet wonen.',
          en: 'People who do not live there keep coming to the flat of a young adult in supported living.',
        },
        {
          nl: 'Zegt dat "vrienden" een kamer gebruiken en dat hij of zij daar niet mag komen.',
          en: 'Says "friends" use a room and they are not allowed in it.',
        },
      ],
      parentQuestion: {
        nl: 'Gebruiken anderen de woning van je kind voor drugs of andere dingen die niet mogen?',
        en: "Do others use your child's home for drugs or other things that are not allowed?",
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'recruit-close-circle',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'recruitment',
    strength: strength('strong'),
    texts: {
      label: {
        nl: 'Iemand uit de familie, het huishouden of een (ex-)partner doet mee aan de uitbuiting',
        en: 'Someone in the family or household, or an (ex-)partner, takes part in the exploitation',
      },
      question: {
        nl: 'Doet iemand uit de huiselijke kring mee aan het werk dat de jongere voor anderen doet: een ouder, familielid, (ex-)partner, huisgenoot of verzorger?',
        en: 'Does someone in the domestic circle take part in the work the young person does for others: a parent, relative, (ex-)partner, housemate or carer?',
      },
      examples: [
        {
          nl: 'Verkoopt drugs vanuit huis voor een oudere broer, die het geld houdt.',
          en: 'Sells drugs from home for an older brother, who keeps the money.',
        },
        {
          nl: 'Een (ex-)partner laat de jongere pakketjes wegbrengen en houdt de opbrengst.',
          en: 'An (ex-)partner has the young person deliver packages and keeps the proceeds.',
        },
      ],
      parentQuestion: {
        nl: 'Laat iemand uit de familie of het huishouden je kind werk doen dat niet mag, zoals drugs verkopen of spullen bewaren?',
        en: 'Does someone in the family or household have your child do work that is not allowed, such as selling drugs or keeping goods?',
      },
    },
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'recruit-older-contacts',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'recruitment',
    strength: strength('medium'),
    texts: {
      label: { nl: 'Nieuwe contacten met ouderen', en: 'New contacts with older people' },
      question: {
        nl: 'Heeft de jongere nieuwe contacten met oudere jongeren of volwassenen, zonder duidelijke reden waarom die in zijn of haar leven zijn?',
        en: 'Does the young person have new contacts with older youths or adults, with no clear reason for them to be in their life?',
      },
      examples: [
        {
          nl: 'Wordt opgehaald door oudere mensen in een auto die de ouders niet kennen.',
          en: 'Is picked up by older people in a car whom the parents do not know.',
        },
        {
          nl: 'Noemt namen van volwassenen die ouders en school niet kennen.',
          en: 'Mentions names of adults whom parents and school do not know.',
        },
      ],
      parentQuestion: {
        nl: 'Gaat je kind om met nieuwe, duidelijk oudere mensen, en weet je niet waarom?',
        en: 'Does your child spend time with new, clearly older people, and you do not know why?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'recruit-gifts',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'recruitment',
    strength: strength('medium'),
    texts: {
      label: { nl: 'Krijgt cadeaus zonder duidelijke reden', en: 'Gets gifts with no clear reason' },
      question: {
        nl: 'Krijgt de jongere cadeaus, geld, eten, drugs, lifts of beltegoed zonder duidelijke reden?',
        en: 'Does the young person receive gifts, money, food, drugs, rides or phone credit with no clear reason?',
      },
      examples: [
        {
          nl: 'Krijgt nieuwe schoenen of een telefoon "van een vriend" die veel ouder is.',
          en: 'Gets new shoes or a phone "from a friend" who is much older.',
        },
        {
          nl: 'Wordt steeds getrakteerd op eten of uitgaan door dezelfde mensen.',
          en: 'Is always treated to food or nights out by the same people.',
        },
      ],
      parentQuestion: {
        nl: 'Krijgt je kind cadeaus, geld of beltegoed van iemand, zonder duidelijke reden?',
        en: 'Does your child get presents, money or phone credit from someone, with no clear reason?',
      },
      youthQuestion: {
        nl: 'Krijg je cadeaus of geld van iemand die ouder is, zonder dat je weet waarom?',
        en: 'Do you get presents or money from someone older, without knowing why?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'recruit-older-partner',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'recruitment',
    strength: strength('medium'),
    texts: {
      label: { nl: 'Relatie met een duidelijk oudere partner', en: 'Relationship with a clearly older partner' },
      question: {
        nl: 'Heeft de jongere een relatie met een duidelijk oudere partner die veel cadeaus en aandacht geeft?',
        en: 'Is the young person in a relationship with a clearly older partner who gives a lot of gifts and attention?',
      },
      examples: [
        {
          nl: 'Heeft een vriend van 24 die haar overal naartoe brengt en dure dingen geeft.',
          en: 'Has a 24-year-old boyfriend who drives her everywhere and buys her expensive things.',
        },
        {
          nl: 'Vertelt weinig over de partner en wil niet dat ouders hem of haar ontmoeten.',
          en: 'Says little about the partner and does not want parents to meet them.',
        },
      ],
      parentQuestion: {
        nl: 'Heeft je kind een relatie met iemand die duidelijk ouder is en veel cadeaus geeft?',
        en: 'Is your child in a relationship with someone clearly older who gives a lot of presents?',
      },
    },
    sourceIds: ['CSE-IT'],
  },
  {
    id: 'recruit-new-group',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'recruitment',
    strength: strength('weak'),
    texts: {
      label: { nl: 'Nieuwe vriendengroep die status geeft', en: 'New group that gives status' },
      question: {
        nl: 'Laat de jongere oude vrienden los voor een nieuwe groep die status of erbij horen geeft?',
        en: 'Has the young person dropped old friends for a new group that gives status or belonging?',
      },
      examples: [
        {
          nl: 'Ziet oude vrienden niet meer en is alleen nog met een nieuwe groep.',
          en: 'No longer sees old friends and is only with a new group.',
        },
        {
          nl: 'Zegt dat de nieuwe groep "als een familie" voor hem of haar is.',
          en: 'Says the new group is "like a family" to them.',
        },
      ],
      parentQuestion: {
        nl: 'Ziet je kind oude vrienden niet meer en is je kind alleen nog met een nieuwe groep?',
        en: 'Has your child stopped seeing old friends and is only with a new group?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'recruit-promises',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'recruitment',
    strength: strength('weak'),
    texts: {
      label: { nl: 'Praat over makkelijk geld of een "familie"', en: 'Talks of easy money or a "family"' },
      question: {
        nl: 'Praat de jongere over makkelijk geld, status, of een "familie" die voor hem of haar zorgt?',
        en: 'Does the young person talk about easy money, status, or a "family" that takes care of them?',
      },
      examples: [
        {
          nl: 'Zegt dat school geen zin heeft, want "ik kan zo veel meer verdienen".',
          en: 'Says school is pointless because "I can earn so much more".',
        },
        {
          nl: 'Vertelt dat "ze voor me zorgen" en dat hij of zij daar "iets terug voor doet".',
          en: 'Says "they look after me" and that they "do something in return".',
        },
      ],
      parentQuestion: {
        nl: 'Praat je kind over makkelijk geld verdienen, of over mensen die "voor hem of haar zorgen"?',
        en: 'Does your child talk about earning easy money, or about people who "look after them"?',
      },
    },
    sourceIds: ['AK-CALIBRATION'],
  },
];
