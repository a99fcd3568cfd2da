import type { Dimension } from '../schema/signal.js';

/** The four dimensions of evidence, after the elements of art. 273f Sr and the dimensions of the ILO indicators. */
export const dimensions: Dimension[] = [
  {
    id: 'activity',
    label: { nl: 'Criminele activiteiten', en: 'Criminal activity' },
    question: {
      nl: 'Doet de jongere crimineel werk voor of met anderen?',
      en: 'Is the young person doing criminal work for or with others?',
    },
    parentLabel: { nl: 'Wat je kind doet', en: 'What your child does' },
    parentQuestion: {
      nl: 'Doet je kind dingen voor anderen die niet mogen, zoals drugs of geld wegbrengen?',
      en: 'Does your child do things for others that are not allowed, such as delivering drugs or money?',
    },
    legalElement: { nl: 'Oogmerk: uitbuiting in criminele activiteiten', en: 'Purpose: exploitation in crime' },
    sourceIds: ['SR-273F', 'ILO-2009'],
  },
  {
    id: 'recruitment',
    label: { nl: 'Werving', en: 'Recruitment' },
    question: {
      nl: 'Trekt iemand de jongere erin, of verplaatst of huisvest iemand de jongere om te werken?',
      en: 'Is someone drawing the young person in, or moving or housing them to work?',
    },
    parentLabel: { nl: 'Wie je kind erbij haalt', en: 'Who draws your child in' },
    parentQuestion: {
      nl: 'Probeert iemand je kind erbij te halen om voor hem of haar te werken?',
      en: 'Is someone trying to draw your child in to work for them?',
    },
    legalElement: { nl: 'Handeling: werven, vervoeren, huisvesten', en: 'Act: recruiting, transporting, harbouring' },
    sourceIds: ['SR-273F', 'ILO-2009'],
  },
  {
    id: 'control',
    label: { nl: 'Dwang en controle', en: 'Control and coercion' },
    question: {
      nl: 'Houdt iemand de jongere vast, met een schuld, bedreiging, geweld, beelden, misleiding of misbruik van een kwetsbare positie?',
      en: 'Is someone keeping the young person there, with a debt, threats, violence, images, deceit or abuse of a vulnerable position?',
    },
    parentLabel: { nl: 'Druk en dwang', en: 'Pressure and force' },
    parentQuestion: {
      nl: 'Zet iemand je kind onder druk, met een schuld, bedreigingen, geweld of beelden?',
      en: 'Is someone putting pressure on your child, with a debt, threats, violence or images?',
    },
    legalElement: {
      nl: 'Middel: dwang, geweld, misleiding, misbruik van kwetsbaarheid',
      en: 'Means: coercion, violence, deceit, abuse of vulnerability',
    },
    sourceIds: ['SR-273F', 'ILO-2009'],
  },
  {
    id: 'harm',
    label: { nl: 'Schade en uitbuitende omstandigheden', en: 'Harm and exploitative conditions' },
    question: {
      nl: 'Zijn er uitbuitende omstandigheden of tekenen van schade: opbrengst die naar anderen gaat, vermissing, verwondingen, angst?',
      en: 'Are there exploitative conditions or signs of harm: proceeds going to others, going missing, injuries, fear?',
    },
    parentLabel: { nl: 'Hoe het met je kind gaat', en: 'How your child is doing' },
    parentQuestion: {
      nl: 'Zie je tekenen dat het niet goed gaat met je kind, zoals weglopen, verwondingen of angst?',
      en: 'Do you see signs that your child is not doing well, such as running away, injuries or fear?',
    },
    legalElement: {
      nl: 'Omstandigheden en gevolgen van uitbuiting; meestal indirect',
      en: 'Conditions and consequences of exploitation; mostly indirect',
    },
    sourceIds: ['ILO-2009', 'HO-CL'],
  },
];
