import type { Dimension } from '../schema/signal.js';

/** The four dimensions of evidence, after the elements of art. 273f Sr and the ILO indicators. */
export const dimensions: Dimension[] = [
  {
    id: 'activity',
    label: { nl: 'Criminele activiteiten', en: 'Criminal activity' },
    question: {
      nl: 'Doet de jongere crimineel werk voor of met anderen?',
      en: 'Is the young person doing criminal work for or with others?',
    },
    legalElement: { nl: 'Oogmerk: uitbuiting in criminele activiteiten', en: 'Purpose: exploitation in crime' },
    sourceIds: ['SR-273F', 'ILO-2009'],
  },
  {
    id: 'recruitment',
    label: { nl: 'Werving', en: 'Recruitment' },
    question: {
      nl: 'Trekt iemand de jongere erin, met cadeaus, oudere contacten, klusjes of aandacht?',
      en: 'Is someone drawing the young person in, with gifts, older contacts, jobs or attention?',
    },
    legalElement: { nl: 'Handeling: werven, vervoeren, huisvesten', en: 'Act: recruiting, transporting, harbouring' },
    sourceIds: ['SR-273F', 'ILO-2009'],
  },
  {
    id: 'control',
    label: { nl: 'Dwang en controle', en: 'Control and coercion' },
    question: {
      nl: 'Houdt iemand de jongere vast, met schulden, bedreiging, geweld, beelden of controle?',
      en: 'Is someone keeping the young person there, with debt, threats, violence, images or monitoring?',
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
      nl: 'Zijn er tekenen van schade of uitbuitende omstandigheden: vermissing, ver weg van huis, verwondingen, angst?',
      en: 'Are there signs of harm or exploitative conditions: going missing, far from home, injuries, fear?',
    },
    legalElement: { nl: 'Indirect: gevolgen van uitbuiting', en: 'Indirect: consequences of exploitation' },
    sourceIds: ['ILO-2009', 'HO-CL'],
  },
];
