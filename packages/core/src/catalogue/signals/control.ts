import type { Signal } from '../../schema/signal.js';
import { strength } from '../edition.js';

/** Someone keeping the young person there: the means element of exploitation. */
export const controlSignals: Signal[] = [
  {
    id: 'control-debt',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'control',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Moet een schuld terugverdienen', en: 'Must earn back a debt' },
      question: {
        nl: 'Zegt de jongere dat hij of zij geld moet terugverdienen voor de mensen voor wie hij of zij klusjes doet, bijvoorbeeld nadat drugs of geld werden "gestolen"?',
        en: 'Does the young person say they must earn back money for the people they do jobs for, for example after drugs or money were "stolen"?',
      },
      examples: [
        {
          nl: 'Vertelt dat de drugs "gestolen" zijn en dat hij het nu moet terugverdienen.',
          en: 'Says the drugs were "stolen" and he now has to earn it back.',
        },
        {
          nl: 'Het bedrag dat hij of zij "schuldig" is, wordt steeds hoger.',
          en: 'The amount they "owe" keeps growing.',
        },
      ],
      parentQuestion: {
        nl: 'Zegt je kind dat het geld moet terugbetalen aan de mensen voor wie het klusjes doet, door meer klusjes te doen?',
        en: 'Does your child say they must pay money back to the people they do jobs for, by doing more jobs?',
      },
      youthQuestion: {
        nl: 'Zegt iemand dat je moet terugbetalen door dingen voor hem of haar te doen die niet mogen?',
        en: 'Does someone say you must pay money back by doing things for them that are not allowed?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'control-threats',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'control',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Wordt bedreigd, of de familie wordt bedreigd', en: 'Is threatened, or family is threatened' },
      question: {
        nl: 'Wordt de jongere of zijn of haar familie bedreigd?',
        en: 'Is the young person or their family being threatened?',
      },
      examples: [
        {
          nl: 'Ouders krijgen dreigende berichten of er wordt aangebeld door onbekenden.',
          en: 'Parents get threatening messages or strangers ring the doorbell.',
        },
        {
          nl: 'Zegt dat "ze weten waar mijn zusje op school zit".',
          en: 'Says "they know where my little sister goes to school".',
        },
      ],
      parentQuestion: {
        nl: 'Worden je kind of jullie gezin bedreigd door mensen voor wie je kind dingen doet, of die willen dat het dingen voor hen doet?',
        en: 'Are your child or your family being threatened by people your child does things for, or who want your child to do things for them?',
      },
      youthQuestion: { nl: 'Bedreigt iemand jou of je familie?', en: 'Is someone threatening you or your family?' },
    },
    sourceIds: ['HO-CL', 'ILO-2009'],
  },
  {
    id: 'control-violence',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'control',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Wordt geslagen of gestraft door anderen', en: 'Is beaten or punished by others' },
      question: {
        nl: 'Wordt de jongere geslagen, mishandeld of gestraft door anderen?',
        en: 'Is the young person beaten, assaulted or punished by others?',
      },
      examples: [
        {
          nl: 'Vertelt dat hij klappen kreeg omdat hij "te laat" was met een levering.',
          en: 'Says he was hit for being "too late" with a delivery.',
        },
        {
          nl: 'Er gaan filmpjes rond waarin de jongere in elkaar wordt geslagen.',
          en: 'Videos circulate of the young person being beaten up.',
        },
      ],
      parentQuestion: {
        nl: 'Wordt je kind geslagen of mishandeld door mensen voor wie het dingen doet, bijvoorbeeld als het iets niet wil?',
        en: 'Is your child beaten or hurt by people it does things for, for example when it refuses something?',
      },
      youthQuestion: {
        nl: 'Doet iemand je pijn als je niet doet wat hij of zij zegt?',
        en: "Does someone hurt you when you don't do what they say?",
      },
    },
    sourceIds: ['HO-CL', 'ILO-2009'],
  },
  {
    id: 'control-images',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'control',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Onder druk gezet met naaktbeelden', en: 'Pressured with nude images' },
      question: {
        nl: 'Wordt de jongere onder druk gezet met naaktbeelden of andere beelden die hij of zij niet verspreid wil hebben (sextortion)?',
        en: 'Is the young person pressured with nude or other compromising images they do not want shared (sextortion)?',
      },
      examples: [
        {
          nl: "Vertelt dat iemand foto's heeft en die deelt als ze stopt.",
          en: 'Says someone has pictures and will share them if she stops.',
        },
        {
          nl: 'Is in paniek over berichten waarin wordt gedreigd beelden te verspreiden.',
          en: 'Panics about messages threatening to spread images.',
        },
      ],
      parentQuestion: {
        nl: "Dreigt iemand naaktfoto's of andere beelden van je kind te verspreiden?",
        en: 'Is someone threatening to spread nude or other images of your child?',
      },
      youthQuestion: {
        nl: 'Dreigt iemand een naaktfoto of naaktfilmpje van jou te delen als je niet doet wat hij of zij zegt?',
        en: "Does someone threaten to share a nude photo or video of you if you don't do what they say?",
      },
    },
    sourceIds: ['JENV-2022'],
  },
  {
    id: 'control-cannot-stop',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'control',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Kan niet stoppen of is bang om te stoppen', en: 'Cannot stop, or fears stopping' },
      question: {
        nl: 'Is de jongere bang voor wat anderen doen als hij of zij stopt met het werk voor hen?',
        en: 'Is the young person afraid of what others will do if they stop working for them?',
      },
      examples: [
        { nl: 'Zegt: "Als ik stop, weten ze me te vinden."', en: 'Says: "If I stop, they\'ll find me."' },
        {
          nl: 'Wil wel stoppen, maar gaat toch als er gebeld wordt.',
          en: 'Wants to stop, but still goes when called.',
        },
      ],
      parentQuestion: {
        nl: 'Is je kind bang voor wat er gebeurt als het stopt met wat het voor anderen doet?',
        en: 'Is your child afraid of what will happen if they stop what they do for others?',
      },
      youthQuestion: {
        nl: 'Ben je bang voor wat er gebeurt als je stopt met de klusjes die je voor iemand doet?',
        en: 'Are you afraid of what will happen if you stop the jobs you do for someone?',
      },
    },
    sourceIds: ['ILO-2009'],
  },
  {
    id: 'control-documents-taken',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'control',
    strength: strength('strong'),
    texts: {
      label: { nl: 'ID, bankpas, telefoon of geld afgepakt', en: 'ID, bank card, phone or money taken' },
      question: {
        nl: 'Hebben anderen het ID, de bankpas, de telefoon of het geld van de jongere afgepakt of ingehouden, tegen zijn of haar wil?',
        en: "Have others taken or kept the young person's ID, bank card, phone or money against their will?",
      },
      examples: [
        {
          nl: 'Kan zijn of haar ID-kaart niet laten zien: "die heeft iemand anders".',
          en: 'Cannot show their ID card: "someone else has it".',
        },
        { nl: 'Moet verdiend geld meteen afgeven.', en: 'Has to hand over earned money at once.' },
      ],
      parentQuestion: {
        nl: 'Heeft iemand het ID, de bankpas, de telefoon of het geld van je kind afgepakt en niet teruggegeven?',
        en: "Has someone taken your child's ID, bank card, phone or money and not given it back?",
      },
      youthQuestion: {
        nl: 'Heeft iemand voor wie je dingen doet je ID-kaart, bankpas of telefoon afgepakt, en krijg je die niet terug?',
        en: "Has someone you do things for taken your ID card, bank card or phone, and you don't get it back?",
      },
    },
    sourceIds: ['ILO-2009'],
  },
  {
    id: 'control-supplied-drugs',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'control',
    strength: strength('medium'),
    texts: {
      label: { nl: 'Afhankelijk gemaakt van drugs of alcohol', en: 'Made dependent on drugs or alcohol' },
      question: {
        nl: 'Wordt de jongere afhankelijk gemaakt van drugs of alcohol die anderen geven?',
        en: 'Is the young person being made dependent on drugs or alcohol supplied by others?',
      },
      examples: [
        {
          nl: 'Krijgt gratis drugs van de mensen voor wie hij of zij werkt, en gebruikt steeds meer.',
          en: 'Gets free drugs from the people they work for, and uses more and more.',
        },
        { nl: 'Moet "werken" om aan middelen te komen.', en: 'Has to "work" to get the substances.' },
      ],
      parentQuestion: {
        nl: 'Krijgt je kind drugs of alcohol van anderen, en moet het daarvoor iets terugdoen?',
        en: 'Does your child get drugs or alcohol from others, and have to do something in return?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'control-disclosure',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'control',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Vertelt gedwongen of gebruikt te worden', en: 'Says they are forced or used' },
      question: {
        nl: 'Vertelt de jongere dat hij of zij gedwongen of gebruikt wordt, of niet vrij is om zelf te beslissen?',
        en: 'Does the young person say they are forced, used or not free to decide for themselves?',
      },
      examples: [
        {
          nl: 'Zegt tegen een mentor: "Ik moet het doen, ik heb geen keus."',
          en: 'Tells a mentor: "I have to do it, I have no choice."',
        },
        { nl: 'Vertelt in een chat dat "ze me laten werken".', en: 'Says in a chat that "they make me work".' },
      ],
      parentQuestion: {
        nl: 'Zegt je kind dat het van anderen dingen moet doen waar het geen keus in heeft?',
        en: 'Does your child say others make them do things they have no choice about?',
      },
      youthQuestion: {
        nl: 'Moet je voor iemand die ouder is dingen doen die niet mogen, ook als je dat niet wilt?',
        en: "Do you have to do things that are not allowed for someone older, even when you don't want to?",
      },
    },
    sourceIds: ['ILO-2009'],
  },
  {
    id: 'control-abuse-of-vulnerability',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'control',
    strength: strength('strong'),
    texts: {
      label: {
        nl: 'Iemand maakt misbruik van een kwetsbare positie',
        en: 'Someone abuses a vulnerable position',
      },
      question: {
        nl: 'Maakt iemand gebruik van een beperking, verslaving, schulden, afhankelijkheid of verblijfsstatus van de jongere om hem of haar dingen te laten doen?',
        en: "Does someone take advantage of the young person's disability, addiction, debts, dependency or residence status to make them do things?",
      },
      examples: [
        {
          nl: 'Een "vriend" laat een jongvolwassene met een licht verstandelijke beperking rekeningen openen die hij gebruikt.',
          en: 'A "friend" has a young adult with a mild intellectual disability open accounts that he uses.',
        },
        {
          nl: 'Iemand dreigt de verblijfsstatus te melden als de jongere niet meewerkt.',
          en: 'Someone threatens to report the residence status if the young person does not cooperate.',
        },
      ],
      parentQuestion: {
        nl: 'Maakt iemand gebruik van een beperking, verslaving, schulden of afhankelijkheid van je kind om het dingen te laten doen?',
        en: "Does someone take advantage of your child's disability, addiction, debts or dependency to make them do things?",
      },
    },
    sourceIds: ['SR-273F', 'MST-ORIG'],
  },
  {
    id: 'control-deceived',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'control',
    strength: strength('medium'),
    texts: {
      label: { nl: 'Gelokt met valse beloften', en: 'Lured with false promises' },
      question: {
        nl: 'Is de jongere gelokt met valse beloften over het werk, de betaling of de omstandigheden?',
        en: 'Was the young person lured with false promises about the work, the pay or the conditions?',
      },
      examples: [
        {
          nl: 'Reageerde op een advertentie voor magazijnwerk, maar moet nu drugs bewaren.',
          en: 'Answered an advert for warehouse work, but now has to keep drugs.',
        },
        {
          nl: 'Kreeg een goed loon beloofd en heeft nog nooit iets ontvangen.',
          en: 'Was promised good pay and has never received anything.',
        },
      ],
      parentQuestion: {
        nl: 'Is je kind met beloften over werk of geld ergens heen gelokt, en bleek het iets anders te zijn?',
        en: 'Was your child lured somewhere with promises of work or money, and it turned out to be something else?',
      },
      youthQuestion: {
        nl: 'Heeft iemand je werk beloofd, en moest je toen dingen doen die niet mogen?',
        en: 'Did someone promise you work, and then you had to do things that are not allowed?',
      },
    },
    sourceIds: ['SR-273F', 'ILO-2009'],
  },
  {
    id: 'control-phone-monitoring',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'control',
    strength: strength('medium'),
    texts: {
      label: { nl: 'Telefoon of locatie wordt gecontroleerd', en: 'Phone or location is monitored' },
      question: {
        nl: 'Controleert iemand die geen ouder of verzorger is de telefoon of de locatie van de jongere?',
        en: "Does someone who is not a parent or carer check the young person's phone or location?",
      },
      examples: [
        {
          nl: 'Moet zijn of haar locatie delen met iemand en wordt gebeld als die uitstaat.',
          en: 'Must share their location with someone and gets called if it is off.',
        },
        { nl: 'Raakt in paniek als de batterij bijna leeg is.', en: 'Panics when the battery is nearly flat.' },
      ],
      parentQuestion: {
        nl: 'Kijkt iemand die geen ouder of verzorger is mee op de telefoon of de locatie van je kind?',
        en: "Does someone who is not a parent or carer look at your child's phone or location?",
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'control-multiple-phones',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'control',
    strength: strength('medium'),
    texts: {
      label: { nl: 'Meerdere telefoons, moet direct weg', en: 'Several phones, must leave at once' },
      question: {
        nl: 'Heeft de jongere meer dan één telefoon of simkaart, waarop hij of zij wordt gebeld om meteen weg te gaan?',
        en: 'Does the young person have more than one phone or SIM card, on which they are called to leave at once?',
      },
      examples: [
        {
          nl: 'Heeft een tweede, simpele telefoon die steeds afgaat.',
          en: 'Has a second, basic phone that keeps ringing.',
        },
        {
          nl: 'Loopt midden in de les of bij het eten weg na een telefoontje.',
          en: 'Walks out in the middle of a lesson or a meal after a call.',
        },
      ],
      parentQuestion: {
        nl: 'Heeft je kind een tweede telefoon waarop het wordt gebeld om meteen weg te gaan?',
        en: 'Does your child have a second phone on which they are called to leave at once?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'control-coached-story',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'control',
    strength: strength('medium'),
    texts: {
      label: { nl: 'Vertelt een ingestudeerd verhaal', en: 'Gives a coached story' },
      question: {
        nl: 'Vertelt de jongere een ingestudeerd verhaal, of precies hetzelfde verhaal als anderen, als hij of zij wordt aangesproken of verhoord?',
        en: 'Does the young person give a coached story, or exactly the same story as others, when stopped or questioned?',
      },
      examples: [
        {
          nl: 'Meerdere jongeren vertellen bij een aanhouding woord voor woord hetzelfde.',
          en: 'Several young people say the same thing word for word when arrested.',
        },
        {
          nl: 'Het verhaal klinkt uit het hoofd geleerd en past niet bij de feiten.',
          en: 'The story sounds learned by heart and does not fit the facts.',
        },
      ],
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'control-silent-when-stopped',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'control',
    strength: strength('weak'),
    texts: {
      label: { nl: 'Zwijgt als hij of zij wordt aangehouden', en: 'Says nothing when stopped' },
      question: {
        nl: 'Zegt de jongere niets als hij of zij wordt aangehouden met drugs of geld? (Zwijgen is een recht: op zichzelf zegt het weinig.)',
        en: 'Does the young person say nothing when stopped with drugs or money? (Silence is a right: on its own it means little.)',
      },
      examples: [
        {
          nl: 'Zegt niets over van wie de drugs zijn, ook niet als dat gevolgen heeft voor hem of haar zelf.',
          en: 'Says nothing about whose drugs they are, even when that has consequences for them.',
        },
        {
          nl: 'Lijkt bang om iets te zeggen waar anderen bij zijn.',
          en: 'Seems afraid to say anything while others are present.',
        },
      ],
    },
    sourceIds: ['HO-CL'],
  },
];
