import type { YouthGate } from '../schema/youth-question.js';

/**
 * The youth check's gate questions (brief §7, v2.1): broad questions a young person with nothing to
 * tell answers "Nee", so that they answer a handful of questions, not all of them. Each names the
 * follow-ups it opens; a follow-up may sit behind more than one gate (a debt can come with jobs or
 * with pressure). The acute questions and `harm-missing` are asked without a gate.
 */
export const youthGates: YouthGate[] = [
  {
    id: 'gate-jobs',
    question: {
      nl: 'Doe je klusjes of opdrachten voor iemand? Huiswerk en helpen in huis tellen niet mee.',
      en: "Do you do jobs or tasks for someone? Homework and helping at home don't count.",
    },
    opens: [
      'activity-courier',
      'activity-stash',
      'activity-lookout',
      'activity-drug-dealing',
      'activity-money-mule',
      'activity-receives-for-others',
      'activity-fraud-pickups',
      'activity-organised-theft',
      'activity-cannabis-farm',
      'activity-port-retrieval',
      'activity-violent-jobs',
      'recruit-housed-transported',
      'harm-little-reward',
      'control-debt',
      'control-cannot-stop',
    ],
  },
  {
    id: 'gate-offers',
    question: {
      nl: 'Heeft iemand die ouder is, of die je niet goed kent, je geld, cadeaus of een klus aangeboden?',
      en: "Has someone older, or someone you don't know well, offered you money, presents or a job?",
    },
    opens: [
      'recruit-online-offers',
      'recruit-gifts',
      'control-deceived',
      'activity-money-mule',
      'harm-sexual-exploitation',
    ],
  },
  {
    id: 'gate-pressure',
    question: {
      nl: 'Voel je je onder druk gezet door iemand?',
      en: 'Do you feel pressured by someone?',
    },
    opens: [
      'control-disclosure',
      'control-cannot-stop',
      'control-debt',
      'control-threats',
      'control-violence',
      'control-images',
      'control-documents-taken',
      'harm-sexual-exploitation',
    ],
  },
];
