import { describe, expect, it } from 'vitest';
import { catalogue, youthQuestionKey, youthQuestionsOf, type LocalizedText } from '../src/index.js';

// Brief §7 (v2.1): ordinary life must not answer "Ja". Each question names what makes it different
// from ordinary life: for whom (someone older, someone you don't know well, someone else) and what
// (nobody may know what is in it; things that are not allowed). The words below must stay in the
// question; the cases below say which questions an ordinary situation could be mistaken for, and why
// those words keep it out. A reworded question that drops them fails here, in both languages.

type Key = `${'youth' | 'parent' | 'professional' | 'gate'}:${string}`;

/** What makes each question different from ordinary life, as words it must contain. */
const DIFFERENT: Record<Key, { nl: RegExp[]; en: RegExp[] }> = {
  'youth:activity-courier': { nl: [/niemand mag weten wat erin zit/], en: [/nobody may know what is in them/] },
  'youth:activity-stash': {
    nl: [/drugs, geld, een wapen of een tas waar je niet in mag kijken/, /iemand anders/],
    en: [/drugs, money, a weapon or a bag you may not look in/, /someone else/],
  },
  'youth:activity-lookout': {
    nl: [/politie/, /wat niet mag/, /iemand die ouder is/],
    en: [/police/, /not allowed/, /someone older/],
  },
  'youth:activity-drug-dealing': { nl: [/drugs voor iemand anders/], en: [/drugs for someone else/] },
  'youth:activity-money-mule': {
    nl: [/jouw bankrekening of bankpas/, /geld dat niet van jou is/],
    en: [/your bank account or bank card/, /money that is not yours/],
  },
  'youth:recruit-online-offers': {
    nl: [/iemand die je niet goed kent/, /je online geld beloofd/],
    en: [/someone you don't know well/, /promised you money online/],
  },
  'youth:recruit-gifts': {
    nl: [/iemand die ouder is/, /zonder dat je weet waarom/],
    en: [/someone older/, /without knowing why/],
  },
  'youth:recruit-housed-transported': {
    nl: [/naar een andere stad gebracht/, /dingen te doen die niet mogen/],
    en: [/taken you to another city/, /not allowed/],
  },
  'youth:control-debt': {
    nl: [/terugbetalen door dingen voor hem of haar te doen/, /die niet mogen/],
    en: [/pay money back by doing things for them/, /not allowed/],
  },
  'youth:control-disclosure': {
    nl: [/dingen doen die niet mogen/, /niet wilt/, /iemand die ouder is/],
    en: [/not allowed/, /don't want to/, /someone older/],
  },
  'youth:control-images': {
    nl: [/dreigt/i, /naaktfoto of naaktfilmpje van jou te delen/],
    en: [/threaten/, /share a nude photo or video of you/],
  },
  'youth:control-violence': { nl: [/pijn als je niet doet wat/], en: [/hurt you when you don't do what/] },
  'youth:harm-sexual-exploitation': {
    nl: [/met andere mensen, omdat iemand anders dat wil/],
    en: [/with other people because someone else wants it/],
  },
  'youth:harm-sexual-exploitation#2': { nl: [/in ruil voor/], en: [/in exchange for/] },
  'youth:harm-missing': {
    nl: [/meer dan één keer/, /niemand thuis of op je groep wist waar je was/],
    en: [/more than once/, /nobody at home or at your group home knew where you were/],
  },
  'gate:gate-jobs': {
    nl: [/Huiswerk en helpen in huis tellen niet mee/],
    en: [/Homework and helping at home don't count/],
  },
  'parent:control-phone-monitoring': {
    nl: [/iemand die geen ouder of verzorger is/],
    en: [/someone who is not a parent or carer/],
  },
  'professional:control-phone-monitoring': {
    nl: [/iemand die geen ouder of verzorger is/],
    en: [/someone who is not a parent or carer/i],
  },
  'parent:control-debt': { nl: [/aan de mensen voor wie het klusjes doet/], en: [/to the people they do jobs for/] },
  'youth:activity-fraud-pickups': { nl: [/mensen die je niet kent/], en: [/people you don't know/] },
  'youth:activity-violent-jobs': { nl: [/met geweld/, /voor iemand/], en: [/violent/, /for someone/] },
  'youth:activity-organised-theft': { nl: [/steel/, /afgeven aan iemand/], en: [/steal/, /hand over what you steal/] },
  'youth:activity-receives-for-others': {
    nl: [/voor iemand anders/, /zonder te weten wat erin zit/],
    en: [/for someone else/, /without knowing what is in them/],
  },
  'youth:activity-cannabis-farm': { nl: [/wiet wordt gekweekt/, /voor iemand/], en: [/weed is grown/, /for someone/] },
  'youth:activity-port-retrieval': { nl: [/drugs uit containers/], en: [/drugs out of containers/] },
  'youth:control-documents-taken': {
    nl: [/iemand voor wie je dingen doet/, /krijg je die niet terug/],
    en: [/someone you do things for/, /you don't get it back/],
  },
  'youth:control-deceived': {
    nl: [/werk beloofd/, /dingen doen die niet mogen/],
    en: [/promise you work/, /not allowed/],
  },
  'youth:harm-little-reward': {
    nl: [/dingen die niet mogen/, /\(bijna\) niets/],
    en: [/not allowed/, /\(almost\) nothing/],
  },
  'parent:harm-nights-away': { nl: [/zonder dat je weet waar het is/], en: [/without you knowing where they are/] },
};

/** Ordinary situations, and the questions each could be mistaken for, with why it must answer "Nee". */
const ORDINARY: { situation: string; mustNotAnswerYes: Partial<Record<Key, string>> }[] = [
  {
    situation: 'a parent takes your phone away as a punishment',
    mustNotAnswerYes: {
      'youth:control-documents-taken': 'a parent is not someone you do things for, and you get it back',
    },
  },
  {
    situation: 'a badly paid summer job at a supermarket',
    mustNotAnswerYes: {
      'youth:harm-little-reward': 'stacking shelves is allowed',
      'youth:control-deceived': 'the job that was promised is the job you do, and it is allowed',
    },
  },
  {
    situation: 'a parcel for the neighbours, taken in while they are out',
    mustNotAnswerYes: { 'youth:activity-receives-for-others': 'everyone may know what is in it' },
  },
  {
    situation: 'a folder round or a newspaper round',
    mustNotAnswerYes: {
      'youth:activity-courier': 'everyone may know what is in a newspaper',
      'youth:recruit-housed-transported': 'the round is in your own town, for your own job',
    },
  },
  {
    situation: "a parent's bank card, used with permission",
    mustNotAnswerYes: { 'youth:activity-money-mule': "the card is the parent's, not yours, and so is the money" },
  },
  {
    situation: "a friend's jacket, borrowed",
    mustNotAnswerYes: { 'youth:activity-stash': 'a jacket is not drugs, money, a weapon or a bag you may not look in' },
  },
  {
    situation: 'chores at home',
    mustNotAnswerYes: {
      'gate:gate-jobs': 'helping at home does not count',
      'youth:control-disclosure': 'chores are allowed',
      'youth:control-debt': 'nobody says you owe money',
    },
  },
  {
    situation: 'pressure about homework',
    mustNotAnswerYes: {
      'gate:gate-jobs': 'homework does not count',
      'youth:control-disclosure': 'homework is not something that is not allowed',
      'youth:control-violence': 'nobody hurts you',
    },
  },
  {
    situation: 'spam ads online',
    mustNotAnswerYes: { 'youth:recruit-online-offers': 'an ad is not someone who promised you money for a job' },
  },
  {
    situation: 'a debt to a friend',
    mustNotAnswerYes: {
      'youth:control-debt': 'a friend wants the money back, not that you do things for them',
      'parent:control-debt': 'the friend is not someone your child does jobs for',
    },
  },
  {
    situation: "a parent's location app",
    mustNotAnswerYes: {
      'parent:control-phone-monitoring': 'a parent is named as not meant',
      'professional:control-phone-monitoring': 'a parent is named as not meant',
    },
  },
  {
    situation: "sleeping over at a friend's",
    mustNotAnswerYes: {
      'youth:harm-missing': 'someone at home knew where you were',
      'youth:recruit-housed-transported': 'you went to sleep over, not to do jobs',
      'parent:harm-nights-away': 'the parent knows where the child is',
    },
  },
  {
    situation: 'a boyfriend or girlfriend asking for a photo',
    mustNotAnswerYes: {
      'youth:control-images': 'asking is not threatening to share',
      'youth:harm-sexual-exploitation': 'it is not sex with other people because someone else wants it',
      'youth:harm-sexual-exploitation#2': 'nothing is given in exchange',
    },
  },
];

/** The text of a question by its key, in both languages. */
function textOf(key: Key): LocalizedText | undefined {
  const [audience, id] = key.split(':') as [string, string];
  if (audience === 'gate') return catalogue.youthGates?.find((g) => g.id === id)?.question;
  const entryId = id.split('#')[0] ?? id;
  const entry = [...catalogue.signals, ...catalogue.riskFactors].find((e) => e.id === entryId);
  if (!entry) return undefined;
  if (audience === 'parent') return entry.texts.parentQuestion;
  if (audience === 'professional') return entry.texts.question;
  return youthQuestionsOf(entry.texts).find((_, index) => youthQuestionKey(entryId, index) === id);
}

describe('questions that ordinary life does not answer "Ja"', () => {
  it.each(
    ORDINARY.flatMap(({ situation, mustNotAnswerYes }) =>
      Object.entries(mustNotAnswerYes).map(([key, why]) => [situation, key as Key, why] as const),
    ),
  )('%s is not %s: %s', (_situation, key) => {
    const text = textOf(key);
    const different = DIFFERENT[key];
    expect(text, key).toBeDefined();
    expect(different, `${key} must say what makes it different`).toBeDefined();
    for (const locale of ['nl', 'en'] as const)
      for (const words of different?.[locale] ?? []) expect(text?.[locale], `${key} (${locale})`).toMatch(words);
  });

  it('every direct youth question says what makes it different from ordinary life', () => {
    const direct = [...catalogue.signals, ...catalogue.riskFactors].filter(
      (e) => e.kind === 'signal' && (e.evidence === 'direct' || e.id === 'harm-missing'),
    );
    for (const entry of direct)
      youthQuestionsOf(entry.texts).forEach((_, index) => {
        const key: Key = `youth:${youthQuestionKey(entry.id, index)}`;
        if (entry.id === 'control-cannot-stop' || entry.id === 'control-threats') return; // fear and threats have no ordinary reading
        expect(DIFFERENT[key], key).toBeDefined();
      });
  });
});
