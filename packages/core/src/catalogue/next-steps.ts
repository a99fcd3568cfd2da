import type { NextStep } from '../schema/next-step.js';

const MINORS = { max: 17 };
const YOUNG_ADULTS = { min: 18 };
const ABOVE_NONE = ['attention', 'concern', 'suspicion', 'acute'] as const;

/**
 * What to do, by level, audience and age group, plus the steps specific observations bring in
 * (model v2.1: one voice per audience, no step beside one it contradicts, suicide talk alone on a
 * route of its own).
 * Professional steps follow the five steps of the Meldcode huiselijk geweld en kindermishandeling
 * and the rules of confidentiality: only Veilig Thuis has a meldrecht. Parents get where to ask
 * advice; young people short, simple words and places to talk.
 */
export const nextSteps: NextStep[] = [
  // Acute danger comes first for everyone.
  {
    id: 'call-112',
    levels: ['acute'],
    audiences: ['professional', 'parent'],
    order: 0,
    title: { nl: 'Bel nu 112', en: 'Call 112 now' },
    body: {
      nl: 'Er is direct gevaar. Bel 112 en zeg wat je weet: waar de jongere is, wat er dreigt en wie erbij zijn. Wacht niet tot je zeker bent.',
      en: 'There is immediate danger. Call 112 and say what you know: where the young person is, what is threatening and who is involved. Do not wait until you are sure.',
    },
    contactIds: ['emergency'],
    sourceIds: ['MELDCODE'],
  },
  {
    id: 'youth-call-112',
    levels: ['acute'],
    audiences: ['young-person'],
    order: 0,
    title: { nl: 'Ben je in gevaar? Bel 112', en: 'In danger? Call 112' },
    body: {
      nl: 'Ben jij of iemand anders nu in gevaar? Bel 112. Hulp vragen is nooit strafbaar.',
      en: 'Are you or someone else in danger now? Call 112. Asking for help is never a crime.',
    },
    contactIds: ['emergency'],
    sourceIds: ['MELDCODE'],
  },
  {
    id: 'suicide-help',
    levels: [],
    triggers: [{ observed: { ids: ['acute-suicide-risk'] } }],
    leads: true,
    routes: ['suicide'],
    audiences: ['professional', 'parent', 'young-person'],
    order: 1,
    title: { nl: 'Praat er vandaag over met 113', en: 'Talk to 113 about it today' },
    body: {
      nl: 'Bel of chat vandaag met 113 Zelfmoordpreventie (113 of gratis 0800-0113, dag en nacht), ook om te vragen hoe je het gesprek voert. Is een leven nu in gevaar, bel dan 112. Vraag gewoon naar de gedachten aan zelfmoord: dat brengt iemand niet op het idee. Blijf bij de jongere en laat hem of haar niet alleen met deze gedachten. Betrek de huisarts of de crisisdienst, en mensen die de jongere vertrouwt. Bij een minderjarige vertel je het de ouders, tenzij dat niet veilig is.',
      en: 'Call or chat with 113 Suicide Prevention today (113, or 0800-0113 free, day and night), also to ask how to have the conversation. If a life is in danger now, call 112. Ask about the thoughts of suicide directly: asking does not put the idea in anyone’s head. Stay with the young person and do not leave them alone with these thoughts. Involve the GP or the crisis service, and people the young person trusts. For a minor, tell the parents unless that is unsafe.',
    },
    forAudience: {
      parent: {
        body: {
          nl: 'Bel of chat vandaag met 113 Zelfmoordpreventie (113 of gratis 0800-0113, dag en nacht). Zij helpen jou ook om erover te praten met je kind. Is een leven nu in gevaar, bel dan 112. Vraag gewoon naar de gedachten aan zelfmoord: dat brengt je kind niet op het idee. Blijf bij je kind en laat het niet alleen met deze gedachten. Bel de huisarts, of buiten kantoortijd de huisartsenpost.',
          en: 'Call or chat with 113 Suicide Prevention today (113, or 0800-0113 free, day and night). They also help you talk about it with your child. If a life is in danger now, call 112. Ask about the thoughts of suicide directly: asking does not put the idea in your child’s head. Stay with your child and do not leave them alone with these thoughts. Call your GP, or the out-of-hours GP service.',
        },
      },
      'young-person': {
        title: { nl: 'Praat er nu over met 113', en: 'Talk to 113 about it now' },
        body: {
          nl: 'Denk je aan zelfmoord? Je hoeft daar niet alleen mee te blijven. Bel of chat nu met 113 (113 of gratis 0800-0113, dag en nacht). Ben je nu in gevaar, bel dan 112. Vertel het ook aan iemand die je vertrouwt, of aan je huisarts.',
          en: 'Are you thinking about suicide? You do not have to stay alone with that. Call or chat with 113 now (113, or 0800-0113 free, day and night). If you are in danger now, call 112. Also tell someone you trust, or your GP.',
        },
      },
    },
    contactIds: ['113', 'emergency', 'kindertelefoon'],
    sourceIds: ['113-SUICIDE'],
  },
  {
    id: 'report-after-acute',
    levels: ['acute'],
    audiences: ['professional'],
    order: 2,
    meldcodeStep: 5,
    title: { nl: 'Meld daarna', en: 'Then report' },
    body: {
      nl: 'Als de directe veiligheid geregeld is: meld over een minderjarige bij Veilig Thuis (0800-2000); acute onveiligheid is altijd een reden om te melden. Bij 18 jaar of ouder is de politie via 112 al betrokken; meld bij Veilig Thuis als iemand uit de huiselijke kring erbij betrokken is (een (ex-)partner, familielid, huisgenoot of mantelzorger).',
      en: 'Once immediate safety is arranged: report about a minor to Veilig Thuis (0800-2000); acute unsafety is always a reason to report. At 18 or older the police are already involved through 112; report to Veilig Thuis if someone in the domestic circle is involved (an (ex-)partner, relative, housemate or informal carer).',
    },
    contactIds: ['veilig-thuis'],
    sourceIds: ['MELDCODE', 'WMO-2015'],
  },
  // Nothing observed.
  {
    id: 'keep-looking',
    levels: ['none'],
    audiences: ['professional', 'parent'],
    order: 1,
    title: { nl: 'Blijf in gesprek en kijk opnieuw', en: 'Keep talking and look again' },
    body: {
      nl: 'Je ziet nu geen signalen. Blijf in gesprek en kijk opnieuw als er iets verandert. Uitbuiting is een haaldelict: slachtoffers melden zich zelden zelf.',
      en: 'You see no signals now. Keep talking and look again if anything changes. Exploitation is a hidden crime: victims rarely come forward themselves.',
    },
    forAudience: {
      parent: {
        body: {
          nl: 'Je ziet nu niets wat erop wijst dat iemand je kind gebruikt. Blijf met je kind praten en kijk opnieuw als er iets verandert. Kinderen die gebruikt worden, vertellen dat vaak niet uit zichzelf.',
          en: 'You see nothing now that suggests someone is using your child. Keep talking with your child and look again if anything changes. Children who are used often do not say so by themselves.',
        },
      },
    },
    contactIds: [],
    sourceIds: ['JENV-2022'],
  },
  {
    id: 'stay-alert',
    levels: [],
    triggers: [{ observed: { kinds: ['risk-factor'] }, levels: ['none'] }],
    audiences: ['professional', 'parent'],
    order: 2,
    title: { nl: 'Weet waar je op let', en: 'Know what to look for' },
    body: {
      nl: 'Er spelen omstandigheden die een jongere kwetsbaar maken voor ronselaars. Dat zijn geen signalen van uitbuiting en ze zeggen niets over wat de jongere doet. Weet welke signalen er zijn, blijf in contact, en zoek hulp voor die omstandigheden zelf.',
      en: 'There are circumstances that make a young person vulnerable to recruiters. They are not signals of exploitation and say nothing about what the young person does. Know the signals, stay in touch, and seek help for those circumstances themselves.',
    },
    forAudience: {
      parent: {
        body: {
          nl: 'Wat je invulde over de situatie van je kind, zegt niets over wat je kind doet. Het kan wel betekenen dat mensen die kinderen voor criminele klusjes willen gebruiken, je kind eerder benaderen. Weet waar je op let, blijf in gesprek met je kind, en zoek hulp voor die situatie zelf.',
          en: 'What you filled in about your child’s situation says nothing about what your child does. It can mean that people who want to use children for criminal jobs approach your child sooner. Know what to look for, keep talking with your child, and seek help for the situation itself.',
        },
      },
    },
    contactIds: [],
    sourceIds: ['JENV-2022'],
  },
  // Steps that specific observations bring in, at any level.
  {
    id: 'under-12',
    levels: [],
    triggers: [{ observed: { dimensions: ['activity'], evidence: 'direct' }, ages: { max: 11 } }],
    audiences: ['professional', 'parent'],
    replaces: ['follow-up'],
    order: 5,
    title: { nl: 'Een kind jonger dan 12: overleg vandaag', en: 'A child under 12: consult today' },
    body: {
      nl: 'Een kind jonger dan 12 kan niet worden vervolgd: dit is een zaak van kinderbescherming. Overleg vandaag nog met Veilig Thuis (0800-2000). De volwassenen die het kind gebruiken, zijn een zaak voor de politie.',
      en: 'A child under 12 cannot be prosecuted: this is a child-protection case. Consult Veilig Thuis (0800-2000) today. The adults who use the child are a police matter.',
    },
    forAudience: {
      parent: {
        title: { nl: 'Je kind is jonger dan 12: bel vandaag', en: 'Your child is under 12: call today' },
        body: {
          nl: 'Een kind jonger dan 12 wordt niet gestraft: het gaat om de veiligheid van je kind. Bel vandaag nog Veilig Thuis (0800-2000, gratis, dag en nacht). De volwassenen die je kind gebruiken, zijn een zaak voor de politie.',
          en: 'A child under 12 is not punished: this is about your child’s safety. Call Veilig Thuis (0800-2000, free, day and night) today. The adults who use your child are a police matter.',
        },
      },
    },
    contactIds: ['veilig-thuis', 'police'],
    sourceIds: ['MELDCODE', 'SR-273F'],
  },
  {
    id: 'close-circle-involved',
    levels: [],
    triggers: [{ observed: { ids: ['recruit-close-circle'] } }],
    audiences: ['professional', 'parent'],
    replaces: ['follow-up'],
    order: 6,
    title: {
      nl: 'Iemand uit de huiselijke kring doet mee: informeer de familie niet',
      en: 'Someone in the domestic circle is involved: do not inform the family',
    },
    body: {
      nl: 'Vertel het de familie niet en spreek niemand uit het gezin erop aan: dat kan de jongere in gevaar brengen. Overleg met Veilig Thuis (0800-2000), ook als de jongere 18 of ouder is.',
      en: 'Do not tell the family and do not confront anyone in the household: that can put the young person in danger. Consult Veilig Thuis (0800-2000), also if the young person is 18 or older.',
    },
    forAudience: {
      parent: {
        title: {
          nl: 'Doet iemand uit de familie mee? Bel Veilig Thuis',
          en: 'Is someone in the family involved? Call Veilig Thuis',
        },
        body: {
          nl: 'Doet iemand uit je familie of je huis mee? Bel Veilig Thuis (0800-2000, gratis, dag en nacht, ook anoniem) en vraag hoe je je kind veilig houdt. Spreek die persoon er niet zelf op aan: dat kan je kind in gevaar brengen.',
          en: 'Is someone in your family or household involved? Call Veilig Thuis (0800-2000, free, day and night, anonymously if you wish) and ask how to keep your child safe. Do not confront that person yourself: that can put your child in danger.',
        },
      },
    },
    contactIds: ['veilig-thuis'],
    sourceIds: ['MELDCODE', 'WMO-2015'],
  },
  {
    id: 'missing-report',
    levels: [],
    triggers: [{ observed: { ids: ['harm-missing', 'acute-missing-in-danger'] } }],
    audiences: ['professional', 'parent'],
    order: 7,
    title: { nl: 'Meld elke vermissing bij de politie', en: 'Report every missing episode to the police' },
    body: {
      nl: 'Meld elke keer dat de jongere vermist is bij de politie: 112 bij direct gevaar, anders 0900-8844 (lokaal tarief). Ook als het vaker gebeurt. Vraag na terugkeer om een terugkeergesprek. Is de jongere 18 of ouder en heb je een beroepsgeheim: meld bij direct gevaar, en anders met zijn of haar toestemming.',
      en: 'Report every time the young person is missing to the police: 112 in immediate danger, otherwise 0900-8844 (local rate). Also when it happens often. After they return, ask for a return interview. If the young person is 18 or older and you have a duty of confidentiality: report in immediate danger, and otherwise with their consent.',
    },
    forAudience: {
      parent: {
        title: { nl: 'Meld elke vermissing bij de politie', en: 'Report every time your child is missing' },
        body: {
          nl: 'Meld elke keer dat je kind vermist is bij de politie: 112 bij direct gevaar, anders 0900-8844 (lokaal tarief). Ook als het vaker gebeurt. Vraag als je kind terug is om een gesprek over waar het was en met wie.',
          en: 'Report to the police every time your child is missing: 112 in immediate danger, otherwise 0900-8844 (local rate). Also when it happens often. When your child is back, ask for a talk about where they were and with whom.',
        },
      },
    },
    contactIds: ['police'],
    sourceIds: ['HO-CL', 'WODC-2016'],
  },
  {
    id: 'sextortion-help',
    levels: [],
    triggers: [{ observed: { ids: ['control-images'] } }],
    audiences: ['professional', 'parent', 'young-person'],
    order: 8,
    title: { nl: 'Beelden als drukmiddel: Helpwanted helpt', en: 'Images used as pressure: Helpwanted helps' },
    body: {
      nl: 'Helpwanted helpt om beelden offline te laten halen en geeft advies. Maak screenshots van de chat en het profiel, alleen als niemand anders de telefoon controleert, maar bewaar of stuur de beelden zelf nooit door. Betaal niets. Over een minderjarige meld je met een beroepsgeheim bij Veilig Thuis, of je gaat naar de politie met toestemming of bij een conflict van plichten; over een jongvolwassene alleen met zijn of haar toestemming, of bij acuut gevaar.',
      en: 'Helpwanted helps get images taken down and gives advice. Take screenshots of the chat and the profile, only if nobody else checks the phone, but never save or forward the images themselves. Do not pay. With a duty of confidentiality, about a minor you report to Veilig Thuis, or go to the police with consent or in a conflict of duties; about a young adult only with their consent, or in acute danger.',
    },
    forAudience: {
      parent: {
        body: {
          nl: 'Helpwanted helpt om beelden offline te laten halen en geeft advies. Maak screenshots van de chat en het profiel, maar bewaar of stuur de beelden zelf nooit door. Betaal niets. Doe aangifte bij de politie (0900-8844, lokaal tarief).',
          en: 'Helpwanted helps get images taken down and gives advice. Take screenshots of the chat and the profile, but never save or forward the images themselves. Do not pay. Report it to the police (0900-8844, local rate).',
        },
      },
      'young-person': {
        body: {
          nl: 'Dreigt iemand een naaktfoto of -filmpje van je te delen? Dat is niet jouw schuld. Helpwanted helpt om beelden offline te halen. Betaal niets en doe niet wat ze vragen. Maak alleen screenshots van de chat en het profiel als niemand anders je telefoon controleert. Bewaar of stuur de beelden zelf nooit door.',
          en: 'Is someone threatening to share a nude photo or video of you? That is not your fault. Helpwanted helps get images taken down. Do not pay and do not do what they ask. Only take screenshots of the chat and the profile if nobody else checks your phone. Never save or forward the images themselves.',
        },
      },
    },
    contactIds: ['helpwanted', 'police'],
    sourceIds: ['HELPWANTED', 'JENV-2022'],
  },
  {
    id: 'money-mule-bank',
    levels: [],
    triggers: [{ observed: { ids: ['activity-money-mule'] } }],
    audiences: ['professional', 'parent', 'young-person'],
    order: 8,
    title: { nl: 'Bankpas of rekening gebruikt door anderen', en: 'Bank card or account used by others' },
    body: {
      nl: 'Laat de pas of rekening blokkeren bij de bank, samen met de jongere en een hulpverlener, en zorg eerst voor zijn of haar veiligheid: wie een pas blokkeert die de uitbuiters nog hebben, kan een nieuwe "schuld" en bedreigingen krijgen. Vraag de Fraudehelpdesk om advies. Zeg niet dat de jongere geen problemen krijgt: een geldezel kan worden vervolgd en op een zwarte lijst van banken komen. Zeg wel dat hulp vragen nooit strafbaar is.',
      en: 'Have the card or account blocked at the bank, together with the young person and a helper, and see to their safety first: blocking a card the exploiters still hold can bring a new "debt" and threats. Ask the Fraudehelpdesk for advice. Do not say the young person will not get into trouble: a money mule can be prosecuted and put on a bank blacklist. Do say that asking for help is never a crime.',
    },
    forAudience: {
      parent: {
        body: {
          nl: 'Laat de pas of rekening blokkeren bij de bank, samen met je kind en een hulpverlener, en zorg eerst voor de veiligheid van je kind: wie een pas blokkeert die anderen nog hebben, kan een nieuwe "schuld" en bedreigingen krijgen. Vraag de Fraudehelpdesk om advies. Beloof je kind niet dat het geen problemen krijgt, maar zeg wel dat hulp vragen nooit strafbaar is.',
          en: 'Have the card or account blocked at the bank, together with your child and a helper, and see to your child’s safety first: blocking a card others still hold can bring a new "debt" and threats. Ask the Fraudehelpdesk for advice. Do not promise your child they will not get into trouble, but do say that asking for help is never a crime.',
        },
      },
      'young-person': {
        body: {
          nl: 'Heeft iemand jouw bankpas of rekening gebruikt? Praat eerst met iemand die je kan helpen, zoals een advocaat of een hulplijn hieronder, voordat je naar de politie gaat. Laat de pas samen met hen blokkeren, en denk eerst aan je veiligheid: soms eisen ze dan geld van je. Hulp vragen is nooit strafbaar.',
          en: 'Has someone used your bank card or account? First talk to someone who can help you, such as a lawyer or a helpline below, before you go to the police. Have the card blocked together with them, and think of your safety first: sometimes they then demand money from you. Asking for help is never a crime.',
        },
      },
    },
    contactIds: ['fraudehelpdesk'],
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'parent-do-not-pay',
    levels: [],
    triggers: [{ observed: { ids: ['control-debt'] } }],
    audiences: ['parent'],
    order: 9,
    title: { nl: 'Betaal de "schuld" niet', en: 'Do not pay the "debt"' },
    body: {
      nl: 'Betaal een "schuld" die je kind zou hebben niet af: dat maakt de druk meestal groter, niet kleiner. Vraag de politie om advies (0900-8844, lokaal tarief).',
      en: 'Do not pay off a "debt" your child is said to owe: it usually makes the pressure bigger, not smaller. Ask the police for advice (0900-8844, local rate).',
    },
    contactIds: ['police'],
    sourceIds: ['AK-CALIBRATION'],
  },
  // Professionals: the meldcode steps.
  {
    id: 'map-signals',
    levels: ['attention', 'concern', 'suspicion'],
    audiences: ['professional'],
    order: 10,
    meldcodeStep: 1,
    title: { nl: 'Breng de signalen in kaart', en: 'Map the signals' },
    body: {
      nl: 'Schrijf op wat je ziet en hoort, met datum: feiten, geen interpretaties. Noteer ook wat je (nog) niet weet; de vragen die de moeite waard zijn om te stellen, helpen daarbij.',
      en: 'Write down what you see and hear, with dates: facts, not interpretations. Also note what you do not know (yet); the questions worth asking help with that.',
    },
    contactIds: [],
    sourceIds: ['MELDCODE'],
  },
  {
    id: 'follow-up',
    levels: ['attention'],
    audiences: ['professional', 'parent'],
    order: 11,
    title: { nl: 'Kijk over een paar weken opnieuw', en: 'Look again in a few weeks' },
    body: {
      nl: 'Schrijf op wat je zag, met de datum erbij, en kijk over een paar weken opnieuw: zijn er nieuwe signalen, of blijkt er een gewone verklaring? Twijfel je eerder, vraag dan eerder advies.',
      en: 'Write down what you saw, with dates, and look again in a few weeks: are there new signals, or does an ordinary explanation turn up? If you are in doubt sooner, ask for advice sooner.',
    },
    contactIds: [],
    sourceIds: ['MELDCODE'],
  },
  {
    id: 'consult-colleague',
    levels: ['attention', 'concern', 'suspicion'],
    audiences: ['professional'],
    order: 12,
    meldcodeStep: 2,
    title: { nl: 'Overleg met een collega', en: 'Consult a colleague' },
    body: {
      nl: 'Bespreek wat je ziet met een collega of de aandachtsfunctionaris huiselijk geweld en kindermishandeling.',
      en: 'Discuss what you see with a colleague or the designated safeguarding lead.',
    },
    contactIds: [],
    sourceIds: ['MELDCODE'],
  },
  {
    id: 'ask-expert-advice',
    levels: ['concern', 'suspicion'],
    audiences: ['professional'],
    order: 13,
    meldcodeStep: 2,
    title: { nl: 'Vraag een deskundige om advies', en: 'Ask an expert for advice' },
    body: {
      nl: 'Over een minderjarige: overleg nu met Veilig Thuis (0800-2000, ook anoniem), niet pas over een paar weken. Over een jongvolwassene: vraag anoniem advies aan CoMensha of het CKM, of aan Veilig Thuis als iemand uit de huiselijke kring erbij betrokken is. Je hoeft niet zeker te zijn om advies te vragen.',
      en: 'About a minor: consult Veilig Thuis (0800-2000, anonymously if you wish) now, not in a few weeks. About a young adult: ask CoMensha or CKM for advice anonymously, or Veilig Thuis if someone in the domestic circle is involved. You do not need to be sure to ask.',
    },
    contactIds: ['veilig-thuis', 'comensha', 'ckm'],
    sourceIds: ['MELDCODE', 'DH-2022'],
  },
  {
    id: 'professional-secrecy',
    levels: ['concern', 'suspicion'],
    audiences: ['professional'],
    order: 14,
    title: { nl: 'Heb je een beroepsgeheim?', en: 'Do you have a duty of confidentiality?' },
    body: {
      nl: 'Je mag altijd anoniem advies vragen, zonder namen. Twee meldrechten doorbreken je beroepsgeheim: dat van Veilig Thuis, en voor minderjarigen dat van de Raad voor de Kinderbescherming. Politie, CoMensha en het Zorg- en Veiligheidshuis hebben er geen. Over een minderjarige deel je gegevens dus via Veilig Thuis (dat zo nodig de politie betrekt), met toestemming, of bij een conflict van plichten; nooit zomaar met de politie of Meld Misdaad Anoniem. Toestemming vraag je onder 12 aan de ouders met gezag, van 12 tot en met 15 aan de jongere en meestal de ouders, vanaf 16 aan de jongere zelf; nooit aan een ouder die misschien betrokken is. Het meldrecht van Veilig Thuis geldt niet voor een jongvolwassene buiten de huiselijke kring: naar de politie of CoMensha ga je dan alleen met toestemming, of zonder toestemming bij acuut gevaar of een conflict van plichten. Een conflict van plichten betekent: je hebt eerst om toestemming gevraagd of dat kan niet, er dreigt ernstige schade, er is geen andere weg, en je deelt alleen wat nodig is.',
      en: 'You may always ask for advice anonymously, without names. Two rights to report lift your duty of confidentiality: that of Veilig Thuis, and for minors that of the Child Protection Board (Raad voor de Kinderbescherming). The police, CoMensha and the Zorg- en Veiligheidshuis have none. About a minor you therefore share information through Veilig Thuis (which involves the police where needed), with consent, or in a conflict of duties; never freely with the police or Meld Misdaad Anoniem. You ask consent under 12 from the parents with authority, from 12 to 15 from the young person and usually the parents, from 16 from the young person; never from a parent who may be involved. The Veilig Thuis right to report does not cover a young adult outside the domestic circle: you then go to the police or CoMensha only with consent, or without it in acute danger or a conflict of duties. A conflict of duties means: you asked for consent first or cannot, serious harm is at stake, there is no other way, and you share only what is needed.',
    },
    contactIds: ['veilig-thuis'],
    sourceIds: ['WMO-2015', 'MELDCODE'],
  },
  {
    id: 'talk-with-young-person',
    levels: ['attention', 'concern', 'suspicion'],
    audiences: ['professional'],
    order: 15,
    meldcodeStep: 3,
    title: { nl: 'Praat met de jongere', en: 'Talk with the young person' },
    body: {
      nl: 'Vertel wat je ziet en vraag hoe het gaat, zonder te beschuldigen: je praat met een mogelijk slachtoffer. Praat met ouders alleen als dat de jongere niet in gevaar brengt, en bij 18 jaar of ouder alleen met toestemming van de jongvolwassene.',
      en: 'Say what you notice and ask how things are, without blame: you are talking with a possible victim. Talk with parents only if that does not put the young person at risk, and at 18 or older only with the young adult’s consent.',
    },
    contactIds: [],
    sourceIds: ['MELDCODE', 'JENV-2022'],
  },
  {
    id: 'weigh-the-risk',
    levels: ['concern', 'suspicion'],
    audiences: ['professional'],
    order: 16,
    meldcodeStep: 4,
    title: { nl: 'Weeg het risico met het afwegingskader', en: 'Weigh the risk with the assessment framework' },
    body: {
      nl: 'Loop de vijf vragen van het afwegingskader van je beroepsgroep langs, samen met wat je uit het advies hebt gehoord. 1. Heb ik een vermoeden van huiselijk geweld of kindermishandeling, hier uitbuiting? 2. Is er acute of structurele onveiligheid? 3. Is melden noodzakelijk? 4. Kan ik, samen met anderen, passende en voldoende hulp bieden of organiseren? 5. Leidt die hulp tot de veiligheid en het welzijn die nodig zijn?',
      en: "Go through the five questions of your profession's assessment framework, together with the advice you received. 1. Do I suspect domestic violence or child abuse, here exploitation? 2. Is there acute or structural unsafety? 3. Is reporting necessary? 4. Can I, together with others, give or arrange fitting and sufficient help? 5. Does that help lead to the safety and well-being that are needed?",
    },
    contactIds: [],
    sourceIds: ['MELDCODE'],
  },
  {
    id: 'inform-before-reporting',
    levels: ['suspicion'],
    audiences: ['professional'],
    order: 17,
    title: {
      nl: 'Besluit je te melden? Vertel het vooraf, waar dat veilig kan',
      en: 'If you decide to report, tell them beforehand where that is safe',
    },
    body: {
      nl: 'Besluit je na het afwegen te melden, vertel dat dan vooraf: bij een minderjarige aan de jongere en de ouders, bij 18 jaar of ouder alleen aan de jongvolwassene zelf, nooit aan ouders zonder toestemming. Doe het niet als het iemand in gevaar brengt, het contact kan verbreken of de uitbuiters kan waarschuwen, en nooit aan de familie als iemand uit de huiselijke kring erbij betrokken is.',
      en: 'If after weighing it you decide to report, say so beforehand: for a minor, to the young person and the parents; at 18 or older, to the young adult only, never to parents without consent. Do not do it if it endangers someone, could break off contact or could warn the exploiters, and never tell the family if someone in the domestic circle is involved.',
    },
    contactIds: [],
    sourceIds: ['MELDCODE'],
  },
  {
    id: 'adult-no-consent',
    levels: ['concern', 'suspicion'],
    ages: YOUNG_ADULTS,
    audiences: ['professional'],
    order: 17,
    title: {
      nl: 'Geeft de jongvolwassene (nog) geen toestemming?',
      en: 'Does the young adult not consent (yet)?',
    },
    body: {
      nl: 'Houd contact: dat is het belangrijkste wat je kunt doen. Overleg anoniem met CoMensha of de regionale zorgcoördinator mensenhandel, of met Veilig Thuis als iemand uit de huiselijke kring meedoet. Heeft een jongvolwassene met een licht verstandelijke beperking een mentor (mentorschap), betrek die dan. Bied hulp aan van Fier of Slachtofferhulp (0900-0101, lokaal tarief). Schrijf op wat je ziet en vraag later opnieuw om toestemming. Zonder toestemming handel je alleen bij acuut gevaar, of na overleg als er een conflict van plichten is.',
      en: 'Keep in contact: that is the most important thing you can do. Consult CoMensha or the regional care coordinator for human trafficking anonymously, or Veilig Thuis if someone in the domestic circle is involved. If a young adult with a mild intellectual disability has a mentor (mentorschap), involve them. Offer help from Fier or Slachtofferhulp (0900-0101, local rate). Write down what you see and ask for consent again later. Without consent you act only in acute danger, or after consultation where there is a conflict of duties.',
    },
    contactIds: ['comensha', 'fier', 'slachtofferhulp'],
    sourceIds: ['AK-CALIBRATION', 'WMO-2015'],
  },
  {
    id: 'report-veilig-thuis',
    levels: ['suspicion'],
    ages: MINORS,
    triggers: [{ observed: { ids: ['recruit-close-circle'] }, levels: ['suspicion'] }],
    audiences: ['professional'],
    order: 18,
    meldcodeStep: 5,
    title: { nl: 'Meld bij Veilig Thuis', en: 'Report to Veilig Thuis' },
    body: {
      nl: 'Er is een vermoeden van uitbuiting: meld bij Veilig Thuis (0800-2000) en beslis of je daarnaast zelf hulp kunt bieden of organiseren. Een vermoeden is genoeg; bewijs is niet nodig.',
      en: 'There is a suspicion of exploitation: report to Veilig Thuis (0800-2000) and decide whether you can also give or arrange help yourself. A suspicion is enough; proof is not needed.',
    },
    contactIds: ['veilig-thuis'],
    sourceIds: ['MELDCODE', 'WMO-2015'],
  },
  {
    id: 'report-adult-exploitation',
    levels: ['suspicion'],
    ages: YOUNG_ADULTS,
    audiences: ['professional', 'parent'],
    order: 18,
    title: { nl: 'Meld uitbuiting van een jongvolwassene', en: 'Report exploitation of a young adult' },
    body: {
      nl: 'Een vermoeden van uitbuiting van een jongvolwassene meld je bij de politie (0900-8844, lokaal tarief: zeg dat je uitbuiting vermoedt en vraag naar het team mensenhandel) of bij CoMensha. Heb je een beroepsgeheim, doe dit dan met toestemming van de jongvolwassene. Is iemand uit de huiselijke kring erbij betrokken, meld dan bij Veilig Thuis.',
      en: 'Report a suspicion that a young adult is exploited to the police (0900-8844: say you suspect exploitation and ask for the human-trafficking team) or to CoMensha. If you have a duty of confidentiality, do so with the young adult’s consent. If someone in the domestic circle is involved, report to Veilig Thuis.',
    },
    forAudience: {
      parent: {
        title: { nl: 'Meld het bij de politie of CoMensha', en: 'Report it to the police or CoMensha' },
        body: {
          nl: 'Denk je dat je kind van 18 of ouder wordt uitgebuit? Bel de politie (0900-8844, lokaal tarief): zeg dat je uitbuiting vermoedt en vraag naar het team mensenhandel. Je kunt ook CoMensha bellen. Doet iemand uit de familie of het huishouden mee, bel dan Veilig Thuis (0800-2000).',
          en: 'Do you think your child of 18 or older is being exploited? Call the police (0900-8844, local rate): say you suspect exploitation and ask for the human-trafficking team. You can also call CoMensha. If someone in the family or household is involved, call Veilig Thuis (0800-2000).',
        },
      },
    },
    contactIds: ['police', 'comensha'],
    sourceIds: ['SR-273F', 'WMO-2015'],
  },
  {
    id: 'involve-police',
    levels: ['suspicion'],
    triggers: [
      {
        observed: { ids: ['control-threats', 'control-violence', 'activity-violent-jobs'] },
        levels: ['concern'],
      },
    ],
    audiences: ['professional', 'parent'],
    order: 19,
    title: {
      nl: 'Betrek de politie bij dreiging of geweld',
      en: 'Involve the police where there are threats or violence',
    },
    body: {
      nl: 'Bij bedreiging, geweld of strafbare feiten: betrek de politie (0900-8844, lokaal tarief; bij direct gevaar 112). Heb je een beroepsgeheim, doe dit over een minderjarige via Veilig Thuis (of met toestemming, of bij een conflict van plichten) en over een jongvolwassene met zijn of haar toestemming. Zie de jongere als mogelijk slachtoffer, ook als hij of zij strafbare feiten pleegt.',
      en: 'Where there are threats, violence or crimes: involve the police (0900-8844, or 112 in immediate danger). With a duty of confidentiality, do this about a minor through Veilig Thuis and about a young adult with their consent. See the young person as a possible victim, even if they commit crimes.',
    },
    forAudience: {
      parent: {
        title: { nl: 'Wordt je kind bedreigd? Bel de politie', en: 'Is your child threatened? Call the police' },
        body: {
          nl: 'Wordt je kind bedreigd, geslagen of gedwongen tot geweld? Bel de politie (0900-8844, lokaal tarief; bij direct gevaar 112). Je kind is dan ook slachtoffer, ook als het zelf iets strafbaars heeft gedaan.',
          en: 'Is your child threatened, beaten or forced into violence? Call the police (0900-8844, local rate; 112 in immediate danger). Your child is then a victim too, even if they have done something illegal themselves.',
        },
      },
    },
    contactIds: ['police'],
    sourceIds: ['JENV-2022', 'WMO-2015'],
  },
  {
    id: 'arrested-lawyer',
    levels: [],
    triggers: [{ observed: { ids: ['activity-arrested-with-others'] } }, { context: 'suspect' }],
    audiences: ['professional', 'parent', 'young-person'],
    order: 20,
    title: {
      nl: 'Na een aanhouding: vertel de advocaat over de druk',
      en: 'After an arrest: tell the lawyer about the pressure',
    },
    body: {
      nl: 'Is de jongere aangehouden of verdachte? Vertel de (jeugd)advocaat over druk of dwang van anderen. Wie onder druk strafbare feiten pleegt, kan ook slachtoffer zijn.',
      en: 'Has the young person been arrested, or are they a suspect? Tell the (youth) lawyer about pressure or coercion from others. Someone who commits crimes under pressure may also be a victim.',
    },
    forAudience: {
      parent: {
        body: {
          nl: 'Is je kind aangehouden of verdachte? Vertel de (jeugd)advocaat dat anderen je kind misschien onder druk zetten. Wie onder druk iets strafbaars doet, kan ook slachtoffer zijn.',
          en: 'Has your child been arrested, or are they a suspect? Tell the (youth) lawyer that others may be putting your child under pressure. Someone who does something illegal under pressure may also be a victim.',
        },
      },
      'young-person': {
        title: { nl: 'Opgepakt door de politie?', en: 'Picked up by the police?' },
        body: {
          nl: 'Ben je jonger dan 18 en wil de politie je verhoren? Dan krijg je altijd eerst een advocaat. Vertel die advocaat als iemand je onder druk zet of dwingt. Dat helpt jou.',
          en: 'Are you under 18 and do the police want to question you? Then you always get a lawyer first. Tell that lawyer if someone is pressuring or forcing you. That helps you.',
        },
      },
    },
    contactIds: [],
    sourceIds: ['JENV-2022'],
  },
  {
    id: 'do-not-confront',
    levels: ['concern', 'suspicion', 'acute'],
    audiences: ['professional', 'parent'],
    order: 21,
    title: { nl: 'Spreek de vermoedelijke uitbuiters niet aan', en: 'Do not confront the suspected exploiters' },
    body: {
      nl: 'Confronteer de mensen van wie je vermoedt dat ze de jongere gebruiken niet zelf. Dat kan de jongere en jou in gevaar brengen. Informatie over ronselaars kun je doorgeven aan de politie, of anoniem aan Meld Misdaad Anoniem. Met een beroepsgeheim deel je daarbij geen gegevens over de jongere: over een minderjarige alleen via Veilig Thuis, met toestemming of bij een conflict van plichten; over een jongvolwassene alleen met zijn of haar toestemming.',
      en: 'Do not confront the people you suspect of using the young person yourself. That can put the young person and you in danger. You can pass on information about recruiters to the police, or anonymously to Meld Misdaad Anoniem. With a duty of confidentiality you share no details of the young person in doing so: about a minor only through Veilig Thuis, with consent or in a conflict of duties; about a young adult only with their consent.',
    },
    forAudience: {
      parent: {
        body: {
          nl: 'Spreek de mensen van wie je denkt dat ze je kind gebruiken niet zelf aan. Dat kan je kind en jou in gevaar brengen. Wat je over hen weet, kun je aan de politie vertellen (0900-8844, lokaal tarief), of anoniem aan Meld Misdaad Anoniem (0800-7000).',
          en: 'Do not confront the people you think are using your child yourself. That can put your child and you in danger. What you know about them you can tell the police (0900-8844, local rate), or anonymously Meld Misdaad Anoniem (0800-7000).',
        },
      },
    },
    contactIds: ['police', 'meld-misdaad-anoniem'],
    sourceIds: ['AK-CALIBRATION'],
  },
  // Parents and other concerned adults.
  {
    id: 'parent-stay-in-touch',
    levels: [...ABOVE_NONE],
    routes: ['suicide'],
    audiences: ['parent'],
    order: 10,
    title: { nl: 'Blijf in contact met je kind', en: 'Stay in touch with your child' },
    body: {
      nl: 'Blijf geïnteresseerd in waar je kind is, met wie, en wat het online doet. Oordeel niet en dreig niet: een kind dat durft te praten, is beter beschermd.',
      en: 'Stay interested in where your child is, with whom, and what they do online. Do not judge or threaten: a child who dares to talk is better protected.',
    },
    contactIds: [],
    sourceIds: ['JENV-2022'],
  },
  {
    id: 'parent-contact-veilig-thuis',
    levels: ['concern', 'suspicion'],
    ages: MINORS,
    audiences: ['parent'],
    order: 11,
    title: { nl: 'Bel Veilig Thuis voor advies', en: 'Call Veilig Thuis for advice' },
    body: {
      nl: 'Bel Veilig Thuis (0800-2000, gratis, dag en nacht, ook anoniem). Zij denken met je mee en kunnen hulp inschakelen. Je hoeft niet zeker te zijn.',
      en: 'Call Veilig Thuis (0800-2000, free, day and night, anonymously if you wish). They think along with you and can bring in help. You do not need to be sure.',
    },
    contactIds: ['veilig-thuis'],
    sourceIds: ['MELDCODE'],
  },
  {
    id: 'parent-adult-child',
    levels: ['concern', 'suspicion'],
    ages: YOUNG_ADULTS,
    audiences: ['parent'],
    order: 11,
    title: { nl: 'Je kind is 18 of ouder', en: 'Your child is 18 or older' },
    body: {
      nl: 'Veilig Thuis is er vooral voor kinderen. Over een kind van 18 of ouder kun je terecht bij de politie (0900-8844, lokaal tarief; vraag naar het team mensenhandel), CoMensha, Fier of Slachtofferhulp (0900-0101, lokaal tarief). Is iemand uit de familie of het huishouden erbij betrokken, dan kun je wel bij Veilig Thuis terecht.',
      en: 'Veilig Thuis is mainly for children. About a child of 18 or older you can go to the police (0900-8844, local rate; ask for the human-trafficking team), CoMensha, Fier or Slachtofferhulp (0900-0101, local rate). If someone in the family or household is involved, you can go to Veilig Thuis.',
    },
    contactIds: ['police', 'comensha', 'fier', 'slachtofferhulp'],
    sourceIds: ['WMO-2015', 'SR-273F'],
  },
  {
    id: 'parent-after-report',
    levels: ['suspicion'],
    ages: MINORS,
    audiences: ['parent'],
    order: 12,
    title: { nl: 'Wat er gebeurt na een melding', en: 'What happens after a report' },
    body: {
      nl: 'Veilig Thuis kijkt eerst naar veiligheid en hulp: een melding is geen rechtszaak. Zij praten met jou en je kind en schakelen hulp in. Bij strafbare feiten of gevaar werken ze samen met de politie.',
      en: 'Veilig Thuis looks at safety and help first: a report is not a court case. They talk with you and your child and bring in help. Where there are crimes or danger, they work with the police.',
    },
    contactIds: ['veilig-thuis'],
    sourceIds: ['MELDCODE'],
  },
  {
    id: 'parent-ask-advice',
    levels: ['attention', 'concern', 'suspicion'],
    audiences: ['parent'],
    order: 14,
    title: { nl: 'Je hoeft het niet alleen te doen', en: 'You do not have to do this alone' },
    body: {
      nl: 'Praat met iemand die je vertrouwt, met de mentor of school, met de huisarts of met het wijkteam.',
      en: 'Talk with someone you trust, with the school mentor or the school, with your GP or with the neighbourhood team.',
    },
    contactIds: [],
    sourceIds: ['MELDCODE'],
  },
  {
    id: 'parent-write-down',
    levels: ['attention', 'concern', 'suspicion'],
    audiences: ['parent'],
    order: 15,
    title: { nl: 'Schrijf op wat je ziet', en: 'Write down what you see' },
    body: {
      nl: 'Noteer met datum wat je opvalt: nieuwe spullen, nieuwe contacten, wanneer je kind weg was. Dat helpt als je advies vraagt.',
      en: 'Note what you notice, with dates: new belongings, new contacts, when your child was away. It helps when you ask for advice.',
    },
    contactIds: [],
    sourceIds: ['MELDCODE'],
  },
  // Young people: short, simple words.
  {
    id: 'youth-if-in-doubt',
    levels: ['none'],
    audiences: ['young-person'],
    order: 10,
    title: { nl: 'Twijfel je toch?', en: 'Still not sure?' },
    body: {
      nl: 'Praat met iemand die je vertrouwt, of bel of chat anoniem met een hulplijn hieronder.',
      en: 'Talk with someone you trust, or call or chat anonymously with a helpline below.',
    },
    contactIds: ['kindertelefoon', 'fier'],
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'youth-you-can-talk',
    levels: [...ABOVE_NONE],
    audiences: ['young-person'],
    order: 10,
    title: { nl: 'Praat erover', en: 'Talk about it' },
    body: {
      nl: 'Je hoeft het niet alleen op te lossen. Praat met iemand die je vertrouwt, of bel of chat anoniem met een van de hulplijnen hieronder.',
      en: 'You do not have to sort this out alone. Talk with someone you trust, or call or chat anonymously with one of the helplines below.',
    },
    contactIds: ['kindertelefoon', 'fier', 'keerpunt'],
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'youth-not-your-fault',
    levels: [...ABOVE_NONE],
    audiences: ['young-person'],
    order: 11,
    title: { nl: 'Het is niet jouw schuld', en: 'It is not your fault' },
    body: {
      nl: 'Als iemand je dwingt, onder druk zet of gebruikt, ben jij niet de schuldige. Hulp vragen is nooit strafbaar, en hulpverleners kijken eerst naar jouw veiligheid. Eerlijk is eerlijk: als je niet veilig bent, kan een hulpverlener anderen inschakelen om je te beschermen. Dat vertelt hij of zij je dan.',
      en: 'If someone forces, pressures or uses you, you are not to blame. Asking for help is never a crime, and helpers look at your safety first. To be honest: if you are not safe, a helper may bring in others to protect you. They will tell you when they do.',
    },
    contactIds: [],
    sourceIds: ['JENV-2022', 'MELDCODE'],
  },
  {
    id: 'youth-helper-veilig-thuis',
    levels: [...ABOVE_NONE],
    ages: MINORS,
    triggers: [{ observed: { ids: ['recruit-close-circle'] }, levels: [...ABOVE_NONE] }],
    audiences: ['young-person'],
    order: 11,
    title: { nl: 'Wat een hulpverlener kan doen', en: 'What a helper can do' },
    body: {
      nl: 'Ben je niet veilig? Dan kan een hulpverlener Veilig Thuis inschakelen, ook als je dat liever niet wilt. Veilig Thuis kijkt eerst naar jouw veiligheid en naar hulp. Je mag Veilig Thuis ook zelf bellen: 0800-2000, gratis, dag en nacht.',
      en: 'Are you not safe? Then a helper may contact Veilig Thuis, even if you would rather they did not. Veilig Thuis looks at your safety and at help first. You can also call Veilig Thuis yourself: 0800-2000, free, day and night.',
    },
    contactIds: ['veilig-thuis'],
    sourceIds: ['MELDCODE', 'WMO-2015'],
  },
  {
    id: 'youth-safety',
    levels: ['concern', 'suspicion', 'acute'],
    audiences: ['young-person'],
    order: 12,
    title: { nl: 'Eerst je veiligheid', en: 'Your safety first' },
    body: {
      nl: 'Word je bedreigd? Probeer niet in je eentje te stoppen: zoek eerst hulp. Een "schuld" die je zou hebben, is een truc om je vast te houden. Maak alleen screenshots van chats als niemand je telefoon controleert. Bewaar of stuur nooit naaktbeelden door.',
      en: 'Are you being threatened? Do not try to stop on your own: get help first. A "debt" they say you owe is a trick to keep you. Only take screenshots of chats if nobody checks your phone. Never save or forward nude images.',
    },
    contactIds: [],
    sourceIds: ['HO-CL', 'JENV-2022'],
  },
  {
    id: 'youth-anonymous-tip',
    levels: ['concern', 'suspicion', 'acute'],
    audiences: ['young-person'],
    order: 13,
    title: { nl: 'Anoniem iets melden?', en: 'Report something anonymously?' },
    body: {
      nl: 'Bij Meld Misdaad Anoniem (0800-7000) kun je anoniem iets vertellen over ronselaars. Je krijgt daar geen hulp, en wat je meldt kan soms naar jou terugleiden. Praat daarom eerst met iemand die je kan helpen.',
      en: 'At Meld Misdaad Anoniem (0800-7000) you can say something about recruiters anonymously. You get no help there, and what you report can sometimes be traced back to you. So talk to someone who can help you first.',
    },
    contactIds: ['meld-misdaad-anoniem'],
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'youth-private-browsing',
    levels: ['none', ...ABOVE_NONE],
    routes: ['suicide'],
    audiences: ['young-person'],
    order: 30,
    title: { nl: 'Niemand hoeft te zien dat je hier was', en: 'Nobody needs to see you were here' },
    body: {
      nl: '"Snel weg" sluit deze pagina, maar je browsergeschiedenis laat nog zien dat je hier was. Gebruik een privévenster (incognito) als anderen op je telefoon of computer kijken.',
      en: '"Leave quickly" closes this page, but your browser history still shows you were here. Use a private (incognito) window if others look at your phone or computer.',
    },
    contactIds: [],
    sourceIds: ['AK-CALIBRATION'],
  },
];
