import type { Signal } from '../../schema/signal.js';
import { strength } from '../edition.js';

/** Someone keeping the young person there: the means element of exploitation. */
export const controlSignals: Signal[] = [
  {
    id: 'control-debt',
    kind: 'signal',
    dimension: 'control',
    strength: strength('strong', ['ILO-2009']),
    texts: {
      label: { nl: 'Moet een schuld afbetalen of afwerken', en: 'Must pay off or work off a debt' },
      question: {
        nl: 'Zegt de jongere dat hij of zij geld schuldig is of een schuld moet afwerken, bijvoorbeeld na een beroving van drugs of geld?',
        en: 'Does the young person say they owe money or must work off a debt, for example after being robbed of drugs or money?',
      },
      examples: [
        {
          nl: 'Vertelt dat de drugs "gestolen" zijn en dat hij nu moet terugbetalen.',
          en: 'Says the drugs were "stolen" and he now has to pay it back.',
        },
        {
          nl: 'Het bedrag dat hij of zij "schuldig" is, wordt steeds hoger.',
          en: 'The amount they "owe" keeps growing.',
        },
      ],
      youthQuestion: {
        nl: 'Zegt iemand dat je geld schuldig bent en dat je dat moet terugbetalen of afwerken?',
        en: 'Does someone say you owe them money and must pay it back or work it off?',
      },
    },
    sourceIds: ['HO-CL', 'ILO-2009'],
  },
  {
    id: 'control-threats',
    kind: 'signal',
    dimension: 'control',
    strength: strength('strong', ['ILO-2009']),
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
      youthQuestion: {
        nl: 'Word jij of je familie bedreigd?',
        en: 'Are you or your family being threatened?',
      },
    },
    sourceIds: ['ILO-2009', 'HO-CL'],
  },
  {
    id: 'control-violence',
    kind: 'signal',
    dimension: 'control',
    strength: strength('strong', ['ILO-2009']),
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
          nl: 'Er gaan filmpjes rond van een jongere die in elkaar wordt geslagen.',
          en: 'Videos circulate of the young person being beaten up.',
        },
      ],
    },
    sourceIds: ['ILO-2009', 'HO-CL'],
  },
  {
    id: 'control-images',
    kind: 'signal',
    dimension: 'control',
    strength: strength('strong', ['JENV-2022', 'ILO-2009']),
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
          nl: 'Is in paniek over berichten waarin met beelden wordt gedreigd.',
          en: 'Panics about messages threatening to post images.',
        },
      ],
      youthQuestion: {
        nl: "Dreigt iemand foto's of filmpjes van jou te delen als je niet doet wat hij of zij wil?",
        en: "Is someone threatening to share photos or videos of you if you don't do what they want?",
      },
    },
    sourceIds: ['JENV-2022'],
  },
  {
    id: 'control-phone-monitoring',
    kind: 'signal',
    dimension: 'control',
    strength: strength('medium', ['HO-CL', 'ILO-2009']),
    texts: {
      label: { nl: 'Telefoon of locatie wordt gecontroleerd', en: 'Phone or location is monitored' },
      question: {
        nl: 'Controleert iemand de telefoon of locatie van de jongere, of eist iemand dat hij of zij altijd bereikbaar is?',
        en: "Does someone check the young person's phone or location, or demand they are always reachable?",
      },
      examples: [
        {
          nl: 'Moet zijn of haar locatie delen en wordt gebeld als die uitstaat.',
          en: 'Must share their location and gets called if it is off.',
        },
        { nl: 'Raakt in paniek als de batterij bijna leeg is.', en: 'Panics when the battery is nearly flat.' },
      ],
      youthQuestion: {
        nl: 'Moet je altijd bereikbaar zijn, of kijkt iemand mee op je telefoon of waar je bent?',
        en: 'Do you always have to be reachable, or does someone check your phone or where you are?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'control-multiple-phones',
    kind: 'signal',
    dimension: 'control',
    strength: strength('medium', ['HO-CL', 'ILO-2009']),
    texts: {
      label: { nl: 'Meerdere telefoons, moet direct weg', en: 'Several phones, must leave at once' },
      question: {
        nl: 'Heeft de jongere meerdere telefoons of simkaarten, wordt hij of zij veel gebeld en moet dan direct weg?',
        en: 'Does the young person have several phones or SIM cards, get many calls and have to leave at once?',
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
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'control-cannot-stop',
    kind: 'signal',
    dimension: 'control',
    strength: strength('strong', ['ILO-2009']),
    texts: {
      label: { nl: 'Kan niet stoppen of is bang om te stoppen', en: 'Cannot stop, or fears stopping' },
      question: {
        nl: 'Zegt de jongere dat hij of zij niet kan stoppen, of is hij of zij bang voor wat er gebeurt bij stoppen?',
        en: 'Does the young person say they cannot stop, or fear what happens if they do?',
      },
      examples: [
        { nl: 'Zegt: "Als ik stop, weten ze me te vinden."', en: 'Says: "If I stop, they\'ll find me."' },
        {
          nl: 'Wil wel stoppen maar blijft gaan als er gebeld wordt.',
          en: 'Wants to stop but still goes when called.',
        },
      ],
      youthQuestion: {
        nl: 'Is het nog vrijwillig? Kun je stoppen als je dat wilt?',
        en: 'Is it still your choice? Could you stop if you wanted to?',
      },
    },
    sourceIds: ['ILO-2009', 'JENV-2022'],
  },
  {
    id: 'control-documents-taken',
    kind: 'signal',
    dimension: 'control',
    strength: strength('strong', ['ILO-2009']),
    texts: {
      label: { nl: 'ID, bankpas, telefoon of geld afgepakt', en: 'ID, bank card, phone or money taken' },
      question: {
        nl: 'Zijn het ID, de bankpas, de telefoon of het geld van de jongere door anderen afgepakt of ingehouden?',
        en: "Have others taken or kept the young person's ID, bank card, phone or money?",
      },
      examples: [
        {
          nl: 'Kan zijn of haar ID-kaart niet laten zien, "die heeft iemand anders".',
          en: 'Cannot show their ID card, "someone else has it".',
        },
        { nl: 'Moet verdiend geld meteen afgeven.', en: 'Has to hand over earned money at once.' },
      ],
    },
    sourceIds: ['ILO-2009'],
  },
  {
    id: 'control-supplied-drugs',
    kind: 'signal',
    dimension: 'control',
    strength: strength('medium', ['HO-CL', 'ILO-2009']),
    texts: {
      label: { nl: 'Afhankelijk gemaakt van drugs of alcohol', en: 'Made dependent on drugs or alcohol' },
      question: {
        nl: 'Wordt de jongere afhankelijk gemaakt van drugs of alcohol die anderen geven?',
        en: 'Is the young person being made dependent on drugs or alcohol supplied by others?',
      },
      examples: [
        {
          nl: 'Krijgt gratis drugs van de groep en gebruikt steeds meer.',
          en: 'Gets free drugs from the group and uses more and more.',
        },
        { nl: 'Moet "werken" om aan middelen te komen.', en: 'Has to "work" to get the substances.' },
      ],
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'control-coached-story',
    kind: 'signal',
    dimension: 'control',
    strength: strength('medium', ['HO-CL', 'ILO-2009']),
    texts: {
      label: { nl: 'Ingestudeerd verhaal of zwijgt', en: 'Coached story, or silence' },
      question: {
        nl: 'Vertelt de jongere een ingestudeerd of steeds hetzelfde verhaal, of zwijgt hij of zij als hij of zij wordt betrapt met drugs of geld?',
        en: 'Does the young person give a coached or identical story, or say nothing, when caught with drugs or money?',
      },
      examples: [
        {
          nl: 'Meerdere jongeren vertellen bij een aanhouding precies hetzelfde verhaal.',
          en: 'Several young people tell exactly the same story when arrested.',
        },
        {
          nl: 'Zegt niets, ook niet als hij of zij daarmee zichzelf in de problemen brengt.',
          en: 'Says nothing, even when that gets them into trouble.',
        },
      ],
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'control-disclosure',
    kind: 'signal',
    dimension: 'control',
    strength: strength('strong', ['ILO-2009']),
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
    },
    sourceIds: ['ILO-2009', 'JENV-2022'],
  },
];
