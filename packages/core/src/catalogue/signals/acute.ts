import type { Signal } from '../../schema/signal.js';
import { strength } from '../edition.js';

/** Immediate danger. Any of these observed as possible or clear gives the level `acute`. */
export const acuteSignals: Signal[] = [
  {
    id: 'acute-threat-to-life',
    kind: 'acute',
    dimension: 'control',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Leven of veiligheid nu direct bedreigd', en: 'Life or safety under direct threat now' },
      question: {
        nl: 'Is het leven of de veiligheid van de jongere nu direct in gevaar: wapens, ernstige bedreigingen, of een opdracht om nu ernstig geweld te plegen?',
        en: "Is the young person's life or safety in direct danger now: weapons, serious threats, or an order to commit serious violence now?",
      },
      examples: [
        {
          nl: 'Vertelt dat hij vanavond "een klus met een wapen" moet doen.',
          en: 'Says he has to do "a job with a weapon" tonight.',
        },
        { nl: 'Er wordt gedreigd hem of haar vandaag iets aan te doen.', en: 'There are threats to hurt them today.' },
      ],
      parentQuestion: {
        nl: 'Is je kind nu in direct gevaar, bijvoorbeeld door een wapen, een ernstige bedreiging of een opdracht om iemand pijn te doen?',
        en: 'Is your child in direct danger right now, for example from a weapon, a serious threat or an order to hurt someone?',
      },
      youthQuestion: [
        {
          nl: 'Ben je nu in gevaar?',
          en: 'Are you in danger right now?',
        },
        {
          nl: 'Moet je vandaag iets doen met een wapen of met geweld?',
          en: 'Do you have to do something with a weapon or with violence today?',
        },
      ],
      youthQuestionAboutNow: true,
    },
    sourceIds: ['HO-CL', 'MELDCODE'],
  },
  {
    id: 'acute-missing-in-danger',
    kind: 'acute',
    dimension: 'harm',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Nu vermist en in gevaar', en: 'Missing now and in danger' },
      question: {
        nl: 'Is de jongere nu vermist, en is hij of zij waarschijnlijk bij de uitbuiters of in gevaar?',
        en: 'Is the young person missing now, and believed to be with the exploiters or in danger?',
      },
      examples: [
        {
          nl: 'Is al twee nachten niet thuis en stuurde een angstig spraakbericht.',
          en: 'Has not been home for two nights and sent a frightened voice message.',
        },
        {
          nl: 'Vrienden zeggen dat ze "aan het werk" is in een andere stad.',
          en: 'Friends say she is "working" in another city.',
        },
      ],
      parentQuestion: {
        nl: 'Is je kind nu vermist, en denk je dat het bij de mensen is die het gebruiken, of in gevaar?',
        en: 'Is your child missing now, and do you think they are with the people who use them, or in danger?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'acute-held',
    kind: 'acute',
    dimension: 'control',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Wordt vastgehouden of opgesloten', en: 'Held or locked up' },
      question: {
        nl: 'Wordt de jongere ergens vastgehouden, opgesloten of tegen zijn of haar wil ergens gehouden?',
        en: 'Is the young person held, locked up or kept somewhere against their will?',
      },
      examples: [
        {
          nl: 'Belt vanuit een woning waar hij of zij niet weg mag.',
          en: 'Calls from a house they are not allowed to leave.',
        },
        { nl: 'Moet in een kwekerij blijven en wordt bewaakt.', en: 'Must stay at a cannabis farm and is guarded.' },
      ],
      parentQuestion: {
        nl: 'Wordt je kind ergens vastgehouden of opgesloten, tegen zijn of haar wil?',
        en: 'Is your child being held or locked up somewhere, against their will?',
      },
    },
    sourceIds: ['ILO-2009'],
  },
  {
    id: 'acute-serious-injury',
    kind: 'acute',
    dimension: 'harm',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Ernstig gewond, nu zorg nodig', en: 'Seriously injured, needs care now' },
      question: {
        nl: 'Heeft de jongere een ernstige verwonding waarvoor nu zorg nodig is?',
        en: 'Does the young person have a serious injury that needs care now?',
      },
      examples: [
        { nl: 'Steekwond of brandwond die niet behandeld is.', en: 'An untreated stab wound or burn.' },
        { nl: 'Is na een mishandeling suf of verward.', en: 'Is drowsy or confused after an assault.' },
      ],
      parentQuestion: {
        nl: 'Is je kind ernstig gewond en heeft het nu zorg nodig?',
        en: 'Is your child seriously injured and in need of care now?',
      },
    },
    sourceIds: ['MELDCODE'],
  },
  {
    id: 'acute-suicide-risk',
    kind: 'acute',
    dimension: 'harm',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Praat over een einde aan het leven maken', en: 'Talks about ending their life' },
      question: {
        nl: 'Praat de jongere over zelfmoord of over een einde aan zijn of haar leven maken?',
        en: 'Does the young person talk about suicide or ending their life?',
      },
      examples: [
        {
          nl: 'Zegt: "Het maakt niet meer uit wat er met me gebeurt."',
          en: 'Says: "It doesn\'t matter any more what happens to me."',
        },
        { nl: 'Stuurt afscheidsberichten.', en: 'Sends goodbye messages.' },
      ],
      parentQuestion: {
        nl: 'Praat je kind over zelfmoord of over dood willen zijn?',
        en: 'Does your child talk about suicide or about wanting to be dead?',
      },
      youthQuestion: {
        nl: 'Denk je erover om een einde aan je leven te maken?',
        en: 'Are you thinking about ending your life?',
      },
    },
    sourceIds: ['113-SUICIDE'],
  },
];
